/**
 * Schema problems as the message tables speak of them, keyed by the kind of
 * zod issue (as Starlight's error map is): a schema's own code where it named
 * one (`{ error: 'text-empty' }`, schema.ts), else one for the kind; the
 * field, bounds and value come from the issue. A refinement's custom issue
 * carries its whole problem in `params`.
 */
import type { z } from 'astro/zod';
import { isLang } from '../languages.ts';
import { SCHEMA_CODES, type ProblemCore, type SchemaCode, type SchemaParams } from './problems.ts';

type Issue = z.core.$ZodIssue;

const isSchemaCode = (message: string): message is SchemaCode => (SCHEMA_CODES as readonly string[]).includes(message);

/** The field a message names: the last name in the path that is not a language (`name.vi` is the name). */
function fieldOf(path: readonly PropertyKey[]): string | undefined {
  return path.findLast((key): key is string => typeof key === 'string' && !isLang(key));
}

/** The code for an issue whose schema named none: what zod found wrong, said generally. */
function codeOfKind(issue: Issue): SchemaCode {
  switch (issue.code) {
    case 'invalid_type':
      return 'wrong-type';
    case 'too_small':
    case 'too_big':
      return issue.origin === 'number' ? 'number-range' : 'invalid';
    case 'invalid_value':
      return 'one-of';
    default:
      return 'invalid';
  }
}

/** What a value found is called in a message: text as written, anything else as YAML would show it. */
const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** One zod issue (parsed with `reportInput`, so it holds the value found) as a problem. */
export function schemaProblem(issue: Issue): ProblemCore {
  if (issue.code === 'custom' && issue.params && 'code' in issue.params) return issue.params as ProblemCore;
  const params: SchemaParams = { field: fieldOf(issue.path) };
  if (issue.input !== undefined) params.got = shown(issue.input);
  if (issue.code === 'too_big') params.maximum = Number(issue.maximum);
  if (issue.code === 'too_small') params.minimum = Number(issue.minimum);
  if (issue.code === 'invalid_value') params.values = issue.values.map(String);
  if (issue.code === 'invalid_type') params.expected = issue.expected;
  return { code: isSchemaCode(issue.message) ? issue.message : codeOfKind(issue), params };
}

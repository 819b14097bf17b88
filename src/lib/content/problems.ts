import type { Collection } from './schema.ts';

/**
 * The codes of the schemas' own problems: a schema names one in place of
 * zod's message (`{ error: 'text-empty' }`), and the error map (errorMap.ts)
 * gives it the field, bounds and value from zod's issue.
 */
export const SCHEMA_CODES = [
  'id-format',
  'date-format',
  'date-real',
  'history-date',
  'text-type',
  'text-empty',
  'text-too-long',
  'one-of',
  'list',
  'at-least-one',
  'per-language',
  'true-or-false',
  'plain-number',
  'source-position',
  'whole-number',
  'source-min',
  'coordinates',
  'number-range',
  'wrong-type',
  'invalid',
  'link',
] as const;
export type SchemaCode = (typeof SCHEMA_CODES)[number];

/**
 * What each problem the content check reports carries besides its code:
 * what was found (ids, dates, file names) and what the message needs to say
 * what was expected. Messages are written per language from these
 * (`messages/<lang>.ts`), never translated from one another, so an English
 * wording can change without touching the Vietnamese or Lao one.
 */
export type ProblemParams = Record<SchemaCode, SchemaParams> & OtherParams;

interface OtherParams {
  /** A field that is not there: what it should have been. */
  required: { expected: ProblemCore };
  // Refinements of the schemas (custom issues).
  'name-in-one-language': Record<string, never>;
  'country-parent': { got: string };
  'date-order': { date: string; got: string };
  'figure-source-needed': { count: number };
  'figure-source-range': { count: number; got: number };
  'link-scheme': { scheme: string };
  'link-other-site': Record<string, never>;
  // The whole tree (check.ts).
  'not-in-contract': Record<string, never>;
  'to-fill': { draft: boolean };
  'duplicate-version': { other: string; lang: string; slug: string };
  'duplicate-id': { other: string; id: string };
  'points-nowhere': { collection: Collection; id: string; known: string[]; more: boolean };
  'parent-loop': { id: string };
  'versions-disagree': { field: string; other: string; a: string | undefined; b: string | undefined };
  'former-slug-live': { former: string; other: string };
  'former-slug-listed': { former: string; other: string };
  // Files and folders (read.ts).
  yaml: { error: string };
  'article-name': Record<string, never>;
  'name-characters': { got: string };
  'file-language': { got: string };
  frontmatter: Record<string, never>;
  'data-name': Record<string, never>;
  'no-folder': Record<string, never>;
  'unknown-collection': { known: string[] };
  unwritten: Record<string, never>;
  // The text (body.ts, markup.ts, terms.ts).
  script: Record<string, never>;
  'event-attribute': { attribute: string };
  mdx: { reason: string };
  expression: Record<string, never>;
  'attribute-expression': Record<string, never>;
  'import-export': Record<string, never>;
  component: { name: string };
  'term-attributes': { others: string[] };
  'term-id-text': { known: string[] };
  'term-unknown': { id: string; known: string[] };
  'term-form': { id: string; found: string; expected: string[] };
  'shared-term': { form: string; owner: string };
  'form-without-diacritics': { form: string; written: string };
  'passage-vi': { found: string };
  'passage-lo': { found: string };
  'field-vi': { found: string };
  'field-lo': { found: string };
  'image-alt-markdown': Record<string, never>;
  'image-alt-html': Record<string, never>;
  'image-src': Record<string, never>;
  'image-other-site': { src: string };
  'image-missing': { src: string };
  element: { name: string; reason: RefusalReason | undefined; allowed: string[] };
  attribute: { name: string; attribute: string; may: string[] };
  // Lao typography (src/lib/lao.ts).
  'lao-conjunction': { word: string; found: string };
  'lao-punctuation': { found: string };
  'lao-double-space': { found: string };
  'lao-mark': { found: string };
  'lao-thai': { found: string };
  'lao-phrase': { phrase: string; found: string };
}

export type ProblemCode = keyof ProblemParams;

/** What zod's issue says, for a schema problem: the field, what it was, and the bounds or choices the schema set. */
export interface SchemaParams {
  /** The field's own name (the last name in its path), which the message tables label: `title`, `publisher`. */
  field?: string | undefined;
  got?: string | undefined;
  maximum?: number | undefined;
  minimum?: number | undefined;
  values?: string[] | undefined;
  expected?: string | undefined;
}

/** Why an HTML element is refused, where a reason helps more than the list of allowed ones (markup.ts). */
export type RefusalReason = 'scripts' | 'embedded-pages' | 'plug-ins' | 'styles' | 'forms' | 'addresses' | 'head';

/** A problem's code and what its message says, without where it is. */
export type ProblemCore = { [C in ProblemCode]: { code: C; params: ProblemParams[C] } }[ProblemCode];

/**
 * A problem found in a content file: which file, which field, what was
 * expected. The checker collects every problem of a run before reporting, so
 * a contributor fixes them all at once instead of one build at a time.
 */
export type Problem = ProblemCore & {
  /** Path relative to the project root, for example `content/practices/hue.vi.mdx`. */
  file: string;
  /** The field, as a contributor would find it: `figures[2].asOf`, `(file name)`, `(body)`. */
  field: string;
  /** 1-based line in the file, where known. */
  line?: number | undefined;
};

/** A problem's core, typed by its code. */
export function problem<C extends ProblemCode>(code: C, params: ProblemParams[C]): ProblemCore {
  return { code, params } as ProblemCore;
}

/** A problem at a place: `at(file, field, line)(problem('yaml', { error }))`. */
export function at(file: string, field: string, line?: number): (core: ProblemCore) => Problem {
  return (core) => ({ file, field, line, ...core });
}

/** Formats a zod-style path (`['figures', 2, 'asOf']`) as `figures[2].asOf`. */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  let name = '';
  for (const key of path) {
    if (typeof key === 'number') name += `[${key}]`;
    else name += name ? `.${String(key)}` : String(key);
  }
  return name || '(frontmatter)';
}

/** Problems in file order, then by line: the order a contributor fixes them in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

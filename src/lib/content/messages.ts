/**
 * The content check in the contributor's language. A problem carries a code
 * and what it found (problems.ts); each language's table (`messages/<lang>.ts`) writes
 * the message from those, so no language is a translation of another's
 * sentence, and a language that lacks a code's message does not compile
 * (`ProblemMessages`) nor pass its unit test.
 */
import { LANGS, type Lang } from '../languages.ts';
import { sortProblems, type Problem, type ProblemCore } from './problems.ts';
import type { ContentMessages, Say } from './messageTable.ts';

export type { ContentMessages } from './messageTable.ts';

/**
 * Every language's table, `messages/<lang>.ts` for each of LANGS: a
 * new language's file is found by its name, and a language without one
 * stops every tool that speaks to contributors at start.
 */
export const CONTENT_MESSAGES = Object.fromEntries(
  await Promise.all(LANGS.map(async (lang) => [lang, ((await import(`./messages/${lang}.ts`)) as { messages: ContentMessages }).messages] as const)),
) as Record<Lang, ContentMessages>;

/** What a table's messages may ask of it, for one language. */
function sayIn(messages: ContentMessages): Say {
  return {
    field: (name) => (name === undefined ? '' : ((messages.fields as Record<string, string>)[name] ?? name)),
    oneOf: (values) => {
      const glossed = values.map((value) => (messages.glosses[value] ? `${value} (${messages.glosses[value]})` : value));
      return glossed.length < 2 ? glossed.join('') : `${glossed.slice(0, -1).join(', ')} ${messages.or} ${glossed.at(-1)}`;
    },
    problem: (core) => renderWith(messages, core),
  };
}

function renderWith(messages: ContentMessages, core: ProblemCore): string {
  const message = messages.problems[core.code] as (params: ProblemCore['params'], say: Say) => string;
  return message(core.params, sayIn(messages));
}

/** A problem's message in `lang`. */
export function problemMessage(core: ProblemCore, lang: Lang = 'en'): string {
  return renderWith(CONTENT_MESSAGES[lang], core);
}

/** A field's label in one language, or in every language for the CMS ("Tiêu đề · ຫົວຂໍ້ · Title"). */
export function fieldLabel(name: string, lang?: Lang): string {
  const capitalised = (each: Lang) => {
    const label = sayIn(CONTENT_MESSAGES[each]).field(name);
    return label.charAt(0).toLocaleUpperCase(each) + label.slice(1);
  };
  return lang ? capitalised(lang) : LANGS.map(capitalised).join(' · ');
}

/** One line per problem: `file:line  field: message`, the message in the contributor's language. */
export function formatProblem(problem: Problem, lang: Lang = 'en'): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}  ${problem.field}: ${problemMessage(problem, lang)}`;
}

/** The report printed by the build and by `npm run check:content`. */
export function formatReport(problems: readonly Problem[], warnings: readonly Problem[] = [], lang: Lang = 'en'): string {
  const lines: string[] = [];
  const sorted = sortProblems(problems);
  if (sorted.length > 0) {
    lines.push(CONTENT_MESSAGES[lang].report.failed(sorted.length));
    for (const problem of sorted) lines.push(`  ✗ ${formatProblem(problem, lang)}`);
  }
  for (const warning of sortProblems(warnings)) lines.push(`  ! ${formatProblem(warning, lang)}`);
  return lines.join('\n');
}

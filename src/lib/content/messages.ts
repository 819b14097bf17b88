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
import type { Collection } from './schema.ts';
// Only its type: the default language's dictionary has every key, and the words of each collection must be among them.
import type vi from '../../i18n/vi.json';

export type { ContentMessages } from './messageTable.ts';

/**
 * Every language's table, `messages/<lang>.ts` for each of LANGS: a
 * new language's file is found by its name, and a language without one
 * stops every tool that speaks to contributors at start.
 */
export const CONTENT_MESSAGES = Object.fromEntries(
  await Promise.all(LANGS.map(async (lang) => [lang, ((await import(`./messages/${lang}.ts`)) as { messages: ContentMessages }).messages] as const)),
) as Record<Lang, ContentMessages>;

/**
 * Every language's interface dictionary, `src/i18n/<lang>.json`, where the
 * words for each collection are kept once for the site and the contributors'
 * tools: its name (`nav.<c>`), what a reference into it is
 * (`collection.<c>.reference`) and how many entries it holds
 * (`collection.<c>.count`). A dictionary that lacks a key fails at start-up
 * and in tests/unit/i18n.test.ts; the default one, in the type check here.
 */
const DICTIONARIES = Object.fromEntries(
  await Promise.all(
    LANGS.map(async (lang) => [lang, ((await import(`../../i18n/${lang}.json`, { with: { type: 'json' } })) as { default: typeof vi }).default] as const),
  ),
) as Record<Lang, typeof vi>;

/** A collection's name in a language, lowercase as inside a sentence: its navigation label ("Practices" → "practices"). */
export function collectionName(collection: Collection, lang: Lang): string {
  const label = DICTIONARIES[lang][`nav.${collection}`];
  return label.charAt(0).toLocaleLowerCase(lang) + label.slice(1);
}

/** What a reference into a collection must be, in a language: "the slug of a practice in content/practices/". */
function referenceTo(collection: Collection, lang: Lang): string {
  return DICTIONARIES[lang][`collection.${collection}.reference`];
}

/** The line of a check that passed: each collection's entries counted in the language's words, in the contract's order. */
export function passedReport(counts: Record<Collection, number>, folder: string, lang: Lang = 'en'): string {
  const each = (Object.entries(counts) as [Collection, number][]).map(([collection, count]) =>
    DICTIONARIES[lang][`collection.${collection}.count`].replace('{{count}}', String(count)),
  );
  return CONTENT_MESSAGES[lang].report.passed(each.join(', '), folder);
}

/** What a table's messages may ask of it, for one language. */
function sayIn(messages: ContentMessages, lang: Lang): Say {
  return {
    field: (name) => (name === undefined ? '' : ((messages.fields as Record<string, string>)[name] ?? name)),
    reference: (collection) => referenceTo(collection, lang),
    oneOf: (values) => {
      const glossed = values.map((value) => (messages.glosses[value] ? `${value} (${messages.glosses[value]})` : value));
      return glossed.length < 2 ? glossed.join('') : `${glossed.slice(0, -1).join(', ')} ${messages.or} ${glossed.at(-1)}`;
    },
    problem: (core) => renderWith(messages, core, lang),
  };
}

function renderWith(messages: ContentMessages, core: ProblemCore, lang: Lang): string {
  const message = messages.problems[core.code] as (params: ProblemCore['params'], say: Say) => string;
  return message(core.params, sayIn(messages, lang));
}

/** A problem's message in `lang`. */
export function problemMessage(core: ProblemCore, lang: Lang = 'en'): string {
  return renderWith(CONTENT_MESSAGES[lang], core, lang);
}

/** A field's label in one language, or in every language for the CMS ("Tiêu đề · ຫົວຂໍ້ · Title"). */
export function fieldLabel(name: string, lang?: Lang): string {
  const capitalised = (each: Lang) => {
    const label = sayIn(CONTENT_MESSAGES[each], each).field(name);
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

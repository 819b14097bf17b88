/**
 * One term per concept: the glossary's forms of each term, and the checks
 * that keep texts and the glossary to them. A `<Term id="…">` in a file of
 * language L must read as the term's L form, one of its L aliases or one of
 * its L variants; no two concepts may share a preferred form, or a reader
 * could not tell which one a word means; and no Vietnamese form is another
 * written without its diacritics.
 */
import { LANGS, type Lang } from '../languages.ts';
import { comparable, fold } from '../writing.ts';
import { at, problem, type Problem, type ProblemCore } from './problems.ts';

/** The forms a text may give one glossary term in, per language. */
export interface TermForms {
  /** The preferred form: the glossary's `term`. */
  preferred: Partial<Record<Lang, string>>;
  /** Every accepted form (preferred, aliases, variants), as written. */
  accepted: Partial<Record<Lang, string[]>>;
}

/**
 * The form in which two spellings of a term are the same: the contract's
 * equal text (`comparable`), any letter case (a term may open a sentence),
 * and one space wherever a line break or spaces fall.
 */
export function termKey(text: string): string {
  return comparable(text).toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/**
 * A glossary entry's forms, read from the file as written: the body check runs
 * before, and whether or not, the glossary file passes its schema.
 */
export function termForms(entry: unknown): TermForms {
  const forms: TermForms = { preferred: {}, accepted: {} };
  if (!isRecord(entry)) return forms;
  const term = isRecord(entry.term) ? entry.term : {};
  const aliases = isRecord(entry.aliases) ? entry.aliases : {};
  const variants = isRecord(entry.variants) ? entry.variants : {};
  for (const lang of LANGS) {
    const preferred = typeof term[lang] === 'string' ? term[lang] : undefined;
    if (preferred) forms.preferred[lang] = preferred;
    const accepted = [...(preferred ? [preferred] : []), ...strings(aliases[lang]), ...strings(variants[lang])];
    if (accepted.length > 0) forms.accepted[lang] = accepted;
  }
  return forms;
}

/** Why the text of `<Term id>` in a file of `lang` is not a form of that term, or undefined when it is one. */
export function termTextProblem(id: string, text: string, lang: Lang, forms: TermForms): ProblemCore | undefined {
  const accepted = forms.accepted[lang] ?? [];
  // A term with no form in this language yet has nothing to hold the text to.
  if (accepted.length === 0) return undefined;
  if (accepted.some((form) => termKey(form) === termKey(text))) return undefined;
  return problem('term-form', { id, found: text.trim(), expected: accepted });
}

/** Every pair of glossary terms that share a preferred form in one language; reported on the later id, so every run names the same file. */
export function sharedPreferredForms(glossary: ReadonlyArray<{ id: string; file: string; entry: unknown; line?: (lang: Lang) => number | undefined }>): Problem[] {
  const problems: Problem[] = [];
  for (const lang of LANGS) {
    const owners = new Map<string, string>();
    for (const { id, file, entry, line } of [...glossary].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
      const preferred = termForms(entry).preferred[lang];
      if (!preferred) continue;
      const key = termKey(preferred);
      const owner = owners.get(key);
      if (owner === undefined) {
        owners.set(key, id);
        continue;
      }
      problems.push(at(file, `term.${lang}`, line?.(lang))(problem('shared-term', { form: preferred, owner })));
    }
  }
  return problems;
}

/** The glossary fields that list further forms of a term. */
const FURTHER_FORMS = ['aliases', 'variants'] as const;

/**
 * Vietnamese aliases and variants that are another form of the same term
 * with its diacritics dropped (`mot cua` beside `một cửa`). Search already
 * finds a term typed without diacritics; listed, such a form only shows
 * readers of the glossary a misspelling as if it were a way to write the term.
 */
export function formsWithoutDiacritics(
  glossary: ReadonlyArray<{ file: string; entry: unknown; line?: (path: string[]) => number | undefined }>,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, entry, line } of glossary) {
    if (!isRecord(entry)) continue;
    const forms = termForms(entry).accepted.vi ?? [];
    for (const field of FURTHER_FORMS) {
      const listed = isRecord(entry[field]) ? strings((entry[field] as Record<string, unknown>).vi) : [];
      for (const form of listed) {
        const key = termKey(form);
        if (fold(key) !== key) continue; // it has its diacritics
        const written = forms.find((other) => termKey(other) !== key && fold(termKey(other)) === key);
        if (written) problems.push(at(file, `${field}.vi`, line?.([field, 'vi']))(problem('form-without-diacritics', { form, written })));
      }
    }
  }
  return problems;
}

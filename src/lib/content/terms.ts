/**
 * One term per concept: the glossary's forms of each term, and the checks
 * that keep texts and the glossary to them. A `<Term id="…">` in a file of
 * language L must read as the term's L form, one of its L aliases or one of
 * its L variants; no two concepts may share a preferred form, or a reader
 * could not tell which one a word means; and no Vietnamese form is another,
 * or part of one, written without its diacritics.
 */
import { LANGS, type Lang } from '../languages.ts';
import { comparable, fold } from '../writing.ts';
import { at, fieldName, problem, type Problem, type ProblemCore } from './problems.ts';

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

const wordsOf = (form: string) => termKey(form).split(' ');

/**
 * Where `form`, written without diacritics, stands in another of `forms` as
 * a run of words that carry them there (`mot cua` in `Cơ chế một cửa`): that
 * run, as the other form writes it; undefined when there is none. A run
 * written alike both times (`ban` in `Ban chỉ đạo`) is no misspelling.
 */
function spelledWithDiacritics(form: string, forms: readonly string[]): string | undefined {
  const bare = wordsOf(form);
  if (bare.some((word) => fold(word) !== word)) return undefined; // it has its diacritics
  for (const other of forms) {
    const written = wordsOf(other);
    for (let start = 0; start + bare.length <= written.length; start++) {
      const run = written.slice(start, start + bare.length);
      if (run.every((word, i) => fold(word) === bare[i]) && run.some((word, i) => word !== bare[i])) return run.join(' ');
    }
  }
  return undefined;
}

/**
 * Vietnamese aliases and variants that are another form of the same term,
 * or part of one, with its diacritics dropped (`mot cua` beside `một cửa`
 * or `Cơ chế một cửa`). Search already finds a term typed without
 * diacritics; listed, such a form only shows readers of the glossary a
 * misspelling as if it were a way to write the term.
 */
export function formsWithoutDiacritics(
  glossary: ReadonlyArray<{ file: string; entry: unknown; line?: (path: PropertyKey[]) => number | undefined }>,
): Problem[] {
  const problems: Problem[] = [];
  for (const { file, entry, line } of glossary) {
    if (!isRecord(entry)) continue;
    const forms = termForms(entry).accepted.vi ?? [];
    for (const field of FURTHER_FORMS) {
      const listed = isRecord(entry[field]) ? entry[field].vi : undefined;
      if (!Array.isArray(listed)) continue;
      listed.forEach((form: unknown, index) => {
        if (typeof form !== 'string') return; // the schema's to report; indexes stay the file's
        const written = spelledWithDiacritics(form, forms);
        if (!written) return;
        const path = [field, 'vi', index];
        problems.push(at(file, fieldName(path), line?.(path))(problem('form-without-diacritics', { form, written })));
      });
    }
  }
  return problems;
}

/**
 * The glossary as search uses it: a query that names a term (in any of its
 * forms: Vietnamese, Lao, English) also searches the term's other forms, so
 * `một cửa` finds the Lao and English pages about the one-stop mechanism.
 * Each language's index is searched with the forms written in that
 * language: a page of one language is found by its own words, and each
 * form searched is a round trip to Pagefind's worker (`một cửa` asked the
 * Vietnamese index 12 times, 6 of them for its Lao and English forms).
 *
 * Tokenising every form of every term when the page opened (Lao by
 * dictionary) was the longest task of the search page's start; a form is
 * now tokenised only once a query holds its letters, and then once. A form
 * whose words need ICU's dictionary (Lao) comes with its tokens, found at
 * build time by the same code: making ICU's segmenter in the browser takes
 * longer than any search.
 */
import { termForms } from '../content/terms.ts';
import { LANGS, type Lang } from '../languages.ts';
import { comparable, fold } from '../writing.ts';
import { queryTokens, type QueryTokens } from './tokens.ts';
import { isSpacedText } from './words.ts';

/** A form of a term as the search page gets it: its text and language, and its tokens if they need ICU to find. */
export interface GlossaryForm {
  text: string;
  lang: Lang;
  /** Its folded tokens, and its exact ones where they differ (never in Lao, which has no diacritics to drop). */
  tokens?: { folded: string[]; exact?: string[] };
}

/** A form for the search page (at build time). */
export function glossaryForm(text: string, lang: Lang): GlossaryForm {
  if (isSpacedText(text)) return { text, lang };
  const { exact, folded } = queryTokens(text);
  const same = exact.every((token, index) => token === folded[index]);
  return { text, lang, tokens: same ? { folded } : { folded, exact } };
}

/** Every form of a glossary entry's term, each with its language, in the languages' order (at build time). */
export function glossaryForms(entry: unknown): GlossaryForm[] {
  const { accepted } = termForms(entry);
  return LANGS.flatMap((lang) => (accepted[lang] ?? []).map((text) => glossaryForm(text, lang)));
}

/**
 * A text's letters and digits, folded as its tokens are: if a form's
 * tokens stand in a query's, its letters stand in the query's letters, so
 * a form whose letters do not is passed over without being tokenised.
 */
const lettersOf = (text: string) => fold(comparable(text)).replace(/[^\p{L}\p{N}]/gu, '');

const containsRun = (haystack: readonly string[], needle: readonly string[]) =>
  needle.length > 0 && haystack.some((_, start) => needle.every((token, offset) => haystack[start + offset] === token));

/** What a query asks of the glossary. */
export interface Expansions {
  /** Whether the query names a term: the glossary's entries holding it come first. */
  names: boolean;
  /** The exact tokens of the other forms of every term the query names, per language of the form. */
  forms: Partial<Record<Lang, string[][]>>;
}

export interface Glossary {
  expansions: (query: string, tokens: QueryTokens) => Expansions;
}

/** The glossary's terms, each as its forms (the search page lists them). */
export function glossary(terms: readonly (readonly GlossaryForm[])[]): Glossary {
  const forms = terms.map((term) => term.map((form) => ({ ...form, letters: lettersOf(form.text) })));
  const tokenised = new Map<string, Pick<QueryTokens, 'exact' | 'folded'>>();
  const tokensOf = (form: GlossaryForm) => {
    let tokens = tokenised.get(form.text);
    if (!tokens) {
      tokens = form.tokens
        ? { folded: form.tokens.folded, exact: form.tokens.exact ?? form.tokens.folded }
        : queryTokens(form.text);
      tokenised.set(form.text, tokens);
    }
    return tokens;
  };
  return {
    expansions(query, tokens) {
      const typed = lettersOf(query);
      const named = (form: GlossaryForm & { letters: string }) =>
        form.letters !== '' && typed.includes(form.letters) && containsRun(tokens.folded, tokensOf(form).folded);
      const expansions: Expansions = { names: false, forms: {} };
      for (const term of forms.filter((each) => each.some(named))) {
        expansions.names = true;
        for (const form of term.filter((each) => !named(each))) (expansions.forms[form.lang] ??= []).push(tokensOf(form).exact);
      }
      return expansions;
    },
  };
}

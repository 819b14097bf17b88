/**
 * The glossary as search uses it: a query that names a term (in any of its
 * forms: Vietnamese, Lao, English) also searches the term's other forms, so
 * `một cửa` finds the Lao and English pages about the one-stop mechanism.
 *
 * Tokenising every form of every term when the page opened (Lao by
 * dictionary) was the longest task of the search page's start; a form is
 * now tokenised only once a query holds its letters, and then once. A form
 * whose words need ICU's dictionary (Lao) comes with its tokens, found at
 * build time by the same code: making ICU's segmenter in the browser takes
 * longer than any search.
 */
import { comparable, fold } from '../writing.ts';
import { queryTokens, type QueryTokens } from './tokens.ts';
import { isSpacedText } from './words.ts';

/** A form of a term as the search page gets it: its text, and its tokens if they need ICU to find. */
export interface GlossaryForm {
  text: string;
  tokens?: Pick<QueryTokens, 'exact' | 'folded'>;
}

/** A form for the search page (at build time). */
export function glossaryForm(text: string): GlossaryForm {
  if (isSpacedText(text)) return { text };
  const { exact, folded } = queryTokens(text);
  return { text, tokens: { exact, folded } };
}

/**
 * A text's letters and digits, folded as its tokens are: if a form's
 * tokens stand in a query's, its letters stand in the query's letters, so
 * a form whose letters do not is passed over without being tokenised.
 */
const lettersOf = (text: string) => fold(comparable(text)).replace(/[^\p{L}\p{N}]/gu, '');

const containsRun = (haystack: readonly string[], needle: readonly string[]) =>
  needle.length > 0 && haystack.some((_, start) => needle.every((token, offset) => haystack[start + offset] === token));

export interface Glossary {
  /** The exact tokens of the other forms of every term the query names. */
  expansions: (query: string, tokens: QueryTokens) => string[][];
}

/** The glossary's terms, each as its forms (the search page lists them). */
export function glossary(terms: readonly (readonly GlossaryForm[])[]): Glossary {
  const forms = terms.map((term) => term.map((form) => ({ ...form, letters: lettersOf(form.text) })));
  const tokenised = new Map<string, Pick<QueryTokens, 'exact' | 'folded'>>();
  const tokensOf = (form: GlossaryForm) => {
    let tokens = form.tokens ?? tokenised.get(form.text);
    if (!tokens) tokenised.set(form.text, (tokens = queryTokens(form.text)));
    return tokens;
  };
  return {
    expansions(query, tokens) {
      const typed = lettersOf(query);
      const named = (form: GlossaryForm & { letters: string }) =>
        form.letters !== '' && typed.includes(form.letters) && containsRun(tokens.folded, tokensOf(form).folded);
      return forms
        .filter((term) => term.some(named))
        .flatMap((term) => term.filter((form) => !named(form)).map((form) => tokensOf(form).exact));
    },
  };
}

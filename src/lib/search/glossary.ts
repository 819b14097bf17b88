/**
 * The glossary as search uses it: a query that names a term (in any of its
 * forms: Vietnamese, Lao, English) also searches the term's other forms, so
 * `một cửa` finds the Lao and English pages about the one-stop mechanism.
 *
 * Tokenising every form of every term when the page opened (Lao by
 * dictionary) was the longest task of the search page's start; a form is
 * now tokenised only once a query holds its letters, and then once.
 */
import { comparable, fold } from '../writing.ts';
import { queryTokens, type QueryTokens } from './tokens.ts';

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
export function glossary(terms: readonly (readonly string[])[]): Glossary {
  const forms = terms.map((term) => term.map((text) => ({ text, letters: lettersOf(text) })));
  const tokenised = new Map<string, QueryTokens>();
  const tokensOf = (text: string) => {
    let tokens = tokenised.get(text);
    if (!tokens) tokenised.set(text, (tokens = queryTokens(text)));
    return tokens;
  };
  return {
    expansions(query, tokens) {
      const typed = lettersOf(query);
      const named = (form: { text: string; letters: string }) =>
        form.letters !== '' && typed.includes(form.letters) && containsRun(tokens.folded, tokensOf(form.text).folded);
      return forms
        .filter((term) => term.some(named))
        .flatMap((term) => term.filter((form) => !named(form)).map((form) => tokensOf(form.text).exact));
    },
  };
}

/**
 * The searched words, carried from a result to the page it leads to
 * (`?hl=`), and where they stand in that page's text. The page's script
 * (src/scripts/highlight.ts) marks them where excerpt.ts `highlightRanges`
 * finds them; this part is pure.
 */
import { HIGHLIGHT_PARAM } from './highlightParam.ts';
import { queryTokens, type QueryTokens } from './tokens.ts';

export { HIGHLIGHT_PARAM };

/** Longest text carried: the query is cut at 200 characters (query.ts), corrections add a few words. */
const MAX_HIGHLIGHT_CHARS = 300;

/** `url` with the searched words added, before any `#fragment`. */
export function withHighlight(url: string, searched: string): string {
  const text = searched.trim().slice(0, MAX_HIGHLIGHT_CHARS);
  if (!text) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash >= 0 ? [url.slice(0, hash), url.slice(hash)] : [url, ''];
  const param = `${HIGHLIGHT_PARAM}=${encodeURIComponent(text)}`;
  return `${path}${path.includes('?') ? '&' : '?'}${param}${fragment}`;
}

/** The query tokens a page's `?hl=` asks to highlight, or none. */
export function highlightQuery(search: string): QueryTokens | undefined {
  const text = new URLSearchParams(search).get(HIGHLIGHT_PARAM)?.slice(0, MAX_HIGHLIGHT_CHARS);
  if (!text?.trim()) return undefined;
  const tokens = queryTokens(text);
  return tokens.folded.length > 0 ? tokens : undefined;
}

/** The query's tokens with the words typos were corrected to (rank.ts): results found by them show them marked. */
export function withCorrections(tokens: QueryTokens, corrected: readonly string[]): QueryTokens {
  return corrected.length === 0 ? tokens : { ...tokens, folded: [...tokens.folded, ...corrected] };
}

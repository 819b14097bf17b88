/**
 * Excerpts in the original script: the stretch of a result's text around
 * the first matched word, with matched words marked. Built from the text as
 * written, so Lao shows without the separators the index needs, and
 * Vietnamese with its diacritics.
 */
import { tokensOfWord, words, type QueryTokens } from './tokens.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Whether a word of the text answers one of the query's words. */
export function matches(word: string, query: QueryTokens): boolean {
  const wanted = new Set([...query.exact, ...query.folded]);
  return tokensOfWord(word).some(
    // Latin words also match as prefixes, so a half-typed last word is found, as the index does.
    (token) =>
      wanted.has(token) ||
      (!token.startsWith('l') && !token.startsWith('qq') && query.folded.some((q) => q.length >= 3 && token.startsWith(q))),
  );
}

/** About `length` characters around the first match (or the start), with matches marked. */
export function excerpt(text: string, query: QueryTokens, length = 220): ExcerptPart[] {
  const found = words(text).filter((word) => matches(word.text, query));
  const first = found[0]?.index ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  // Start at a word boundary: after a space or line break, never inside a word.
  const boundary = text.slice(0, start).search(/\s\S*$/);
  if (start > 0 && boundary >= 0) start = boundary + 1;
  const end = Math.min(text.length, start + length);
  const parts: ExcerptPart[] = [];
  let cursor = start;
  for (const word of found) {
    if (word.index < start || word.index + word.text.length > end) continue;
    if (word.index > cursor) parts.push({ text: text.slice(cursor, word.index), mark: false });
    parts.push({ text: word.text, mark: true });
    cursor = word.index + word.text.length;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), mark: false });
  if (start > 0) parts.unshift({ text: '… ', mark: false });
  if (end < text.length) parts.push({ text: ' …', mark: false });
  return parts.map((part) => ({ ...part, text: part.text.replace(/\s+/g, ' ') }));
}

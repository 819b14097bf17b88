/** Turning what a reader typed into searches, safely. */
import { queryTokens, type QueryTokens } from './tokens.ts';

/** Longest query we act on; a pasted page of text is cut, not refused. */
export const MAX_QUERY_CHARS = 200;
/** Most words sent to the index at once. */
export const MAX_QUERY_WORDS = 12;

export type PreparedQuery =
  { kind: 'empty' } | { kind: 'no-words'; text: string } | { kind: 'search'; text: string; tokens: QueryTokens };

export function prepareQuery(raw: string): PreparedQuery {
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_CHARS);
  if (!text) return { kind: 'empty' };
  const tokens = queryTokens(text);
  if (tokens.folded.length === 0) return { kind: 'no-words', text };
  return {
    kind: 'search',
    text,
    tokens: {
      ...tokens,
      exact: tokens.exact.slice(0, MAX_QUERY_WORDS),
      folded: tokens.folded.slice(0, MAX_QUERY_WORDS),
      joined: tokens.joined?.slice(0, MAX_QUERY_WORDS),
      pairs: tokens.pairs?.slice(0, MAX_QUERY_WORDS * 3),
    },
  };
}

/**
 * Results of the exact search first, then those found only once diacritics
 * are dropped: a page that matches only because tones were dropped never
 * outranks one that matches as typed.
 */
export function mergeRanked<T extends { id: string }>(exact: readonly T[], folded: readonly T[]): T[] {
  const seen = new Set(exact.map((result) => result.id));
  return [...exact, ...folded.filter((result) => !seen.has(result.id))];
}

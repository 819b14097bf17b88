/** Turning what a reader typed into searches, safely. */
import { queryTokens, type QueryTokens } from './tokens.ts';

/**
 * Results the search page draws first: a screen of them with their excerpts, as many as Pagefind's own search
 * interface shows. Each costs a fragment download; five go in one round of a browser's six connections to a site.
 */
export const FIRST_RESULTS = 5;
/** Results each "show more" adds. */
export const MORE_RESULTS = 10;

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

/**
 * Each language's ranked results merged into one list for an "all
 * languages" search: first of each, then second of each, and so on. Scores
 * of separate indexes, each built from several searches, do not compare;
 * ranks do, and this way each language's best results are seen at once.
 */
export function interleaveByRank<T>(lists: readonly (readonly T[])[]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const merged: T[] = [];
  for (let rank = 0; rank < longest; rank++) for (const list of lists) if (rank < list.length) merged.push(list[rank]!);
  return merged;
}

/**
 * The newest `count` of several lists that are each newest first (undated
 * last). Only the first `count` of each list can be among them, so only
 * those need their dates.
 */
export function newestOf<T>(lists: readonly (readonly T[])[], count: number, dateOf: (item: T) => string | undefined): T[] {
  return lists
    .flatMap((list) => list.slice(0, count))
    .sort((a, b) => (dateOf(b) ?? '').localeCompare(dateOf(a) ?? ''))
    .slice(0, count);
}

/** Each filter's counts of several searches, added up. */
export function addCounts(counts: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const total: Record<string, Record<string, number>> = {};
  for (const each of counts)
    for (const [filter, values] of Object.entries(each))
      for (const [value, count] of Object.entries(values)) (total[filter] ??= {})[value] = (total[filter][value] ?? 0) + count;
  return total;
}

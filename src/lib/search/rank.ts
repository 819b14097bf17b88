/**
 * The ranking of a search: which searches of the index a query becomes, and
 * how their results are put in one order. Pure: the index is passed in as a
 * search function (Pagefind's `search` in the page, a fake in unit tests).
 *
 * In rank order:
 * 1. a Lao run typed without spaces that the index holds as one word;
 * 2. pages where the words stand next to each other as typed (Pagefind's
 *    quoted search over the index's first stream, one token per word:
 *    tokens.ts `indexText`), exact spellings first;
 * 3. pages holding every word with its diacritics as typed;
 * 4. Lao: pages holding every cluster pair of the run, then those holding
 *    the words but not the pairs (the words apart);
 * 5. pages holding every word, diacritics dropped;
 * 6. other forms of a glossary term the query names (its entries first);
 * 7. when all that finds few results: the query with one typo corrected,
 *    in any of its Latin words of four letters or more.
 *
 * A Latin word that no index word equals or starts with finds nothing,
 * though Pagefind would then match the longest index word it starts with
 * (`aaaaaaaaaa` found every page holding `a`).
 */
import { mergeRanked } from './query.ts';
import { isLaoToken, type QueryTokens } from './tokens.ts';
import { candidateLengths, corrections, MIN_TYPO_WORD } from './typo.ts';

/** Counts of results per value of each filter. */
export type FilterCounts = Record<string, Record<string, number>>;
export interface SearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
/** What a search of the index answers: Pagefind's `search`, narrowed to what ranking reads. */
export interface IndexAnswer<T> {
  results: T[];
  filters: FilterCounts;
}
export type IndexSearch<T> = (query: string, options: SearchOptions) => Promise<IndexAnswer<T>>;

export interface RankOptions {
  options: SearchOptions;
  /** Other forms of the glossary terms the query names, in this index's language, as exact tokens (glossary.ts). */
  expansions?: readonly string[][];
  /** Whether the query names a glossary term (its entries then come first); by default, whether there are expansions. */
  namesTerm?: boolean;
  /** The index's Latin words of one length (typo.ts); absent, typos are not corrected. */
  vocabulary?: (length: number) => Promise<readonly string[]>;
}

export interface Ranked<T> {
  ranked: T[];
  counts: FilterCounts;
  /** Words the results were found by in place of what was typed (one typo corrected), for highlighting. */
  corrected: string[];
}

/** Fewer results than this, and typos are looked for. */
export const FEW_RESULTS = 5;

/** A quoted search: Pagefind then wants the words exactly, at consecutive positions. */
export const phrase = (tokens: readonly string[]) => `"${tokens.join(' ')}"`;

const ids = <T extends { id: string }>(results: readonly T[]) => new Set(results.map((result) => result.id));

/**
 * Whether the index holds `token` only as the longest word `token` starts
 * with: no index word equals it or starts with it. Pagefind then searches
 * that shorter word instead (its "inverse" prefix match), and those results
 * share only a prefix with what was typed. Its quoted search matches words
 * exactly, so the shorter word is found as the longest prefix of `token`
 * that a quoted search finds, and the plain search found exactly its pages.
 */
export async function onlyPrefixOf<T extends { id: string }>(
  search: IndexSearch<T>,
  token: string,
  options: SearchOptions,
  plain: readonly T[],
): Promise<boolean> {
  if (plain.length === 0) return true;
  for (let length = token.length - 1; length > 0; length--) {
    const shorter = (await search(phrase([token.slice(0, length)]), options)).results;
    if (shorter.length === 0) continue;
    const found = ids(plain);
    return shorter.length === found.size && shorter.every((result) => found.has(result.id));
  }
  return false;
}

/** Whether a word is in the index does not depend on the filters chosen. */
const UNFILTERED: SearchOptions = { filters: {} };

/** The Latin words of the query that the index holds neither whole nor as the start of a word. */
async function unknownWords<T extends { id: string }>(search: IndexSearch<T>, tokens: QueryTokens): Promise<Set<string>> {
  const latin = [...new Set(tokens.folded)].filter((token) => !isLaoToken(token)); // a Lao word's fallback is its cluster pairs
  const unknown = await Promise.all(
    latin.map(async (token) => {
      if ((await search(phrase([token]), UNFILTERED)).results.length > 0) return false;
      return onlyPrefixOf(search, token, UNFILTERED, (await search(token, UNFILTERED)).results);
    }),
  );
  return new Set(latin.filter((_, index) => unknown[index]));
}

/**
 * The query with one typo in one word corrected, each way the vocabulary
 * allows, best first. The typo is in the word the index does not know, if
 * one; else any Latin word of the query may hold it, even one the index
 * knows: `centres` also finds `centers`. Two unknown words are more than
 * one typo.
 */
async function correctedQueries(
  tokens: QueryTokens,
  unknown: ReadonlySet<string>,
  vocabulary: (length: number) => Promise<readonly string[]>,
): Promise<{ query: string[]; correction: string }[]> {
  const queries: { query: string[]; correction: string }[] = [];
  if (unknown.size > 1) return queries;
  for (const [index, token] of tokens.folded.entries()) {
    if (unknown.size === 1 && !unknown.has(token)) continue;
    // A typed word of four letters may be a five-letter word with one missing.
    if (token.length < MIN_TYPO_WORD - 1 || !/^[a-z]+$/.test(token) || isLaoToken(token)) continue;
    const words = (await Promise.all(candidateLengths(token.length).map(vocabulary))).flat();
    for (const correction of corrections(token, words)) {
      const query = [...tokens.folded];
      query[index] = correction;
      queries.push({ query, correction });
    }
  }
  return queries;
}

/** Results in rank order, and filter counts (those of the most inclusive search, which contains the others). */
export async function rankedSearch<T extends { id: string }>(
  search: IndexSearch<T>,
  tokens: QueryTokens,
  { options, expansions = [], namesTerm = expansions.length > 0, vocabulary }: RankOptions,
): Promise<Ranked<T>> {
  const run = async (query: string) => (await search(query, options)).results;
  const ranking = !options.sort;
  const glossaryFirst = ranking && namesTerm && (options.filters.type ?? 'term') === 'term';
  /**
   * Whether the Lao cluster pairs are searched, where that is known before any answer: always for a run the
   * browser split into several words, never for a query without Lao; for one Lao word, only if it finds nothing.
   */
  const pairsAhead = tokens.pairs === undefined ? false : tokens.joined !== undefined ? true : undefined;
  const searchPairs = () => search(tokens.pairs!.join(' '), options);
  // The query names a glossary term: the glossary's entries holding it, the definitions, come first.
  const searchEntries = (byPairs: boolean) =>
    search((byPairs ? tokens.pairs! : tokens.folded).join(' '), { ...options, filters: { ...options.filters, type: 'term' } });
  // Every search that depends on no other's answer is asked at once: each is a round trip to Pagefind's worker.
  const [plain, standing, exactResults, expanded, pairsFirst, joined, entriesFirst] = await Promise.all([
    search(tokens.folded.join(' '), options),
    search(phrase(tokens.folded), options),
    ranking && tokens.hasDiacritics ? run(tokens.exact.join(' ')) : [],
    ranking ? Promise.all(expansions.map((expansion) => run(expansion.join(' ')))) : [],
    pairsAhead === true ? searchPairs() : undefined,
    // An unspaced Lao run the browser split may be one word in the index (Node's dictionary is larger).
    ranking && pairsAhead === true ? run(tokens.joined!.join(' ')) : [],
    glossaryFirst && pairsAhead !== undefined ? searchEntries(pairsAhead) : undefined,
  ]);
  // Words found together are each a word of the index, whole: only when they are not is each word looked up.
  const unknown = standing.results.length > 0 ? new Set<string>() : await unknownWords(search, tokens);
  const known = unknown.size === 0;
  // A word known only by a shorter word it starts with: the words together find nothing.
  const folded: IndexAnswer<T> = known ? plain : { results: [], filters: {} };
  const exact = known ? exactResults : [];
  // Pagefind scores every result of a quoted search alike: they keep the order of the plain search.
  const adjacentResults = ranking && tokens.folded.length > 1 && known ? standing.results : [];
  // Lao typed as one word and found as one: the cluster-pair fallback would add nothing but noise and time.
  const needPairs = pairsAhead ?? folded.results.length === 0;
  const [pairs, entries] =
    pairsAhead === undefined
      ? await Promise.all([needPairs ? searchPairs() : undefined, glossaryFirst ? searchEntries(needPairs) : undefined])
      : [pairsFirst, entriesFirst];
  const inclusive = pairs && pairs.results.length > 0 ? pairs : folded;
  const corrected: string[] = [];

  let ranked: T[];
  if (!ranking) ranked = inclusive.results;
  else {
    const adjacent = ids(adjacentResults);
    const together = folded.results.filter((result) => adjacent.has(result.id));
    const exactIds = ids(exact);
    ranked = mergeRanked(
      together.filter((result) => exactIds.has(result.id)),
      mergeRanked(together, mergeRanked(exact, folded.results)),
    );
    if (pairs) {
      // Lao words typed without spaces, split by the reader's browser otherwise than by the index's
      // dictionary: pages holding every cluster pair hold the clusters in the order typed, across the
      // words' boundaries, so they come before pages that hold the words apart.
      const inOrder = ids(pairs.results);
      const direct = ranked;
      ranked = mergeRanked(
        mergeRanked(
          together,
          direct.filter((result) => inOrder.has(result.id)),
        ),
        mergeRanked(pairs.results, direct),
      );
      if (tokens.joined) ranked = mergeRanked(joined, ranked);
    }
    for (const found of expanded) ranked = mergeRanked(ranked, found);
    if (entries) ranked = mergeRanked(entries.results, ranked);
  }

  let counts = inclusive.filters;
  if (ranked.length < FEW_RESULTS && vocabulary) {
    for (const { query, correction } of await correctedQueries(tokens, unknown, vocabulary)) {
      const found = await search(query.join(' '), options);
      if (found.results.length === 0) continue;
      if (ranked.length === 0) counts = found.filters;
      ranked = mergeRanked(ranked, found.results);
      corrected.push(correction);
    }
  }
  return { ranked, counts, corrected };
}

/**
 * Searching in the browser, for the search page and the header's
 * suggestions: each language's Pagefind index (a bundle of its own, so a
 * search in one language downloads only its index), asked with the tokens of
 * src/lib/search/tokens.ts — exact first when the query has diacritics, then
 * folded — and the other forms of any glossary term the query names.
 */
import { mergeRanked } from '../lib/search/query.ts';
import { queryTokens, type QueryTokens } from '../lib/search/tokens.ts';
import type { Lang } from '../lib/languages.ts';
import { searchBundlePath } from '../lib/paths.ts';

export interface ResultData {
  url: string;
  meta: { title: string; type: string; lang: string; place?: string; date?: string; text: string };
}
export interface PagefindResult {
  id: string;
  data: () => Promise<ResultData>;
}
/** Counts of results per value of each filter. */
export type FilterCounts = Record<string, Record<string, number>>;
export interface SearchOptions {
  filters: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  preload: (query: string, options?: SearchOptions) => Promise<void>;
  search: (query: string, options?: SearchOptions) => Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
}
/** A glossary term's forms in every language, each with its folded tokens. */
export type GlossaryForms = { text: string; tokens: string[] }[][];

/** The glossary's terms as the page lists them (each term's forms), ready to be matched against queries. */
export function glossaryFormsOf(terms: readonly string[][]): GlossaryForms {
  return terms.map((forms) => forms.map((text) => ({ text, tokens: queryTokens(text).folded })));
}

const engines = new Map<Lang, Promise<Pagefind>>();
/**
 * One language's search index, loaded once; a failed load is tried again by
 * the next search. Asking for it early (when the page opens or the box is
 * focused) loads Pagefind's library, WebAssembly and metadata before the
 * first query needs them.
 */
export function engine(lang: Lang): Promise<Pagefind> {
  let loading = engines.get(lang);
  if (!loading) {
    loading = (async () => {
      const bundle = searchBundlePath(lang);
      const loaded = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      await loaded.options({ basePath: bundle });
      // Starts loading the WebAssembly and the metadata now; filter indexes wait until counts are shown (filterCounts).
      await loaded.init();
      return loaded;
    })();
    loading.catch(() => engines.delete(lang));
    engines.set(lang, loading);
  }
  return loading;
}

/**
 * Loads every filter index of a language: searches report counts only for
 * the filters whose index is loaded. Asked for once the first results are
 * shown, not before: the counts are not needed to draw them.
 */
export async function loadFilterIndexes(lang: Lang): Promise<void> {
  await (await engine(lang)).filters();
}

/**
 * Starts loading, all at once, the index chunks of every search find() will
 * make for these tokens, instead of one search's after another's. Only
 * searches find() makes whatever the first one answers are started, so
 * nothing is downloaded that the answer does not need.
 */
function preloadSearches(index: Pagefind, tokens: QueryTokens, options: SearchOptions, glossaryForms: GlossaryForms) {
  const planned = [tokens.folded];
  if (tokens.pairs && tokens.joined) planned.push(tokens.pairs);
  if (!options.sort) {
    if (tokens.hasDiacritics) planned.push(tokens.exact);
    if (tokens.pairs && tokens.joined) planned.push(tokens.joined);
    planned.push(...glossaryExpansions(tokens, glossaryForms));
  }
  for (const words of planned) void index.preload(words.join(' '), options).catch(() => {});
}

const containsRun = (haystack: string[], needle: string[]) =>
  needle.length > 0 && haystack.some((_, start) => needle.every((token, offset) => haystack[start + offset] === token));

/** Other forms (in every language) of the glossary terms the query names. */
function glossaryExpansions(tokens: QueryTokens, glossaryForms: GlossaryForms): string[][] {
  const expansions: string[][] = [];
  for (const forms of glossaryForms) {
    if (!forms.some((form) => containsRun(tokens.folded, form.tokens))) continue;
    for (const form of forms) {
      const formTokens = queryTokens(form.text);
      if (!containsRun(tokens.folded, formTokens.folded)) expansions.push(formTokens.exact);
    }
  }
  return expansions;
}

/**
 * Results in rank order, and filter counts. The counts are those of the most
 * inclusive search (folded words, or Lao cluster pairs), which contains the
 * others, for the filters whose index is loaded (loadFilterIndexes). Sorted
 * by date, that search alone is the answer.
 */
export async function find(
  lang: Lang,
  tokens: QueryTokens,
  options: SearchOptions,
  glossaryForms: GlossaryForms = [],
): Promise<{ ranked: PagefindResult[]; counts: FilterCounts }> {
  const index = await engine(lang);
  preloadSearches(index, tokens, options, glossaryForms);
  const search = (words: string[]) => index.search(words.join(' '), options);
  const run = async (words: string[]) => (await search(words)).results;
  const folded = await search(tokens.folded);
  // Lao typed as one word and found as one: the cluster-pair fallback would add nothing but noise and time.
  const needPairs = tokens.pairs && (folded.results.length === 0 || tokens.joined !== undefined);
  const pairs = needPairs ? await search(tokens.pairs!) : undefined;
  const inclusive = pairs ?? folded;
  if (options.sort) return { ranked: inclusive.results, counts: inclusive.filters };
  const direct = tokens.hasDiacritics ? mergeRanked(await run(tokens.exact), folded.results) : folded.results;
  let ranked = direct;
  if (pairs && tokens.joined) {
    // Several Lao words typed without spaces: cluster pairs span the word boundaries, so pages that
    // match them and the words hold the words in the order typed; they come first.
    const inOrder = new Set(pairs.results.map((result) => result.id));
    ranked = mergeRanked(
      direct.filter((result) => inOrder.has(result.id)),
      direct,
    );
    // An unspaced Lao run the browser split may be one word in the index (Node's dictionary is larger).
    ranked = mergeRanked(await run(tokens.joined), ranked);
  }
  ranked = mergeRanked(ranked, inclusive.results);
  const expansions = glossaryExpansions(tokens, glossaryForms);
  for (const expansion of expansions) ranked = mergeRanked(ranked, await run(expansion));
  if (expansions.length > 0 && (options.filters.type ?? 'term') === 'term') {
    // The query names a glossary term: the glossary's entries holding it, the definitions, come first.
    const entries = await index.search((pairs ? tokens.pairs! : tokens.folded).join(' '), {
      filters: { ...options.filters, type: 'term' },
    });
    ranked = mergeRanked(entries.results, ranked);
  }
  return { ranked, counts: inclusive.filters };
}

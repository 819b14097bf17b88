/**
 * Searching in the browser, for the search page and the header's
 * suggestions: each language's Pagefind index (a bundle of its own, so a
 * search in one language downloads only its index), asked with the tokens of
 * src/lib/search/tokens.ts — exact first when the query has diacritics, then
 * folded — and the other forms of any glossary term the query names.
 */
import type { Expansions } from '../lib/search/glossary.ts';
import { rankedSearch, type FilterCounts, type Ranked, type SearchOptions } from '../lib/search/rank.ts';
import type { QueryTokens } from '../lib/search/tokens.ts';
import { vocabularyLoader } from '../lib/search/typo.ts';
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
export type { FilterCounts, SearchOptions };
/** Pagefind's JavaScript API, as the site uses it. */
export interface Pagefind {
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (query: string, options?: SearchOptions) => Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
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
      // Pagefind finds its bundle's folder from the library's own address. Setting it again (options()) cost the
      // first search a round trip to Pagefind's worker, once searchStart.ts had started it.
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

const vocabularies = new Map<Lang, (length: number) => Promise<readonly string[]>>();

/**
 * Results in rank order, filter counts (for the filters whose index is
 * loaded: loadFilterIndexes) and the words typos were corrected to: the
 * ranking is src/lib/search/rank.ts, asked of this language's index.
 */
export async function find(
  lang: Lang,
  tokens: QueryTokens,
  options: SearchOptions,
  /** The glossary terms the query names, and their other forms (src/lib/search/glossary.ts). */
  glossary?: Expansions,
): Promise<Ranked<PagefindResult>> {
  const index = await engine(lang);
  if (!vocabularies.has(lang)) vocabularies.set(lang, vocabularyLoader(searchBundlePath(lang)));
  return rankedSearch((query, each) => index.search(query, each), tokens, {
    options,
    // This index is searched with the forms written in its language.
    expansions: glossary?.forms[lang] ?? [],
    namesTerm: glossary?.names ?? false,
    vocabulary: vocabularies.get(lang)!,
  });
}

/**
 * Searching in the browser, for the search page and the header's
 * suggestions: each language's Pagefind index (a bundle of its own, so a
 * search in one language downloads only its index), searched in Pagefind's
 * Web Worker (src/lib/search/pagefindWorker.ts), asked with the tokens of
 * src/lib/search/tokens.ts — exact first when the query has diacritics, then
 * folded — and the other forms of any glossary term the query names.
 */
import type { Expansions } from '../lib/search/glossary.ts';
import { pagefindInWorker, startWorker, type PagefindInWorker, type PagefindResult } from '../lib/search/pagefindWorker.ts';
import { rankedSearch, type Ranked, type SearchOptions } from '../lib/search/rank.ts';
import type { QueryTokens } from '../lib/search/tokens.ts';
import { vocabularyLoader } from '../lib/search/typo.ts';
import type { Lang } from '../lib/languages.ts';
import { searchBundlePath } from '../lib/paths.ts';

export type { PagefindResult, ResultData } from '../lib/search/pagefindWorker.ts';
export type { FilterCounts, SearchOptions } from '../lib/search/rank.ts';

/** The worker the search page's inline script started for `bundle`, if it did; else a new one, loading that bundle. */
function workerFor(bundle: string, lang: Lang): Worker {
  const started = window.pagefindWorker;
  if (started?.bundle === bundle) {
    delete window.pagefindWorker;
    if (!started.failed) return started.worker;
    started.worker.terminate();
  }
  return startWorker(bundle, lang);
}

const engines = new Map<Lang, PagefindInWorker>();
/**
 * One language's search index, in a worker of its own. Asking for it early
 * (when the page opens or the box is focused) loads Pagefind's WebAssembly
 * and the index's metadata before the first query needs them; the index's
 * filters wait until counts are shown (loadFilterIndexes). An index that
 * failed to load (offline, say) is loaded again by the next search.
 */
export function engine(lang: Lang): PagefindInWorker {
  let index = engines.get(lang);
  if (!index || index.broken) {
    index?.close();
    index = pagefindInWorker(workerFor(searchBundlePath(lang), lang));
    engines.set(lang, index);
  }
  return index;
}

/** Starts loading a language's index now, for a search to come: a failure shows then. */
export function preloadIndex(lang: Lang): void {
  try {
    engine(lang);
  } catch {
    // No worker (a browser without them): the search says the index is unavailable.
  }
}

/**
 * Loads every filter index of a language: searches report counts only for
 * the filters whose index is loaded. Asked for once the first results are
 * shown, not before: the counts are not needed to draw them.
 */
export async function loadFilterIndexes(lang: Lang): Promise<void> {
  await engine(lang).filters();
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
  const index = engine(lang);
  if (!vocabularies.has(lang)) vocabularies.set(lang, vocabularyLoader(searchBundlePath(lang)));
  return rankedSearch((query, each) => index.search(query, each), tokens, {
    options,
    // This index is searched with the forms written in its language.
    expansions: glossary?.forms[lang] ?? [],
    namesTerm: glossary?.names ?? false,
    vocabulary: vocabularies.get(lang)!,
  });
}

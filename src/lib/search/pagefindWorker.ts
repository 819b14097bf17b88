/**
 * Pagefind's search, asked of its Web Worker directly.
 *
 * Pagefind's browser library (`pagefind.js`, 47 KB) is, since 1.5, a thin
 * proxy: it starts `pagefind-worker.js`, which loads the index and searches,
 * and passes each call to it as a message. The search page cannot wait for
 * that library: measured on the peer bench, the worker started only once the
 * library had arrived, been compiled and run (8 ms of the page's thread),
 * after the page's first style and layout, a third of the way to the first
 * results. So the page starts the worker itself, from an inline script at the
 * top of its <head> (SEARCH_WORKER_START), the worker starts loading its
 * index by itself (WORKER_SELF_START), and this module speaks the worker's
 * messages: `{ id, instanceId, method, args }`, answered by
 * `{ id, result }` or `{ id, error }` (Pagefind 1.6, `pagefind_web_js/lib/
 * worker.ts` in its source). The build refuses another release of Pagefind
 * (PAGEFIND_RELEASE, src/integrations/pagefindFiles.ts) until these messages
 * have been checked against it.
 */
import type { FilterCounts, SearchOptions } from './rank.ts';

/** The Pagefind release whose worker messages this module speaks (major.minor). */
export const PAGEFIND_RELEASE = '1.6';
/** The worker's file, in each language's bundle. */
export const WORKER_FILE = 'pagefind-worker.js';
/** The worker keeps one Pagefind per instance id; the site asks one worker for one index. */
export const INSTANCE = 'site';
/** Id of the message that starts the index loading: its answer comes before the index is loaded, and is not waited for. */
const START_ID = 'start';

export interface ResultData {
  url: string;
  meta: { title: string; type: string; lang: string; place?: string; date?: string; text: string };
}
export interface PagefindResult {
  id: string;
  data: () => Promise<ResultData>;
}
/** Pagefind's search, as the site uses it. */
export interface Pagefind {
  filters: () => Promise<FilterCounts>;
  search: (query: string, options?: SearchOptions) => Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
}

/** The message that makes a worker load one bundle's index (Pagefind's `init`, as its own library sends it). */
export function startMessage(bundle: string, lang: string) {
  return { id: START_ID, instanceId: INSTANCE, method: 'init', args: [{ basePath: bundle, language: lang, primary: true }] };
}

/**
 * Appended to Pagefind's worker as the site ships it (src/integrations/
 * pagefindFiles.ts): a worker named after a language sends itself
 * startMessage for the bundle it was loaded from, as soon as its script has
 * run. Sent by the page instead, the message waited on the page's thread:
 * Chromium hands a new worker the messages posted before it started only
 * once that thread is free, and it was busy with the page's first style,
 * layout and script, so the index began loading 25–60 ms after the worker
 * had started (traced on the peer bench; 6 ms on the peer's bare page).
 */
export const WORKER_SELF_START = [
  ';(()=>{',
  'if(!self.name)return;',
  `const data={id:${JSON.stringify(START_ID)},instanceId:${JSON.stringify(INSTANCE)},method:"init",`,
  'args:[{basePath:new URL(".",self.location.href).pathname,language:self.name,primary:true}]};',
  'self.dispatchEvent(new MessageEvent("message",{data}));',
  '})();',
].join('');

/** A worker of one bundle, loading that bundle's index from the start (WORKER_SELF_START). */
export const startWorker = (bundle: string, lang: string) => new Worker(`${bundle}${WORKER_FILE}`, { name: lang });

/** A worker the inline script started, left on `window` for the page's script to take. */
export interface StartedWorker {
  bundle: string;
  worker: Worker;
  /** Whether the worker failed to start (its file could not be loaded or run). */
  failed: boolean;
}
declare global {
  interface Window {
    pagefindWorker?: StartedWorker;
  }
}

/**
 * The search page's first script, inline at the top of <head> so that it runs
 * while the page is parsed, before any style or layout: it starts the worker
 * for the bundle its `data-search-bundle` names, named after the language of
 * its `data-search-lang` (as startWorker does), and leaves it on
 * `window.pagefindWorker`. Its text is a constant, allowed by its hash in the
 * Content-Security-Policy (src/lib/security.ts)
 * (tests/unit/pagefind-worker.test.ts runs it).
 */
export const SEARCH_WORKER_START = [
  '(()=>{',
  'const d=document.currentScript.dataset;',
  'try{',
  `const w=new Worker(d.searchBundle+${JSON.stringify(WORKER_FILE)},{name:d.searchLang});`,
  'const s=window.pagefindWorker={bundle:d.searchBundle,worker:w,failed:false};',
  'w.addEventListener("error",()=>{s.failed=true});',
  '}catch{}',
  '})()',
].join('');

/** The worker as this module uses it (a fake one in unit tests). */
export type WorkerPort = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/** How long results the page let go wait before the worker is told to release them. */
const RELEASE_DELAY_MS = 2000;

interface Answer {
  id: string;
  result?: unknown;
  error?: string;
}

/** Pagefind over a worker loading its index (startWorker); `broken` once the worker or its index failed. */
export interface PagefindInWorker extends Pagefind {
  readonly broken: boolean;
  close: () => void;
}

/**
 * Pagefind's search over its worker. A result's `data` is fetched when
 * asked (its fragment file), and released in the worker once the page no
 * longer holds the result, as Pagefind's library does.
 */
export function pagefindInWorker(worker: WorkerPort): PagefindInWorker {
  const waiting = new Map<string, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  let broken = false;
  const fail = (error: Error) => {
    broken = true;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.addEventListener('message', (event) => {
    const { id, result, error } = (event as MessageEvent<Answer>).data;
    const asked = waiting.get(id);
    if (!asked) return; // the start message's answer, or one for a call already failed
    waiting.delete(id);
    if (error === undefined) asked.resolve(result);
    else {
      // Pagefind keeps an index that failed to load failed: later searches need a new worker.
      broken = true;
      asked.reject(new Error(`Pagefind: ${error}`));
    }
  });
  worker.addEventListener('error', () => fail(new Error('Pagefind’s worker failed')));

  const ask = <T>(method: string, args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      if (broken) return reject(new Error('Pagefind’s worker failed'));
      const id = `${INSTANCE}-${next++}`;
      waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
      worker.postMessage({ id, instanceId: INSTANCE, method, args });
    });
  // A search's results the page let go are released together, a while later: the garbage collector tends to
  // find them just as the next results' fragments load, and a message each would queue before those.
  let unused: string[] = [];
  const releaseUnused = () => {
    for (const dataId of unused) if (!broken) void ask('releaseData', [dataId]).catch(() => {});
    unused = [];
  };
  const release = new FinalizationRegistry<string>((dataId) => {
    if (unused.length === 0) setTimeout(releaseUnused, RELEASE_DELAY_MS);
    unused.push(dataId);
  });

  return {
    get broken() {
      return broken;
    },
    close: () => {
      fail(new Error('Pagefind’s worker was closed'));
      worker.terminate();
    },
    filters: () => ask<FilterCounts>('filters', []),
    search: async (query, options = { filters: {} }) => {
      const answer = await ask<{ results: { id: string; data: string }[]; filters: FilterCounts }>('search', [query, options]);
      const results = answer.results.map(({ id, data: dataId }) => {
        const result: PagefindResult = { id, data: () => ask<ResultData>('getData', [dataId]) };
        release.register(result, dataId);
        return result;
      });
      return { results, filters: answer.filters };
    },
  };
}

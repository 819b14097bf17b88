/// <reference lib="webworker" />
/**
 * The site's service worker, bundled and given its precache list at build
 * time (src/integrations/offline.ts). Serwist does the caching:
 *
 * - hashed assets (`/_astro/`) cache-first: their names change with them;
 * - pages and other files network-first, each kept as it is fetched, so a
 *   page once opened stays readable; without a connection a page neither
 *   opened nor saved gets the offline page of its language (precached);
 * - a page of a set saved from this very build is served from the device at
 *   once: it is the file the server has (a train's network may take a minute
 *   to fail);
 * - the search index (`/pagefind/`) is never kept piecemeal: it comes from
 *   the network or from one saved set, the same one for every file one page
 *   asks for, so a search never reads files of two builds.
 *
 * Saved sets (src/lib/offline.ts) are downloaded here, on the page's request,
 * into a cache named after the set and the build they come from; the set's
 * manifest is stored last and marks it complete. After a new deployment each
 * saved set is downloaded again into a new cache, and the old one is deleted
 * only once the new one is complete.
 */
import { CacheFirst, NetworkFirst, PrecacheFallbackPlugin, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import { LANGS } from '../lib/languages.ts';
import {
  manifestPath,
  offlinePageFor,
  offlinePagePath,
  parseSavedCacheName,
  savedCacheName,
  type OfflineManifest,
} from '../lib/offline.ts';
import type { SaveAnswer, WorkerRequest } from './messages.ts';
import { SEARCH_INDEX_ROOT } from '../lib/paths.ts';

// The precache list, put in place of `self.__SW_MANIFEST` by @serwist/build.
declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };
/** The build this worker came with (src/integrations/offline.ts). */
declare const BUILD_ID: string;

/** Files fetched at once while saving: enough to fill a slow link, few enough not to stall the page the reader is on. */
const DOWNLOADS_AT_ONCE = 4;

interface SavedSet {
  scope: string;
  build: string;
  cache: string;
}

/** The complete saved sets, this build's first; worked out again whenever a set is saved or removed. */
let savedSets: Promise<SavedSet[]> | undefined;

async function findSavedSets(): Promise<SavedSet[]> {
  const sets: SavedSet[] = [];
  for (const cache of await caches.keys()) {
    const parsed = parseSavedCacheName(cache);
    if (parsed && (await (await caches.open(cache)).match(manifestPath(parsed.scope)))) sets.push({ ...parsed, cache });
  }
  return sets.sort((a, b) => Number(b.build === BUILD_ID) - Number(a.build === BUILD_ID));
}

const completeSets = () => (savedSets ??= findSavedSets());

/** A request's response from the saved sets (those of this build only, if asked). */
async function fromSavedSets(request: Request, thisBuildOnly = false): Promise<Response | undefined> {
  for (const set of await completeSets()) {
    if (thisBuildOnly && set.build !== BUILD_ID) continue;
    const response = await (await caches.open(set.cache)).match(request, { ignoreSearch: true });
    if (response) return response;
  }
  return undefined;
}

/** Serwist plugin: what its own cache lacks, a saved set may have. */
const savedSetsPlugin: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => cachedResponse ?? (await fromSavedSets(request)) ?? null,
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  skipWaiting: true,
  clientsClaim: true,
});

const assets = new CacheFirst({ cacheName: 'assets', plugins: [savedSetsPlugin] });
const pages = new NetworkFirst({
  cacheName: 'pages',
  matchOptions: { ignoreSearch: true },
  plugins: [
    savedSetsPlugin,
    new PrecacheFallbackPlugin({
      serwist,
      // The offline page of the language the page asked for is in.
      fallbackUrls: LANGS.map((lang) => ({
        url: offlinePagePath(lang),
        matcher: ({ request }) =>
          request.destination === 'document' && offlinePageFor(new URL(request.url).pathname) === offlinePagePath(lang),
      })),
    }),
  ],
});

/** Which saved set (or the network) each page reads its search index from: one source per page. */
const searchSource = new Map<string, string>();

async function searchIndexFile(request: Request, clientId: string): Promise<Response> {
  let source = searchSource.get(clientId);
  if (source === undefined) {
    const lang = new URL(request.url).pathname.split('/')[2];
    const set = (await completeSets()).find((each) => each.scope === lang);
    // A set of this build is the server's own index; one of an earlier build only stands in when the network fails.
    source = set && set.build === BUILD_ID ? set.cache : `network ${set?.cache ?? ''}`;
    if (clientId) searchSource.set(clientId, source);
  }
  // Pagefind asks for its entry file with a timestamp (`?ts=`) to get past HTTP caches: the saved file is the same.
  if (!source.startsWith('network ')) {
    const saved = await (await caches.open(source)).match(request, { ignoreSearch: true });
    if (saved) return saved;
    return Response.error();
  }
  try {
    return await fetch(request);
  } catch (error) {
    const standIn = source.slice('network '.length);
    if (!standIn) throw error;
    // From now on this page reads the whole index from the saved set, never the network's files beside it.
    if (clientId) searchSource.set(clientId, standIn);
    return (await (await caches.open(standIn)).match(request, { ignoreSearch: true })) ?? Response.error();
  }
}

const sameOrigin = (url: URL) => url.origin === self.location.origin;

serwist.registerCapture(({ url, sameOrigin: same }) => same && url.pathname.startsWith('/_astro/'), assets);
serwist.registerCapture(
  ({ url }) => sameOrigin(url) && url.pathname.startsWith(SEARCH_INDEX_ROOT),
  ({ request, event }) =>
    event instanceof FetchEvent
      ? searchIndexFile(request, event.clientId || event.resultingClientId)
      : // A first page's list of what it loaded before this worker ran (offline-register.ts, CACHE_URLS): index
        // files are not kept one by one, so fetching them again would only download them twice.
        Promise.resolve(Response.error()),
);
serwist.registerCapture(
  ({ url, request }) =>
    sameOrigin(url) &&
    request.method === 'GET' &&
    !url.pathname.startsWith('/admin/') &&
    !url.pathname.startsWith('/offline/') &&
    url.pathname !== '/sw.js',
  async (options) => (await fromSavedSets(options.request, true)) ?? pages.handle(options),
);

/** Downloads a set into its build's cache, telling `report` how far it is; the manifest goes in last. */
async function saveSet(scope: string, report: (answer: SaveAnswer) => void): Promise<OfflineManifest> {
  const manifestUrl = manifestPath(scope);
  const manifest = (await (await fetch(manifestUrl, { cache: 'no-store' })).json()) as OfflineManifest;
  const name = savedCacheName(scope, manifest.build);
  const cache = await caches.open(name);
  let done = 0;
  report({ type: 'progress', done, total: manifest.bytes });
  const queue = [...manifest.files];
  try {
    await Promise.all(
      Array.from({ length: DOWNLOADS_AT_ONCE }, async () => {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          if (!(await cache.match(path))) {
            const response = await fetch(path, { cache: 'no-cache' });
            if (!response.ok) throw new Error(`${path}: ${response.status}`);
            const body = await response.blob();
            await cache.put(path, new Response(body, response));
            done += body.size;
          }
          report({ type: 'progress', done: Math.min(done, manifest.bytes), total: manifest.bytes });
        }
      }),
    );
    // A deployment during the download would mix two builds in one set: start again from the new manifest.
    const after = (await (await fetch(manifestUrl, { cache: 'no-store' })).json()) as OfflineManifest;
    if (after.build !== manifest.build) throw new Error('the site was updated while saving');
    await cache.put(manifestUrl, new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }));
  } catch (error) {
    await caches.delete(name);
    throw error;
  } finally {
    savedSets = undefined;
  }
  // The set's earlier builds are no longer needed.
  for (const other of await caches.keys()) {
    const parsed = parseSavedCacheName(other);
    if (parsed?.scope === scope && other !== name) await caches.delete(other);
  }
  savedSets = undefined;
  return manifest;
}

let refreshing: Promise<void> | undefined;

/** Every saved set of an earlier build, downloaded again from the present one. */
async function refreshSavedSets(): Promise<void> {
  for (const set of await completeSets()) {
    if (set.build === BUILD_ID) continue;
    try {
      await saveSet(set.scope, () => {});
    } catch (error) {
      // The old set stays readable; the next page load tries again.
      console.warn(`Refreshing the saved set ${set.scope} failed:`, error);
    }
  }
}

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const request = event.data as WorkerRequest;
  if (request?.type === 'offline-save') {
    const port = event.ports[0];
    const report = (answer: SaveAnswer) => port?.postMessage(answer);
    event.waitUntil(
      saveSet(request.scope, report).then(
        (manifest) => report({ type: 'saved', build: manifest.build }),
        (error: Error) => report({ type: 'failed', message: error.message }),
      ),
    );
  } else if (request?.type === 'offline-refresh') {
    refreshing ??= refreshSavedSets().finally(() => (refreshing = undefined));
    event.waitUntil(refreshing);
  }
});

serwist.addEventListeners();

/**
 * A worker thread of the search index (searchIndex.ts), for one language's
 * bundle. It takes that language's result pages as they are rendered and
 * adds their results, in the order of the pages' numbers, to the bundle
 * (src/lib/search/pagefindBundle.ts), whose fragments are written as they
 * come; the rest of the bundle is written as soon as the last page is in,
 * while Astro goes on rendering the other pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Lang } from '../lib/languages.ts';
import { PagefindBundle } from '../lib/search/pagefindBundle.ts';
import { pagefindRecord, recordsOfPage } from '../lib/search/pageRecords.ts';
import { vocabularyByLength, vocabularyFile } from '../lib/search/typo.ts';
import { BundleFolder, type PagefindClient } from './pagefindFiles.ts';

export interface ResultPage {
  /** The page's place among the result pages, from 0. */
  seq: number;
  path: string;
  /** The HTML, when the page holds results (a glossary page in a language with no terms may hold none). */
  html: Uint8Array | undefined;
}
export type IndexerMessage =
  /** How many result pages there are: when that many are in, the index is written. */
  | { resultPages: number }
  /** Pagefind's browser library, fetched once by the main thread for every bundle. */
  | { client: PagefindClient }
  | ResultPage
  /** No more pages come: write the index now if not yet done. */
  | { finish: true };
/** How the writing of the index ended; `cpuSeconds`: all this thread's work, indexing and writing. */
export type IndexWritten = { results: number; writeSeconds: number; cpuSeconds: number } | { error: string };
export type IndexerAnswer =
  /** A page taken off the main thread's account: indexed, or waiting for an earlier one. */
  { taken: true } | IndexWritten;

const { outputPath, lang } = workerData as { outputPath: string; lang: Lang };
let receiveClient: (client: PagefindClient) => void;
/** Pagefind's browser library, which the main thread sends; needed only to finish the bundle. */
const client = new Promise<PagefindClient>((resolve) => (receiveClient = resolve));
const folder = new BundleFolder(outputPath);
/**
 * A query loads one word index chunk per word. Pagefind's chunks (20,000
 * locations, some 30 KB) made a first query at 1,000 practices per language
 * cost 266 KB; chunks of 5,000 brought it to 206 KB (npm run bench:search),
 * and of 2,000 to less again: the metadata grows by a bound per chunk, far
 * less than a query saves.
 */
const CHUNK_SIZE = 2_000;
// Every record's language is "mul" (pageRecords.ts): the bundle is one language's all the same.
// The search page cuts its excerpts from the text in each result's metadata (excerpt.ts), never
// from the indexed words: fragments leave them out, and a result costs a third of what it did.
const bundle = new PagefindBundle('mul', (file) => folder.write(file), { chunkSize: CHUNK_SIZE, contentInFragments: false });

const waiting = new Map<number, ResultPage>();
/** Pages that came before their turn, already taken off the account. */
const parked = new Set<number>();
let next = 0;
let expected: number | undefined;
const problems: string[] = [];
let written: Promise<IndexWritten> | undefined;
const decoder = new TextDecoder();
const encoder = new TextEncoder();

const take = () => parentPort!.postMessage({ taken: true } satisfies IndexerAnswer);

/** Adds a page's results to the bundle, whose fragments are written at once. Never throws. */
function indexPage({ path, html }: ResultPage): void {
  if (!html) return;
  try {
    for (const record of recordsOfPage(decoder.decode(html), path)) {
      if (record.record.lang !== lang) {
        problems.push(`${record.url}: a result in "${record.record.lang}" on a page in "${lang}"`);
        continue;
      }
      bundle.add(pagefindRecord(record));
    }
  } catch (error) {
    problems.push(`${path}: ${(error as Error).message}`);
  }
}

async function write(): Promise<IndexWritten> {
  try {
    return await writeIndex();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function writeIndex(): Promise<IndexWritten> {
  if (problems.length > 0) return { error: problems.join('\n') };
  const started = performance.now();
  const { release, files } = await client;
  for (const [length, words] of vocabularyByLength(bundle.indexWords()))
    folder.write({ path: vocabularyFile(length), content: encoder.encode(JSON.stringify(words)), compress: false });
  bundle.finish(release);
  for (const file of files) folder.write(file);
  folder.done();
  const { user, system } = process.threadCpuUsage();
  return { results: bundle.pageCount, writeSeconds: (performance.now() - started) / 1000, cpuSeconds: (user + system) / 1e6 };
}

/**
 * Indexes the pages whose turn has come, and writes once the last result
 * page is in. A page is taken off the main thread's account once it is in
 * the bundle, or at once when it must wait for an earlier one: the main
 * thread holds Astro back while too many are on account (searchIndex.ts),
 * so this thread does not pile up pages it cannot yet handle.
 */
function advance() {
  for (let page = waiting.get(next); page; page = waiting.get(next)) {
    waiting.delete(next);
    next += 1;
    // A failure is reported when the index is written.
    indexPage(page);
    if (!parked.delete(page.seq)) take();
  }
  if (next === expected) writeOnce();
}

/** Writes the bundle, once, and answers the main thread, which then stops this thread. */
function writeOnce() {
  if (written) return;
  written = write();
  void written.then((answer) => parentPort!.postMessage(answer));
}

function receive(message: IndexerMessage) {
  if ('client' in message) receiveClient(message.client);
  else if ('resultPages' in message) expected = message.resultPages;
  else if ('seq' in message) {
    waiting.set(message.seq, message);
    if (message.seq !== next) {
      parked.add(message.seq);
      take();
    }
  } else {
    // A result page Astro did not render (it skips a path another route already built) leaves a gap.
    for (const seq of [...waiting.keys()].sort((a, b) => a - b)) indexPage(waiting.get(seq)!);
    waiting.clear();
    writeOnce();
    return;
  }
  advance();
}

parentPort!.on('message', (message: IndexerMessage) => {
  try {
    receive(message);
  } catch (error) {
    problems.push((error as Error).message);
  }
});

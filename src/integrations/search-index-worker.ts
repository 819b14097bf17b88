/**
 * A worker thread of the search index (searchIndex.ts), for one language's
 * bundle. It takes that language's result pages as they are rendered,
 * indexes them in the order of their numbers, and has its own Pagefind
 * process write the bundle as soon as the last one is in, while Astro goes
 * on rendering the other pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { Lang } from '../lib/languages.ts';
import { pagefindRecord, recordsOfPage } from '../lib/search/pageRecords.ts';

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
  | ResultPage
  /** No more pages come: write the index now if not yet done, and answer. */
  | { finish: true };
/** How the writing of the index ended. */
export type IndexWritten = { results: number; writeSeconds: number } | { error: string };
export type IndexerAnswer =
  /** A page taken off the main thread's account: indexed, or waiting for an earlier one. */
  { taken: true } | IndexWritten;

const { outputPath, lang } = workerData as { outputPath: string; lang: Lang };
const { index } = await pagefind.createIndex({});
if (!index) throw new Error('Pagefind could not create an index');

const waiting = new Map<number, ResultPage>();
/** Pages that came before their turn, already taken off the account. */
const parked = new Set<number>();
let next = 0;
let expected: number | undefined;
let results = 0;
const problems: string[] = [];
// Records are sent without waiting for each answer, so Pagefind indexes one while the next page is parsed.
const added: Promise<void>[] = [];
let written: Promise<IndexWritten> | undefined;
const decoder = new TextDecoder();

const take = () => parentPort!.postMessage({ taken: true } satisfies IndexerAnswer);

/** Sends a page's results to Pagefind; resolves once Pagefind has answered for them all. Never rejects. */
function indexPage(page: ResultPage): Promise<unknown> {
  try {
    return Promise.allSettled(sendRecords(page));
  } catch (error) {
    problems.push(`${page.path}: ${(error as Error).message}`);
    return Promise.resolve();
  }
}

function sendRecords({ path, html }: ResultPage): Promise<void>[] {
  if (!html) return [];
  const adding: Promise<void>[] = [];
  for (const record of recordsOfPage(decoder.decode(html), path)) {
    if (record.record.lang !== lang) {
      problems.push(`${record.url}: a result in "${record.record.lang}" on a page in "${lang}"`);
      continue;
    }
    results += 1;
    adding.push(
      index!.addCustomRecord(pagefindRecord(record)).then(({ errors }) => {
        if (errors.length > 0) problems.push(`${record.url}: ${errors.join('; ')}`);
      }),
    );
  }
  added.push(...adding);
  return adding;
}

async function write(): Promise<IndexWritten> {
  try {
    return await writeIndex();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function writeIndex(): Promise<IndexWritten> {
  await Promise.all(added);
  if (problems.length > 0) return { error: problems.join('\n') };
  const started = performance.now();
  const { errors } = await index!.writeFiles({ outputPath });
  await pagefind.close();
  if (errors.length > 0) return { error: errors.join('; ') };
  return { results, writeSeconds: (performance.now() - started) / 1000 };
}

/**
 * Indexes the pages whose turn has come, and writes once the last result
 * page is in. A page is taken off the main thread's account once Pagefind
 * has it, or at once when it must wait for an earlier one: the main thread
 * holds Astro back while too many are on account (searchIndex.ts), so
 * neither this thread nor Pagefind piles up pages it cannot yet handle.
 */
function advance() {
  for (let page = waiting.get(next); page; page = waiting.get(next)) {
    waiting.delete(next);
    next += 1;
    const taken = parked.delete(page.seq);
    // A failure is reported when the index is written (writeIndex awaits every record).
    void indexPage(page).then(() => {
      if (!taken) take();
    });
  }
  if (next === expected) written ??= write();
}

function receive(message: IndexerMessage) {
  if ('resultPages' in message) expected = message.resultPages;
  else if ('seq' in message) {
    waiting.set(message.seq, message);
    if (message.seq !== next) {
      parked.add(message.seq);
      take();
    }
  } else {
    // A result page Astro did not render (it skips a path another route already built) leaves a gap.
    for (const seq of [...waiting.keys()].sort((a, b) => a - b)) void indexPage(waiting.get(seq)!);
    waiting.clear();
    written ??= write();
    void written.then((answer) => parentPort!.postMessage(answer));
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

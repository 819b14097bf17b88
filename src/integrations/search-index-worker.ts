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
export type IndexerAnswer = { results: number; writeSeconds: number } | { error: string };

const { outputPath, lang } = workerData as { outputPath: string; lang: Lang };
const { index } = await pagefind.createIndex({});
if (!index) throw new Error('Pagefind could not create an index');

const waiting = new Map<number, ResultPage>();
let next = 0;
let expected: number | undefined;
let results = 0;
const problems: string[] = [];
// Records are sent without waiting for each answer, so Pagefind indexes one while the next page is parsed.
const added: Promise<void>[] = [];
let written: Promise<IndexerAnswer> | undefined;
const decoder = new TextDecoder();

function indexPage({ path, html }: ResultPage) {
  if (!html) return;
  for (const record of recordsOfPage(decoder.decode(html), path)) {
    if (record.record.lang !== lang) {
      problems.push(`${record.url}: a result in "${record.record.lang}" on a page in "${lang}"`);
      continue;
    }
    results += 1;
    added.push(
      index!.addCustomRecord(pagefindRecord(record)).then(({ errors }) => {
        if (errors.length > 0) problems.push(`${record.url}: ${errors.join('; ')}`);
      }),
    );
  }
}

async function write(): Promise<IndexerAnswer> {
  try {
    return await writeIndex();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function writeIndex(): Promise<IndexerAnswer> {
  await Promise.all(added);
  if (problems.length > 0) return { error: problems.join('\n') };
  const started = performance.now();
  const { errors } = await index!.writeFiles({ outputPath });
  await pagefind.close();
  if (errors.length > 0) return { error: errors.join('; ') };
  return { results, writeSeconds: (performance.now() - started) / 1000 };
}

/** Indexes the pages whose turn has come, and writes once the last result page is in. */
function advance() {
  for (let page = waiting.get(next); page; page = waiting.get(next)) {
    waiting.delete(next);
    next += 1;
    indexPage(page);
  }
  if (next === expected) written ??= write();
}

function receive(message: IndexerMessage) {
  if ('resultPages' in message) expected = message.resultPages;
  else if ('seq' in message) waiting.set(message.seq, message);
  else {
    // A result page Astro did not render (it skips a path another route already built) leaves a gap.
    for (const seq of [...waiting.keys()].sort((a, b) => a - b)) indexPage(waiting.get(seq)!);
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

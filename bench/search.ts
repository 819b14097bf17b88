/**
 * `npm run bench:search`: search at scale, measured, not asserted.
 *
 * 1. Generates a content tree with 1,000 practices per language (vi, lo, en)
 *    beside the site's localities, themes and glossary. Each practice names a
 *    made-up place of three Vietnamese syllables, three Lao words written
 *    without spaces, and an English code word, inside ordinary text.
 * 2. Builds it (CONTENT_DIR / OUT_DIR) with the real build and search index.
 * 3. Runs queries of each kind through /<lang>/search/?q= in Chromium, each
 *    a first query in a fresh browser context, and reports recall at 5
 *    (relevant = pages whose text holds every query word, found by brute
 *    force), the median time from navigation start to rendered results and
 *    the median kilobytes transferred by then, as ../shared/peer-bench's
 *    search-eval.mjs measures them;
 * 4. types every fifth query into a search page already open and reports
 *    the median time from the last keystroke to the results for it.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serve } from '../scripts/serve.ts';
import { CHROMIUM_FLAGS } from '../tests/helpers/browser.ts';
import { comparable, fold } from '../src/lib/writing.ts';
import { EN, LO, pick, VI, writeCorpus } from './corpus.ts';
import { firstQuery, median } from './firstQuery.ts';

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1000);
const QUERIES_PER_KIND = Number(process.env.BENCH_QUERIES ?? 30);
const ROOT = '/tmp/bench-search';
const CONTENT = join(ROOT, 'content');
const OUT = join(ROOT, 'dist');

interface Case {
  kind: string;
  lang: string;
  query: string;
  relevant: Set<string>;
}

function generate(): { cases: Case[] } {
  rmSync(ROOT, { recursive: true, force: true });
  const texts: Record<string, { url: string; text: string }[]> = writeCorpus(CONTENT, ENTRIES);
  const holding = (lang: string, words: string[], normalise: (s: string) => string) =>
    new Set(
      texts[lang]!.filter(({ text }) => words.every((word) => normalise(text).includes(normalise(word)))).map(({ url }) => url),
    );
  const cases: Case[] = [];
  const plain = (s: string) => fold(comparable(s));
  for (let n = 0; n < QUERIES_PER_KIND; n++) {
    const i = Math.floor((n * ENTRIES) / QUERIES_PER_KIND) + 7;
    const vi = pick(VI, i);
    cases.push({ kind: 'vi-diacritics', lang: 'vi', query: vi.join(' '), relevant: holding('vi', vi, comparable) });
    cases.push({ kind: 'vi-plain', lang: 'vi', query: plain(vi.join(' ')), relevant: holding('vi', vi, plain) });
    const lo = pick(LO, i);
    cases.push({ kind: 'lo-word', lang: 'lo', query: lo[n % 3]!, relevant: holding('lo', [lo[n % 3]!], comparable) });
    cases.push({ kind: 'lo-multiword', lang: 'lo', query: lo.join(''), relevant: holding('lo', [lo.join('')], comparable) });
    const en = pick(EN, i);
    cases.push({ kind: 'en', lang: 'en', query: en.join(' '), relevant: holding('en', en, (s) => s.toLowerCase()) });
  }
  return { cases };
}

/**
 * On a search page already open (its index loaded by an earlier search),
 * the reader types a query: time from the last keystroke to the results for
 * it drawn. It includes the pause the page waits for after a keystroke.
 */
async function typedQuery(page: Page, c: Case): Promise<number> {
  await page.fill('#search-page-input', '');
  await page.evaluate(() => {
    document
      .querySelector('#search-page-input')!
      .addEventListener('input', () => ((window as unknown as { lastKey: number }).lastKey = performance.now()));
  });
  await page.locator('#search-page-input').pressSequentially(c.query, { delay: 20 });
  const done = await page.waitForFunction(
    (query) => {
      const results = document.querySelector('[data-search-results]');
      const answered = new URL(location.href).searchParams.get('q') === query;
      return answered && results?.getAttribute('data-search-state') === 'done' && performance.now();
    },
    c.query,
    { polling: 'raf' },
  );
  const lastKey = await page.evaluate(() => (window as unknown as { lastKey: number }).lastKey);
  return ((await done.jsonValue()) as number) - lastKey;
}

const started = performance.now();
const { cases } = generate();
console.log(`Generated ${ENTRIES} practices per language in ${CONTENT}`);
execFileSync('npm', ['run', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, CONTENT_DIR: CONTENT, OUT_DIR: OUT },
});
console.log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s (generation included)`);

const server = await serve(OUT, 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });

const rows: Record<string, { recall: number[]; ms: number[]; kb: number[]; typed: number[] }> = {};
for (const c of cases) {
  const { links, ms, kb } = await firstQuery(browser, base, c);
  const top = links.slice(0, 5);
  const wanted = Math.min(5, c.relevant.size);
  const recall = wanted === 0 ? 1 : top.filter((url) => c.relevant.has(url)).length / wanted;
  const row = (rows[c.kind] ??= { recall: [], ms: [], kb: [], typed: [] });
  row.recall.push(recall);
  row.ms.push(ms);
  row.kb.push(kb);
}
// Typing on an open page: one page per language, opened once; every fifth case.
const open = new Map<string, Page>();
for (const c of cases.filter((_, index) => index % 5 === 0)) {
  let page = open.get(c.lang);
  if (!page) {
    page = await browser.newPage();
    await page.goto(`${base}/${c.lang}/search/?q=${encodeURIComponent(c.query)}`);
    await page.waitForSelector('[data-search-state="done"]', { state: 'attached' });
    open.set(c.lang, page);
  }
  rows[c.kind]!.typed.push(await typedQuery(page, c));
}
await browser.close();
server.close();

console.log(`\nSearch at ${ENTRIES} entries per language (${QUERIES_PER_KIND} queries per kind):`);
console.table(
  Object.entries(rows).map(([kind, { recall, ms, kb, typed }]) => ({
    kind,
    'recall@5': (recall.reduce((a, b) => a + b, 0) / recall.length).toFixed(3),
    'first query: median ms (navigation → results)': median(ms).toFixed(0),
    'first query: median KB': median(kb).toFixed(0),
    'typed on an open page: median ms (last key → results)': typed.length ? median(typed).toFixed(0) : '—',
  })),
);
const all = Object.values(rows);
console.log(
  `All kinds: first query median ${median(all.flatMap((row) => row.ms)).toFixed(0)} ms, ` +
    `${median(all.flatMap((row) => row.kb)).toFixed(0)} KB; typed median ${median(all.flatMap((row) => row.typed)).toFixed(0)} ms`,
);

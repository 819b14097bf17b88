/**
 * `npm run bench:search`: search at scale, measured, not asserted.
 *
 * 1. Generates a content tree with 1,000 practices per language (vi, lo, en)
 *    beside the site's localities, themes and glossary. Each practice names a
 *    made-up place of three Vietnamese syllables, three Lao words written
 *    without spaces, and an English code word, inside ordinary text.
 * 2. Builds it (CONTENT_DIR / OUT_DIR) with the real build and search index.
 * 3. Runs queries of each kind through /<lang>/search/?q= in Chromium and
 *    reports recall at 5 (relevant = pages whose text holds every query word,
 *    found by brute force), the median time from query to rendered results,
 *    and the kilobytes transferred for a first query in a fresh browser.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serve } from '../scripts/serve.ts';
import { CHROMIUM_FLAGS } from '../tests/helpers/browser.ts';
import { comparable } from '../src/lib/text.ts';
import { fold } from '../src/lib/search/tokens.ts';
import { EN, LO, pick, VI, writeCorpus } from './corpus.ts';

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

async function timedSearch(page: Page, base: string, c: Case): Promise<{ links: string[]; ms: number }> {
  await page.goto(`${base}/${c.lang}/search/`);
  await page.waitForSelector('[data-search-state="done"]', { state: 'attached' });
  await page.fill('#search-page-input', c.query);
  const started = await page.evaluate(() => performance.now());
  await page.press('#search-page-input', 'Enter');
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('data-search-state') === 'done');
  const ended = await page.evaluate(() => performance.now());
  const links = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return { links, ms: ended - started };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

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

// Kilobytes a first query costs: a fresh browser context opens the search page, then searches once.
// Counted per finished request as received (compressed, headers included), web workers' requests
// included: Chrome's protocol, used before, saw only the page's own (15 KB where Pagefind 1.6 took 240).
const firstQueryKb: number[] = [];
for (const c of cases.filter((_, index) => index % 5 === 0).slice(0, 5)) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let counting = false;
  const sizes: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    if (!counting) return;
    sizes.push(
      request.sizes().then(({ responseBodySize, responseHeadersSize }) => {
        bytes += responseBodySize + responseHeadersSize;
      }),
    );
  });
  await page.goto(`${base}/${c.lang}/search/`, { waitUntil: 'networkidle' });
  counting = true;
  await page.fill('#search-page-input', c.query);
  await page.press('#search-page-input', 'Enter');
  await page.waitForFunction(() => document.querySelector('[data-search-results]')?.getAttribute('data-search-state') === 'done');
  await page.waitForLoadState('networkidle');
  await Promise.all(sizes);
  firstQueryKb.push(bytes / 1024);
  await context.close();
}

const page = await browser.newPage();
const rows: Record<string, { recall: number[]; ms: number[] }> = {};
for (const c of cases) {
  const { links, ms } = await timedSearch(page, base, c);
  const top = links.slice(0, 5);
  const wanted = Math.min(5, c.relevant.size);
  const recall = wanted === 0 ? 1 : top.filter((url) => c.relevant.has(url)).length / wanted;
  const row = (rows[c.kind] ??= { recall: [], ms: [] });
  row.recall.push(recall);
  row.ms.push(ms);
}
await browser.close();
server.close();

console.log(`\nSearch at ${ENTRIES} entries per language (${QUERIES_PER_KIND} queries per kind):`);
console.table(
  Object.entries(rows).map(([kind, { recall, ms }]) => ({
    kind,
    'recall@5': (recall.reduce((a, b) => a + b, 0) / recall.length).toFixed(3),
    'median ms (query → rendered)': median(ms).toFixed(0),
  })),
);
console.log(
  `First query, fresh browser: median ${median(firstQueryKb).toFixed(0)} KB transferred (max ${Math.max(...firstQueryKb).toFixed(0)} KB)`,
);

/**
 * `npm run bench:search-ab -- <dist A> <dist B> [--rounds 20] [--query lang:words ...]`:
 * whether build B answers a first query sooner than build A, both built from
 * the same content.
 *
 * On this shared two-core machine one build's median moves by more than the
 * few per cent a change to the search page is worth (three runs of
 * ../shared/peer-bench's queries on one build gave 1,074, 1,231 and 1,373 ms),
 * so a change cannot be judged from a run of each. Here the builds take turns: each round opens
 * every query in both (alternating which goes first), each as a first query
 * (bench/firstQuery.ts), and the verdict is the median of the paired ratios,
 * B's time over A's for the same query in the same round, with its 95%
 * interval. The first round warms the servers and is not counted. Measured,
 * never asserted.
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.ts';
import { CHROMIUM_FLAGS } from '../tests/helpers/browser.ts';
import { firstQuery, median } from './firstQuery.ts';

/** Queries the site's own content answers in each language, with and without diacritics. */
const DEFAULT_QUERIES = ['vi:phục vụ hành chính công', 'vi:mot cua lien thong', 'lo:ສູນບໍລິການ', 'en:one-stop'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '20' }, query: { type: 'string', multiple: true } },
});
const builds = positionals;
if (builds.length !== 2) throw new Error('Give two built sites to compare: npm run bench:search-ab -- <dist A> <dist B>');
const rounds = Number(values.rounds);
const queries = (values.query ?? DEFAULT_QUERIES).map((spec) => {
  const [lang, ...words] = spec.split(':');
  if (!lang || words.length === 0) throw new Error(`--query ${spec}: expected lang:words, e.g. vi:một cửa`);
  return { lang, query: words.join(':') };
});

const servers = await Promise.all(builds.map((dir) => serve(dir, 0)));
const bases = servers.map((server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });

const times: [number[], number[]] = [[], []];
const bytes: [number[], number[]] = [[], []];
const ratios: number[] = [];
for (let round = 0; round <= rounds; round++) {
  for (const query of queries) {
    const order: (0 | 1)[] = round % 2 === 0 ? [0, 1] : [1, 0];
    const measured: number[] = [];
    for (const build of order) {
      const { ms, kb } = await firstQuery(browser, bases[build]!, query);
      measured[build] = ms;
      if (round > 0) {
        times[build].push(ms);
        bytes[build].push(kb);
      }
    }
    if (round > 0) ratios.push(measured[1]! / measured[0]!);
  }
}
await browser.close();
for (const server of servers) server.close();

console.log(`First queries, ${rounds} rounds × ${queries.length} queries, builds alternated:`);
console.table(
  builds.map((dir, build) => ({
    build: `${'AB'[build]}: ${dir}`,
    'median ms': median(times[build as 0 | 1]).toFixed(0),
    'median KB': median(bytes[build as 0 | 1]).toFixed(1),
  })),
);
/**
 * The median's 95% interval, from order statistics (the binomial count of ratios below the true median, by its
 * normal approximation): an interval holding 1 shows no difference. Two identical builds gave a median of 0.944 over
 * 24 pairs here, with quartiles 0.84–1.08, so small changes need many rounds.
 */
const sorted = [...ratios].sort((a, b) => a - b);
const half = 0.98 * Math.sqrt(sorted.length);
const low = sorted[Math.max(0, Math.floor(sorted.length / 2 - half))]!;
const high = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length / 2 + half))]!;
console.log(
  `B/A, paired by query and round: median ${median(ratios).toFixed(3)}, 95% interval ${low.toFixed(3)}–${high.toFixed(3)} (n ${ratios.length})`,
);

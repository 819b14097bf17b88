/**
 * `npm run bench`: how the build grows with content. For 100, 1,000 and
 * 3,000 practices per language (BENCH_SIZES), it writes a deterministic
 * corpus (bench/corpus.ts) to a temporary folder, builds it with the search
 * index, and reports wall time, pages per second, peak memory, the size of
 * the output and of the search index, and what a practice page weighs
 * (HTML, CSS and JavaScript, gzipped). Results go to stdout as a table and
 * to bench/results/scale.json. Measured, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtHtmlFiles } from '../scripts/built-pages.ts';
import { astroCacheDir } from '../src/lib/content/contentDir.ts';
import { writeCorpus } from './corpus.ts';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,3000').split(',').map(Number);
const WORK = join(tmpdir(), 'bench-scale');

/** Runs a command under /usr/bin/time: its wall seconds and peak resident memory in MB. */
function timed(command: string, args: string[], env: NodeJS.ProcessEnv): { seconds: number; peakMb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', command, ...args], {
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const line = /TIME ([\d.]+) (\d+)/.exec(result.stderr);
  if (result.status !== 0 || !line) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-3000)}`);
  return { seconds: Number(line[1]), peakMb: Number(line[2]) / 1024 };
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** What a practice page's first view fetches, gzipped: the HTML and the styles and scripts it links. */
function practiceWeight(out: string) {
  const html = readFileSync(join(out, 'lo/practices/bench-0/index.html'));
  const assets = [...html.toString().matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((match) => match[1]!);
  const gz = (buffer: Buffer) => gzipSync(buffer, { level: 6 }).length;
  const css = assets
    .filter((asset) => asset.endsWith('.css'))
    .reduce((sum, asset) => sum + gz(readFileSync(join(out, asset))), 0);
  const js = assets.filter((asset) => asset.endsWith('.js')).reduce((sum, asset) => sum + gz(readFileSync(join(out, asset))), 0);
  return { htmlKb: gz(html) / 1024, cssKb: css / 1024, jsKb: js / 1024 };
}

const results = SIZES.map((entries) => {
  const content = join(WORK, `content-${entries}`);
  const out = join(WORK, `dist-${entries}`);
  writeCorpus(content, entries);
  rmSync(out, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: out };
  // A cold build, as on a fresh clone: no content or bundle cached by an earlier run.
  rmSync(astroCacheDir(content), { recursive: true, force: true });
  const build = timed('node_modules/.bin/astro', ['build'], env);
  const index = timed(process.execPath, ['scripts/search-index.ts'], env);
  const pages = builtHtmlFiles(out).length;
  const seconds = build.seconds + index.seconds;
  const result = {
    practicesPerLanguage: entries,
    pages,
    seconds: Number(seconds.toFixed(1)),
    astroBuildSeconds: build.seconds,
    searchIndexSeconds: index.seconds,
    pagesPerSecond: Math.round(pages / seconds),
    peakMemoryMb: Math.round(Math.max(build.peakMb, index.peakMb)),
    distMb: Number((sizeOf(out) / 1024 / 1024).toFixed(1)),
    searchIndexMb: Number((sizeOf(join(out, 'pagefind')) / 1024 / 1024).toFixed(1)),
    practicePage: Object.fromEntries(Object.entries(practiceWeight(out)).map(([key, value]) => [key, Number(value.toFixed(1))])),
  };
  console.error(`${entries} practices per language: ${seconds.toFixed(1)} s`);
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  return result;
});

const growth = results.length > 1 ? results.at(-1)!.seconds / results.at(-2)!.seconds : undefined;
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/scale.json',
  JSON.stringify({ machine: `${process.platform} ${process.arch}, node ${process.version}`, results, growth }, null, 2) + '\n',
);

console.log(
  '| practices/lang | pages | build s (astro + index) | pages/s | peak MB | dist MB | index MB | practice page gz KB (html/css/js) |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.practicesPerLanguage} | ${r.pages} | ${r.seconds} (${r.astroBuildSeconds} + ${r.searchIndexSeconds}) | ${r.pagesPerSecond} | ${r.peakMemoryMb} | ${r.distMb} | ${r.searchIndexMb} | ${r.practicePage.htmlKb} / ${r.practicePage.cssKb} / ${r.practicePage.jsKb} |`,
  );
}
if (growth)
  console.log(
    `Growth from ${results.at(-2)!.practicesPerLanguage} to ${results.at(-1)!.practicesPerLanguage} per language: ×${growth.toFixed(2)}`,
  );

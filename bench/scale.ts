/**
 * `npm run bench`: how the build grows with content. For 100, 1,000 and
 * 3,000 practices per language (BENCH_SIZES), it writes a deterministic
 * corpus (bench/corpus.ts) to a temporary folder, builds it (the build
 * writes the search index too), and reports wall time, pages per second,
 * peak memory of all the build's processes together, the size of the output
 * and of the search index, and what a practice page weighs (HTML, CSS and
 * JavaScript, gzipped). Results go to stdout as a table and to
 * bench/results/scale.json. Measured, never asserted.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtHtmlFiles } from '../scripts/built-pages.ts';
import { astroCacheDir } from '../src/lib/content/contentDir.ts';
import { writeCorpus } from './corpus.ts';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,3000').split(',').map(Number);
const WORK = join(tmpdir(), 'bench-scale');

/** The process and all its descendants, by /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** A process's name and resident memory in KB (nothing once it has ended). */
function resident(pid: number): { name: string; kb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    // Linux names Node's process after its main thread, and cuts names at 15 characters (pagefind_extended).
    const name = (/Name:\s+(.*)/.exec(status)?.[1] ?? '?').replace('MainThread', 'node').replace(/^pagefind.*/, 'pagefind');
    return { name, kb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) };
  } catch {
    return { name: '?', kb: 0 };
  }
}

/**
 * Runs a command: its wall seconds, its output, and the peak of the memory
 * that it and every process it starts hold at once (the build starts some
 * beside Node: esbuild, and Pagefind for a moment, for its browser library),
 * sampled every 100 ms, with each process's share at that moment. GNU
 * time's figure, used before, is one process's only.
 */
function measured(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; peakMb: number; peakShares: string[]; output: string }> {
  const started = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peakKb = 0;
  let peakShares: string[] = [];
  const sampler = setInterval(() => {
    const processes = processTree(child.pid!).map(resident);
    const kb = processes.reduce((sum, each) => sum + each.kb, 0);
    if (kb <= peakKb) return;
    peakKb = kb;
    peakShares = processes.filter((each) => each.kb > 50 * 1024).map((each) => `${each.name} ${Math.round(each.kb / 1024)}`);
  }, 100);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} failed:\n${output.slice(-3000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, peakShares, output });
    });
  });
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

const results = [];
for (const entries of SIZES) {
  const content = join(WORK, `content-${entries}`);
  const out = join(WORK, `dist-${entries}`);
  writeCorpus(content, entries);
  rmSync(out, { recursive: true, force: true });
  const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: out };
  // A cold build, as on a fresh clone: no content or bundle cached by an earlier run.
  rmSync(astroCacheDir(content), { recursive: true, force: true });
  // The build writes the search index itself (src/integrations/searchIndex.ts) and says when.
  // As `npm run build` builds (scripts/build.ts).
  const build = await measured(process.execPath, ['scripts/build.ts'], env);
  const index = /written in ([\d.]+) s, done ([\d.]+) s after the last page/.exec(build.output);
  const pages = builtHtmlFiles(out).length;
  const result = {
    practicesPerLanguage: entries,
    pages,
    seconds: Number(build.seconds.toFixed(1)),
    searchIndexWriteSeconds: index ? Number(index[1]) : undefined,
    searchIndexDoneAfterPagesSeconds: index ? Number(index[2]) : undefined,
    pagesPerSecond: Math.round(pages / build.seconds),
    peakMemoryMb: Math.round(build.peakMb),
    /** The processes over 50 MB at that peak, MB each: Node (Astro and the search index's workers), any other. */
    peakMemoryByProcess: build.peakShares,
    distMb: Number((sizeOf(out) / 1024 / 1024).toFixed(1)),
    searchIndexMb: Number((sizeOf(join(out, 'pagefind')) / 1024 / 1024).toFixed(1)),
    practicePage: Object.fromEntries(Object.entries(practiceWeight(out)).map(([key, value]) => [key, Number(value.toFixed(1))])),
  };
  console.error(`${entries} practices per language: ${result.seconds} s, ${result.peakMemoryMb} MB`);
  rmSync(content, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  results.push(result);
}

const growth = results.length > 1 ? results.at(-1)!.seconds / results.at(-2)!.seconds : undefined;
mkdirSync('bench/results', { recursive: true });
writeFileSync(
  'bench/results/scale.json',
  JSON.stringify({ machine: `${process.platform} ${process.arch}, node ${process.version}`, results, growth }, null, 2) + '\n',
);

console.log(
  '| practices/lang | pages | build s (index written in s, done s after last page) | pages/s | peak MB (all processes) | dist MB | index MB | practice page gz KB (html/css/js) |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.practicesPerLanguage} | ${r.pages} | ${r.seconds} (${r.searchIndexWriteSeconds}, ${r.searchIndexDoneAfterPagesSeconds}) | ${r.pagesPerSecond} | ${r.peakMemoryMb} | ${r.distMb} | ${r.searchIndexMb} | ${r.practicePage.htmlKb} / ${r.practicePage.cssKb} / ${r.practicePage.jsKb} |`,
  );
}
if (growth)
  console.log(
    `Growth from ${results.at(-2)!.practicesPerLanguage} to ${results.at(-1)!.practicesPerLanguage} per language: ×${growth.toFixed(2)}`,
  );

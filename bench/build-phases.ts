/**
 * `CONTENT_DIR=<dir> npm run bench:build`: one cold production build of a
 * content tree (for instance a corpus from ../shared/peer-bench/gen-corpus.mjs),
 * with where its time went (the phases the build itself prints, see
 * src/integrations/buildPhases.ts, and what the search index cost, which
 * src/integrations/searchIndex.ts prints), the peak memory of each of its processes
 * (Linux's high-water mark, VmHWM, read every 100 ms until the process ends),
 * the size of the search index, and the machine's load before and after:
 * on a shared machine a figure means little without it. Measured, never asserted.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { astroCacheDir } from '../src/lib/content/contentDir.ts';
import { processStat } from '../src/integrations/buildPhases.ts';

const content = process.env.CONTENT_DIR;
if (!content) throw new Error('Set CONTENT_DIR to the content tree to build, e.g. a corpus written by gen-corpus.mjs');
const out = process.env.OUT_DIR ?? 'dist';

/** The process and all its descendants, by /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const parent = Number(processStat(Number(name))[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** A process's name and the most memory it has held so far, in KB (nothing once it has ended). */
function highWater(pid: number): { name: string; kb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const name = (/Name:\s+(.*)/.exec(status)?.[1] ?? '?').replace('MainThread', 'node');
    return { name, kb: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) };
  } catch {
    return undefined;
  }
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

const load = () =>
  loadavg()
    .map((each) => each.toFixed(2))
    .join(' ');

// A cold build, as on a fresh clone: no content cached by an earlier run.
rmSync(astroCacheDir(content), { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
const loadBefore = load();
const started = performance.now();
// As `npm run build` builds (scripts/build.ts: Astro's build, its heap limited to the content's size).
const child = spawn(process.execPath, ['scripts/build.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
const peaks = new Map<number, { name: string; kb: number }>();
const sampler = setInterval(() => {
  for (const pid of processTree(child.pid!)) {
    const seen = highWater(pid);
    // An ended process not yet reaped shows no memory: keep the last figure.
    if (seen && seen.kb >= (peaks.get(pid)?.kb ?? 0)) peaks.set(pid, seen);
  }
}, 100);
const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
clearInterval(sampler);
const seconds = (performance.now() - started) / 1000;
if (code !== 0) {
  console.error(output.slice(-5000));
  process.exit(code ?? 1);
}

const phases =
  /Where the time went[^\n]*\n((?:\s{2,}.*\n?)+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? '  (not reported)\n';
const pages = /(\d+) page\(s\) built/.exec(output)?.[1];
console.log(`Build of ${content}: ${seconds.toFixed(1)} s, ${pages} pages; load average ${loadBefore} before, ${load()} after`);
console.log(`Phases, as the build reports them:\n${phases.trimEnd()}`);
// The search index is built in threads of its own while the pages render: its own line says what it cost.
console.log(`  search index: ${/\d+ results in pagefind\/.*/.exec(output)?.[0] ?? '(not reported)'}`);
console.log('Peak memory per process (VmHWM), over 20 MB:');
for (const [pid, { name, kb }] of [...peaks].sort((a, b) => b[1].kb - a[1].kb))
  if (kb > 20 * 1024) console.log(`  ${name} (${pid}): ${Math.round(kb / 1024)} MB`);
console.log(`Search index: ${(sizeOf(join(out, 'pagefind')) / 1024 / 1024).toFixed(1)} MB`);

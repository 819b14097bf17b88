/**
 * `npm run bench`: how long a production build of the content tree takes,
 * and how many pages it writes per language. Not a test: timings vary with
 * the machine, so they are reported, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.OUT_DIR ?? 'dist';
const started = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) process.exit(build.status ?? 1);

function countPages(dir: string): number {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) count += countPages(path);
    else if (name.endsWith('.html')) count++;
  }
  return count;
}

console.log(`Build (astro build + search index) of ${process.env.CONTENT_DIR ?? 'content/'}: ${seconds.toFixed(1)} s`);
for (const lang of ['vi', 'lo', 'en']) console.log(`  /${lang}/: ${countPages(join(out, lang))} pages`);
console.log(`  total: ${countPages(out)} HTML files in ${out}/`);

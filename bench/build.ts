/**
 * `npm run bench:content`: how long a production build of the content tree takes,
 * and how many pages it writes per language. Not a test: timings vary with
 * the machine, so they are reported, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { builtHtmlFiles } from '../scripts/built-pages.ts';

const out = process.env.OUT_DIR ?? 'dist';
const started = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) process.exit(build.status ?? 1);

console.log(`Build (astro build + search index) of ${process.env.CONTENT_DIR ?? 'content/'}: ${seconds.toFixed(1)} s`);
for (const lang of ['vi', 'lo', 'en']) console.log(`  /${lang}/: ${builtHtmlFiles(join(out, lang)).length} pages`);
console.log(`  total: ${builtHtmlFiles(out).length} HTML files in ${out}/`);

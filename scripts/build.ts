/**
 * `npm run build`: Astro's build (`astro build`, arguments passed on), in a
 * Node process whose JavaScript heap is limited in proportion to the content
 * (src/lib/buildHeap.ts): V8 then collects garbage before it piles up, and
 * the build's peak memory stays under 2 GB at 10,000 practices per language.
 * BUILD_HEAP_MB sets another limit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildHeapMb } from '../src/lib/buildHeap.ts';
import { contentDir } from '../src/lib/content/contentDir.ts';

const content = contentDir();
// A folder that is not there is the content check's to report, with the fix.
const files = existsSync(content)
  ? readdirSync(content, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
  : 0;
const heapMb = Number(process.env.BUILD_HEAP_MB) || buildHeapMb(files);
const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astro = join(dirname(astroPackage), 'bin', 'astro.mjs');

const build = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
// V8 aborts a process that runs out of heap, after its own "heap out of memory" line: say what to change.
if (build.signal === 'SIGABRT')
  console.error(
    `The build's heap was limited to ${heapMb} MB for ${files} content files: set BUILD_HEAP_MB higher and build again.`,
  );
else if (build.signal) console.error(`The build was stopped by ${build.signal}.`);
process.exit(build.status ?? 1);

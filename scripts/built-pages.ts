/**
 * The HTML files of a built site (OUT_DIR): what the benchmarks count and
 * what the build tests crawl.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.html` file under `dir`, sorted, so whatever reads them reads them in the same order on every machine. */
export function builtHtmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .sort()
    .map((path) => join(dir, path));
}

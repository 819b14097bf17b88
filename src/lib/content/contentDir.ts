import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';

/**
 * The content folder the site is built from: `CONTENT_DIR` when set (for
 * benchmarks and for checking a contributor's tree), else `content/`.
 */
export function contentDir(root: string = process.cwd()): string {
  const configured = process.env.CONTENT_DIR?.trim();
  if (!configured) return resolve(root, 'content');
  return isAbsolute(configured) ? configured : resolve(root, configured);
}

/**
 * Astro's cache folder for the content being built. Astro caches loaded
 * content by entry id; another content folder (a contributor's tree, a
 * test's) with the same ids would reuse stale entries, so each folder gets
 * its own cache.
 */
export function astroCacheDir(configured: string | undefined = process.env.CONTENT_DIR): string {
  if (!configured) return './node_modules/.astro';
  return `./node_modules/.astro-content/${createHash('sha256').update(configured).digest('hex').slice(0, 16)}`;
}

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

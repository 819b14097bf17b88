import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const VALID_TREE = join(ROOT, 'tests/fixtures/valid');

/** A copy of the valid fixture tree with the files of `tests/fixtures/invalid/<overlay>` laid over it. */
export function treeWith(...overlays: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(VALID_TREE, dir, { recursive: true });
  for (const overlay of overlays) cpSync(join(ROOT, 'tests/fixtures/invalid', overlay), dir, { recursive: true });
  return dir;
}

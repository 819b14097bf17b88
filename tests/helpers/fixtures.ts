import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const VALID_TREE = join(ROOT, 'tests/fixtures/valid');

const made: string[] = [];

/** A fresh temporary folder, removed by `removeTemporaryFolders()`. */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTemporaryFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A copy of the valid fixture tree with the files of `tests/fixtures/invalid/<overlay>` laid over it. */
export function treeWith(...overlays: string[]): string {
  const dir = temporaryFolder('content-');
  cpSync(VALID_TREE, dir, { recursive: true });
  for (const overlay of overlays) cpSync(join(ROOT, 'tests/fixtures/invalid', overlay), dir, { recursive: true });
  return dir;
}

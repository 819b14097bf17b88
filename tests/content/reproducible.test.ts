/**
 * The same sources build to the same bytes: two builds of the site (pages,
 * calendars, data files, search index) are identical file for file, so a
 * deployment can be checked against a build and a change shows only itself.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTemporaryFolders, ROOT, temporaryFolder } from '../helpers/fixtures.ts';

afterAll(removeTemporaryFolders);

function build(): Map<string, string> {
  const out = temporaryFolder('reproducible-');
  // The site's own content, whatever CONTENT_DIR the test run was given.
  const { CONTENT_DIR: _ignored, ...inherited } = process.env;
  const env = { ...inherited, OUT_DIR: out };
  execFileSync('npx', ['astro', 'build'], { cwd: ROOT, env, stdio: 'pipe' });
  const hashes = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hashes.set(relative(out, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(out);
  return hashes;
}

describe('building twice', () => {
  it('gives byte-identical output', () => {
    const first = build();
    const second = build();
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(300);
  }, 180_000);
});

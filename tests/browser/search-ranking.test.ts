/**
 * The phrase ranking of ໃບຕາດິນ (land-use certificate), on a fixture tree
 * (tests/fixtures/valid plus tests/fixtures/search) built here with
 * CONTENT_DIR: the page holding the compound comes before the page holding
 * ໃບ, ຕາ and ດິນ apart, though Chromium splits the query into those three
 * words and the index (Node's dictionary) holds the compound as ໃບ, ຕາດິນ.
 */
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../helpers/browser.ts';
import { removeTemporaryFolders, ROOT, temporaryFolder, VALID_TREE } from '../helpers/fixtures.ts';
import { searchAt, searchPath } from '../helpers/search.ts';

const LAND = '/lo/practices/champasak-land-title/';
const FOREST = '/lo/practices/champasak-forest-allocation/';

let site: SiteSession;
beforeAll(async () => {
  const tree = temporaryFolder('search-tree-');
  const out = temporaryFolder('search-dist-');
  cpSync(VALID_TREE, tree, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/search/practices'), join(tree, 'practices'), { recursive: true });
  execFileSync('npx', ['astro', 'build'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: tree, OUT_DIR: out }, stdio: 'pipe' });
  site = await openSite(out);
}, 300_000);
afterAll(async () => {
  await site?.close();
  removeTemporaryFolders();
});

describe('words typed together rank pages where they stand together first', () => {
  it('the forest page holds ໃບ and ດິນ apart, and is found by them', async () => {
    const apart = await searchAt(site, searchPath('lo', 'ໃບ ດິນ'));
    expect(apart.links).toContain(FOREST);
    await apart.close();
  });

  it('ໃບຕາດິນ finds the land-title page first, before the forest page', async () => {
    const outcome = await searchAt(site, searchPath('lo', 'ໃບຕາດິນ'));
    // Both are found: the forest page holds each of the three words Chromium splits the query into.
    expect(outcome.links.slice(0, 2)).toEqual([LAND, FOREST]);
    expect(await outcome.page.locator('[data-search-results] li').first().locator('mark').allTextContents()).toContain('ໃບຕາດິນ');
    expect(outcome.errors).toEqual([]);
    await outcome.close();
  });
});

/**
 * The CMS at /admin/ against a local backend: decap-server on loopback,
 * editing a copy of the fixture tree. A practice created in Vietnamese
 * through the UI is written where the contract wants it, passes
 * `npm run check:content` and builds into a page.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldLabel } from '../../src/lib/content/messages.ts';
import { useSite } from '../helpers/browser.ts';
import { removeTemporaryFolders, ROOT, temporaryFolder, VALID_TREE } from '../helpers/fixtures.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();
/** The port the generated CMS configuration expects decap-server on (CMS_LOCAL_BACKEND). */
const PORT = 8081;
const repo = temporaryFolder('cms-repo-');
let decapServer: ChildProcess | undefined;

beforeAll(async () => {
  cpSync(VALID_TREE, join(repo, 'content'), { recursive: true });
  decapServer = spawn(process.execPath, [join(ROOT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, MODE: 'fs', GIT_REPO_DIRECTORY: repo, PORT: String(PORT), BIND_HOST: '127.0.0.1' },
    stdio: 'ignore',
  });
  // Wait for it to answer.
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/api/v1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`decap-server did not start on port ${PORT}: is the port in use?`);
});
afterAll(() => {
  decapServer?.kill();
  removeTemporaryFolders();
});

describe('the CMS with a local backend', () => {
  it('creates a practice in Vietnamese that passes the content check and builds', async () => {
    const site = session();
    const { page, context } = await site.newPage({ viewport: { width: 1280, height: 900 } }, [`http://127.0.0.1:${PORT}/`]);
    await page.goto(`${site.base}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/#\/collections/);
    await page.goto(`${site.base}/admin/#/collections/practices/new`);
    // The first pane is Vietnamese, the default language; fields are found by their generated ids.
    const field = (name: string, index = 0) => page.locator(`[id^="${name}-field-"]`).nth(index);
    const choose = async (name: string, typed: string) => {
      await field(name).click();
      await field(name).fill(typed);
      await page.getByRole('option').first().click();
    };
    await field('title').fill('Một cửa phường Đông Hà thử nghiệm');
    // The label as the CMS configuration writes it, in every language (the contributors' message tables).
    await page.getByLabel(fieldLabel('summary')).first().fill('Phường tiếp nhận mọi hồ sơ tại một đầu mối.');
    await choose('themes', 'Trung tâm');
    await field('date').fill('2026-11-20');
    await choose('locality', 'Đông Hà');
    await page
      .getByRole('button', { name: /^Add nguồn/ })
      .first()
      .click();
    await field('title', 1).fill('Báo cáo của UBND phường Đông Hà');
    await page.locator('[data-slate-editor="true"]').first().click();
    await page.keyboard.type('Phường tiếp nhận mọi hồ sơ tại một quầy.');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay').click();

    const written = join(repo, 'content/practices/mot-cua-phuong-dong-ha-thu-nghiem.vi.mdx');
    await expect.poll(() => existsSync(written), { timeout: 15_000 }).toBe(true);
    const text = readFileSync(written, 'utf8');
    expect(text).toContain('title: Một cửa phường Đông Hà thử nghiệm');
    expect(text).toMatch(/themes:\n {2}- service-centres/);
    expect(text).toContain('locality: dong-ha');
    expect(text).toContain('Phường tiếp nhận mọi hồ sơ tại một quầy.');
    expect(site.external).toEqual([]);
    await context.close();

    const check = execFileSync(process.execPath, ['scripts/check-content.ts', join(repo, 'content'), '--json'], {
      cwd: ROOT,
    }).toString();
    const report = JSON.parse(check) as { ok: boolean; warnings: Array<{ file: string; field: string }> };
    expect(report.ok).toBe(true);

    const out = temporaryFolder('cms-dist-');
    execFileSync('npx', ['astro', 'build'], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: join(repo, 'content'), OUT_DIR: out },
      stdio: 'pipe',
    });
    const html = readFileSync(join(out, 'vi/practices/mot-cua-phuong-dong-ha-thu-nghiem/index.html'), 'utf8');
    expect(html).toContain('<h1>Một cửa phường Đông Hà thử nghiệm</h1>');
    expect(html).toContain('Phường tiếp nhận mọi hồ sơ tại một quầy.');
  }, 180_000);
});

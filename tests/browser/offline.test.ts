/**
 * Offline reading in Chromium, with the network cut by the browser
 * (`context.setOffline`): a saved language read and searched, an unsaved
 * page answered by the offline page of its language, and a new deployment at
 * the same address refreshing what was saved, as one build.
 *
 * The second deployment is the built site with one page changed and its
 * search index's entry file rewritten, given its own build id, manifests and
 * worker by the build's own step (src/integrations/offline.ts).
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { serve } from '../../scripts/serve.ts';
import { writeOffline } from '../../src/integrations/offline.ts';
import { briefSectionId } from '../../src/lib/brief.ts';
import { briefingPackScope, manifestPath, savedCacheName, type OfflineManifest } from '../../src/lib/offline.ts';
import { briefPath } from '../../src/lib/paths.ts';
import { CHROMIUM_FLAGS } from '../helpers/browser.ts';
import { removeTemporaryFolders, temporaryFolder } from '../helpers/fixtures.ts';
import { searchPath } from '../helpers/search.ts';
import { builtSlugs, DIST, readPage, requireBuild } from '../helpers/site.ts';

requireBuild();

const manifestOf = (root: string, scope: string) =>
  JSON.parse(readFileSync(join(root, manifestPath(scope).slice(1)), 'utf8')) as OfflineManifest;

/**
 * A copy of a built site, pages copied and every other file a hard link (a
 * file to change is removed first), so that the original stays as it was:
 * the build's last step rewrites the pages that carry a save control.
 */
function linkedCopy(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) linkedCopy(source, target);
    else if (entry.name.endsWith('.html')) copyFileSync(source, target);
    else linkSync(source, target);
  }
}

function replaceFile(root: string, path: string, content: string): void {
  rmSync(join(root, path));
  writeFileSync(join(root, path), content);
}

/** The first practice of a language's list: its address and title. */
function firstPractice(lang: string): { href: string; title: string } {
  const match = /<h2><a href="(\/\w\w\/practices\/[^"]+\/)"[^>]*>([^<]+)<\/a>/.exec(readPage(`/${lang}/practices/`));
  if (!match) throw new Error(`No practice listed on /${lang}/practices/`);
  return { href: match[1]!, title: decodeHTML(match[2]!) };
}

const CHANGED = 'Bản cập nhật sau khi triển khai lại';

let server: Server;
let browser: Browser;
let base = '';
let root = DIST;
let second = '';
const external: string[] = [];

beforeAll(async () => {
  server = await serve(() => root, 0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  removeTemporaryFolders();
});

/** A browser profile of its own: service workers allowed (Playwright's default, said here because everything depends on it). */
async function newReader(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  context.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:')) external.push(request.url());
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Opens the search page at `path` and waits for its answer: the result links in rank order. */
async function searchOn(page: Page, path: string): Promise<string[]> {
  await page.goto(base + path);
  await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
  // And for the index files it is still fetching: a page left with those in flight through the service worker
  // kept Chromium from activating a new deployment's worker for minutes (the redeployment test waited in vain).
  await page.waitForLoadState('networkidle');
  // Result links carry the searched words for the page to highlight (?hl=): the page is the path.
  return page
    .locator('[data-search-results] a')
    .evaluateAll((anchors) => anchors.map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname));
}

/** Whether the worker has kept a file on the device, in any of its caches. */
const isKept = (page: Page, path: string) => page.evaluate(async (each) => (await caches.match(each)) !== undefined, path);

/** The names of the caches of saved sets in this profile. */
const savedCaches = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('offline:')));

describe('offline reading', () => {
  const practice = firstPractice('vi');
  let reader: Awaited<ReturnType<typeof newReader>>;

  it('states the size of a language before saving it, then saves it', async () => {
    reader = await newReader();
    const { page } = reader;
    await page.goto(`${base}/vi/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const control = page.locator('[data-offline-save="vi"][data-offline-scope="vi"]');
    const manifest = manifestOf(DIST, 'vi');
    expect(await control.locator('[data-offline-size]').getAttribute('value')).toBe(String(manifest.bytes));
    expect(await control.locator('[data-offline-size]').textContent()).toMatch(/^\d+(,\d)? (MB|kB)$/);
    // With JavaScript and a service worker, the explanation for browsers without them is gone and the button is there.
    await expect.poll(() => control.locator('[data-offline-unsupported]').isHidden()).toBe(true);
    await control.locator('button').click();
    await page.waitForSelector('html[data-offline-state="ready"]', { timeout: 120_000 });
    expect(await control.locator('[data-offline-when="ready"]').isVisible()).toBe(true);
    expect(await control.locator('progress').evaluate((bar: HTMLProgressElement) => bar.value === bar.max)).toBe(true);
    expect(await savedCaches(page)).toEqual([savedCacheName('vi', manifest.build)]);
  }, 180_000);

  it('reads and searches the saved language with the network cut', async () => {
    const { context, page } = reader;
    await context.setOffline(true);
    // A page never opened: it comes from the saved set.
    await page.goto(base + practice.href);
    expect(await page.locator('h1').textContent()).toContain(practice.title);
    const word = practice.title.split(' ').find((token) => token.length > 3)!;
    expect(await searchOn(page, searchPath('vi', word))).toContain(practice.href);
    await context.setOffline(false);
  });

  it('makes a pack in the brief builder from the saved language with the network cut, Lao beside Vietnamese', async () => {
    const { context, page } = reader;
    await context.setOffline(true);
    const slug = practice.href.split('/').at(-2)!;
    await page.goto(`${base}${briefPath('vi')}?practice=${slug}&with=lo`);
    await page.waitForSelector('[data-brief-output][data-brief-state]', { state: 'attached' });
    expect(await page.locator('[data-brief-output]').getAttribute('data-brief-state')).toBe('done');
    const section = page.locator(`#${briefSectionId('practices', slug)}`);
    expect(await section.locator('.brief-cell[lang="vi"] h2').textContent()).toContain(practice.title);
    expect(await section.locator('.brief-cell[lang="lo"] h2').count()).toBe(1);
    await context.setOffline(false);
  });

  it('answers a page neither opened nor saved with the offline page of its language', async () => {
    const { context, page } = reader;
    await context.setOffline(true);
    const lao = firstPractice('lo');
    const response = await page.goto(base + lao.href);
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('lo');
    expect(await page.locator('h1').textContent()).toBe('ບໍ່ມີການເຊື່ອມຕໍ່ອິນເຕີເນັດ');
    await context.setOffline(false);
  });

  it('keeps a page once opened readable offline, without saving anything', async () => {
    const { context, page } = await newReader();
    const english = firstPractice('en');
    await page.goto(`${base}/en/`);
    // The first page came before the worker: the loader hands it over, and it is kept.
    await expect.poll(() => isKept(page, '/en/'), { timeout: 30_000 }).toBe(true);
    await page.goto(base + english.href);
    // The worker keeps a page once it has answered with it: wait for that, not for a time.
    await expect.poll(() => isKept(page, english.href), { timeout: 30_000 }).toBe(true);
    await context.setOffline(true);
    await page.goto(`${base}/en/`);
    expect(await page.locator('h1').textContent()).not.toBe('You are offline');
    expect(await page.locator('[data-offline-save="en"]').count()).toBe(1);
    await page.goto(base + english.href);
    expect(await page.locator('h1').textContent()).toContain(english.title);
    await context.close();
  });

  it('installs its worker on the search page only once the first answer is drawn', async () => {
    const { context, page } = await newReader();
    // What the results said when the page asked for the worker: installing it downloads the offline
    // pages and assets, which on a first visit competed with the first search.
    await page.addInitScript(() => {
      const workers = navigator.serviceWorker;
      const register = workers.register.bind(workers);
      workers.register = (...args) => {
        document.documentElement.dataset.resultsAtRegister =
          document.querySelector('[data-search-results]')?.getAttribute('data-search-state') ?? 'searching';
        return register(...args);
      };
    });
    const results = await searchOn(page, searchPath('vi', 'một cửa'));
    expect(results.length).toBeGreaterThan(0);
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(await page.locator('html').getAttribute('data-results-at-register')).toBe('done');
    await context.close();
  });

  // A message wakes a worker Chromium has stopped so that a new deployment's can take over, and the new one
  // then waits for the old one to fall idle again (for good while DevTools is attached, as in these tests).
  it.each([
    { beside: 'a new one installing', replacing: 'installing', asks: [] },
    { beside: 'a new one waiting', replacing: 'waiting', asks: [] },
    { beside: 'no new one', replacing: 'none', asks: ['offline-refresh'] },
  ])('asks of the active worker, with $beside: $asks', async ({ replacing, asks }) => {
    const { context, page } = await newReader();
    // The page's worker registration as the browser would give it, with the messages sent to the active worker kept.
    await page.addInitScript((state) => {
      const asked: string[] = [];
      const active = { postMessage: (message: { type: string }) => asked.push(message.type) };
      const registration = { active, installing: null, waiting: null, [state]: {} };
      const workers = navigator.serviceWorker;
      workers.register = async () => registration as unknown as ServiceWorkerRegistration;
      Object.defineProperty(workers, 'controller', { get: () => active });
      Object.defineProperty(workers, 'ready', {
        get: () => {
          Object.assign(window, { readyAsked: true });
          return Promise.resolve(registration);
        },
      });
      Object.assign(window, { askedOfWorker: asked });
    }, replacing);
    await page.goto(`${base}/vi/`);
    // `ready` is already resolved, so what the loader does with it happens in the task that asked for it.
    await page.waitForFunction(() => 'readyAsked' in window);
    expect(await page.evaluate(() => (window as unknown as { askedOfWorker: string[] }).askedOfWorker)).toEqual(asks);
    await context.close();
  });

  it('after a new deployment, refreshes the saved language as a whole, from the new build only', async () => {
    const { context, page } = reader;
    const before = manifestOf(DIST, 'vi');
    // The second deployment: one page says something new, and the search index's entry file differs.
    second = join(temporaryFolder('second-build-'), 'site');
    linkedCopy(DIST, second);
    rmSync(join(second, 'offline'), { recursive: true });
    rmSync(join(second, 'sw.js'));
    const pagePath = `${practice.href.slice(1)}index.html`;
    replaceFile(second, pagePath, readPage(practice.href).replace('</h1>', ` <span data-changed>${CHANGED}</span></h1>`));
    const entryPath = 'pagefind/vi/pagefind-entry.json';
    const entry = `${readFileSync(join(DIST, entryPath), 'utf8')}\n`;
    replaceFile(second, entryPath, entry);
    await writeOffline(second);
    const after = manifestOf(second, 'vi');
    expect(after.build).not.toBe(before.build);

    root = second;
    await page.goto(`${base}/vi/`);
    // The new worker takes over and downloads the set again; the old set goes once the new one is complete.
    await expect.poll(() => savedCaches(page), { timeout: 120_000, interval: 500 }).toEqual([savedCacheName('vi', after.build)]);

    const saved = await page.evaluate(
      async ({ cacheName, path }) => (await (await (await caches.open(cacheName)).match(path))?.text()) ?? '',
      { cacheName: savedCacheName('vi', after.build), path: `/${entryPath}` },
    );
    expect(saved).toBe(entry);

    await context.setOffline(true);
    await page.goto(base + practice.href);
    expect(await page.locator('[data-changed]').textContent()).toBe(CHANGED);
    const word = practice.title.split(' ').find((token) => token.length > 3)!;
    expect(await searchOn(page, searchPath('vi', word))).toContain(practice.href);
    await context.close();
  }, 300_000);

  it('saves an exchange’s briefing pack alone, its side-by-side versions readable offline too', async () => {
    const { context, page } = await newReader();
    const slug = builtSlugs('en/exchanges')[0]!;
    const pack = `/en/exchanges/${slug}/brief/`;
    const beside = `${pack}vi/`;
    const title = decodeHTML(/<h1 lang="en">([^<]+)/.exec(readPage(beside))![1]!);
    await page.goto(base + pack);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const control = page.locator(`[data-offline-save="en"][data-offline-scope="${briefingPackScope('en', slug)}"]`);
    await control.locator('button').click();
    await page.waitForSelector('html[data-offline-state="ready"]');
    await context.setOffline(true);
    await page.goto(base + beside);
    expect(await page.locator('h1').first().textContent()).toBe(title);
    await context.close();
  });

  it('reached nothing outside the site', () => {
    expect(external).toEqual([]);
  });
});

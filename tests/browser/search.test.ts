/**
 * The search page in Chromium: Lao words inside unspaced text, Vietnamese
 * without diacritics, scope, and every kind of bad input the issue lists.
 * Queries are taken from the built pages themselves, so these hold for any
 * content tree; the measured test set is tests/search/.
 */
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { useSite } from '../helpers/browser.ts';
import { searchAt, searchPath } from '../helpers/search.ts';
import { DIST, readPage, requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();

/** The first practice title of a language's list, and its page; a list without one is a broken build, not a pass. */
function firstPractice(lang: string): { title: string; href: string } {
  const match = /<h2><a href="(\/\w\w\/practices\/[^"]+\/)"[^>]*>([^<]+)<\/a>/.exec(readPage(`/${lang}/practices/`));
  if (!match) throw new Error(`No practice listed on /${lang}/practices/`);
  return { href: match[1]!, title: match[2]! };
}

describe('finding pages', () => {
  it('a Vietnamese title word typed without diacritics finds its page', async () => {
    const practice = firstPractice('vi');
    const word = practice.title.split(' ').find((token) => /[^\x00-\x7f]/.test(token) && token.length > 2)!;
    const bare = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const typed = await searchAt(session(), searchPath('vi', word));
    const plain = await searchAt(session(), searchPath('vi', bare));
    expect(typed.links).toContain(practice.href);
    // Typed without diacritics, the word finds everything it finds with them.
    expect(plain.links).toEqual(expect.arrayContaining(typed.links));
    await typed.close();
    await plain.close();
  });

  it('a Lao word from the middle of an unspaced title finds its page, and the excerpt adds no spaces', async () => {
    const practice = firstPractice('lo');
    const segments = [...new Intl.Segmenter('lo', { granularity: 'word' }).segment(practice.title)].filter((s) => s.isWordLike);
    const inner = segments.find(
      (segment) => segment.index > 0 && /[\u0E80-\u0EFF]/.test(segment.segment) && segment.segment.length > 2,
    )!;
    const result = await searchAt(session(), searchPath('lo', inner.segment));
    expect(result.links.slice(0, 5)).toContain(practice.href);
    const titleShown = await result.page.locator(`[data-search-results] a[href^="${practice.href}?"]`).textContent();
    expect(titleShown).toBe(practice.title);
    expect(await result.page.locator('[data-search-results] mark').first().textContent()).toBe(inner.segment);
    // The date is written day first, as Lao readers write it, even in a browser without Lao locale data (Chromium's falls back to en-US).
    const date = /data-search="[^"]*&quot;date&quot;:&quot;(\d{4})-(\d\d)-(\d\d)&quot;/.exec(readPage(practice.href));
    expect(date, 'every practice has a date in its search record').not.toBeNull();
    const card = result.page.locator('[data-search-results] li', { has: result.page.locator(`a[href^="${practice.href}?"]`) });
    expect(await card.locator('.meta').textContent()).toContain(`${date![3]}/${date![2]}/${date![1]}`);
    await result.close();
  });

  it('results are in the reader’s language unless all languages are asked for', async () => {
    const own = await searchAt(session(), searchPath('vi', 'hồ sơ'));
    expect(own.links.length).toBeGreaterThan(0);
    expect(own.links.filter((href) => !href.startsWith('/vi/'))).toEqual([]);
    const practice = firstPractice('en');
    const word = practice.title.split(' ').find((token) => /^[A-Za-z]{5,}$/.test(token))!;
    const all = await searchAt(session(), searchPath('vi', word, true));
    expect(all.links).toContain(practice.href);
    expect(await all.page.locator('[data-search-results] .badge[lang="en"]').count()).toBeGreaterThan(0);
    await all.close();
    await own.close();
  });

  it('a first query downloads Pagefind’s WebAssembly once', async () => {
    const { page, context } = await session().newPage();
    const wasm: string[] = [];
    // The context sees the responses of Pagefind's Web Worker too. Once the site's service worker has taken the page
    // (it claims open pages), the worker's request is answered by it, from its own download: that is no second one.
    context.on('response', (response) => {
      const url = response.url();
      if (url.endsWith('.pagefind') && url.includes('/wasm.') && !response.fromServiceWorker()) wasm.push(url);
    });
    await page.goto(session().base + searchPath('vi', 'hồ sơ'));
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    expect(await page.locator('[data-search-results] h2 a').count()).toBeGreaterThan(0);
    expect(wasm).toHaveLength(1);
    await context.close();
  });

  it('a first visit downloads each file of the search index once, the service worker included', async () => {
    // Counted by a server of its own: it sees the service worker's requests as surely as the page's.
    const server = await serve(DIST, 0);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const asked: string[] = [];
    server.on('request', (request: IncomingMessage) => asked.push(new URL(request.url!, base).pathname));
    const context = await session().browser.newContext();
    const page = await context.newPage();
    await page.goto(base + searchPath('vi', 'hồ sơ'));
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    // The service worker, once running, is handed what the first page loaded before it (offline-register.ts) and
    // asks for all of it at once: once the page itself is kept, it has asked for every file it means to fetch.
    await page.waitForFunction(async () => {
      await navigator.serviceWorker.ready;
      return Boolean(await caches.match(location.href, { ignoreSearch: true }));
    });
    const index = asked.filter((path) => path.startsWith('/pagefind/'));
    // The page starts Pagefind's worker itself: Pagefind's library is not loaded (src/lib/search/pagefindWorker.ts).
    expect(index).toContain('/pagefind/vi/pagefind-worker.js');
    expect(index).not.toContain('/pagefind/vi/pagefind.js');
    expect(index.filter((path, at) => index.indexOf(path) !== at)).toEqual([]);
    await context.close();
    await new Promise((done) => server.close(done));
  });

  it('a Vietnamese search makes no ICU word segmenter (its break data is the page’s longest task); a Lao one does', async () => {
    const segmentersMade = async (path: string) => {
      const { page, context } = await session().newPage();
      await page.addInitScript(() => {
        const made: string[] = [];
        Object.assign(window, { segmentersMade: made });
        const Native = Intl.Segmenter;
        class Counted extends Native {
          constructor(...args: ConstructorParameters<typeof Native>) {
            super(...args);
            if (args[1]?.granularity === 'word') made.push(String(args[0]));
          }
        }
        Object.defineProperty(Intl, 'Segmenter', { value: Counted });
      });
      await page.goto(session().base + path);
      await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
      expect(await page.locator('[data-search-results] h2 a').count()).toBeGreaterThan(0);
      const made = await page.evaluate(() => (window as unknown as { segmentersMade: string[] }).segmentersMade.length);
      await context.close();
      return made;
    };
    // "một cửa" names a glossary term with a Lao form, and its results hold Lao names.
    expect(await segmentersMade(searchPath('vi', 'một cửa'))).toBe(0);
    expect(await segmentersMade(searchPath('lo', 'ສູນບໍລິການ'))).toBeGreaterThan(0);
  });

  it('the address follows a search made on the page', async () => {
    const { page, close } = await searchAt(session(), searchPath('vi', ''));
    await page.fill('#search-page-input', 'hồ sơ');
    await page.press('#search-page-input', 'Enter');
    await page.waitForURL(/q=h%E1%BB%93/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('hồ sơ');
    await close();
  });
});

describe('results in the page', () => {
  it('fit a 360 px phone, filters included', async () => {
    const { page, close } = await searchAt(session(), searchPath('lo', 'ສູນ'));
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await close();
  });

  it('excerpts in the page’s language hold no text of another script', async () => {
    const { page, close } = await searchAt(session(), searchPath('vi', 'một cửa'));
    const own = await page.locator('[data-search-results] li p:not(.meta):not([lang])').allTextContents();
    expect(own.length).toBeGreaterThan(0);
    expect(own.filter((text) => /[\u0E80-\u0EFF]/.test(text))).toEqual([]);
    await close();
  });
});

describe('bad input never errors and never injects markup', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '', /Nhập từ cần tìm/],
    ['whitespace only', '   \t  ', /Nhập từ cần tìm/],
    ['punctuation only', '?!…—;', /Hãy gõ chữ hoặc số/],
    ['emoji only', '🙂🎉', /Hãy gõ chữ hoặc số/],
    ['2,000 characters', 'hành chính '.repeat(182), /Kết quả|Không tìm thấy/],
    ['mixed scripts', 'ສູນ Huế service', /Kết quả|Không tìm thấy/],
    ['HTML-looking', '<img src=x onerror=alert(1)>', /Kết quả|Không tìm thấy/],
  ];
  it.each(cases)('%s', async (_name, query, message) => {
    const result = await searchAt(session(), searchPath('vi', query));
    expect(result.status).toMatch(message);
    expect(await result.page.locator('main img, main script:not([type]), [data-search-results] [onerror]').count()).toBe(0);
    expect(result.errors).toEqual([]);
    await result.close();
  });
});

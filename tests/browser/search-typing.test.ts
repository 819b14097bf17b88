/**
 * The search page as the reader types: results follow the box without
 * Enter, the address follows, Escape clears, "show more" draws the next
 * results, and filter values the site does not have are ignored and said.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { FIRST_RESULTS, MORE_RESULTS } from '../../src/lib/search/query.ts';
import { searchAt, searchPath, withoutHighlight } from '../helpers/search.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();

/** Hue's practices and locality hold this phrase (tests/browser/search-former-names.test.ts). */
const HUE_QUERY = 'thua thien hue';
/** Among the first results drawn for it. */
const HUE_PAGE = '/vi/localities/hue/';
/** A word most Vietnamese results hold: more results than one screen draws. */
const BROAD = 'hành chính';

describe('answers as you type', () => {
  it('shows results for what is typed, without Enter, and the address follows', async () => {
    const { page, close } = await searchAt(session(), searchPath('vi', ''));
    const historyLength = await page.evaluate(() => history.length);
    await page.locator('#search-page-input').pressSequentially(HUE_QUERY, { delay: 20 });
    await page.waitForFunction(
      (query) =>
        new URL(location.href).searchParams.get('q') === query &&
        document.querySelector('[data-search-results]')?.getAttribute('data-search-state') === 'done',
      HUE_QUERY,
    );
    const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.map(withoutHighlight)).toContain(HUE_PAGE);
    // The address was replaced, not pushed: typing adds no step to the history.
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    // The count is said politely, in a status region.
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toMatch(/Kết quả cho “thua thien hue”: \d+/);
    await close();
  });

  it('Escape clears the box and the results', async () => {
    const { page, links, close } = await searchAt(session(), searchPath('vi', HUE_QUERY));
    expect(links.length).toBeGreaterThan(0);
    await page.press('#search-page-input', 'Escape');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] a').length === 0);
    expect(await page.inputValue('#search-page-input')).toBe('');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/Nhập từ cần tìm/);
    await close();
  });

  it('Enter still submits: the search is a step in the history', async () => {
    const { page, close } = await searchAt(session(), searchPath('vi', ''));
    await page.fill('#search-page-input', HUE_QUERY);
    await page.press('#search-page-input', 'Enter');
    await page.waitForURL(/q=thua\+thien\+hue/);
    await page.waitForSelector('[data-search-results][data-search-state="done"] a');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('q'));
    await close();
  });

  it('Enter after a pause in typing: Back still leads to the search before the typing', async () => {
    const { page, close } = await searchAt(session(), searchPath('vi', ''));
    await page.fill('#search-page-input', HUE_QUERY);
    // The pause: the address has followed the typing before Enter.
    await page.waitForURL(/q=thua\+thien\+hue/);
    await page.waitForSelector('[data-search-results][data-search-state="done"] a');
    await page.press('#search-page-input', 'Enter');
    await page.waitForSelector('[data-search-results][data-search-state="done"] a');
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.get('q'));
    expect(await page.inputValue('#search-page-input')).toBe('');
    await close();
  });
});

describe('show more', () => {
  it('draws the first results, and the next ones on request, in rank order', async () => {
    const { page, links, status, close } = await searchAt(session(), searchPath('vi', BROAD));
    const total = Number(/: (\d+)$/.exec(status)![1]);
    const both = FIRST_RESULTS + MORE_RESULTS;
    expect(total).toBeGreaterThan(FIRST_RESULTS);
    expect(links).toHaveLength(FIRST_RESULTS);
    await page.click('[data-search-more]');
    await page.waitForFunction((first) => document.querySelectorAll('[data-search-results] h2 a').length > first, FIRST_RESULTS);
    const more = await page.locator('[data-search-results] h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(more.slice(0, FIRST_RESULTS).map(withoutHighlight)).toEqual(links);
    expect(more).toHaveLength(Math.min(total, both));
    expect(new Set(more).size).toBe(more.length);
    // Focus moves to the first new result.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(more[FIRST_RESULTS]);
    expect(await page.locator('[data-search-more]').isHidden()).toBe(total <= both);
    await close();
  });

  it('the filter counts come after the results, when the reader reaches for the filters', async () => {
    // Pagefind fetches its index in a Web Worker (pagefind-worker.js): the page's own resource timing does not list
    // those fetches, the browser context's requests do. Counted from before the page opens.
    const filterRequests: string[] = [];
    const { page, context } = await session().newPage();
    context.on('request', (request) => {
      if (request.url().includes('/filter/')) filterRequests.push(request.url());
    });
    await page.goto(session().base + searchPath('vi', BROAD));
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    const close = () => context.close();
    const filterIndexes = () => filterRequests.length;
    expect(filterIndexes()).toBe(0);
    expect(await page.locator('form[data-search-counts]').count()).toBe(0);
    await page.hover('fieldset');
    await page.waitForSelector('form[data-search-counts="shown"]', { state: 'attached' });
    expect(filterIndexes()).toBeGreaterThan(0);
    const types = await page.locator('select[name="type"] option').allTextContents();
    expect(types.slice(1).every((text) => /\(\d+\)$/.test(text))).toBe(true);
    expect(types.length).toBeGreaterThan(1);
    await close();
  });
});

describe('filter values the site does not have', () => {
  it.each([
    ['type', 'bogus'],
    ['theme', 'no-such-theme'],
    ['locality', 'atlantis'],
    ['year', '1850'],
  ])('?%s=%s is ignored, and the page says so', async (filter, value) => {
    const plain = await searchAt(session(), searchPath('vi', HUE_QUERY));
    const outcome = await searchAt(session(), `${searchPath('vi', HUE_QUERY)}&${filter}=${value}`);
    expect(outcome.links).toEqual(plain.links);
    expect(outcome.links.length).toBeGreaterThan(0);
    // The filter shows what is applied: nothing.
    expect(await outcome.page.inputValue(`select[name="${filter}"]`)).toBe('');
    const notice = outcome.page.locator('[data-search-ignored]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(`“${value}”`);
    expect(new URL(outcome.page.url()).searchParams.has(filter)).toBe(false);
    expect(outcome.errors).toEqual([]);
    await plain.close();
    await outcome.close();
  });

  it('a known value is applied, and nothing is said', async () => {
    const outcome = await searchAt(session(), `${searchPath('vi', HUE_QUERY)}&type=locality`);
    expect(outcome.links).toContain('/vi/localities/hue/');
    expect(outcome.links.filter((href) => !href.startsWith('/vi/localities/'))).toEqual([]);
    expect(await outcome.page.inputValue('select[name="type"]')).toBe('locality');
    expect(await outcome.page.locator('[data-search-ignored]').isHidden()).toBe(true);
    await outcome.close();
  });
});

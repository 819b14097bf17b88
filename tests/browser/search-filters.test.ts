/** Filters with counts, sorting by date, and each language's own index, on the search page. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { FIRST_RESULTS } from '../../src/lib/search/query.ts';
import { searchAt, searchPath } from '../helpers/search.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();

/** A broad query: most pages carry a date in 2025. */
const BROAD = '2025';

describe('filters', () => {
  it('list each value with its count, and narrowing by one keeps only its results', async () => {
    const all = await searchAt(session(), searchPath('en', BROAD));
    expect(all.links.length).toBeGreaterThan(0);
    // Counts load when the reader reaches for the filters.
    await all.page.hover('fieldset');
    await all.page.waitForSelector('form[data-search-counts="shown"]', { state: 'attached' });
    const options = await all.page.locator('select[name="type"] option').allTextContents();
    const typed = options.slice(1).map((text) => /\((\d+)\)$/.exec(text));
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.filter((match) => !match || Number(match[1]) === 0)).toEqual([]);
    const value = await all.page.locator('select[name="type"] option').nth(1).getAttribute('value');
    const count = Number(typed[0]![1]);
    await all.page.selectOption('select[name="type"]', value!);
    await all.page.waitForURL(new RegExp(`type=${value}`));
    await all.page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    expect(await all.page.locator('[data-search-results] h2 a').count()).toBe(Math.min(count, FIRST_RESULTS));
    expect(all.errors).toEqual([]);
    await all.close();
  });

  it('sort by date lists the newest first', async () => {
    const result = await searchAt(session(), `${searchPath('en', BROAD)}&sort=date`);
    const dates = await result.page.locator('[data-search-results] .meta').allTextContents();
    const days = dates
      .map((text) => /(\d\d)\/(\d\d)\/(\d{4})/.exec(text))
      .filter(Boolean)
      .map((m) => `${m![3]}-${m![2]}-${m![1]}`);
    expect(days.length, 'the results show their dates').toBeGreaterThan(1);
    expect(days).toEqual([...days].sort().reverse());
    await result.close();
  });

  it('sort by date in all languages lists the newest first, whatever the language', async () => {
    const result = await searchAt(session(), `${searchPath('en', BROAD, true)}&sort=date`);
    const dates = await result.page.locator('[data-search-results] .meta').allTextContents();
    const days = dates
      .map((text) => /(\d\d)\/(\d\d)\/(\d{4})/.exec(text))
      .filter(Boolean)
      .map((m) => `${m![3]}-${m![2]}-${m![1]}`);
    expect(days.length).toBeGreaterThan(1);
    expect(days).toEqual([...days].sort().reverse());
    expect(new Set(result.links.map((href) => href.slice(0, 4))).size).toBeGreaterThan(1);
    await result.close();
  });
});

describe('each language’s index', () => {
  /** The search index files a search at `path` downloads. */
  async function indexRequests(path: string): Promise<string[]> {
    const { page, context } = await session().newPage();
    const requested: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/pagefind/')) requested.push(pathname);
    });
    await page.goto(session().base + path);
    await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
    await context.close();
    return requested;
  }

  it('a search in one language downloads only that language’s index', async () => {
    const requested = await indexRequests(searchPath('vi', BROAD));
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((path) => !path.startsWith('/pagefind/vi/'))).toEqual([]);
  });

  it('a search in all languages asks every language’s index', async () => {
    const requested = await indexRequests(searchPath('lo', BROAD, true));
    for (const lang of ['vi', 'lo', 'en'])
      expect(
        requested.some((path) => path.startsWith(`/pagefind/${lang}/`)),
        lang,
      ).toBe(true);
  });
});

/**
 * What a reader sees of the ranking and highlighting of issue 15 (item 3)
 * and issue 20 (item 5), on the site's own content: one mark for a Lao word
 * found in parts, excerpts cut at word boundaries, both Vietnamese
 * tone-mark placements, one typo forgiven, no results from a shared prefix
 * alone, and the searched words marked on the page a result leads to.
 * The phrase ranking of ໃບຕາດິນ needs pages the content does not have:
 * search-ranking.test.ts builds them.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { searchAt, searchPath } from '../helpers/search.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();

describe('highlights in results', () => {
  it('a Lao word found in two parts (ສູນ, ບໍລິການ) is one mark, never two side by side', async () => {
    const outcome = await searchAt(session(), searchPath('lo', 'ສູນບໍລິການ'));
    const marks = await outcome.page.locator('[data-search-results] mark').allTextContents();
    expect(marks).toContain('ສູນບໍລິການ');
    const touching = await outcome.page
      .locator('[data-search-results] mark')
      .evaluateAll(
        (elements) =>
          elements.filter((mark) => mark.nextSibling instanceof HTMLElement && mark.nextSibling.tagName === 'MARK').length,
      );
    expect(touching).toBe(0);
    await outcome.close();
  });

  it('a Lao excerpt starts and ends at word boundaries of the page’s text, as the browser segments it', async () => {
    // "Online": a word that stands deep in long practice pages, so their excerpts are cut at both ends.
    const outcome = await searchAt(session(), searchPath('lo', 'ອອນລາຍ'));
    const cards = await outcome.page.locator('[data-search-results] li').evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector('h2 a')!.getAttribute('href')!,
        shown: item.querySelector(':scope > p:not(.meta)')!.textContent!,
      })),
    );
    const cut = cards.filter(({ href, shown }) => !href.includes('#') && shown.startsWith('… ') && shown.endsWith(' …'));
    expect(cut.length).toBeGreaterThan(0);
    for (const { href, shown } of cut) {
      await outcome.page.goto(new URL(href, session().base).href);
      const text = shown.slice(2, -2);
      // The excerpt may span blocks the page lays out apart: its first and last words are looked for.
      const boundaries = await outcome.page.evaluate(
        ([head, tail]) => {
          const source = document.querySelector<HTMLElement>('[data-search]')!.innerText.replace(/\s+/g, ' ');
          const start = source.indexOf(head);
          const end = source.indexOf(tail) + tail.length;
          const segments = new Intl.Segmenter('lo', { granularity: 'word' }).segment(source);
          const boundary = (at: number) => at === source.length || segments.containing(at)?.index === at;
          return { found: start >= 0 && end >= tail.length, start: boundary(start), end: boundary(end) };
        },
        [text.slice(0, 12), text.slice(-12)] as const,
      );
      expect(boundaries, text).toEqual({ found: true, start: true, end: true });
    }
    await outcome.close();
  });
});

describe('Vietnamese tone marks, old and new placement', () => {
  it.each([
    ['hoá', 'hóa'],
    ['uỷ ban', 'ủy ban'],
    ['Thuỷ', 'Thủy'],
  ])('%s finds what %s finds', async (old, modern) => {
    const a = await searchAt(session(), searchPath('vi', old));
    const b = await searchAt(session(), searchPath('vi', modern));
    expect(b.links.length).toBeGreaterThan(0);
    expect(a.links).toEqual(b.links);
    // The content writes the new placement; the old one typed is marked in it.
    expect((await a.page.locator('[data-search-results] mark').allTextContents()).length).toBeGreaterThan(0);
    await a.close();
    await b.close();
  });
});

describe('one typo', () => {
  it.each([
    ['en', 'adminstrative', 'administrative'],
    ['en', 'administartive', 'administrative'],
    ['vi', 'phuogn', 'phường'],
    ['vi', 'phườmg', 'phường'],
  ])('%s: %s finds the pages of %s, and marks the word found', async (lang, typed, word) => {
    const exact = await searchAt(session(), searchPath(lang, word));
    const typo = await searchAt(session(), searchPath(lang, typed));
    expect(exact.links.length).toBeGreaterThan(0);
    expect(typo.links).toEqual(expect.arrayContaining(exact.links.slice(0, 5)));
    const marks = await typo.page.locator('[data-search-results] mark').allTextContents();
    expect(marks.map((mark) => mark.toLowerCase())).toContain(word);
    await exact.close();
    await typo.close();
  });
});

describe('a word that matches nothing', () => {
  it.each(['vi', 'en'])('aaaaaaaaaa finds no page in %s, though pages hold words it starts with', async (lang) => {
    const outcome = await searchAt(session(), searchPath(lang, 'aaaaaaaaaa'));
    expect(outcome.links).toEqual([]);
    expect(outcome.status).toContain('aaaaaaaaaa');
    await outcome.close();
  });

  it('nor with a real word beside it', async () => {
    const outcome = await searchAt(session(), searchPath('en', 'service aaaaaaaaaa'));
    expect(outcome.links).toEqual([]);
    await outcome.close();
  });
});

describe('the page a result leads to', () => {
  it('marks the searched words, and a button takes the marks and the words in the address away', async () => {
    const outcome = await searchAt(session(), searchPath('vi', 'một cửa'));
    const first = outcome.page.locator('[data-search-results] a').first();
    expect(await first.getAttribute('href')).toMatch(/\?hl=m%E1%BB%99t%20c%E1%BB%ADa/);
    await first.click();
    const page = outcome.page;
    await page.waitForSelector('main mark.search-highlight');
    const marks = await page.locator('main mark.search-highlight').allTextContents();
    expect(marks.map((mark) => mark.toLowerCase())).toContain('một cửa');
    const dismiss = page.locator('main [data-search-highlight] button');
    expect(await dismiss.textContent()).toBe('Bỏ đánh dấu từ tìm kiếm');
    await dismiss.click();
    expect(await page.locator('main mark.search-highlight').count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('hl')).toBe(false);
    expect(outcome.errors).toEqual([]);
    await outcome.close();
  });

  it('in Lao, one mark for the word, and the text unchanged once the marks are gone', async () => {
    const { page, errors, context } = await session().newPage();
    const path = `${session().base}/lo/practices/hue-service-centre-network/`;
    await page.goto(path);
    const plain = await page.locator('main').textContent();
    await page.goto(`${path}?hl=${encodeURIComponent('ສູນບໍລິການ')}`);
    await page.waitForSelector('main mark.search-highlight');
    expect(await page.locator('main mark.search-highlight').first().textContent()).toBe('ສູນບໍລິການ');
    await page.locator('main [data-search-highlight] button').click();
    expect(await page.locator('main').textContent()).toBe(plain);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a page opened without searched words loads no highlighter', async () => {
    const { page, context } = await session().newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${session().base}/vi/practices/hue-service-centre-network/`, { waitUntil: 'networkidle' });
    expect(scripts.filter((url) => /highlight|tokens/.test(url))).toEqual([]);
    expect(await page.locator('mark').count()).toBe(0);
    await context.close();
  });
});

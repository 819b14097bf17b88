/**
 * The header's search box on pages other than the search page: its script
 * is loaded only once the box is focused, and then offers the top results
 * as the reader types, as an ARIA combobox driven from the keyboard.
 */
import type { Request, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();

const PAGE = '/vi/localities/hue/';
/** Hue's practices and locality hold this phrase (tests/browser/search-former-names.test.ts). */
const QUERY = 'thua thien hue';
/**
 * The options once the answer to everything typed is shown: on a slow
 * machine a pause inside the typing shows a prefix's answer first.
 */
const ANSWERED = '#site-search-suggestions[aria-busy="false"] [role="option"]';

/** A page whose requests are recorded: scripts and search index files, by path. */
async function openPage() {
  const { page, context, errors } = await session().newPage();
  const requested: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === 'script' || pathname.startsWith('/pagefind/')) requested.push(pathname);
  });
  await page.goto(session().base + PAGE, { waitUntil: 'networkidle' });
  return { page, context, errors, requested };
}

describe('the header search box', () => {
  it('loads its script only when focused', async () => {
    const { page, context, requested } = await openPage();
    // Before: the loader alone, no suggestions script and no index.
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatch(/^\/_astro\/Base\.astro.*\.js$/);
    await page.focus('#site-search');
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => /\/pagefind\/vi\//.test(entry.name)),
    );
    expect(requested.some((path) => /^\/_astro\/suggest-.*\.js$/.test(path))).toBe(true);
    // Focus starts loading the page language's index, before any keystroke.
    expect(requested).toContain('/pagefind/vi/pagefind-worker.js');
    await context.close();
  });

  it('offers results as the reader types; arrow keys move through them, Enter opens one', async () => {
    const { page, context, errors } = await openPage();
    const box = page.locator('#site-search');
    await box.focus();
    await box.pressSequentially(QUERY, { delay: 20 });
    const options = page.locator(ANSWERED);
    await options.first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('role')).toBe('combobox');
    const count = await options.count();
    expect(count).toBeGreaterThan(1);
    expect(await page.locator('[data-suggest-status]').textContent()).toContain(`${count} gợi ý`);
    const hrefs = await options.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.href));
    expect(hrefs).toContain('/vi/localities/hue/');

    await box.press('ArrowDown');
    const first = await options.nth(0).getAttribute('id');
    expect(await box.getAttribute('aria-activedescendant')).toBe(first);
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('false');
    await box.press('ArrowUp');
    expect(await box.getAttribute('aria-activedescendant')).toBe(first);
    // Focus never left the box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');

    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === hrefs[0]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Escape closes the suggestions; Enter with none chosen goes to the search page', async () => {
    const { page, context } = await openPage();
    const box = page.locator('#site-search');
    await box.focus();
    await box.pressSequentially(QUERY, { delay: 20 });
    await page.locator(ANSWERED).first().waitFor();
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#site-search-suggestions').isHidden()).toBe(true);
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === '/vi/search/' && url.searchParams.get('q') === QUERY);
    await context.close();
  });

  it('never shows the answer to fewer words once more are typed', async () => {
    // The page's timers are the test's: the pause after a keystroke ends only when the test says so.
    // No service worker, so that the test's routes see every request.
    const { page, context, errors } = await session().newPage({ serviceWorkers: 'block' });
    await page.clock.install();
    await page.goto(session().base + PAGE);
    // Every list the box offers, with what the box held when it was drawn.
    await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('#site-search')!;
      const drawn: { typed: string; hrefs: string[] }[] = [];
      Object.assign(window, { drawn });
      new MutationObserver(() =>
        drawn.push({
          typed: box.value,
          hrefs: [...document.querySelectorAll<HTMLElement>('#site-search-suggestions [role="option"]')].map(
            (option) => option.dataset.href!,
          ),
        }),
      ).observe(document.querySelector('#site-search-suggestions')!, { childList: true });
    });
    // The results of the first words are held on their way until more words are typed.
    const held: Route[] = [];
    let holding = true;
    await page.route('**/pagefind/vi/fragment/**', (route) => (holding ? void held.push(route) : route.fallback()));
    const box = page.locator('#site-search');
    await box.focus();
    await box.pressSequentially('thua thien h');
    await page.clock.runFor(1000);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    await box.pressSequentially('ue');
    holding = false;
    const arrived = held.map((route) => page.waitForEvent('requestfinished', (request: Request) => request === route.request()));
    for (const route of held) await route.fallback();
    await Promise.all(arrived);
    // Whatever the page does with the late answer, it does now, before the pause after "ue" ends:
    // drawing it takes milliseconds; the test gives it two seconds.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { drawn: unknown[] }).drawn.length), { timeout: 2000 })
      .toBeGreaterThan(0)
      .catch(() => {});
    await page.clock.runFor(1000);
    const options = page.locator(ANSWERED);
    await options.first().waitFor();
    const answer = await options.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.href!));
    expect(answer).toContain('/vi/localities/hue/');
    const drawn = await page.evaluate(() => (window as unknown as { drawn: { typed: string; hrefs: string[] }[] }).drawn);
    // Once the box held all the words, it only ever offered their answer.
    for (const list of drawn.filter(({ typed }) => typed === QUERY)) expect(list.hrefs).toEqual(answer);
    expect(errors).toEqual([]);
    await context.close();
  });
});

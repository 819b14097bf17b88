import type { Page } from 'playwright-core';
import { HIGHLIGHT_PARAM } from '../../src/lib/search/highlightParam.ts';
import type { SiteSession } from './browser.ts';

/** A result link without the searched words it carries for the page's highlighting. */
export function withoutHighlight(href: string): string {
  const url = new URL(href, 'http://site');
  url.searchParams.delete(HIGHLIGHT_PARAM);
  return `${url.pathname}${url.search}${url.hash}`;
}

export interface SearchOutcome {
  page: Page;
  /** The pages the results lead to, in rank order (their links carry the searched words too, `?hl=`: left out here). */
  links: string[];
  /** The result links as written. */
  hrefs: string[];
  status: string;
  errors: string[];
  close: () => Promise<void>;
}

/** Opens the search page at `path` (with its `?q=`) and waits until the search is done. */
export async function searchAt(site: SiteSession, path: string): Promise<SearchOutcome> {
  const { page, errors, context } = await site.newPage();
  await page.goto(site.base + path);
  await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
  const hrefs = await page
    .locator('[data-search-results] a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  const links = hrefs.map(withoutHighlight);
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  return { page, links, hrefs, status, errors, close: () => context.close() };
}

export const searchPath = (lang: string, query: string, all = false) =>
  `/${lang}/search/?q=${encodeURIComponent(query)}${all ? '&all=1' : ''}`;

/** Every result of the search on `page`, in rank order: "show more" pressed until it is hidden. */
export async function allResultLinks(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const drawn = await page.locator('[data-search-results] h2 a').count();
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('[data-search-results] h2 a').length > before, drawn);
  }
  const hrefs = await page
    .locator('[data-search-results] h2 a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map(withoutHighlight);
}

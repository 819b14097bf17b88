import type { Page } from 'playwright-core';
import type { SiteSession } from './browser.ts';

export interface SearchOutcome {
  page: Page;
  /** Result links in rank order. */
  links: string[];
  status: string;
  errors: string[];
  close: () => Promise<void>;
}

/** Opens the search page at `path` (with its `?q=`) and waits until the search is done. */
export async function searchAt(site: SiteSession, path: string): Promise<SearchOutcome> {
  const { page, errors, context } = await site.newPage();
  await page.goto(site.base + path);
  await page.waitForSelector('[data-search-results][data-search-state="done"]', { state: 'attached' });
  const links = await page
    .locator('[data-search-results] a')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  return { page, links, status, errors, close: () => context.close() };
}

export const searchPath = (lang: string, query: string, all = false) =>
  `/${lang}/search/?q=${encodeURIComponent(query)}${all ? '&all=1' : ''}`;

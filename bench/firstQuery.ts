/**
 * A first query, as a reader who follows a link to /<lang>/search/?q= makes
 * it, measured as ../shared/peer-bench's search-eval.mjs measures it: a
 * fresh browser context (empty cache, service workers blocked), time from
 * navigation start to the results drawn (`data-search-state="done"`), bytes
 * as received (compressed, headers included, web workers' requests
 * included) until then. Shared by bench/search.ts and bench/search-ab.ts.
 */
import type { Browser } from 'playwright-core';
import { withoutHighlight } from '../tests/helpers/search.ts';

export interface FirstQuery {
  /** The pages the results lead to, in rank order (without the searched words their links carry, `?hl=`). */
  links: string[];
  /** From navigation start to results drawn. */
  ms: number;
  /** Everything transferred from navigation start to then: page, fonts, scripts, index. */
  kb: number;
}

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function firstQuery(
  browser: Browser,
  base: string,
  { lang, query }: { lang: string; query: string },
): Promise<FirstQuery> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let bytes = 0;
  const sizes: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then(({ responseBodySize, responseHeadersSize }) => {
        bytes += responseBodySize + responseHeadersSize;
      }),
    );
  });
  await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  const done = await page.waitForFunction(
    () => document.querySelector('[data-search-results]')?.getAttribute('data-search-state') === 'done' && performance.now(),
    undefined,
    { polling: 'raf' },
  );
  const ms = (await done.jsonValue()) as number;
  await Promise.all(sizes);
  const hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  await context.close();
  return { links: hrefs.map(withoutHighlight), ms, kb: bytes / 1024 };
}

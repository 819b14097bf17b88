/**
 * The search test set (queries.json), through the real search page:
 * recall at 5 per kind of query must be at least 0.95. The set describes the
 * site's own content/, so it is skipped when CONTENT_DIR points elsewhere.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteSession } from '../helpers/browser.ts';
import { recallByKind, type SearchCase } from '../helpers/recall.ts';
import { searchAt, searchPath, withoutHighlight } from '../helpers/search.ts';

const { cases } = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')) as { cases: SearchCase[] };
const ownContent = !process.env.CONTENT_DIR;

let site: SiteSession;
beforeAll(async () => {
  if (ownContent) site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe.runIf(ownContent)('search test set', () => {
  // Query by query, each under the browser project's own timeout, so no single limit covers the whole set
  // and a loaded machine slows each query without failing the set.
  const found = new Map<SearchCase, string[]>();
  it.each(cases.map((testCase) => [`${testCase.lang}: ${testCase.query}`, testCase] as const))('%s', async (_, testCase) => {
    const result = await searchAt(site, searchPath(testCase.lang, testCase.query));
    expect(result.errors, testCase.query).toEqual([]);
    found.set(testCase, result.links);
    await result.close();
  });

  it('finds the expected pages in the top 5 for at least 95% of them, per kind of query', () => {
    expect(found.size, 'every query of the set was run').toBe(cases.length);
    const recall = recallByKind(cases, found);
    console.table(recall.map(({ kind, queries, recallAt5 }) => ({ kind, queries, recallAt5: recallAt5.toFixed(3) })));
    for (const kind of recall) expect(kind.recallAt5, `${kind.kind}: ${kind.misses.join('; ')}`).toBeGreaterThanOrEqual(0.95);
  });
});

describe.runIf(ownContent)('glossary terms across languages', () => {
  it('the Lao term for the one-stop mechanism, searched in all languages, finds the Vietnamese pages about một cửa', async () => {
    const result = await searchAt(site, searchPath('lo', 'ກົນໄກປະຕູດຽວ', true));
    expect(result.links).toContain('/vi/glossary/#one-stop-mechanism');
    // The languages' results alternate and ten are drawn first: the practices follow on "show more".
    await result.page.click('[data-search-more]');
    await result.page.waitForFunction(() => document.querySelectorAll('[data-search-results] h2 a').length > 10);
    const more = await result.page
      .locator('[data-search-results] h2 a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(more.map(withoutHighlight).some((href) => href.startsWith('/vi/practices/'))).toBe(true);
    await result.close();
  });
});

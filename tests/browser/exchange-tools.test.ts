/**
 * What works without JavaScript on the exchange pages (timeline filters,
 * host finder, glossary tips), and what the small term script adds.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();

describe('without JavaScript', () => {
  // Each combination costs the browser a style recalculation of the :has() rules; on a shared machine a
  // hundred and fifty of them can take longer than the project's default minute, which says nothing of the site.
  it('the timeline filters by country, theme, year and kind, and says when nothing matches', { timeout: 240_000 }, async () => {
    const { page, context } = await session().newPage({ javaScriptEnabled: false });
    await page.goto(`${session().base}/en/exchanges/`);
    const facets = ['country', 'theme', 'year', 'kind'] as const;
    type Choice = Record<(typeof facets)[number], string>;
    const items = await page.locator('#all-exchanges [data-facet-item]').evaluateAll((nodes) =>
      nodes.map((node) => ({
        country: node.dataset.country!.split(' '),
        theme: node.dataset.theme!.split(' '),
        year: node.dataset.year!.split(' '),
        kind: node.dataset.kind!.split(' '),
      })),
    );
    const values = async (facet: string) =>
      page
        .locator(`input[name="all-exchanges-${facet}"]`)
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    // Every combination of country, theme and year (any kind), and of kind and year (any country and theme):
    // each facet with every value its radios offer, "" being "any".
    const offered = Object.fromEntries(await Promise.all(facets.map(async (facet) => [facet, await values(facet)] as const)));
    for (const facet of facets) expect(offered[facet]![0], facet).toBe('');
    const product = (over: readonly (typeof facets)[number][]) =>
      over.reduce<Choice[]>(
        (partial, facet) => partial.flatMap((choice) => offered[facet]!.map((value) => ({ ...choice, [facet]: value }))),
        [{ country: '', theme: '', year: '', kind: '' }],
      );
    const choices = [...product(['country', 'theme', 'year']), ...product(['kind', 'year'])];
    // The radios are ticked and the result read in the page, one round trip for all the combinations: what is
    // tested is the stylesheet's answer to each, not how fast a browser can be driven through hundreds of them.
    const shown = await page.evaluate(
      ({ choices, facets }) =>
        choices.map((choice) => {
          for (const facet of facets) {
            const radio = document.querySelector<HTMLInputElement>(
              `input[name="all-exchanges-${facet}"][value="${choice[facet as keyof typeof choice]}"]`,
            )!;
            radio.checked = true;
          }
          const visible = (element: Element) => getComputedStyle(element).display !== 'none';
          return {
            items: [...document.querySelectorAll('#all-exchanges [data-facet-item]')].filter(visible).length,
            empty: visible(document.querySelector('#all-exchanges [data-facet-empty]')!),
          };
        }),
      { choices, facets: [...facets] },
    );
    let emptySeen = false;
    choices.forEach((choice, index) => {
      const expected = items.filter((item) =>
        facets.every((facet) => !choice[facet] || item[facet].includes(choice[facet])),
      ).length;
      const label = facets.map((facet) => choice[facet] || '*').join('/');
      expect(shown[index]!.items, label).toBe(expected);
      expect(shown[index]!.empty, label).toBe(expected === 0);
      emptySeen ||= expected === 0;
    });
    expect(emptySeen).toBe(true);
    // A reader's own click works the same way: agreements only.
    await page.locator('input[name="all-exchanges-country"][value=""]').check();
    await page.locator('input[name="all-exchanges-theme"][value=""]').check();
    await page.locator('input[name="all-exchanges-year"][value=""]').check();
    await page.locator('input[name="all-exchanges-kind"][value="agreement"]').check();
    expect(await page.locator('#all-exchanges [data-facet-item]:visible').count()).toBe(
      items.filter((item) => item.kind.includes('agreement')).length,
    );
    await context.close();
  });

  it('the host finder narrows by theme and country with plain links', async () => {
    const { page, context } = await session().newPage({ javaScriptEnabled: false });
    await page.goto(`${session().base}/vi/hosts/`);
    await page.locator('nav[aria-labelledby="hosts-theme"] a[href="/vi/hosts/service-centres/"]').click();
    await page.waitForURL('**/vi/hosts/service-centres/');
    expect(await page.locator('[data-host="hue"]').count()).toBe(1);
    await page.locator('nav[aria-labelledby="hosts-country"] a[href="/vi/hosts/service-centres/la/"]').click();
    await page.waitForURL('**/vi/hosts/service-centres/la/');
    expect(await page.locator('[data-host="hue"]').count()).toBe(0);
    await context.close();
  });

  it('a glossary term is a link to its entry, and shows its other names on keyboard focus', async () => {
    const { page, context } = await session().newPage({ javaScriptEnabled: false });
    await page.goto(`${session().base}/vi/practices/hue-service-centre-network/`);
    const term = page.locator('.term').first();
    expect(await term.locator('.term__tip').isVisible()).toBe(false);
    await term.locator('a').focus();
    expect(await term.locator('.term__tip').isVisible()).toBe(true);
    expect(await term.locator('.term__tip [lang="lo"]').textContent()).toMatch(/[\u0E80-\u0EFF]/);
    const href = await term.locator('a').getAttribute('href');
    await term.locator('a').press('Enter');
    await page.waitForURL(`**${href}`);
    await context.close();
  });
});

describe('with JavaScript', () => {
  it('Escape hides a term’s tip; on a touch screen the first tap shows it instead of leaving the page', async () => {
    const { page, errors, context } = await session().newPage();
    await page.goto(`${session().base}/lo/practices/hue-service-centre-network/`);
    const term = page.locator('.term').first();
    await term.locator('a').focus();
    expect(await term.locator('.term__tip').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await term.locator('.term__tip').isVisible()).toBe(false);
    await context.close();

    const touch = await session().newPage({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    await touch.page.goto(`${session().base}/lo/practices/hue-service-centre-network/`);
    const tapped = touch.page.locator('.term').first();
    await tapped.locator('a').tap();
    expect(touch.page.url()).toContain('/practices/hue-service-centre-network/');
    expect(await tapped.locator('.term__tip').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await touch.context.close();
  });
});

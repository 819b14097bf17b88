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
  it('the timeline filters by country, theme and year, and says when nothing matches', async () => {
    const { page, context } = await session().newPage({ javaScriptEnabled: false });
    await page.goto(`${session().base}/en/exchanges/`);
    const items = await page.locator('#all-exchanges [data-facet-item]').evaluateAll((nodes) =>
      nodes.map((node) => ({
        country: node.dataset.country!.split(' '),
        theme: node.dataset.theme!.split(' '),
        year: node.dataset.year!,
      })),
    );
    const values = async (facet: string) =>
      page
        .locator(`input[name="all-exchanges-${facet}"]`)
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const [countries, themes, years] = [await values('country'), await values('theme'), await values('year')];
    let emptySeen = false;
    for (const country of countries) {
      for (const theme of themes) {
        for (const year of years) {
          for (const [facet, value] of [
            ['country', country],
            ['theme', theme],
            ['year', year],
          ] as const) {
            await page.locator(`input[name="all-exchanges-${facet}"][value="${value}"]`).check();
          }
          const expected = items.filter(
            (item) =>
              (!country || item.country.includes(country)) &&
              (!theme || item.theme.includes(theme)) &&
              (!year || item.year === year),
          ).length;
          expect(await page.locator('#all-exchanges [data-facet-item]:visible').count(), `${country}/${theme}/${year}`).toBe(
            expected,
          );
          expect(await page.locator('#all-exchanges [data-facet-empty]').isVisible()).toBe(expected === 0);
          emptySeen ||= expected === 0;
        }
      }
    }
    expect(emptySeen).toBe(true);
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

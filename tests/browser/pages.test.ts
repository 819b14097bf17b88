/**
 * Each page type in each language, in Chromium: renders without console
 * errors, requests nothing from another site, reads on a 360 px phone, keeps
 * the reader on the same entry when switching language, shows Lao in the Lao
 * font, and passes axe's accessibility rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/lib/languages.ts';
import { openSite, type SiteSession } from '../helpers/browser.ts';
import { builtSlugs, DIST, readPage, requireBuild } from '../helpers/site.ts';

requireBuild();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The first entry built in a section; a build without one is a broken fixture, not a pass. */
function first(section: string): string {
  const slug = builtSlugs(`vi/${section}`).sort()[0];
  if (!slug) throw new Error(`No ${section} entry was built in ${DIST}/vi/${section}/`);
  return slug;
}

/** One page of each type, for a language. */
function pageTypes(lang: Lang): string[] {
  const entries = ['practices', 'exchanges', 'guides', 'localities', 'themes'].flatMap((section) => [
    `/${lang}/${section}/`,
    `/${lang}/${section}/${first(section)}/`,
  ]);
  const exchange = first('exchanges');
  const briefs = [
    `/${lang}/exchanges/${exchange}/brief/`,
    `/${lang}/exchanges/${exchange}/brief/${lang === 'vi' ? 'lo' : 'vi'}/`,
  ];
  return [
    `/${lang}/`,
    ...entries,
    `/${lang}/glossary/`,
    `/${lang}/search/`,
    `/${lang}/hosts/`,
    `/${lang}/brief/`,
    ...briefs,
    `/${lang}/translations/`,
    `/${lang}/contribute/`,
  ];
}

let site: SiteSession;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe.each(LANGS)('%s pages', (lang) => {
  it.each(pageTypes(lang))('%s renders without errors, on a phone, accessibly', async (path) => {
    const { page, errors, context } = await site.newPage({ viewport: { width: 360, height: 740 } });
    const response = await page.goto(site.base + path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').count()).toBe(1);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Injected through the DevTools protocol: the site's CSP rightly refuses inline scripts.
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as {
          axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe.run({
        resultTypes: ['violations'],
      });
      return result.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('language switcher', () => {
  it.each(['practices', 'exchanges', 'guides', 'localities'])('keeps the reader on the same %s entry', async (section) => {
    const slug = first(section);
    const { page, context } = await site.newPage();
    await page.goto(`${site.base}/vi/${section}/${slug}/`);
    await page.locator('.language-switcher a[hreflang="lo"]').click();
    await page.waitForURL(`**/lo/${section}/${slug}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('lo');
    await page.locator('.language-switcher a[hreflang="en"]').click();
    await page.waitForURL(`**/en/${section}/${slug}/`);
    await context.close();
  });
});

describe('Lao typography', () => {
  it('Lao pages render in the self-hosted Noto Sans Lao', async () => {
    const { page, context } = await site.newPage();
    await page.goto(`${site.base}/lo/`, { waitUntil: 'networkidle' });
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        loaded: [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/["']/g, '')),
        family: getComputedStyle(document.querySelector('h1')!).fontFamily,
      };
    });
    expect(fonts.loaded).toContain('Noto Sans Lao');
    expect(fonts.family).toMatch(/^"?Noto Sans Lao/);
    await context.close();
  });
});

describe('the root page', () => {
  it.each([
    ['lo-LA', 'lo'],
    ['en-US', 'en'],
    ['vi-VN', 'vi'],
    ['fr-FR', 'vi'],
  ])('sends a %s browser to /%s/', async (locale, lang) => {
    const { page, context } = await site.newPage({ locale });
    await page.goto(`${site.base}/`);
    await page.waitForURL(`**/${lang}/`);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await context.close();
  });

  it('without JavaScript shows links to the three languages', async () => {
    const { page, context } = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.base}/`);
    const links = await page
      .locator('[data-language-choice] a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/vi/', '/lo/', '/en/']);
    await context.close();
  });
});

describe('404', () => {
  it.each(LANGS)('an unknown %s address answers 404 with that language’s page', async (lang) => {
    const { page, context } = await site.newPage();
    const response = await page.goto(`${site.base}/${lang}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator(`a[href="/${lang}/"]`).count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('header search', () => {
  it('submits to the search page of the language without JavaScript', async () => {
    const { page, context } = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.base}/lo/`);
    await page.fill('#site-search', 'ສູນ');
    await page.press('#site-search', 'Enter');
    await page.waitForURL('**/lo/search/?q=*');
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('q') ?? '')).toBe('ສູນ');
    await context.close();
  });
});

describe('privacy', () => {
  it('no page requested anything from another site', () => {
    expect(site.external).toEqual([]);
  });
});

describe('print', () => {
  it('an article prints without navigation, with its figures and sources', async () => {
    // A practice that has figures, so that the figures box is there to print.
    const slug = builtSlugs('vi/practices')
      .sort()
      .find((each) => readPage(`/vi/practices/${each}/`).includes('class="figures"'));
    expect(slug, 'a built practice with figures').toBeDefined();
    const { page, context } = await site.newPage();
    await page.goto(`${site.base}/vi/practices/${slug}/`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => getComputedStyle(element).display !== 'none');
    expect(await shown('.site-header')).toBe(false);
    expect(await shown('.breadcrumbs')).toBe(false);
    expect(await shown('article h1')).toBe(true);
    expect(await shown('.sources')).toBe(true);
    expect(await shown('.figures')).toBe(true);
    expect(await page.locator('.figures .figure__value').count()).toBeGreaterThan(0);
    await context.close();
  });
});

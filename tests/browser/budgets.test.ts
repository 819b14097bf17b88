/**
 * Page weight on a first visit with an empty cache, as a commune clerk's
 * phone would fetch it from a compressing server (each response gzipped here
 * as nginx does): a practice page at most 60 KB without fonts and 15 KB of
 * JavaScript; pages that need no script load none but the loader of what a
 * first interaction needs (under 1 KB); a Lao page at most 120 KB of fonts,
 * and a page in another language no Lao font but the few letters of the
 * language switcher's Lao name. Sizes are measured, not timed.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();

interface Loaded {
  url: string;
  kind: 'font' | 'script' | 'other';
  bytes: number;
}

async function firstVisit(path: string): Promise<Loaded[]> {
  const { page, context } = await session().newPage();
  const loaded: Loaded[] = [];
  page.on('response', async (response) => {
    const url = response.url();
    const body = await response.body().catch(() => Buffer.alloc(0));
    const font = /\.woff2?$/.test(url);
    // woff2 is compressed already; everything else is counted as gzip would send it.
    loaded.push({
      url,
      kind: font ? 'font' : response.request().resourceType() === 'script' ? 'script' : 'other',
      bytes: font ? body.length : gzipSync(body, { level: 6 }).length,
    });
  });
  await page.goto(session().base + path, { waitUntil: 'networkidle' });
  await context.close();
  return loaded;
}

const total = (loaded: Loaded[], kind?: Loaded['kind']) =>
  loaded.filter((each) => !kind || each.kind === kind).reduce((sum, each) => sum + each.bytes, 0);

describe('page weight on a first visit', () => {
  it.each(['vi', 'lo', 'en'])('a %s practice page: at most 60 KB without fonts, 15 KB of JavaScript', async (lang) => {
    const loaded = await firstVisit(`/${lang}/practices/hue-two-level-government-first-month/`);
    expect(total(loaded) - total(loaded, 'font')).toBeLessThanOrEqual(60 * 1024);
    expect(total(loaded, 'script')).toBeLessThanOrEqual(15 * 1024);
  });

  it('a Lao page loads at most 120 KB of fonts', async () => {
    const loaded = await firstVisit('/lo/practices/hue-service-centre-network/');
    expect(total(loaded, 'font')).toBeGreaterThan(0);
    expect(total(loaded, 'font')).toBeLessThanOrEqual(120 * 1024);
  });

  it.each(['/vi/', '/lo/exchanges/', '/en/hosts/', '/vi/localities/hue/', '/lo/themes/digital-government/', '/vi/glossary/'])(
    '%s needs no script and loads only the loader, under 1 KB',
    async (path) => {
      const loaded = await firstVisit(path);
      const scripts = loaded.filter((each) => each.kind === 'script');
      expect(scripts.map((each) => new URL(each.url).pathname)).toEqual([
        expect.stringMatching(/^\/_astro\/Base\.astro_.*\.js$/),
      ]);
      // The loader registers the service worker and waits for the reader; the rest loads when first needed.
      expect(scripts[0]!.bytes).toBeLessThan(1024);
    },
  );

  it.each(['/vi/', '/en/hosts/'])('%s loads no Lao font but the switcher’s few letters', async (path) => {
    const fonts = (await firstVisit(path)).filter((each) => each.kind === 'font').map((each) => new URL(each.url).pathname);
    expect(fonts.filter((font) => font.includes('lao'))).toEqual([]);
    expect(fonts.filter((font) => /\/endonym\.[^/]+\.woff2$/.test(font))).toHaveLength(1);
  });

  it('a Vietnamese practice page downloads no font but the switcher’s few Lao letters: Vietnamese is the system font’s', async () => {
    const vi = (await firstVisit('/vi/practices/hue-service-centre-network/')).filter((each) => each.kind === 'font');
    expect(vi.map((each) => new URL(each.url).pathname).map((path) => path.replace(/^.*\//, '').replace(/\..*$/, ''))).toEqual([
      'endonym',
    ]);
  });
});

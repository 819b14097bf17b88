/**
 * A practice page as built: the figures box names a source after a figure's
 * date only when there is one to name, and the page points to related
 * practices in the reader's language.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/languages.ts';
import { builtPages, readPage, requireBuild } from '../helpers/site.ts';

requireBuild();

/** The text of every `.figure__meta` line of a page, tags dropped. */
function figureMetaLines(html: string): string[] {
  return [...html.matchAll(/<span class="figure__meta"[^>]*>([\s\S]*?)<\/span>\s*<\/li>/g)].map((match) =>
    match[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('figures boxes', () => {
  const pages = builtPages().filter((page) => /^\/(vi|lo|en)\/(practices\/[^/]+\/)?$/.test(page));
  const lines = pages.flatMap((page) => figureMetaLines(readPage(page)).map((line) => ({ page, line })));

  it('the practice and home pages show figures', () => {
    expect(pages.length).toBeGreaterThan(3);
    expect(lines.length).toBeGreaterThan(10);
  });

  it('no figure line ends in a separator with nothing after it', () => {
    expect(lines.filter(({ line }) => /·$/.test(line))).toEqual([]);
  });
});

describe('related practices', () => {
  /** The links of the page's related-practices section, in order. */
  const relatedLinks = (lang: string, slug: string) => {
    const section = readPage(`/${lang}/practices/${slug}/`).match(/data-section="related-practices"[\s\S]*?<\/section>/);
    expect(section, `${lang}/${slug} has a related-practices section`).not.toBeNull();
    return [...section![0].matchAll(/<a [^>]*href="([^"]+)"/g)].map((match) => match[1]);
  };

  it.each(LANGS)('%s: the Hue centre network leads to the other Hue practices first, in the same language', (lang) => {
    const links = relatedLinks(lang, 'hue-service-centre-network');
    expect(links.slice(0, 2).sort()).toEqual([
      `/${lang}/practices/hue-first-weeks-resident-support/`,
      `/${lang}/practices/hue-two-level-government-first-month/`,
    ]);
    expect(links.length).toBeLessThanOrEqual(5);
    expect(links.every((link) => link!.startsWith(`/${lang}/practices/`))).toBe(true);
    expect(links).not.toContain(`/${lang}/practices/hue-service-centre-network/`);
  });
});

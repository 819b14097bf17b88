/**
 * The figures boxes of the built pages: each figure's date is followed by its
 * source (or the practice it comes from) only when there is one to name.
 */
import { describe, expect, it } from 'vitest';
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

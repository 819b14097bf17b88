/**
 * The vocabulary files typo tolerance reads (src/lib/search/typo.ts): each
 * language's bundle holds its Latin index words of five letters or more,
 * one file per length, and none of the index's own tokens.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTypoCandidate, VOCABULARY_DIR } from '../../src/lib/search/typo.ts';
import { DIST, requireBuild } from '../helpers/site.ts';

requireBuild();
const vocabulary = (lang: string) =>
  readdirSync(join(DIST, 'pagefind', lang, VOCABULARY_DIR)).map((name) => ({
    length: Number(name.replace('.json', '')),
    words: JSON.parse(readFileSync(join(DIST, 'pagefind', lang, VOCABULARY_DIR, name), 'utf8')) as string[],
  }));

describe('typo vocabulary', () => {
  it.each(['vi', 'lo', 'en'])('%s: one file per length, each word of that length, sorted, and a word a reader types', (lang) => {
    const files = vocabulary(lang);
    expect(files.length).toBeGreaterThan(0);
    for (const { length, words } of files) {
      expect(words.every((word) => word.length === length && isTypoCandidate(word))).toBe(true);
      expect(words).toEqual([...words].sort());
    }
  });

  it('holds the words of the content, folded', () => {
    const words = (lang: string) => vocabulary(lang).flatMap((file) => file.words);
    expect(words('en')).toContain('administrative');
    expect(words('vi')).toContain('phuong');
  });
});

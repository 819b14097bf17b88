/**
 * Words and cuts with ICU only where its dictionary is needed
 * (src/lib/search/words.ts): the same words and the same cuts as
 * Intl.Segmenter over the whole text, on every line of the site's content
 * and dictionaries (Lao, Vietnamese, English and the lines that mix them)
 * and on generated strings of the characters whose rules differ, so the
 * index and the search page agree with what ICU alone found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSpacedText, segmentStart, words } from '../../src/lib/search/words.ts';

const icu = new Intl.Segmenter('lo', { granularity: 'word' });
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** ICU's words over the whole text: word-like segments holding a letter or digit. */
function icuWords(text: string) {
  return [...icu.segment(text)]
    .filter(({ segment, isWordLike }) => isWordLike && LETTER_OR_DIGIT.test(segment))
    .map(({ segment, index }) => ({ text: segment, index }));
}
const icuSegmentStart = (text: string, position: number) =>
  position <= 0 ? 0 : position >= text.length ? text.length : icu.segment(text).containing(position)!.index;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(join(dir, entry.name))
      : /\.(mdx|ya?ml|json)$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );
}

/** A small seeded generator: the same strings on every run. */
function* strings(pieces: string[], count: number, seed = 7): Generator<string> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let n = 1 + Math.floor(next() * 16); n > 0; n--) text += pieces[Math.floor(next() * pieces.length)];
    yield text;
  }
}

function expectSameAsIcu(text: string, step = 1) {
  expect(words(text), JSON.stringify(text)).toEqual(icuWords(text));
  for (let position = 0; position <= text.length; position += step)
    expect(segmentStart(text, position), `${JSON.stringify(text)} @${position}`).toBe(icuSegmentStart(text, position));
}

describe('words without ICU', () => {
  it('spaced text is Vietnamese and English prose, not Lao nor rarer punctuation', () => {
    expect(isSpacedText('Trung tâm Phục vụ hành chính công “một cửa”, 91,17% (2024) – đạt.')).toBe(true);
    expect(isSpacedText('Hue City’s one-stop centre: e.g. 3.5 days')).toBe(true);
    expect(isSpacedText('ສູນບໍລິການ one-stop')).toBe(false);
    expect(isSpacedText('snake_case')).toBe(false);
  });

  // Every line of the site's text, in parts small enough that no test runs long on a busy machine.
  const lines = ['content', 'src/i18n'].flatMap(filesUnder).flatMap((file) => readFileSync(file, 'utf8').split('\n'));
  const PART = 500;
  const parts = Array.from({ length: Math.ceil(lines.length / PART) }, (_, index) => [
    `${index * PART + 1}–${Math.min(lines.length, (index + 1) * PART)}`,
    lines.slice(index * PART, (index + 1) * PART),
  ]) as [string, string[]][];

  it('has the site’s text to compare: thousands of lines, spaced, Lao, and Lao among spaced words', () => {
    const lao = lines.filter((line) => /[\u0E80-\u0EFF]/.test(line));
    expect(lines.filter(isSpacedText).length).toBeGreaterThan(3000);
    expect(lao.length).toBeGreaterThan(500);
    expect(lao.filter((line) => /[a-z]{3}/.test(line)).length).toBeGreaterThan(100);
  });

  it.each(parts)('finds the words ICU finds and cuts where ICU cuts, on lines %s of the site’s text', (_range, part) => {
    for (const line of part) expectSameAsIcu(line, 7);
  });

  const PIECES = [..."ab9ế\u0301.,;:'’·- \u00a0\u2003\t\n\r\u2028()“”_‘\ufeff", 'ສູນ', 'ບໍລິການ', 'ວຽງຈັນ', '\u0ec8'];
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
    'agrees with ICU on 1,000 generated strings of letters, digits, marks, spaces, punctuation and Lao (seed %i)',
    (seed) => {
      let spaced = 0;
      for (const text of strings(PIECES, 1000, seed)) {
        if (isSpacedText(text)) spaced++;
        expectSameAsIcu(text);
      }
      // Both paths were taken.
      expect(spaced).toBeGreaterThan(100);
      expect(spaced).toBeLessThan(900);
    },
  );

  it('leaves out Lao words only when asked: a query without Lao cannot match them', () => {
    const text = 'Viêng Chăn (ວຽງຈັນ) và Huế';
    expect(words(text).map((word) => word.text)).toEqual(['Viêng', 'Chăn', 'ວຽງຈັນ', 'và', 'Huế']);
    expect(words(text, { lao: false }).map((word) => word.text)).toEqual(['Viêng', 'Chăn', 'và', 'Huế']);
  });
});

/**
 * Excerpts and highlights (src/lib/search/excerpt.ts, highlight.ts):
 * neighbouring matches are one mark, and an excerpt starts and ends at word
 * boundaries, never inside a Lao word or grapheme cluster.
 */
import { describe, expect, it } from 'vitest';
import { excerpt, highlightRanges } from '../../src/lib/search/excerpt.ts';
import { highlightQuery, withCorrections, withHighlight } from '../../src/lib/search/highlight.ts';
import { laoClusters, queryTokens } from '../../src/lib/search/tokens.ts';
import { segmentStart, words } from '../../src/lib/search/words.ts';

const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((part) => part.mark).map((part) => part.text);

describe('highlights', () => {
  it('a Lao word found in two parts is one mark, with no seam: ສູນບໍລິການ', () => {
    const text = 'ພະນັກງານຂອງສູນບໍລິການປະຊາຊົນຮັບເອກະສານ';
    expect(words('ສູນບໍລິການ').length).toBe(2);
    expect(marked(excerpt(text, queryTokens('ສູນບໍລິການ')))).toEqual(['ສູນບໍລິການ']);
    expect(
      excerpt(text, queryTokens('ສູນບໍລິການ'))
        .map((part) => part.text)
        .join(''),
    ).toBe(text);
  });

  it('words typed together and standing together are one mark; apart, two', () => {
    expect(marked(excerpt('Trung tâm phục vụ hành chính công, một cửa', queryTokens('hành chính')))).toEqual(['hành chính']);
    expect(marked(excerpt('hành động và chính sách', queryTokens('hành chính')))).toEqual(['hành', 'chính']);
  });

  it('a half-typed Latin word marks the words it starts, whatever letter they start with', () => {
    const text = 'Land titles: landing, luật, title.';
    const marked = (query: string) => highlightRanges(text, queryTokens(query)).map(([start, end]) => text.slice(start, end));
    expect(marked('lan')).toEqual(['Land', 'landing']);
    expect(marked('tit')).toEqual(['titles', 'title']);
  });

  it('only the last word, typed without diacritics, may be half-typed: thủ never marks thuộc', () => {
    const text = 'Thủ tục hành chính không phụ thuộc địa giới hành chính.';
    const marked = (query: string) => highlightRanges(text, queryTokens(query)).map(([start, end]) => text.slice(start, end));
    expect(marked('thủ tục hành chính')).toEqual(['Thủ tục hành chính', 'hành chính']);
    expect(marked('thu tuc')).toEqual(['Thủ tục']);
    expect(marked('hanh chin')).toEqual(['hành chính', 'hành chính']);
  });

  it('ranges for the target page are merged the same way', () => {
    expect(highlightRanges('ສູນບໍລິການ ແລະ ສູນ', queryTokens('ສູນບໍລິການ'))).toEqual([
      [0, 10],
      [15, 18],
    ]);
  });
});

describe('excerpt boundaries', () => {
  // A long unspaced Lao text: no space to cut at for hundreds of characters.
  const lao = 'ການແກ້ໄຂຂໍ້ຮ້ອງທຸກຂອງປະຊາຊົນ'.repeat(12) + 'ສູນບໍລິການ' + 'ການແກ້ໄຂຂໍ້ຮ້ອງທຸກຂອງປະຊາຊົນ'.repeat(12);
  const laoWords = new Set(words(lao).map((word) => word.index));
  const boundaries = new Set([...laoWords, ...words(lao).map((word) => word.index + word.text.length)]);

  it('a Lao excerpt starts and ends at word boundaries, never inside a grapheme cluster', () => {
    const parts = excerpt(lao, queryTokens('ສູນບໍລິການ'), 120);
    expect(parts[0]!.text).toBe('… ');
    expect(parts.at(-1)!.text).toBe(' …');
    const shown = parts
      .slice(1, -1)
      .map((part) => part.text)
      .join('');
    const start = lao.indexOf(shown);
    expect(start).toBeGreaterThan(0);
    expect(boundaries.has(start)).toBe(true);
    expect(boundaries.has(start + shown.length)).toBe(true);
    // Cut at a word boundary is cut between clusters too.
    expect(laoClusters(shown).join('')).toBe(shown);
    expect(laoClusters(lao.slice(0, start)).join('') + laoClusters(lao.slice(start)).join('')).toBe(lao);
  });

  it('segmentStart never moves into a word', () => {
    for (let i = 0; i < 60; i++) expect(boundaries.has(segmentStart(lao, i)) || segmentStart(lao, i) === 0).toBe(true);
  });

  it('a Vietnamese excerpt ends after a whole word', () => {
    const text = 'Người dân nộp hồ sơ tại trung tâm. '.repeat(20);
    const parts = excerpt(text, queryTokens('hồ sơ'), 50);
    const last = parts.at(-2)!.text;
    expect(text).toContain(`${last.trimEnd()} `);
  });
});

describe('the searched words carried to the result page', () => {
  it('go before the fragment, encoded', () => {
    expect(withHighlight('/vi/glossary/#one-stop', 'một cửa')).toBe('/vi/glossary/?hl=m%E1%BB%99t%20c%E1%BB%ADa#one-stop');
    expect(withHighlight('/lo/practices/x/', 'ສູນ')).toBe(`/lo/practices/x/?hl=${encodeURIComponent('ສູນ')}`);
    expect(withHighlight('/en/x/', '  ')).toBe('/en/x/');
  });

  it('are read back as the query they were', () => {
    expect(highlightQuery('?hl=m%E1%BB%99t%20c%E1%BB%ADa')).toEqual(queryTokens('một cửa'));
    expect(highlightQuery('?q=x')).toBeUndefined();
    expect(highlightQuery('?hl=%F0%9F%99%82')).toBeUndefined();
  });

  it('a corrected typo is highlighted as the word found', () => {
    expect(highlightRanges('Every procedure', withCorrections(queryTokens('procedre'), ['procedure']))).toEqual([[6, 15]]);
  });
});

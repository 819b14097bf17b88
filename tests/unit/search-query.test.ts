import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/lib/search/excerpt.ts';
import { addCounts, interleaveByRank, mergeRanked, newestOf, prepareQuery } from '../../src/lib/search/query.ts';
import { queryTokens } from '../../src/lib/search/tokens.ts';

describe('prepareQuery', () => {
  it('empty and whitespace-only queries ask for nothing', () => {
    expect(prepareQuery('')).toEqual({ kind: 'empty' });
    expect(prepareQuery('   \n\t ')).toEqual({ kind: 'empty' });
  });
  it('punctuation or emoji alone has no words to search', () => {
    expect(prepareQuery('?!…—').kind).toBe('no-words');
    expect(prepareQuery('🙂🎉').kind).toBe('no-words');
  });
  it('a 2,000-character query is cut, not refused', () => {
    const prepared = prepareQuery('một cửa '.repeat(250));
    expect(prepared.kind).toBe('search');
    if (prepared.kind === 'search') expect(prepared.tokens.folded.length).toBeLessThanOrEqual(12);
  });
  it('keeps the Lao fallbacks of the query’s tokens', () => {
    const prepared = prepareQuery('ສູນບໍລິການ');
    expect(prepared.kind === 'search' && prepared.tokens.pairs).toEqual(queryTokens('ສູນບໍລິການ').pairs);
  });
  it('markup is just words', () => {
    const prepared = prepareQuery('<img src=x onerror=alert(1)>');
    expect(prepared.kind).toBe('search');
    if (prepared.kind === 'search') expect(prepared.tokens.folded).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
  });
});

describe('mergeRanked', () => {
  it('puts exact matches first and does not repeat them', () => {
    const ids = (...list: string[]) => list.map((id) => ({ id }));
    expect(mergeRanked(ids('b'), ids('a', 'b', 'c')).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('all languages at once', () => {
  it('interleaves each language’s results by rank, keeping each order', () => {
    expect(interleaveByRank([['lo1', 'lo2', 'lo3'], [], ['en1']])).toEqual(['lo1', 'en1', 'lo2', 'lo3']);
    expect(interleaveByRank([])).toEqual([]);
  });

  it('takes the newest of lists that are each newest first, undated last', () => {
    const item = (date?: string) => ({ date });
    const lists = [[item('2026-03-01'), item('2024-01-01')], [item('2025-06-30'), item()], [item('2026-05-10')]];
    expect(newestOf(lists, 3, (each) => each.date).map((each) => each.date)).toEqual(['2026-05-10', '2026-03-01', '2025-06-30']);
    expect(newestOf(lists, 9, (each) => each.date).at(-1)).toEqual(item());
  });

  it('adds up filter counts value by value', () => {
    expect(addCounts([{ type: { practice: 2, term: 1 } }, { type: { practice: 3 }, year: { '2025': 1 } }])).toEqual({
      type: { practice: 5, term: 1 },
      year: { '2025': 1 },
    });
  });
});

describe('excerpt', () => {
  const text = 'Trong tháng 7/2025, 40 xã, phường của Huế tiếp nhận 44.825 hồ sơ; 91,17% nộp trực tuyến.';
  it('marks Vietnamese words typed without diacritics, showing the original, neighbours as one mark', () => {
    const parts = excerpt(text, queryTokens('truc tuyen'));
    expect(parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['trực tuyến']);
  });
  it('marks a Lao word inside unspaced text, adding no spaces', () => {
    const lao = 'ສູນບໍລິການປະຊາຊົນແບບປະຕູດຽວ';
    const parts = excerpt(lao, queryTokens('ບໍລິການ'));
    expect(parts.map((part) => part.text).join('')).toBe(lao);
    expect(parts.find((part) => part.mark)?.text).toBe('ບໍລິການ');
  });
  it('does not mark a Lao word that differs only in a tone mark', () => {
    expect(excerpt('ບໍ່ມີ', queryTokens('ບໍ')).some((part) => part.mark)).toBe(false);
  });
});

/** Typo tolerance's parts (src/lib/search/typo.ts): one edit, the vocabulary files, their loading. */
import { describe, expect, it } from 'vitest';
import { laoToken, telex } from '../../src/lib/search/tokens.ts';
import {
  candidateLengths,
  corrections,
  isTypoCandidate,
  oneEditApart,
  vocabularyByLength,
  vocabularyLoader,
} from '../../src/lib/search/typo.ts';

describe('one edit apart', () => {
  it.each([
    ['service', 'servce', 'a letter missing'],
    ['service', 'serviice', 'a letter extra'],
    ['service', 'servise', 'a letter wrong'],
    ['service', 'sevrice', 'two adjacent letters swapped'],
    ['service', 'ervice', 'the first letter missing'],
    ['service', 'servicd', 'the last letter wrong'],
  ])('%s and %s: %s', (a, b) => {
    expect(oneEditApart(a, b)).toBe(true);
    expect(oneEditApart(b, a)).toBe(true);
  });

  it.each([
    ['service', 'service'],
    ['service', 'sercive'],
    ['service', 'srevcie'],
    ['service', 'servicesx'],
    ['service', 'sxrvicx'],
  ])('%s and %s: not one edit', (a, b) => expect(oneEditApart(a, b)).toBe(false));
});

describe('the vocabulary', () => {
  it('holds Latin words of five letters or more, not the index’s own tokens', () => {
    expect(isTypoCandidate('nguyen')).toBe(true);
    expect(isTypoCandidate('hanh')).toBe(false);
    expect(isTypoCandidate(`qq${telex('nguyễn')}z`)).toBe(false);
    expect(isTypoCandidate(laoToken('ບໍລິການ'))).toBe(false);
    expect(isTypoCandidate('2025a')).toBe(false);
  });

  it('is grouped by length, sorted', () => {
    expect([...vocabularyByLength(['thanh', 'nguyen', 'chinh', 'hanh'])]).toEqual([
      [5, ['chinh', 'thanh']],
      [6, ['nguyen']],
    ]);
  });

  it('a typed word looks only at lengths one edit can reach, from five letters', () => {
    expect(candidateLengths(4)).toEqual([5]);
    expect(candidateLengths(7)).toEqual([6, 7, 8]);
  });

  it('corrections come same length first', () => {
    expect(corrections('centres', ['centre', 'centers', 'central'])).toEqual(['centers', 'centre']);
  });

  it('is fetched once per length, and a failed fetch is tried again', async () => {
    const asked: string[] = [];
    let fail = true;
    const load = vocabularyLoader('/pagefind/en/', async (url) => {
      asked.push(url);
      if (fail) throw new Error('offline');
      return ['service'];
    });
    expect(await load(7)).toEqual([]);
    fail = false;
    expect(await load(7)).toEqual(['service']);
    expect(await load(7)).toEqual(['service']);
    expect(asked).toEqual(['/pagefind/en/words/7.json', '/pagefind/en/words/7.json']);
  });
});

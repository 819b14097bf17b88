/**
 * The glossary's Vietnamese forms are written with their diacritics: a form
 * that is another, or part of one, with the diacritics dropped is refused
 * (src/lib/content/terms.ts `formsWithoutDiacritics`); search finds a term
 * typed either way.
 */
import { describe, expect, it } from 'vitest';
import { formsWithoutDiacritics } from '../../src/lib/content/terms.ts';

const refused = (entry: unknown) =>
  formsWithoutDiacritics([{ file: 'glossary/x.yaml', entry }]).map(({ field, params }) => [field, params]);

describe('Vietnamese glossary forms without their diacritics', () => {
  it('are refused beside the form they misspell, whole or as a run of its words, with the field and index', () => {
    const entry = {
      term: { vi: 'Cơ chế một cửa' },
      aliases: { vi: ['một cửa', 'UBND', 'mot cua', 'co che mot cua'] },
      variants: { vi: ['Một cửa liên thông', 'lien thong'] },
    };
    expect(refused(entry)).toEqual([
      ['aliases.vi[2]', { form: 'mot cua', written: 'một cửa' }],
      ['aliases.vi[3]', { form: 'co che mot cua', written: 'cơ chế một cửa' }],
      ['variants.vi[1]', { form: 'lien thong', written: 'liên thông' }],
    ]);
  });

  it('pass where the other form writes the words the same way, or holds no such words', () => {
    expect(refused({ term: { vi: 'Ban chỉ đạo' }, aliases: { vi: ['ban', 'dichvucong.gov.vn', 'BCĐ'] } })).toEqual([]);
    // Lao and English forms are not Vietnamese: they are not compared.
    expect(refused({ term: { vi: 'Một cửa', en: 'One stop' }, aliases: { en: ['one stop'], lo: ['ປະຕູດຽວ'] } })).toEqual([]);
  });
});

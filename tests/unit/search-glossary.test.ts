/**
 * A query naming a glossary term also searches the term's other forms
 * (src/lib/search/glossary.ts), whatever the diacritics or the Lao spelling
 * typed; each language's index with the forms written in that language.
 */
import { describe, expect, it } from 'vitest';
import { glossary, glossaryForm, glossaryForms } from '../../src/lib/search/glossary.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { queryTokens } from '../../src/lib/search/tokens.ts';

const oneStop = { term: { vi: 'Cơ chế một cửa', lo: 'ກົນໄກປະຕູດຽວ', en: 'One-stop mechanism' } };
const twoLevel = {
  term: { vi: 'Chính quyền địa phương hai cấp', lo: 'ການປົກຄອງທ້ອງຖິ່ນສອງຂັ້ນ', en: 'Two-level local government' },
  aliases: { vi: ['chính quyền hai cấp'] },
};
const terms = glossary([oneStop, twoLevel].map(glossaryForms));
const exact = (text: string) => queryTokens(text).exact;

function expansionsFor(query: string) {
  const prepared = prepareQuery(query);
  if (prepared.kind !== 'search') throw new Error(`"${query}" has no words`);
  return terms.expansions(prepared.text, prepared.tokens);
}

describe('glossary expansions', () => {
  it.each(['cơ chế một cửa ở xã', 'co che mot cua o xa'])(
    '%s names the one-stop mechanism: the Lao index is searched for its Lao form, the English for its English form',
    (query) => {
      expect(expansionsFor(query)).toEqual({
        names: true,
        forms: { lo: [exact(oneStop.term.lo)], en: [exact(oneStop.term.en)] },
      });
    },
  );

  it('a Lao form names its term, and the Vietnamese and English forms are searched in their indexes', () => {
    expect(expansionsFor('ກົນໄກປະຕູດຽວ')).toEqual({
      names: true,
      forms: { vi: [exact(oneStop.term.vi)], en: [exact(oneStop.term.en)] },
    });
  });

  it('an alias names its term: the Vietnamese index is searched for the term’s name too', () => {
    expect(expansionsFor('chính quyền hai cấp ở xã').forms).toEqual({
      vi: [exact(twoLevel.term.vi)],
      lo: [exact(twoLevel.term.lo)],
      en: [exact(twoLevel.term.en)],
    });
  });

  it('a query holding a term’s letters but not its words names nothing', () => {
    // "chế một" and "cửa" stand in the query, but not "cơ chế một cửa" as words in a row.
    expect(expansionsFor('cơ chế một cửa').names).toBe(true);
    expect(expansionsFor('cơ chế mộtcửa')).toEqual({ names: false, forms: {} });
    expect(expansionsFor('hồ sơ')).toEqual({ names: false, forms: {} });
  });

  it('a term’s forms carry their language; a Lao form comes with its tokens, found at build time', () => {
    expect(glossaryForms(twoLevel).map(({ lang, text }) => [lang, text])).toEqual([
      ['vi', twoLevel.term.vi],
      ['vi', 'chính quyền hai cấp'],
      ['lo', twoLevel.term.lo],
      ['en', twoLevel.term.en],
    ]);
    // Lao has no diacritics: its exact tokens are its folded ones, sent once.
    const { exact: laoExact, folded } = queryTokens(oneStop.term.lo);
    expect(laoExact).toEqual(folded);
    expect(glossaryForm(oneStop.term.lo, 'lo')).toEqual({ text: oneStop.term.lo, lang: 'lo', tokens: { folded } });
    expect(glossaryForm(oneStop.term.vi, 'vi')).toEqual({ text: oneStop.term.vi, lang: 'vi' });
  });
});

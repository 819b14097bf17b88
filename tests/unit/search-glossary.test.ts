/**
 * A query naming a glossary term also searches the term's other forms
 * (src/lib/search/glossary.ts), in every language, whatever the diacritics
 * or the Lao spelling typed.
 */
import { describe, expect, it } from 'vitest';
import { glossary, glossaryForm } from '../../src/lib/search/glossary.ts';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { queryTokens } from '../../src/lib/search/tokens.ts';

const oneStop = ['Cơ chế một cửa', 'ກົນໄກປະຕູດຽວ', 'One-stop mechanism'];
const terms = glossary(
  [oneStop, ['Chính quyền địa phương hai cấp', 'ການປົກຄອງທ້ອງຖິ່ນສອງຂັ້ນ', 'Two-level local government']].map((term) =>
    term.map(glossaryForm),
  ),
);

function expansionsFor(query: string) {
  const prepared = prepareQuery(query);
  if (prepared.kind !== 'search') throw new Error(`"${query}" has no words`);
  return terms.expansions(prepared.text, prepared.tokens);
}

describe('glossary expansions', () => {
  it.each(['cơ chế một cửa ở xã', 'co che mot cua o xa'])(
    '%s names the one-stop mechanism: its Lao and English forms are searched',
    (query) => {
      expect(expansionsFor(query)).toEqual([queryTokens(oneStop[1]!).exact, queryTokens(oneStop[2]!).exact]);
    },
  );

  it('a Lao form names its term, and the Vietnamese and English forms are searched', () => {
    expect(expansionsFor('ກົນໄກປະຕູດຽວ')).toEqual([queryTokens(oneStop[0]!).exact, queryTokens(oneStop[2]!).exact]);
  });

  it('a query holding a term’s letters but not its words names nothing', () => {
    // "chế một" and "cửa" stand in the query, but not "cơ chế một cửa" as words in a row.
    expect(expansionsFor('cơ chế một cửa')).toHaveLength(2);
    expect(expansionsFor('cơ chế mộtcửa')).toEqual([]);
    expect(expansionsFor('hồ sơ')).toEqual([]);
  });

  it('a Lao form comes with its tokens, found at build time: the page need not segment Lao', () => {
    expect(glossaryForm(oneStop[1]!)).toEqual({
      text: oneStop[1],
      tokens: { exact: queryTokens(oneStop[1]!).exact, folded: queryTokens(oneStop[1]!).folded },
    });
    expect(glossaryForm(oneStop[0]!)).toEqual({ text: oneStop[0] });
  });
});

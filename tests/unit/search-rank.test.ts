/**
 * The ranking of src/lib/search/rank.ts against an index with Pagefind's
 * matching rules (tests/helpers/fakeIndex.ts): words typed together first,
 * both Vietnamese tone placements, no results from a shared prefix alone,
 * one typo forgiven below exact matches, and no typo search while the
 * exact search finds enough.
 */
import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../../src/lib/search/query.ts';
import { rankedSearch } from '../../src/lib/search/rank.ts';
import { laoClusterPairs, laoToken, queryTokens, type QueryTokens } from '../../src/lib/search/tokens.ts';
import { fakeIndex, type FakeIndex } from '../helpers/fakeIndex.ts';

const options = { filters: {} };

function tokensOf(query: string): QueryTokens {
  const prepared = prepareQuery(query);
  if (prepared.kind !== 'search') throw new Error(`"${query}" has no words`);
  return prepared.tokens;
}

async function ranked(index: FakeIndex, query: string | QueryTokens) {
  const tokens = typeof query === 'string' ? tokensOf(query) : query;
  const found = await rankedSearch(index.search, tokens, { options, vocabulary: index.vocabulary });
  return { ids: found.ranked.map((result) => result.id), corrected: found.corrected };
}

describe('words typed next to each other', () => {
  it('rank pages where they stand together above pages where they are apart (English)', async () => {
    const index = fakeIndex({
      apart: 'The land office keeps a register; each title deed is checked. Land land land.',
      together: 'Issuing land title certificates at the commune centre, with a long list of other steps and forms.',
    });
    expect((await ranked(index, 'land title')).ids).toEqual(['together', 'apart']);
  });

  it('among pages holding them together, the plain search’s order holds (Pagefind scores a quoted search’s results alike)', async () => {
    const index = fakeIndex({
      mention: 'A long report that mentions land title once among many other words about roads, schools and water supply.',
      about: 'Land title: land title certificates.',
    });
    expect((await ranked(index, 'land title')).ids).toEqual(['about', 'mention']);
  });

  it('among pages holding a word as typed, the one that says it more often comes first, whatever its homographs', async () => {
    const index = fakeIndex({
      // hòa once, hóa four times: the folded word hoa five times.
      digitisation: 'Số hóa, chuẩn hóa, hiện đại hóa và tối ưu hóa quy trình, cùng hòa giải tranh chấp.',
      mediation: 'Tổ hòa giải ở thôn: hòa giải viên hòa giải tranh chấp đất đai cho bà con.',
    });
    expect((await ranked(index, 'hòa')).ids).toEqual(['mediation', 'digitisation']);
  });

  it('and in Vietnamese, with or without diacritics', async () => {
    const index = fakeIndex({
      apart: 'Hồ sơ đất được chuyển; cấp giấy xác nhận. Đỏ là màu của sổ. Sổ sổ sổ.',
      together: 'Cấp sổ đỏ cho người dân tại trung tâm phục vụ hành chính công của xã, trong nhiều bước khác nhau.',
    });
    expect((await ranked(index, 'sổ đỏ')).ids).toEqual(['together', 'apart']);
    expect((await ranked(index, 'so do')).ids).toEqual(['together', 'apart']);
  });

  it('ໃບຕາດິນ ranks land-title pages above pages holding ໃບ and ດິນ apart, however the browser splits it', async () => {
    const index = fakeIndex({
      forest: 'ມອບດິນ ມອບປ່າ ໃບ ອະນຸຍາດ ຕາ ດິນ ດິນ ດິນ ໃບ ຕາ',
      land: 'ການອອກໃບຕາດິນໃຫ້ປະຊາຊົນ ຢູ່ສູນບໍລິການ ແລະ ເອກະສານອື່ນໆອີກຫຼາຍຢ່າງ',
    });
    // As Node's dictionary splits it, which is the index's.
    expect((await ranked(index, 'ໃບຕາດິນ')).ids[0]).toBe('land');
    // As a browser with a smaller dictionary may split it: three words, which the land page does not hold.
    const split: QueryTokens = {
      exact: ['ໃບ', 'ຕາ', 'ດິນ'].map(laoToken),
      folded: ['ໃບ', 'ຕາ', 'ດິນ'].map(laoToken),
      hasDiacritics: false,
      joined: [laoToken('ໃບຕາດິນ')],
      pairs: laoClusterPairs('ໃບຕາດິນ'),
    };
    expect((await ranked(index, split)).ids).toEqual(['land', 'forest']);
  });
});

describe('Vietnamese tone marks', () => {
  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
  ])('%s and %s, old and new placement, are one word in queries and in content', async (old, modern) => {
    expect(queryTokens(old)).toEqual(queryTokens(modern));
    const index = fakeIndex({ oldStyle: `Xã ${old} bình`, newStyle: `Phường ${modern} thuận` });
    expect(new Set((await ranked(index, old)).ids)).toEqual(new Set(['oldStyle', 'newStyle']));
    expect(new Set((await ranked(index, modern)).ids)).toEqual(new Set(['oldStyle', 'newStyle']));
  });
});

describe('a word that matches nothing', () => {
  const index = fakeIndex({ one: 'a service centre', two: 'a commune and a ward' });

  it('finds no page, though the index holds a word it starts with (aaaaaaaaaa and a)', async () => {
    expect((await ranked(index, 'aaaaaaaaaa')).ids).toEqual([]);
    expect((await ranked(index, 'communeaaaa')).ids).toEqual([]);
  });

  it('with known words around it finds no page either', async () => {
    expect((await ranked(index, 'service aaaaaaaaaa')).ids).toEqual([]);
  });

  it('a half-typed word still finds the words it starts', async () => {
    expect((await ranked(index, 'servi')).ids).toEqual(['one']);
  });
});

describe('one typo', () => {
  const index = fakeIndex({
    centre: 'The service centre of the commune',
    centers: 'Public service centers in the province',
    nguyen: 'Ông Nguyễn Văn An, chủ tịch xã',
    procedure: 'Every administrative procedure is listed',
  });

  it.each([
    ['a letter missing', 'procedre', 'procedure'],
    ['a letter extra', 'procedurre', 'procedure'],
    ['a letter wrong', 'procadure', 'procedure'],
    ['two letters swapped', 'porcedure', 'procedure'],
    ['Vietnamese with diacritics', 'Nguyễm', 'nguyen'],
    ['Vietnamese without diacritics', 'ngyuen', 'nguyen'],
  ])('%s: %s finds %s', async (_kind, typed, word) => {
    const found = await ranked(index, typed);
    expect(found.ids).toEqual([word === 'nguyen' ? 'nguyen' : 'procedure']);
    expect(found.corrected).toContain(word);
  });

  it('is ranked below the exact match', async () => {
    const withPlural = fakeIndex({ singular: 'one procedure', plural: 'two procedures' });
    expect((await ranked(withPlural, 'procedures')).ids).toEqual(['plural', 'singular']);
    expect((await ranked(withPlural, 'procedure')).ids).toEqual(['singular', 'plural']);
  });

  it('a word one typo away from two index words finds both (centres: centre and centers)', async () => {
    expect(new Set((await ranked(index, 'centres')).ids)).toEqual(new Set(['centre', 'centers']));
  });

  it('beside a word that matches nothing, corrects that word or finds nothing', async () => {
    expect((await ranked(index, 'every aaaaaaaaaa')).ids).toEqual([]);
    expect((await ranked(index, 'every procedre')).ids).toEqual(['procedure']);
    expect((await ranked(index, 'evrey procedre')).ids).toEqual([]);
  });

  it('is not forgiven in words shorter than five letters', async () => {
    expect((await ranked(index, 'xq')).ids).toEqual([]);
  });

  it('costs nothing while the exact search finds enough', async () => {
    const many = fakeIndex(Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`p${i}`, 'service centre'])));
    await ranked(many, 'service');
    expect(many.fetched).toEqual([]);
  });
});

describe('what a search costs', () => {
  it('words found standing together are not looked up one by one: three questions to the index, whatever the number of words', async () => {
    const index = fakeIndex({ birth: 'Đăng ký khai sinh cho trẻ em tại trung tâm phục vụ hành chính công của xã.' });
    await ranked(index, 'đăng ký khai sinh');
    // The words as typed, the words together, the spellings as typed.
    expect(index.queries).toHaveLength(3);
  });

  it('words found apart are each looked up, so that a word the index lacks still finds nothing', async () => {
    const index = fakeIndex({ apart: 'Sinh hoạt của xã; khai báo đăng ký.' });
    expect((await ranked(index, 'đăng ký khai sinh')).ids).toEqual(['apart']);
    expect(index.queries.length).toBeGreaterThan(3);
  });
});

describe('sorted by date', () => {
  it('is the most inclusive search alone', async () => {
    const index = fakeIndex({ a: 'land office title', b: 'land title' });
    const found = await rankedSearch(index.search, tokensOf('land title'), { options: { filters: {}, sort: { date: 'desc' } } });
    expect(new Set(found.ranked.map((result) => result.id))).toEqual(new Set(['a', 'b']));
  });
});

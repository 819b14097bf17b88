import { describe, expect, it } from 'vitest';
import {
  EXACT_REPEATS,
  indexText,
  isExactToken,
  laoClusterPairs,
  laoClusters,
  laoToken,
  queryTokens,
  telex,
  tokensOfWord,
} from '../../src/lib/search/tokens.ts';
import { words } from '../../src/lib/search/words.ts';

/** A Lao paragraph of the site's own (the Ha Noi centre's summary). */
const LAO_PARAGRAPH =
  'ສູນບໍລິການບໍລິຫານລັດນະຄອນຫຼວງຮ່າໂນ້ຍ ແມ່ນອົງການບໍລິຫານທຽບເທົ່າພະແນກ ທີ່ຂຶ້ນກັບຄະນະກຳມະການປະຊາຊົນນະຄອນຫຼວງ ແລະ ມີສະຖານະນິຕິບຸກຄົນ. ສູນເປັນທັງເສນາທິການດ້ານການຄວບຄຸມ, ການປະຕິຮູບຂັ້ນຕອນທາງການບໍລິຫານ ແລະ ກົນໄກປະຕູດຽວ.';

describe('words', () => {
  it('segments unspaced Lao into dictionary words', () => {
    expect(words('ສູນບໍລິການປະຊາຊົນແບບປະຕູດຽວ').map((word) => word.text)).toEqual(['ສູນ', 'ບໍລິການ', 'ປະຊາຊົນ', 'ແບບ', 'ປະຕູ', 'ດຽວ']);
  });
  it('keeps Vietnamese words and drops punctuation', () => {
    expect(words('Đà Nẵng, 91,17%!').map((word) => word.text)).toEqual(['Đà', 'Nẵng', '91,17']);
  });
});

describe('Vietnamese', () => {
  it('spells diacritics out, so words that differ only in tone differ', () => {
    expect(telex('nẵng')).toBe('nawngx');
    expect(telex('đổi')).toBe('ddooir');
    expect(telex('hồ')).not.toBe(telex('hộ'));
  });
  it('an exact token is never the start of another, since the index matches query words as prefixes', () => {
    // Before the closing z, "Đông" (qqddoong) found "Đồng" (qqddoongf) as an exact match.
    const exact = (word: string) => tokensOfWord(word)[1]!;
    for (const [typed, other] of [
      ['Đông', 'Đồng'],
      ['tư', 'tự'],
      ['Mê', 'Mế'],
    ] as const)
      expect(exact(other).startsWith(exact(typed)), `${typed} / ${other}`).toBe(false);
  });
  it('composed and decomposed input give the same tokens', () => {
    expect(queryTokens('Huế')).toEqual(queryTokens('Hue\u0302\u0301'));
  });
  it('a query without diacritics asks for the folded words only', () => {
    expect(queryTokens('Da Nang')).toEqual({ exact: ['da', 'nang'], folded: ['da', 'nang'], hasDiacritics: false });
    expect(queryTokens('Đà Nẵng').folded).toEqual(['da', 'nang']);
    expect(queryTokens('Đà Nẵng').hasDiacritics).toBe(true);
  });
  it('stores an exact spelling a few times per text at most; the folded word at every place', () => {
    const indexed = indexText('Hòa giải: tổ hòa giải, hòa giải viên, hòa giải tranh chấp, hòa giải ở cơ sở.').split(' ');
    const [folded, exact] = tokensOfWord('hòa');
    expect(isExactToken(exact!)).toBe(true);
    expect(indexed.filter((token) => token === exact)).toHaveLength(EXACT_REPEATS);
    expect(indexed.filter((token) => token === folded)).toHaveLength(5);
  });
});

describe('Latin tokens', () => {
  it('keep letters and digits only, so the index and the query split the same way', () => {
    expect(queryTokens("City's 91,17").folded).toEqual(['citys', '9117']);
    expect(queryTokens('91.17').folded).toEqual(['9117']);
  });
});

describe('Lao', () => {
  it('keeps vowel signs and tone marks: words that differ only in them get different tokens', () => {
    expect(laoToken('ບໍ່')).not.toBe(laoToken('ບໍ'));
    expect(laoToken('ເມືອງ')).not.toBe(laoToken('ເມອງ'));
  });
  it('treats the contract’s equivalent spellings as the same word', () => {
    expect(laoToken('ຄຳ')).toBe(laoToken('ຄໍາ'));
    expect(laoToken('ໜ້າ')).toBe(laoToken('ຫນ້າ'));
    expect(laoToken('ຫຼວງ')).toBe(laoToken('ຫລວງ'));
  });
  it('tokens are ASCII letters that end in z, so no Lao token is a prefix of another', () => {
    expect(laoToken('ບໍລິການ')).toMatch(/^l[a-y]+z$/);
    expect(laoToken('ບໍ່').startsWith(laoToken('ບໍ').slice(0, -1) + 'z')).toBe(false);
  });
  it('indexes the parts of a compound that a browser may split it into', () => {
    const indexed = indexText('ນະຄອນຫຼວງວຽງຈັນ').split(' ');
    for (const part of ['ນະຄອນຫຼວງວຽງຈັນ', 'ນະຄອນຫຼວງ', 'ວຽງຈັນ']) expect(indexed).toContain(laoToken(part));
  });
  it('indexes cluster pairs, which keep the marks: ບໍ and ບໍ່ share none', () => {
    // ອັ ດ ສ ະ ລິ ຍ ະ: seven clusters, six pairs.
    expect(laoClusterPairs('ອັດສະລິຍະ')).toHaveLength(6);
    expect(laoClusterPairs('ບໍ')).not.toEqual(laoClusterPairs('ບໍ່'));
    expect(queryTokens('ອັດສະ').pairs!.every((pair) => indexText('ຕົວເມືອງອັດສະລິຍະ').split(' ').includes(pair))).toBe(true);
  });
  it('finds clusters as Intl.Segmenter does, for every pair of characters of the Lao block', () => {
    const segmenter = new Intl.Segmenter('lo', { granularity: 'grapheme' });
    const lao = Array.from({ length: 0x80 }, (_, offset) => String.fromCodePoint(0x0e80 + offset));
    for (const text of [LAO_PARAGRAPH, ...lao.flatMap((first) => lao.map((second) => first + second))]) {
      const expected = [...segmenter.segment(text)].map(({ segment }) => segment);
      expect(laoClusters(text.replace(/[^\u0E80-\u0EFF]/g, ''))).toEqual(
        expected.filter((cluster) => /[\u0E80-\u0EFF]/.test(cluster)),
      );
    }
  });
  it('keeps a query run’s cluster pairs in order, repeats included', () => {
    // ກາກາກາ: six clusters, five pairs, three of them ກາ.
    expect(laoClusterPairs('ກາກາກາ')).toHaveLength(5);
    expect(new Set(laoClusterPairs('ກາກາກາ')).size).toBe(2);
  });

  it('stores each cluster pair of a text once, however often the text repeats it', () => {
    const indexed = indexText('ສູນບໍລິການ ແລະ ສູນບໍລິການ ແລະ ສູນບໍລິການ').split(' ');
    const pairs = laoClusterPairs('ສູນບໍລິການ');
    for (const pair of pairs) expect(indexed.filter((token) => token === pair)).toHaveLength(1);
    // Words keep their frequency, which ranks a page that says a word often above one that says it once.
    expect(indexed.filter((token) => token === laoToken('ບໍລິການ'))).toHaveLength(3);
  });
  it('a query also tries an unspaced Lao run as one word', () => {
    expect(queryTokens('ອຸດົມໄຊ Huế').joined ?? queryTokens('ອຸດົມໄຊ Huế').folded).toContain(laoToken('ອຸດົມໄຊ'));
  });
  it('a word inside unspaced text is indexed as a word of its own', () => {
    expect(indexText('ສູນບໍລິການປະຊາຊົນ').split(' ')).toContain(laoToken('ບໍລິການ'));
  });
});

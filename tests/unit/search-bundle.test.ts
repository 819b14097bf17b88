import { describe, expect, it } from 'vitest';
import { encodeCbor } from '../../src/lib/search/cbor.ts';
import {
  chunkBounds,
  compareCodePoints,
  pagefindHash,
  PagefindBundle,
  type BundleFile,
  type PagefindRecord,
} from '../../src/lib/search/pagefindBundle.ts';
import { decodedPages } from '../../src/lib/search/pagefindFormat.ts';
import { decodeCbor, readFilterIndex, readMeta, readWordIndex } from '../helpers/pagefindFiles.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('CBOR, as Pagefind’s files use it', () => {
  // Examples from RFC 8949, appendix A.
  it.each([
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [100, '1864'],
    [1000, '1903e8'],
    [1_000_000, '1a000f4240'],
    [1_000_000_000_000, '1b000000e8d4a51000'],
    [-1, '20'],
    [-25, '3818'], // Pagefind's mark for a word of normal weight
    [-1000, '3903e7'],
    ['', '60'],
    ['IETF', '6449455446'],
    ['ü', '62c3bc'],
    [[], '80'],
    [[1, [2, 3], [4, 5]], '8301820203820405'],
  ])('%j is %s', (value, expected) => {
    expect(hex(encodeCbor(value))).toBe(expected);
    expect(decodeCbor(encodeCbor(value))).toEqual(value);
  });

  it('an array of 25 items has a one-byte count after its head', () => {
    const items = Array.from({ length: 25 }, (_, i) => i + 1);
    expect(hex(encodeCbor(items)).slice(0, 6)).toBe('981901');
  });

  it('refuses what is not an integer', () => {
    expect(() => encodeCbor(1.5)).toThrow(/not an integer/);
  });
});

describe('Pagefind’s ordering and naming', () => {
  it('orders words by code point, as Rust does, not by UTF-16 unit', () => {
    // U+1F600 comes after U+FF5E as a code point, before it in UTF-16 units.
    const words = ['\u{1F600}', '\uFF5E', 'b', 'a', 'ab'];
    expect([...words].sort(compareCodePoints)).toEqual(['a', 'ab', 'b', '\uFF5E', '\u{1F600}']);
    expect([...words].sort()).not.toEqual([...words].sort(compareCodePoints));
  });

  it('bounds chunks by the shortest starts of their first and last words that tell them apart', () => {
    // Pagefind's own example (index/mod.rs): "app" would end the first chunk before its start, so it keeps "apple".
    expect(
      chunkBounds([
        { first: 'apple', last: 'apple' },
        { first: 'apricot', last: 'banana' },
        { first: 'peach', last: 'peach' },
      ]),
    ).toEqual([
      ['apple', 'apple'],
      ['apr', 'b'],
      ['p', 'peach'],
    ]);
    expect(
      chunkBounds([
        { first: 'a', last: 'cath' },
        { first: 'cathartic', last: 'x' },
      ]),
    ).toEqual([
      ['a', 'cath'],
      ['catha', 'x'],
    ]);
    // Lao words part at their third letter (ຍ U+0E8D, ວ U+0EA7): both bounds keep three letters.
    expect(
      chunkBounds([
        { first: 'ກ', last: 'ລາຍ' },
        { first: 'ລາວ', last: 'ວ' },
      ]),
    ).toEqual([
      ['ກ', 'ລາຍ'],
      ['ລາວ', 'ວ'],
    ]);
  });

  it('writes a hash as Pagefind does: SHA-1 bytes in hex, without leading zeros', () => {
    // SHA-1 of "abc" is a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d; the byte 06 is written "6".
    expect(pagefindHash('abc')).toBe('a9993e36476816aba3e25717850c26c9cd0d89d');
  });
});

const record = (url: string, content: string, extra: Partial<PagefindRecord> = {}): PagefindRecord => ({
  url,
  language: 'mul',
  content,
  meta: { title: url },
  filters: {},
  sort: {},
  ...extra,
});

function build(records: PagefindRecord[], chunkSize?: number, contentInFragments?: boolean) {
  const files = new Map<string, BundleFile>();
  const bundle = new PagefindBundle('mul', (file) => files.set(file.path, file), { chunkSize, contentInFragments });
  for (const each of records) bundle.add(each);
  bundle.finish({ version: '1.6.0', includeCharacters: ['_'] });
  const only = (pattern: RegExp) => [...files.values()].filter(({ path }) => pattern.test(path));
  return { files, only };
}

describe('PagefindBundle', () => {
  it('indexes each word with its pages and places, pages numbered in the order added, each as a difference', () => {
    const { only } = build([record('/a/', 'mot cua mot'), record('/b/', 'cua'), record('/c/', 'mot x y mot mot')]);
    const [chunk] = only(/^index\//);
    // [word, [[page − previous page, [weight mark, position, position − previous…], metadata locations]], variants]
    expect(readWordIndex(chunk!.content)).toEqual([
      [
        [
          'cua',
          [
            [0, [-25, 1], []],
            [1, [-25, 0], []],
          ],
          [],
        ],
        [
          'mot',
          [
            [0, [-25, 0, 2], []],
            [2, [-25, 0, 3, 1], []],
          ],
          [],
        ],
        ['x', [[2, [-25, 1], []]], []],
        ['y', [[2, [-25, 2], []]], []],
      ],
    ]);
    const [, motPages] = readWordIndex(chunk!.content)[0].find(([word]) => word === 'mot')!;
    expect(decodedPages(motPages)).toEqual([
      { page: 0, positions: [0, 2] },
      { page: 2, positions: [0, 3, 4] },
    ]);
  });

  it('splits the word index into chunks of about the given size, bounded as Pagefind bounds them', () => {
    const { files, only } = build(
      [record('/a/', 'apple apricot banana cherry date'), record('/b/', 'apple fig grape banana')],
      4, // a page's list counts 3 (page, weight mark, one location): a chunk closes at 4 or more
    );
    const [, , chunks] = readMeta(only(/\.pf_meta$/)[0]!.content);
    // apple (on two pages: 6) | apricot (3) banana (6) | cherry (3) date (3) | fig (3) grape (3)
    expect(chunks.map(([from, to]) => [from, to])).toEqual([
      ['apple', 'apple'],
      ['apr', 'b'],
      ['c', 'd'],
      ['f', 'grape'],
    ]);
    expect(
      chunks.map(([, , name]) => readWordIndex(files.get(`index/${name}.pf_index`)!.content)[0].map(([word]) => word)),
    ).toEqual([['apple'], ['apricot', 'banana'], ['cherry', 'date'], ['fig', 'grape']]);
  });

  it('keeps each result’s fragment, compressed, with its words and metadata', () => {
    const { only } = build([record('/a/', 'mot cua', { meta: { title: 'Một cửa', date: '2025-01-02' } })]);
    const [fragment] = only(/^fragment\//);
    expect(fragment!.compress).toBe(true);
    expect(JSON.parse(new TextDecoder().decode(fragment!.content))).toEqual({
      url: '/a/',
      content: 'mot cua',
      word_count: 2,
      filters: {},
      meta: { date: '2025-01-02', title: 'Một cửa' },
      anchors: [],
    });
  });

  it('leaves the indexed words out of fragments when asked, keeping their count and the metadata', () => {
    const { only } = build([record('/a/', 'mot cua', { meta: { title: 'Một cửa', text: 'Một cửa.' } })], undefined, false);
    expect(JSON.parse(new TextDecoder().decode(only(/^fragment\//)[0]!.content))).toEqual({
      url: '/a/',
      content: '',
      word_count: 2,
      filters: {},
      meta: { text: 'Một cửa.', title: 'Một cửa' },
      anchors: [],
    });
  });

  it('lists filter values with their pages, and sorts pages by their sort value', () => {
    const { only } = build([
      record('/a/', 'a', { filters: { year: ['2025'] }, sort: { date: '2025-03-01' } }),
      record('/b/', 'b', { filters: { year: ['2024'] }, sort: { date: '2024-01-01' } }),
      record('/c/', 'c', { filters: { year: ['2025'] }, sort: { date: '2025-03-01' } }),
    ]);
    expect(readFilterIndex(only(/^filter\//)[0]!.content)).toEqual([
      'year',
      [
        ['2024', [1]],
        ['2025', [0, 2]],
      ],
    ]);
    const [, , , , sorts] = readMeta(only(/\.pf_meta$/)[0]!.content);
    expect(sorts).toEqual([['date', [1, 0, 2]]]);
  });

  it('names the entry’s metadata file, and counts the results', () => {
    const { files, only } = build([record('/a/', 'a'), record('/b/', 'b')]);
    const entry = JSON.parse(new TextDecoder().decode(files.get('pagefind-entry.json')!.content));
    expect(entry).toEqual({
      version: '1.6.0',
      languages: { mul: { hash: expect.stringMatching(/^mul_[0-9a-f]{11}$/), wasm: null, page_count: 2 } },
      include_characters: ['_'],
    });
    expect(only(/\.pf_meta$/)[0]!.path).toBe(`pagefind.${entry.languages.mul.hash}.pf_meta`);
  });

  it('lists each result with its fragment, word count and no fragment group, and every metadata field', () => {
    const { only } = build([
      record('/a/', 'a b', { meta: { title: 'A', type: 'practice' } }),
      record('/b/', 'c', { meta: { title: 'B', date: '2025-01-01' } }),
    ]);
    const [version, pages, , , , metaFields] = readMeta(only(/\.pf_meta$/)[0]!.content);
    expect(version).toBe('1.6.0');
    const fragments = only(/^fragment\//).map(({ path }) => path.slice('fragment/'.length, -'.pf_fragment'.length));
    expect(pages).toEqual([
      [fragments[0], 2, ''],
      [fragments[1], 1, ''],
    ]);
    expect(metaFields).toEqual(['date', 'title', 'type']);
  });

  it.each([
    ['a word Pagefind would change', record('/x/', 'mot Cua'), /\/x\/: "Cua" is not an index word/],
    ['a word with diacritics', record('/x/', 'mot café'), /\/x\/: "café" has diacritics/],
    ['a Lao word with a vowel sign', record('/x/', 'ກິນ'), /\/x\/: "ກິນ" has diacritics/],
    ['punctuation', record('/x/', 'mot c-a'), /\/x\/: "c-a" is not an index word/],
    ['a result without words', record('/x/', '  '), /\/x\/: a search result without words/],
    ['a numeric sort value', record('/x/', 'a', { sort: { rank: '12' } }), /\/x\/: sort "rank" is the number 12/],
    ['another language', record('/x/', 'a', { language: 'vi' }), /\/x\/: a record in "vi" for the "mul" bundle/],
  ])('refuses %s, naming the result', (_, bad, message) => {
    const bundle = new PagefindBundle('mul', () => {});
    expect(() => bundle.add(bad)).toThrow(message);
  });

  it('refuses a second result with the same URL', () => {
    const bundle = new PagefindBundle('mul', () => {});
    bundle.add(record('/x/', 'a'));
    expect(() => bundle.add(record('/x/', 'b'))).toThrow(/\/x\/: a second search result with this URL/);
  });
});

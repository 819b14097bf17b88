/**
 * The files of a Pagefind bundle, as the release the site ships reads them
 * (Pagefind 1.6; pagefind/src/index/index_*.rs in Pagefind's source). Each
 * Rust struct is written by minicbor as an array of its fields, in order:
 * here each is a labelled tuple, so the writer (pagefindBundle.ts) and the
 * tests that read Pagefind's own files name the same fields.
 */

/** One result (Pagefind's "page"), in the metadata. */
export type MetaPage = [
  /** The name of its fragment file (`fragment/<hash>.pf_fragment`). */
  hash: string,
  wordCount: number,
  /** The shared file its fragment is in when Pagefind groups fragments (`maxFragments`); empty when it has a file of its own. */
  fragmentGroup: string,
];

/** A word index chunk: the browser library loads it for a query word that sorts between `from` and `to`. */
export type MetaChunk = [from: string, to: string, hash: string];

/** A filter and the name of its index file. */
export type MetaFilter = [filter: string, hash: string];

/** The results' numbers in the order of one sort key's values. */
export type MetaSort = [sort: string, pages: number[]];

/** `pagefind.<hash>.pf_meta`: what the browser library loads first. */
export type MetaIndex = [
  version: string,
  pages: MetaPage[],
  chunks: MetaChunk[],
  filters: MetaFilter[],
  sorts: MetaSort[],
  /** The metadata fields of every result, sorted; a metadata location names its field by its place here. */
  metaFields: string[],
];

/**
 * Where a word is on one result. Both lists are delta-coded: `page` is the
 * difference from the previous page of the same word (the first counts from
 * 0); `locations` starts with a weight mark (`-(weight) - 1`) and the first
 * position, then each position as the difference from the one before.
 */
export type PackedPage = [page: number, locations: number[], metaLocations: number[]];

/** The same word with diacritics (Pagefind indexes `café` under `cafe`, with `café` as a variant). */
export type PackedVariant = [form: string, pages: PackedPage[]];

export type PackedWord = [word: string, pages: PackedPage[], variants: PackedVariant[]];

/** `index/<hash>.pf_index`: the words of one chunk, in code point order. */
export type WordIndex = [words: PackedWord[]];

/** A filter value and the results that have it, in ascending order. */
export type PackedValue = [value: string, pages: number[]];

/** `filter/<hash>.pf_filter`: one filter's values, in code point order. */
export type FilterIndex = [filter: string, values: PackedValue[]];

/** `fragment/<hash>.pf_fragment`: one result as the browser library hands it to the page (serde's JSON, fields in this order). */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: unknown[];
}

/** `pagefind-entry.json`: the bundle's languages and their metadata files. */
export interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  include_characters: string[];
}

/** Pagefind's weight for a word of normal weight (24), as a location list marks it: `-(weight) - 1`. */
export const NORMAL_WEIGHT_MARK = -25;

/** A word's pages with their page numbers and positions decoded from the deltas. */
export function decodedPages(pages: PackedPage[]): { page: number; positions: number[] }[] {
  let page = 0;
  return pages.map(([delta, locations]) => {
    page += delta;
    const positions: number[] = [];
    let position = 0;
    for (let i = 0; i < locations.length; i++) {
      const value = locations[i]!;
      if (value < 0) {
        // A weight mark: the next number is a position in full, not a delta.
        position = locations[++i]!;
      } else position += value;
      positions.push(position);
    }
    return { page, positions };
  });
}

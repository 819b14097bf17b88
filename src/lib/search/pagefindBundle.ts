/**
 * The files of a Pagefind bundle (the search index Pagefind's browser
 * library reads), built one record at a time.
 *
 * Pagefind's own indexer keeps every record, and two or three copies of it,
 * until it writes: at 3,000 practices per language its three processes took
 * 3.4 GB. This writer hands each record's fragment over as soon as the record
 * comes in and keeps only the postings (page and position of each word), as
 * plain numbers. The files are those Pagefind writes for the same records,
 * in the format of pagefindFormat.ts (tests/build/search-bundle.test.ts
 * compares them, file by file), but for three differences:
 * - metadata is shown, not searched: Pagefind (since 1.5) also indexes the
 *   words of every metadata field, split on spaces only; ours hold a
 *   result's original text (6,000 characters, Lao unsegmented), which would
 *   double the index for words no query token can match. The title is
 *   searched through the record's content, where pageRecords.ts puts it;
 * - the size of word index chunks is an option (Pagefind's by default);
 * - so is leaving the indexed words out of the fragments (Pagefind's
 *   library builds its own excerpts from them; a site that shows its own
 *   need not download them with every result).
 *
 * It takes the records as src/lib/search/pageRecords.ts makes them: content
 * already split into index words (lowercase letters and digits, separated by
 * spaces), as Pagefind would leave them. A word Pagefind would change is an
 * error, not a silent difference.
 */
import { createHash } from 'node:crypto';
import type { CustomRecord } from 'pagefind';
import { CborWriter, encodeCbor } from './cbor.ts';
import {
  NORMAL_WEIGHT_MARK,
  type Entry,
  type FilterIndex,
  type MetaChunk,
  type MetaFilter,
  type MetaIndex,
  type MetaSort,
} from './pagefindFormat.ts';

/** A search result, as Pagefind's `addCustomRecord` takes it, every part given; `content` holds the index words, separated by spaces. */
export type PagefindRecord = Required<CustomRecord>;

/** What the bundle needs from the Pagefind release whose browser library reads it. */
export interface PagefindRelease {
  version: string;
  /** Characters other than letters and digits that count as part of a word. */
  includeCharacters: string[];
}

/** A file of the bundle; `compress`ed files are stored as Pagefind stores them (gzip, after a signature). */
export interface BundleFile {
  path: string;
  content: Uint8Array;
  compress: boolean;
}

/** Pagefind closes a word index chunk once its location lists hold this many numbers. */
export const PAGEFIND_CHUNK_SIZE = 20_000;
/** Hex digits of the SHA-1 kept in a file's name, after the language (more on a collision). */
const SHORT_HASH_DIGITS = 7;
const encoder = new TextEncoder();
/** A word as Pagefind stores it: letters and digits only, in lower case. */
const INDEX_WORD = /^[\p{Alphabetic}\p{N}]+$/u;
/** A sort value Pagefind would read as a number (and sort as one). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Strings in Rust's order (by code point), which Pagefind's chunks and sorts follow. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

/** Pagefind's hash of a file: SHA-1, each byte in hex without a leading zero. */
export function pagefindHash(bytes: Uint8Array | string): string {
  let hex = '';
  for (const byte of createHash('sha1').update(bytes).digest()) hex += byte.toString(16);
  return hex;
}

/**
 * The form Pagefind indexes a word under: without its combining marks
 * (`café` under `cafe`, the word itself kept as a variant).
 */
export function withoutDiacritics(word: string): string {
  return /^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The bounds of consecutive word index chunks, from their first and last
 * words, as Pagefind cuts them: a chunk starts at the start of its first
 * word one character longer than what it shares with the previous chunk's
 * last word, and ends at that word's start of the same length, unless that
 * would end it before it starts. The browser library loads, for a query
 * word, the chunks it sorts between, else those whose bounds it extends.
 */
export function chunkBounds(chunks: { first: string; last: string }[]): [from: string, to: string][] {
  const bounds: [from: string, to: string][] = chunks.map(({ first, last }) => [first, last]);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const last = Array.from(bounds[i]![1]);
    const next = Array.from(bounds[i + 1]![0]);
    let common = 0;
    while (common < last.length && common < next.length && last[common] === next[common]) common++;
    const to = last.slice(0, common + 1).join('');
    if (compareCodePoints(to, bounds[i]![0]) >= 0) bounds[i]![1] = to;
    bounds[i + 1]![0] = next.slice(0, common + 1).join('');
  }
  return bounds;
}

/** A JSON object with its keys in code point order, as serde writes a Rust BTreeMap. */
function sortedObject(entries: Record<string, unknown>): string {
  const keys = Object.keys(entries).sort(compareCodePoints);
  return `{${keys.map((key) => `${JSON.stringify(key)}:${JSON.stringify(entries[key])}`).join(',')}}`;
}

/**
 * A word and where it is: per page holding it, the page's number, how many
 * locations, then the locations. Kept in a typed array (4 bytes a number,
 * outside the JavaScript heap): at 3,000 practices per language the Lao
 * bundle holds 9 million of them.
 */
class WordEntry {
  readonly word: string;
  postings = new Int32Array(16);
  length = 0;

  constructor(word: string) {
    this.word = word;
  }

  addPage(page: number, positions: number[]) {
    const needed = this.length + 2 + positions.length;
    if (needed > this.postings.length) {
      const grown = new Int32Array(Math.max(needed, this.postings.length * 2));
      grown.set(this.postings.subarray(0, this.length));
      this.postings = grown;
    }
    this.postings[this.length++] = page;
    this.postings[this.length++] = positions.length;
    for (const position of positions) this.postings[this.length++] = position;
  }

  /** Each page holding the word: its number, and where its locations start and end in `postings`. */
  *pages(): Generator<[page: number, start: number, end: number]> {
    for (let i = 0; i < this.length; i += 2 + this.postings[i + 1]!) {
      yield [this.postings[i]!, i + 2, i + 2 + this.postings[i + 1]!];
    }
  }
}

export class PagefindBundle {
  private readonly pages: { hash: string; wordCount: number }[] = [];
  private readonly fragmentNames = new Set<string>();
  private readonly urls = new Set<string>();
  private readonly metaFields = new Set<string>();
  private readonly words = new Map<string, WordEntry>();
  private readonly filters = new Map<string, Map<string, number[]>>();
  private readonly sorts = new Map<string, { value: string; page: number }[]>();

  private readonly language: string;
  /** Receives each file as soon as it is complete: a fragment per record, the rest at the end. */
  private readonly emit: (file: BundleFile) => void;
  /** Numbers in a word index chunk's location lists at which it is closed. */
  private readonly chunkSize: number;
  /** Whether fragments carry the indexed words, as Pagefind's do. */
  private readonly contentInFragments: boolean;

  constructor(
    language: string,
    emit: (file: BundleFile) => void,
    { chunkSize = PAGEFIND_CHUNK_SIZE, contentInFragments = true } = {},
  ) {
    this.language = language;
    this.emit = emit;
    this.chunkSize = chunkSize;
    this.contentInFragments = contentInFragments;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** The words of the index so far (until `finish`, which hands them over to the word index). */
  indexWords(): IterableIterator<string> {
    return this.words.keys();
  }

  /** Adds a record as the next page; throws, naming the record, when Pagefind would index it differently. */
  add(record: PagefindRecord): void {
    const page = this.pages.length;
    const words = this.checkedWords(record);
    this.urls.add(record.url);
    for (const field of Object.keys(record.meta)) this.metaFields.add(field);

    const locations = new Map<string, number[]>();
    words.forEach((word, position) => {
      const list = locations.get(word);
      if (list) list.push(position);
      else locations.set(word, [position]);
    });
    for (const [word, positions] of locations) {
      let entry = this.words.get(word);
      if (!entry) this.words.set(word, (entry = new WordEntry(word)));
      entry.addPage(page, positions);
    }
    for (const [filter, values] of Object.entries(record.filters)) {
      let byValue = this.filters.get(filter);
      if (!byValue) this.filters.set(filter, (byValue = new Map()));
      for (const value of values) {
        const pages = byValue.get(value);
        if (pages) pages.push(page);
        else byValue.set(value, [page]);
      }
    }
    for (const [key, value] of Object.entries(record.sort)) {
      let values = this.sorts.get(key);
      if (!values) this.sorts.set(key, (values = []));
      values.push({ value, page });
    }
    this.addFragment(record, words);
  }

  /** Checks the record before anything of it is kept, so that a refused record leaves the bundle as it was. */
  private checkedWords(record: PagefindRecord): string[] {
    if (record.language !== this.language)
      throw new Error(`${record.url}: a record in "${record.language}" for the "${this.language}" bundle`);
    const words = record.content.split(/\s+/).filter((word) => word.length > 0);
    // Pagefind drops a page without words from the index: better to say so.
    if (words.length === 0) throw new Error(`${record.url}: a search result without words`);
    for (const word of words) {
      if (!INDEX_WORD.test(word) || word.toLowerCase() !== word)
        throw new Error(`${record.url}: "${word}" is not an index word (lowercase letters and digits only)`);
      if (withoutDiacritics(word) !== word)
        throw new Error(`${record.url}: "${word}" has diacritics, which Pagefind would index apart, as a variant`);
    }
    for (const [key, value] of Object.entries(record.sort)) {
      if (NUMBER.test(value))
        throw new Error(
          `${record.url}: sort "${key}" is the number ${value}; Pagefind sorts numbers as numbers, this writer only text`,
        );
    }
    if (this.urls.has(record.url)) throw new Error(`${record.url}: a second search result with this URL`);
    return words;
  }

  private addFragment(record: PagefindRecord, words: string[]) {
    // serde's JSON of Pagefind's PageFragmentData (pagefindFormat.ts's Fragment): fields in this order, maps sorted by key.
    const json =
      `{"url":${JSON.stringify(record.url)},"content":${JSON.stringify(this.contentInFragments ? words.join(' ') : '')},` +
      `"word_count":${words.length},"filters":${sortedObject(record.filters)},` +
      `"meta":${sortedObject(record.meta)},"anchors":[]}`;
    const content = encoder.encode(json);
    // Pagefind lengthens a fragment's colliding name one character at a time.
    const name = this.fileName(content, this.fragmentNames, 1);
    this.pages.push({ hash: name, wordCount: words.length });
    this.emit({ path: `fragment/${name}.pf_fragment`, content, compress: true });
  }

  /**
   * A name for a file of this content as Pagefind names it: the language and
   * the start of its hash, lengthened by `step` characters while it is
   * among the `taken` names of its kind.
   */
  private fileName(content: Uint8Array, taken: Set<string>, step: number): string {
    const full = `${this.language}_${pagefindHash(content)}`;
    let length = this.language.length + 1 + SHORT_HASH_DIGITS;
    while (taken.has(full.slice(0, length)) && length < full.length) length += step;
    const name = full.slice(0, length);
    taken.add(name);
    return name;
  }

  /**
   * Emits the word and filter indexes, the metadata and the entry file, for
   * the given release's browser library; returns the entry, whose language
   * names the metadata file (a new name whenever the index changes).
   */
  finish(release: PagefindRelease): Entry {
    const chunks = this.wordChunks();
    const filters = this.emitFilters();
    const sorts: MetaSort[] = [...this.sorts.keys()].sort(compareCodePoints).map((key) => {
      const values = this.sorts.get(key)!;
      // A stable sort: pages with the same value stay in page order, as in Pagefind.
      values.sort((a, b) => compareCodePoints(a.value, b.value));
      return [key, values.map(({ page }) => page)];
    });
    const meta: MetaIndex = [
      release.version,
      this.pages.map(({ hash, wordCount }) => [hash, wordCount, '']),
      chunks,
      filters,
      sorts,
      [...this.metaFields].sort(compareCodePoints),
    ];
    const metaBytes = encodeCbor(meta);
    // The metadata's name keeps more of its hash than other files': as many digits as the language has letters, plus eight.
    const metaName = `${this.language}_${pagefindHash(metaBytes).slice(0, this.language.length + 1 + SHORT_HASH_DIGITS)}`;
    this.emit({ path: `pagefind.${metaName}.pf_meta`, content: metaBytes, compress: true });
    const entry: Entry = {
      version: release.version,
      languages: { [this.language]: { hash: metaName, wasm: null, page_count: this.pages.length } },
      include_characters: release.includeCharacters,
    };
    this.emit({ path: 'pagefind-entry.json', content: encoder.encode(JSON.stringify(entry)), compress: false });
    return entry;
  }

  /** Emits the word index in chunks of about `chunkSize` locations; returns their bounds and names for the metadata. */
  private wordChunks(): MetaChunk[] {
    const entries = [...this.words.values()].sort((a, b) => compareCodePoints(a.word, b.word));
    this.words.clear();
    const chunks: { first: string; last: string; name: string }[] = [];
    const taken = new Set<string>();
    let start = 0;
    let size = 0;
    entries.forEach((entry, i) => {
      size += chunkSizeOf(entry);
      if (size < this.chunkSize && i < entries.length - 1) return;
      const chunk = entries.slice(start, i + 1);
      const content = encodeWordChunk(chunk);
      // Pagefind lengthens a chunk's colliding name two characters at a time.
      const name = this.fileName(content, taken, 2);
      chunks.push({ first: chunk[0]!.word, last: chunk.at(-1)!.word, name });
      this.emit({ path: `index/${name}.pf_index`, content, compress: true });
      start = i + 1;
      size = 0;
    });
    return chunkBounds(chunks).map(([from, to], i) => [from, to, chunks[i]!.name]);
  }

  /** Emits one filter index per filter, its values in code point order; returns their names for the metadata. */
  private emitFilters(): MetaFilter[] {
    const taken = new Set<string>();
    return [...this.filters.keys()].sort(compareCodePoints).map((filter) => {
      const byValue = this.filters.get(filter)!;
      const index: FilterIndex = [
        filter,
        [...byValue.keys()].sort(compareCodePoints).map((value) => [value, byValue.get(value)!]),
      ];
      const content = encodeCbor(index);
      const name = this.fileName(content, taken, 2);
      this.emit({ path: `filter/${name}.pf_filter`, content, compress: true });
      return [filter, name];
    });
  }
}

/** How much a word adds to its chunk, counted as Pagefind counts: each page's location list, weight mark included, plus one. */
function chunkSizeOf(entry: WordEntry): number {
  let size = 0;
  for (const [, start, end] of entry.pages()) size += end - start + 2;
  return size;
}

/**
 * A word index chunk (pagefindFormat.ts's WordIndex), written straight from
 * the postings: each page as the difference from the word's previous one,
 * its locations as the weight mark, the first position, then differences.
 * No metadata locations and no variants: this writer indexes neither.
 */
function encodeWordChunk(chunk: WordEntry[]): Uint8Array {
  const cbor = new CborWriter().array(1).array(chunk.length);
  for (const entry of chunk) {
    const pages = [...entry.pages()];
    cbor.array(3).text(entry.word).array(pages.length);
    let previousPage = 0;
    for (const [page, start, end] of pages) {
      cbor
        .array(3)
        .integer(page - previousPage)
        .array(end - start + 1)
        .integer(NORMAL_WEIGHT_MARK);
      previousPage = page;
      let previousPosition = 0;
      for (let i = start; i < end; i++) {
        cbor.integer(entry.postings[i]! - previousPosition);
        previousPosition = entry.postings[i]!;
      }
      cbor.array(0);
    }
    cbor.array(0);
  }
  return cbor.result();
}

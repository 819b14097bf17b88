/**
 * The site writes its search bundles itself (src/lib/search/pagefindBundle.ts)
 * for Pagefind's browser library to read. Here, Pagefind's own indexer and
 * that writer take the same results, those of the built pages, and must give
 * the same files: same names, same words, pages and locations, same
 * fragments byte for byte. Only the order of filter values and the upper
 * bounds of word index chunks may differ: Pagefind's bounds made its browser
 * library drop query words, and the last test shows the writer's do not.
 */
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CborValue } from '../../src/lib/search/cbor.ts';
import { LANGS, type Lang } from '../../src/lib/languages.ts';
import { PagefindBundle, type PagefindRecord } from '../../src/lib/search/pagefindBundle.ts';
import { pagefindRecord, recordsOfPage } from '../../src/lib/search/pageRecords.ts';
import { decodeCbor, decompress } from '../helpers/pagefindFiles.ts';
import { builtPages, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);
afterAll(() => pagefind.close());

function resultsOf(lang: Lang): PagefindRecord[] {
  return builtPages()
    .filter((path) => path.startsWith(`/${lang}/`))
    .flatMap((path) => recordsOfPage(readPage(path), path))
    .map(pagefindRecord);
}

/** The files Pagefind's indexer writes for these records, decompressed, by path. */
async function pagefindFiles(records: PagefindRecord[]): Promise<Map<string, Uint8Array>> {
  const { index } = await pagefind.createIndex({});
  for (const record of records) expect((await index!.addCustomRecord(record)).errors).toEqual([]);
  const { files, errors } = await index!.getFiles();
  expect(errors).toEqual([]);
  await index!.deleteIndex();
  return new Map(files.map(({ path, content }) => [path, /\.pf_/.test(path) ? decompress(content) : content]));
}

function bundleFiles(records: PagefindRecord[], entry: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const bundle = new PagefindBundle('mul', ({ path, content }) => files.set(path, content));
  for (const record of records) bundle.add(record);
  const { version, include_characters } = JSON.parse(new TextDecoder().decode(entry)) as {
    version: string;
    include_characters: string[];
  };
  bundle.finish({ version, includeCharacters: include_characters });
  return files;
}

/** The metadata file's content: Pagefind's MetaIndex. */
function metaOf(files: Map<string, Uint8Array>) {
  const [path] = named(files, /^pagefind\..*\.pf_meta$/);
  const [version, pages, chunks, filters, sorts] = decodeCbor(files.get(path!)!) as [
    string,
    CborValue[],
    [string, string, string][],
    [string, string][],
    CborValue[],
  ];
  return { version, pages, chunks, filters, sorts };
}

const named = (files: Map<string, Uint8Array>, pattern: RegExp) => [...files.keys()].filter((path) => pattern.test(path)).sort();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
/** A filter index with its values in sorted order. */
const sortedFilter = (bytes: Uint8Array) => {
  const [filter, values] = decodeCbor(bytes) as [string, [string, number[]][]];
  return [filter, [...values].sort(([a], [b]) => (a < b ? -1 : 1))];
};
const filtersOf = (files: Map<string, Uint8Array>) =>
  Object.fromEntries(named(files, /^filter\//).map((path) => sortedFilter(files.get(path)!)) as [string, unknown][]);

describe.each(LANGS)('search bundle, %s', (lang) => {
  let theirs: Map<string, Uint8Array>;
  let ours: Map<string, Uint8Array>;
  beforeAll(async () => {
    const records = resultsOf(lang);
    theirs = await pagefindFiles(records);
    ours = bundleFiles(records, theirs.get('pagefind-entry.json')!);
  });

  it('has the same fragments, byte for byte, under the same names', () => {
    const fragments = named(theirs, /^fragment\//);
    expect(fragments.length).toBeGreaterThan(10);
    expect(named(ours, /^fragment\//)).toEqual(fragments);
    for (const path of fragments) expect(text(ours.get(path)!), path).toBe(text(theirs.get(path)!));
  });

  it('has the same word index chunks, byte for byte, under the same names', () => {
    const chunks = named(theirs, /^index\//);
    expect(chunks.length).toBeGreaterThan(1); // several chunks: their bounds are checked too
    expect(named(ours, /^index\//)).toEqual(chunks);
    for (const path of chunks) expect(Buffer.compare(ours.get(path)!, theirs.get(path)!), path).toBe(0);
  });

  it('has the same filters, values in any order', () => {
    expect(filtersOf(ours)).toEqual(filtersOf(theirs));
  });

  it('has the same metadata: pages, chunks and where they start, filters and sorts', () => {
    const meta = (files: Map<string, Uint8Array>) => {
      const { version, pages, chunks, filters, sorts } = metaOf(files);
      return {
        version,
        pages,
        chunks: chunks.map(([from, , name]) => [from, name]),
        filters: filters.map(([name]) => name).sort(),
        sorts,
      };
    };
    expect(meta(ours)).toEqual(meta(theirs));
  });

  it('finds every word in its chunk by the browser library’s rule: the first chunk whose bounds it sorts between', () => {
    const lost = (files: Map<string, Uint8Array>) => {
      const { chunks } = metaOf(files);
      return chunks.flatMap(([, , name]) => {
        const [words] = decodeCbor(files.get(`index/${name}.pf_index`)!) as [[string, unknown][]];
        return words
          .map(([word]) => word)
          .filter((word) => chunks.find(([from, to]) => word >= from && word <= to)?.[2] !== name);
      });
    };
    // Pagefind's own bounds lose words only for some vocabularies (the reason our writer
    // cuts chunks differently); whether this corpus has one changes with the content, so
    // only our side is asserted.
    expect(lost(ours)).toEqual([]);
  });

  it('has the same entry file, but for the metadata file it names', () => {
    const entry = (files: Map<string, Uint8Array>) =>
      JSON.parse(text(files.get('pagefind-entry.json')!)) as { languages: { mul: { hash?: string } } };
    const [mine, pagefinds] = [entry(ours), entry(theirs)];
    expect(named(ours, /\.pf_meta$/)).toEqual([`pagefind.${mine.languages.mul.hash}.pf_meta`]);
    delete mine.languages.mul.hash;
    delete pagefinds.languages.mul.hash;
    expect(mine).toEqual(pagefinds);
  });
});

/**
 * The site writes its search bundles itself (src/lib/search/pagefindBundle.ts)
 * for Pagefind's browser library to read. Here, Pagefind's own indexer (the
 * installed release) and that writer take the same results, those of the
 * built pages, and must give the same files: same names, same bytes. The one
 * difference is by design: Pagefind also indexes the words of each result's
 * metadata, the writer does not, so the word index is compared with what
 * Pagefind writes for the results without metadata. Then Pagefind's browser
 * library, of the installed release, must find every word of the built index.
 * Upgrading Pagefind is a version bump and a run of this file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagefindLibrary } from '../../src/integrations/pagefindFiles.ts';
import { LANGS, type Lang } from '../../src/lib/languages.ts';
import { searchBundlePath } from '../../src/lib/paths.ts';
import { PagefindBundle, type PagefindRecord } from '../../src/lib/search/pagefindBundle.ts';
import { decodedPages, type Entry } from '../../src/lib/search/pagefindFormat.ts';
import { pagefindRecord, recordsOfPage } from '../../src/lib/search/pageRecords.ts';
import { removeTemporaryFolders, temporaryFolder } from '../helpers/fixtures.ts';
import { decompress, readMeta, readWordIndex } from '../helpers/pagefindFiles.ts';
import { builtPages, DIST, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);
afterAll(() => pagefind.close());

/** Pagefind indexes each language twice, and its library searches a few hundred words: minutes on a loaded machine, never a verdict. */
const PATIENCE_MS = 300_000;

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

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const entryOf = (files: Map<string, Uint8Array>) => JSON.parse(text(files.get('pagefind-entry.json')!)) as Entry;

function bundleFiles(records: PagefindRecord[], entry: Entry): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const bundle = new PagefindBundle('mul', ({ path, content }) => files.set(path, content));
  for (const record of records) bundle.add(record);
  bundle.finish({ version: entry.version, includeCharacters: entry.include_characters });
  return files;
}

const named = (files: Map<string, Uint8Array>, pattern: RegExp) => [...files.keys()].filter((path) => pattern.test(path)).sort();

/** The metadata file's content, by field. */
function metaOf(files: Map<string, Uint8Array>) {
  const [path] = named(files, /^pagefind\..*\.pf_meta$/);
  const [version, pages, chunks, filters, sorts, metaFields] = readMeta(files.get(path!)!);
  return { version, pages, chunks, filters, sorts, metaFields };
}

describe.each(LANGS)('search bundle, %s', (lang) => {
  let theirs: Map<string, Uint8Array>;
  /** Pagefind's files for the same results without metadata: its word index then holds only what the writer's does. */
  let theirWords: Map<string, Uint8Array>;
  let ours: Map<string, Uint8Array>;
  beforeAll(async () => {
    const records = resultsOf(lang);
    theirs = await pagefindFiles(records);
    theirWords = await pagefindFiles(records.map((record) => ({ ...record, meta: {} })));
    ours = bundleFiles(records, entryOf(theirs));
  }, PATIENCE_MS);

  it('has the same fragments, byte for byte, under the same names', () => {
    const fragments = named(theirs, /^fragment\//);
    expect(fragments.length).toBeGreaterThan(10);
    expect(named(ours, /^fragment\//)).toEqual(fragments);
    for (const path of fragments) expect(text(ours.get(path)!), path).toBe(text(theirs.get(path)!));
  });

  it('has the same word index chunks, byte for byte, under the same names', () => {
    const chunks = named(theirWords, /^index\//);
    expect(chunks.length).toBeGreaterThan(1); // several chunks: their bounds are checked too
    expect(named(ours, /^index\//)).toEqual(chunks);
    for (const path of chunks) expect(Buffer.compare(ours.get(path)!, theirWords.get(path)!), path).toBe(0);
  });

  it('has the same filter indexes, byte for byte, under the same names', () => {
    const filters = named(theirs, /^filter\//);
    expect(filters.length).toBeGreaterThan(1);
    expect(named(ours, /^filter\//)).toEqual(filters);
    for (const path of filters) expect(Buffer.compare(ours.get(path)!, theirs.get(path)!), path).toBe(0);
  });

  it('has the same metadata: version, pages, chunk bounds, filters, sorts and metadata fields', () => {
    const { chunks, ...rest } = metaOf(ours);
    const { chunks: theirChunks, ...theirRest } = metaOf(theirs);
    expect(theirRest.pages.length).toBeGreaterThan(10);
    expect(theirRest.metaFields).toContain('title');
    expect(rest).toEqual(theirRest);
    expect(theirChunks.length).toBeGreaterThan(1);
    expect(chunks).toEqual(metaOf(theirWords).chunks);
  });

  it('has the same entry file, but for the metadata file it names', () => {
    const [mine, pagefinds] = [entryOf(ours), entryOf(theirs)];
    expect(named(ours, /\.pf_meta$/)).toEqual([`pagefind.${mine.languages.mul!.hash}.pf_meta`]);
    expect({ ...mine, languages: { mul: { ...mine.languages.mul, hash: '' } } }).toEqual({
      ...pagefinds,
      languages: { mul: { ...pagefinds.languages.mul, hash: '' } },
    });
  });
});

/** Pagefind's browser library, as the build ships it for a language. */
interface BrowserLibrary {
  options: (options: { basePath: string }) => Promise<void>;
  search: (query: string) => Promise<{ results: { id: string }[] }>;
}

/** Pagefind's browser library of the installed release: the site does not ship it, so it is written here for these tests. */
let libraryFile: Promise<string> | undefined;
const writtenLibrary = () =>
  (libraryFile ??= pagefindLibrary().then((library) => {
    const file = join(temporaryFolder('pagefind-library-'), 'pagefind.js');
    writeFileSync(file, library);
    return file;
  }));
afterAll(removeTemporaryFolders);

describe.each(LANGS)('the built %s index, read by Pagefind’s browser library', (lang) => {
  const dir = join(DIST, searchBundlePath(lang));
  const read = (path: string) => decompress(readFileSync(join(dir, path)));
  const realFetch = globalThis.fetch;
  let library: BrowserLibrary;
  beforeAll(async () => {
    const file = await writtenLibrary();
    // Run in Node, the library fetches the bundle's files from dist/ (and, without Web Workers, searches in this thread).
    globalThis.fetch = (async (url: string) =>
      new Response(readFileSync(join(dir, String(url).replace(/\?.*$/, '').slice(dir.length))))) as typeof fetch;
    // A module of its own per language: the library keeps one index per module.
    library = (await import(/* @vite-ignore */ `${pathToFileURL(file).href}?${lang}`)) as BrowserLibrary;
    await library.options({ basePath: `${dir}/` });
  }, PATIENCE_MS);
  afterAll(() => void (globalThis.fetch = realFetch));

  it(
    'finds every result of the words at the edges of its chunks',
    async () => {
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as Entry;
      const [, pages, chunks] = readMeta(read(`pagefind.${entry.languages.mul!.hash}.pf_meta`));
      expect(chunks.length).toBeGreaterThan(1);
      // A chunk's first and last two words: where a bound can leave a word out of the chunk it is in.
      const edges = chunks.flatMap(([, , hash]) => {
        const [words] = readWordIndex(read(`index/${hash}.pf_index`));
        return [...words.slice(0, 2), ...words.slice(-2)];
      });
      for (const [word, wordPages] of edges) {
        const found = new Set((await library.search(word)).results.map((result) => result.id));
        // The library also finds the words a query starts: the word's own results must be among them.
        const missing = decodedPages(wordPages).filter(({ page }) => !found.has(pages[page]![0]));
        expect(missing, word).toEqual([]);
      }
    },
    PATIENCE_MS,
  );
});

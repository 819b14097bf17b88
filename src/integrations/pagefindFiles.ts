/**
 * The disk side of a search bundle (src/lib/search/pagefindBundle.ts):
 * Pagefind's browser library, as Pagefind itself writes it, and the bundle's
 * files, gzipped with Pagefind's signature (compressionLevel says how hard).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { BundleFile, PagefindRelease } from '../lib/search/pagefindBundle.ts';
import { PAGEFIND_RELEASE, WORKER_FILE, WORKER_SELF_START } from '../lib/search/pagefindWorker.ts';
import { VOCABULARY_DIR } from '../lib/search/typo.ts';

/**
 * The files of Pagefind's output the site ships besides the index (no UI: the
 * site has its own): the Web Worker the site searches in
 * (src/lib/search/pagefindWorker.ts) and its WebAssembly. Not Pagefind's
 * library (`pagefind.js`): no page loads it, and a saved language would
 * carry it for nothing (pagefindLibrary gives it to the build's tests).
 */
const CLIENT_FILES = [WORKER_FILE, 'wasm.unknown.pagefind'];
const LIBRARY_FILE = 'pagefind.js';
/**
 * Pagefind's worker answers a search asked before its index has loaded by
 * looking again every 50 ms (`getPtr`). The search page asks as soon as its
 * script runs, while the index loads: the first answer then waited up to
 * 50 ms after the index was there (45 ms in one traced first query). Looking
 * every 5 ms costs the waiting worker nothing measurable. The build fails if
 * a release of Pagefind no longer has this loop, rather than ship it unchanged.
 */
const INDEX_WAIT = {
  from: 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}',
  to: 'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(5);}',
};

/**
 * A file of Pagefind's library as the site ships it: the worker with its
 * shorter wait (INDEX_WAIT), starting to load its index by itself
 * (WORKER_SELF_START).
 */
export function shippedClientFile(path: string, content: Uint8Array): Uint8Array {
  if (path !== WORKER_FILE) return content;
  const text = new TextDecoder().decode(content);
  if (!text.includes(INDEX_WAIT.from))
    throw new Error(`Pagefind's ${path} no longer has the index wait src/integrations/pagefindFiles.ts shortens (INDEX_WAIT)`);
  return new TextEncoder().encode(text.replace(INDEX_WAIT.from, INDEX_WAIT.to) + WORKER_SELF_START);
}

/** Pagefind's compressed files start, once decompressed, with this: its browser library checks for it. */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
/**
 * How hard gzip works on a file: as hard as it can (as Pagefind does), except
 * on the word index chunks. Those are most of a bundle's bytes and nine
 * tenths of its compression time: at 10,000 practices per language the best
 * compression took 17 s per language for 66 MB of chunks, level 7 took 3.5 s
 * for 1.8 % more bytes (0.3 % at 1,000 practices).
 */
const compressionLevel = (path: string) => (path.startsWith('index/') ? 7 : constants.Z_BEST_COMPRESSION);
/** Pagefind's browser library: the files every bundle needs besides its index, and the release they are of. */
export interface PagefindClient {
  release: PagefindRelease;
  files: BundleFile[];
}

/**
 * The files Pagefind writes for an index of one record, and its entry file:
 * Pagefind's browser files are built into its program, and taking them from
 * there keeps them in step with the installed release.
 */
async function pagefindOutput() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    await index.addCustomRecord({ url: '/', content: 'pagefind', language: 'mul' });
    const written = await index.getFiles();
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    const entryFile = written.files.find((file) => file.path === 'pagefind-entry.json');
    if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json');
    const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as { version: string; include_characters: string[] };
    const file = (path: string) => {
      const found = written.files.find((candidate) => candidate.path === path);
      if (!found) throw new Error(`Pagefind ${entry.version} wrote no ${path}`);
      return found.content;
    };
    return { entry, file };
  } finally {
    await pagefind.close();
  }
}

/** The files of Pagefind's that every bundle ships besides its index, as the site ships them. */
export async function pagefindClient(): Promise<PagefindClient> {
  const { entry, file } = await pagefindOutput();
  if (!entry.version.startsWith(`${PAGEFIND_RELEASE}.`))
    throw new Error(
      `Pagefind ${entry.version} is installed, but the search page speaks to Pagefind ${PAGEFIND_RELEASE}'s worker ` +
        `(src/lib/search/pagefindWorker.ts): check its messages against the new release, then change PAGEFIND_RELEASE.`,
    );
  const files = CLIENT_FILES.map((path) => ({ path, content: shippedClientFile(path, file(path)), compress: false }));
  return { release: { version: entry.version, includeCharacters: entry.include_characters }, files };
}

/** Pagefind's browser library (`pagefind.js`) of the installed release, which the site does not ship. */
export async function pagefindLibrary(): Promise<Uint8Array> {
  return (await pagefindOutput()).file(LIBRARY_FILE);
}

/**
 * Writes a bundle's files into its folder, one at a time. Only the bundle's
 * worker thread calls it: writing holds back only this bundle's pages (the
 * main thread holds Astro back while too many are on account, searchIndex.ts).
 * Written through Node's thread pool instead, sixteen at a time, the same
 * files cost up to twice the CPU time (1.0–2.0 s against 0.8–1.2 s for one
 * language at 1,000 practices), on a build with no core to spare; and one
 * file at a time, a bundle's whole word index needs one compressor's memory,
 * not one per file.
 */
export class BundleFolder {
  private readonly failures: string[] = [];
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    for (const sub of ['fragment', 'index', 'filter', VOCABULARY_DIR]) mkdirSync(join(dir, sub), { recursive: true });
  }

  /** Writes the file now; a failure is kept for `done` to report with the others. */
  write(file: BundleFile): void {
    try {
      const content = file.compress
        ? gzipSync(Buffer.concat([SIGNATURE, file.content]), { level: compressionLevel(file.path) })
        : file.content;
      writeFileSync(join(this.dir, file.path), content);
    } catch (error) {
      this.failures.push(`${file.path}: ${(error as Error).message}`);
    }
  }

  /** Throws if any file could not be written. */
  done(): void {
    if (this.failures.length > 0) throw new Error(`Search bundle ${this.dir}: ${this.failures.join('; ')}`);
  }
}

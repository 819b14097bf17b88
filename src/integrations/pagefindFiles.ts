/**
 * The disk side of a search bundle (src/lib/search/pagefindBundle.ts):
 * Pagefind's browser library, as Pagefind itself writes it, and the bundle's
 * files, compressed as Pagefind compresses them.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { BundleFile, PagefindRelease } from '../lib/search/pagefindBundle.ts';
import { VOCABULARY_DIR } from '../lib/search/typo.ts';

/**
 * The files of Pagefind's output that the search page loads besides the
 * index (no UI: the site has its own): the library, the Web Worker it
 * searches in (since Pagefind 1.5; without it, it searches on the page's
 * thread) and its WebAssembly.
 */
const CLIENT_FILES = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'];
/** Pagefind's compressed files start, once decompressed, with this: its browser library checks for it. */
const SIGNATURE = new TextEncoder().encode('pagefind_dcd');
/** Files being compressed and written at once; more wait (and hold back the pages behind them). */
const WRITES_AT_ONCE = 16;

const compress = promisify(gzip);

/** Pagefind's browser library: the files every bundle needs besides its index, and the release they are of. */
export interface PagefindClient {
  release: PagefindRelease;
  files: BundleFile[];
}

/**
 * Pagefind's browser library, taken from the files Pagefind writes for an
 * index of one record: the library is built into Pagefind's program, and
 * this keeps it in step with the installed one.
 */
export async function pagefindClient(): Promise<PagefindClient> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    await index.addCustomRecord({ url: '/', content: 'pagefind', language: 'mul' });
    const written = await index.getFiles();
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    const entryFile = written.files.find((file) => file.path === 'pagefind-entry.json');
    if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json');
    const entry = JSON.parse(new TextDecoder().decode(entryFile.content)) as { version: string; include_characters: string[] };
    const files = CLIENT_FILES.map((path) => {
      const file = written.files.find((candidate) => candidate.path === path);
      if (!file) throw new Error(`Pagefind ${entry.version} wrote no ${path}`);
      return { path, content: file.content, compress: false };
    });
    return { release: { version: entry.version, includeCharacters: entry.include_characters }, files };
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes a bundle's files into its folder, a few at a time: the others wait
 * in a queue, as they are. A bundle emits its whole word index at once when
 * it is finished; started all at once, each with its own compressor, they
 * took some 400 MB at 10,000 practices per language.
 */
export class BundleFolder {
  private readonly queue: BundleFile[] = [];
  private writing = 0;
  private readonly failures: string[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly idle: (() => void)[] = [];

  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    for (const sub of ['fragment', 'index', 'filter', VOCABULARY_DIR]) mkdirSync(join(dir, sub), { recursive: true });
  }

  write(file: BundleFile): void {
    this.queue.push(file);
    this.pump();
  }

  private pump(): void {
    while (this.writing < WRITES_AT_ONCE && this.queue.length > 0) {
      const file = this.queue.shift()!;
      this.writing += 1;
      void this.writeNow(file).finally(() => {
        this.writing -= 1;
        this.pump();
        if (this.pending < WRITES_AT_ONCE) this.waiting.splice(0).forEach((resume) => resume());
        if (this.pending === 0) this.idle.splice(0).forEach((resume) => resume());
      });
    }
  }

  private async writeNow(file: BundleFile): Promise<void> {
    try {
      const content = file.compress
        ? await compress(Buffer.concat([SIGNATURE, file.content]), { level: constants.Z_BEST_COMPRESSION })
        : file.content;
      await writeFile(join(this.dir, file.path), content);
    } catch (error) {
      this.failures.push(`${file.path}: ${(error as Error).message}`);
    }
  }

  /** Files being written or waiting to be. */
  private get pending(): number {
    return this.writing + this.queue.length;
  }

  /** Resolves once fewer than WRITES_AT_ONCE files are being written or waiting. */
  room(): Promise<void> {
    if (this.pending < WRITES_AT_ONCE) return Promise.resolve();
    return new Promise((resume) => this.waiting.push(resume));
  }

  /** Waits for every file; throws if any could not be written. */
  async done(): Promise<void> {
    if (this.pending > 0) await new Promise<void>((resume) => this.idle.push(resume));
    if (this.failures.length > 0) throw new Error(`Search bundle ${this.dir}: ${this.failures.join('; ')}`);
  }
}

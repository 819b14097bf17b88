/**
 * Offline reading, at the end of the build, once every file is written
 * (after the search index): one manifest per set a reader can save
 * (src/lib/offline.ts) with its files and size, the size written into each
 * save control, the controls' code (/offline/save.js) and the service worker
 * (src/sw/service-worker.ts), both bundled by esbuild, the worker given its
 * precache list (the offline pages) by Serwist.
 *
 * The build id that names saved sets is a hash of every file of the site: a
 * build with the same files has the same id, and any change gives a new one,
 * which is what makes browsers download saved sets again.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from '@serwist/build';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { LANGS, type Lang } from '../lib/languages.ts';
import {
  briefingPackScope,
  emptySizeSlots,
  fillSizeSlots,
  formatDownloadSize,
  languageScope,
  linkedEntryPages,
  manifestPath,
  offlinePagePath,
  referencedFiles,
  SAVE_MODULE,
  scopeLang,
  themeScope,
  type OfflineManifest,
  type OfflineScope,
} from '../lib/offline.ts';
import { BRIEF_PARTS_ROOT, briefCommonPath, FAVICON_PATH, searchBundlePath } from '../lib/paths.ts';

interface SiteFile {
  /** The address it is asked for by: `/vi/practices/x/` for `vi/practices/x/index.html`. */
  path: string;
  file: string;
  bytes: number;
  hash: string;
  /** Files of the site it refers to (only for HTML, CSS and scripts). */
  refs: string[];
  /** An HTML page with a save control, whose size is filled in once every set is known. */
  sizeSlots: boolean;
}

/** Files that belong to no saved set: the CMS, the manifests and the worker themselves, and the host's configuration. */
const NOT_SAVED = /^\/(admin\/|offline\/|sw\.js$|_headers$|_redirects$|redirects\.conf$)/;
const TEXT = /\.(html|css|js|mjs|json)$/;
/** What a page with a save control holds (src/lib/offline.ts writes it). */
const SIZE_SLOT = 'data-offline-size=';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * A file's bytes, read into one buffer kept for every file: at 10,000
 * practices per language the site is 90,000 files, and a buffer allocated
 * for each (twice for a page) took the build from 2.4 to 3.6 GB before the
 * garbage was collected. Valid until the next call.
 */
function reader(): (file: string) => Buffer {
  let buffer = Buffer.allocUnsafe(1 << 20);
  return (file) => {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > buffer.length) buffer = Buffer.allocUnsafe(size * 2);
      let read = 0;
      while (read < size) {
        const got = readSync(fd, buffer, read, size - read, read);
        if (got === 0) break;
        read += got;
      }
      return buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  };
}

/** Every file of the built site, by the address it is asked for. */
export function readSite(root: string): Map<string, SiteFile> {
  const site = new Map<string, SiteFile>();
  const read = reader();
  /**
   * Each referred file's name, once. A name found in a page is a piece of the page's text, and V8 keeps the
   * whole text alive for as long as the piece is: at 10,000 practices per language the names kept 880 MB of
   * pages. The few distinct names are copied out once.
   */
  const names = new Map<string, string>();
  const name = (found: string) => {
    let kept = names.get(found);
    if (kept === undefined) names.set((kept = [...found].join('')), kept);
    return kept;
  };
  for (const file of walk(root)) {
    const path = `/${relative(root, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    if (NOT_SAVED.test(path)) continue;
    const bytes = read(file);
    const sizeSlots = file.endsWith('.html') && bytes.includes(SIZE_SLOT);
    // A page is counted with its save controls' sizes left empty: they are filled in from these counts.
    const content = sizeSlots ? Buffer.from(emptySizeSlots(bytes.toString('utf8'))) : bytes;
    // The files a text refers to have ASCII names: read one byte to a character, the text gives the same ones
    // as decoded from UTF-8 (a path that runs into a longer character takes its first byte, never a delimiter,
    // and names no file either way), at half the memory of a Vietnamese or Lao page decoded.
    const refs = TEXT.test(file) ? referencedFiles(content.toString('latin1'), path).map(name) : [];
    site.set(path, {
      path,
      file,
      bytes: content.length,
      hash: createHash('sha256').update(content).digest('hex'),
      refs,
      sizeSlots,
    });
  }
  return site;
}

/** The files and everything they use, transitively (a page's styles, their fonts, a script's chunks). */
function withWhatTheyUse(site: Map<string, SiteFile>, paths: Iterable<string>): SiteFile[] {
  const found = new Map<string, SiteFile>();
  const queue = [...paths];
  // Read by index: shift() moves the whole queue, and a language's queue is every page of it.
  for (let i = 0; i < queue.length; i++) {
    const path = queue[i]!;
    const file = site.get(path);
    if (!file || found.has(path)) continue;
    found.set(path, file);
    queue.push(...file.refs);
  }
  return [...found.values()];
}

const isPage = (path: string) => path.endsWith('/');

function manifestOf(scope: OfflineScope, build: string, files: SiteFile[]): OfflineManifest {
  const ordered = [...files.filter((file) => isPage(file.path)), ...files.filter((file) => !isPage(file.path))];
  return {
    scope,
    build,
    files: ordered.map((file) => file.path),
    pages: ordered.filter((file) => isPage(file.path)).length,
    bytes: ordered.reduce((sum, file) => sum + file.bytes, 0),
  };
}

/** The sets a reader can save from this build, each with its files. */
export function offlineSets(site: Map<string, SiteFile>): Map<OfflineScope, SiteFile[]> {
  const paths = [...site.keys()];
  const under = (prefix: string) => paths.filter((path) => path.startsWith(prefix));
  const sets = new Map<OfflineScope, SiteFile[]>();
  for (const lang of LANGS) {
    // The brief builder's sections hold every language: with them and each language's words, a saved
    // language makes packs with another language beside it too.
    const pages = [...under(`/${lang}/`), ...under(BRIEF_PARTS_ROOT), ...LANGS.map(briefCommonPath)];
    sets.set(languageScope(lang), withWhatTheyUse(site, [...pages, ...under(searchBundlePath(lang)), FAVICON_PATH]));
    for (const path of under(`/${lang}/themes/`).filter((each) => /^\/\w\w\/themes\/[a-z0-9-]+\/$/.test(each))) {
      const page = site.get(path)!;
      const html = readFileSync(page.file, 'utf8');
      sets.set(
        themeScope(lang, path.split('/')[3]!),
        withWhatTheyUse(site, [path, ...linkedEntryPages(html, lang), FAVICON_PATH]),
      );
    }
    for (const path of under(`/${lang}/exchanges/`).filter((each) => /^\/\w\w\/exchanges\/[a-z0-9-]+\/brief\/$/.test(each)))
      sets.set(briefingPackScope(lang, path.split('/')[3]!), withWhatTheyUse(site, [...under(path), FAVICON_PATH]));
  }
  return sets;
}

/** One id for the whole build, from every file's content. */
export function buildId(site: Map<string, SiteFile>): string {
  const hash = createHash('sha256');
  for (const path of [...site.keys()].sort()) hash.update(`${path}\0${site.get(path)!.hash}\n`);
  return hash.digest('hex').slice(0, 16);
}

async function writeServiceWorker(root: string, site: Map<string, SiteFile>, build_: string): Promise<{ count: number }> {
  const work = mkdtempSync(join(tmpdir(), 'sw-'));
  try {
    const bundled = join(work, 'sw.js');
    await build({
      entryPoints: [fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      outfile: bundled,
      define: { BUILD_ID: JSON.stringify(build_) },
      logLevel: 'warning',
    });
    // The offline pages and the styles they use; fonts come as pages use them (a Vietnamese reader never needs the Lao ones).
    const offlinePages = LANGS.map(offlinePagePath);
    const styles = withWhatTheyUse(site, offlinePages).filter((file) => file.path.endsWith('.css'));
    const { count, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(root, 'sw.js'),
      globDirectory: root,
      globPatterns: offlinePages.map((path) => `${path.slice(1)}index.html`),
      additionalPrecacheEntries: styles.map((file) => ({ url: file.path, revision: null })),
      manifestTransforms: [
        (entries) => ({
          manifest: entries.map((entry) => ({ ...entry, url: entry.url.replace(/^\/?/, '/').replace(/index\.html$/, '') })),
          warnings: [],
        }),
      ],
      injectionPoint: 'self.__SW_MANIFEST',
    });
    if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
    return { count };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The save controls' code, bundled here rather than by Vite: Vite's import() would bring its 1 KB preload helper into every page's loader. */
async function writeSaveModule(root: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('../scripts/offline-save.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    outfile: join(root, SAVE_MODULE.slice(1)),
    logLevel: 'warning',
  });
}

/** Writes the manifests, fills the save controls' sizes and writes the worker; returns the build id. */
export async function writeOffline(root: string): Promise<{ build: string; sets: number; precached: number }> {
  const site = readSite(root);
  const build_ = buildId(site);
  const sizes = new Map<OfflineScope, string>();
  const bytes = new Map<OfflineScope, number>();
  const sets = offlineSets(site);
  for (const [scope, files] of sets) {
    const manifest = manifestOf(scope, build_, files);
    const file = join(root, manifestPath(scope).slice(1));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(manifest));
    sizes.set(scope, formatDownloadSize(manifest.bytes, scopeLang(scope) as Lang));
    bytes.set(scope, manifest.bytes);
  }
  // Only the pages with a save control are read again (at 10,000 practices per language, 60,000 pages were).
  for (const page of site.values()) {
    if (page.sizeSlots) writeFileSync(page.file, fillSizeSlots(emptySizeSlots(readFileSync(page.file, 'utf8')), sizes, bytes));
  }
  await writeSaveModule(root);
  const { count } = await writeServiceWorker(root, site, build_);
  return { build: build_, sets: sets.size, precached: count };
}

export function offline(): AstroIntegration {
  return {
    name: 'offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { build: id, sets, precached } = await writeOffline(fileURLToPath(dir));
        logger.info(`build ${id}: ${sets} sets to save for offline reading, sw.js with ${precached} precached files`);
      },
    },
  };
}

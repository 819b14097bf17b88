/**
 * Offline reading: what a reader can save on their device and how a saved
 * set is named. Shared by the build (src/integrations/offline.ts writes one
 * manifest per set), the service worker (src/sw/service-worker.ts downloads
 * and serves the sets) and the page (src/scripts/offline-*.ts).
 *
 * A set is a language (every file under /<lang>/, the brief builder's
 * sections and words in every language, the assets those files use and the
 * language's search index under /pagefind/<lang>/), a theme (its
 * page, the entry pages it links to and their assets) or an exchange's
 * briefing pack (every file under /<lang>/exchanges/<slug>/brief/ and its
 * assets). Each saved set lives in a cache of its own whose name carries the
 * build it was downloaded from, so that the files of two builds never meet
 * in one set (a search index is a set of files that must come from one build).
 */
import { LANGS, type Lang } from './languages.ts';

/** `vi`, `vi/themes/digital-government`, `vi/exchanges/hue-2025/brief`: a set, as it names its manifest and its cache. */
export type OfflineScope = string;

/** What the build writes for each set at {@link manifestPath}. */
export interface OfflineManifest {
  scope: OfflineScope;
  /** The build the files are of; a new deployment has a new one. */
  build: string;
  /** Site paths of every file of the set, pages first. */
  files: string[];
  /** How many of the files are pages. */
  pages: number;
  /** The files' size on the server, in bytes: what saving downloads at most (text is sent compressed). */
  bytes: number;
}

/** The save controls' code, bundled at the end of the build (src/integrations/offline.ts) and loaded when a control is pressed. */
export const SAVE_MODULE = '/offline/save.js';

const SCOPE = /^(vi|lo|en)(?:\/(themes)\/([a-z0-9-]+)|\/(exchanges)\/([a-z0-9-]+)\/(brief))?$/;

export function isOfflineScope(value: string): value is OfflineScope {
  return SCOPE.test(value);
}

export const languageScope = (lang: Lang): OfflineScope => lang;
export const themeScope = (lang: Lang, slug: string): OfflineScope => `${lang}/themes/${slug}`;
export const briefingPackScope = (lang: Lang, exchange: string): OfflineScope => `${lang}/exchanges/${exchange}/brief`;

/** The language of a set. */
export function scopeLang(scope: OfflineScope): Lang {
  return scope.slice(0, 2) as Lang;
}

/** Where the build writes a set's manifest: `/offline/vi.json`, `/offline/vi/themes/x.json`. */
export function manifestPath(scope: OfflineScope): string {
  return `/offline/${scope}.json`;
}

/** The page a reader gets, in their language, when a page they ask for offline was never opened nor saved. */
export function offlinePagePath(lang: Lang): string {
  return `/${lang}/offline/`;
}

/** The language of the offline page for a request: the path's, else the first language. */
export function offlinePageFor(path: string): string {
  const lang = LANGS.find((each) => path === `/${each}` || path.startsWith(`/${each}/`));
  return offlinePagePath(lang ?? LANGS[0]);
}

const CACHE_PREFIX = 'offline:';

/** The cache that holds a set saved from one build: `offline:vi:3f9a…`. */
export function savedCacheName(scope: OfflineScope, build: string): string {
  return `${CACHE_PREFIX}${scope}:${build}`;
}

/** The set and build of a saved set's cache name; undefined for any other cache. */
export function parseSavedCacheName(name: string): { scope: OfflineScope; build: string } | undefined {
  if (!name.startsWith(CACHE_PREFIX)) return undefined;
  const [scope = '', build = '', ...rest] = name.slice(CACHE_PREFIX.length).split(':');
  return isOfflineScope(scope) && build !== '' && rest.length === 0 ? { scope, build } : undefined;
}

/** The scope a page's save control names, for the set a page belongs to as a theme page or a briefing pack. */
export function scopeOfPage(path: string): OfflineScope | undefined {
  const theme = /^\/(vi|lo|en)\/themes\/([a-z0-9-]+)\/$/.exec(path);
  if (theme) return themeScope(theme[1] as Lang, theme[2]!);
  const pack = /^\/(vi|lo|en)\/exchanges\/([a-z0-9-]+)\/brief\/$/.exec(path);
  if (pack) return briefingPackScope(pack[1] as Lang, pack[2]!);
  return undefined;
}

/**
 * The site files a text refers to: hashed assets (`/_astro/…`, in HTML
 * attributes, `srcset` lists and CSS `url()`), and the chunks a script
 * imports by relative path (`./search.Bx1.js` beside it).
 */
export function referencedFiles(text: string, fromPath: string): string[] {
  const found = new Set<string>();
  for (const [path] of text.matchAll(/\/_astro\/[^\s"'`()<>,;\\]+/g)) found.add(path);
  if (fromPath.startsWith('/_astro/')) {
    const dir = fromPath.slice(0, fromPath.lastIndexOf('/') + 1);
    for (const match of text.matchAll(/["'`(]\.\/([^\s"'`()<>,;\\]+)/g)) found.add(dir + match[1]!);
  }
  found.delete(fromPath);
  return [...found];
}

/** Which page paths of a language a theme page links to: entry pages of the same language. */
export function linkedEntryPages(html: string, lang: Lang): string[] {
  const found = new Set<string>();
  const pattern = new RegExp(`href="(/${lang}/(?:practices|exchanges|guides|localities)/[a-z0-9-]+/)(?:#[^"]*)?"`, 'g');
  for (const match of html.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** A download size as a reader reads it: `4.2 MB`, `850 kB`, in the page's language. */
export function formatDownloadSize(bytes: number, lang: Lang): string {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)));
}

/** The empty slot a save control leaves in the page for its set's size, filled in after the build has written every file. */
export function sizeSlot(scope: OfflineScope): string {
  return `<data data-offline-size="${scope}"></data>`;
}

/** A page as it was before its slots were filled: what the build id and sizes are worked out from, so that doing it twice changes nothing. */
export function emptySizeSlots(html: string): string {
  return html.replace(/<data data-offline-size="([^"]+)" value="\d+">[^<]*<\/data>/g, (_filled, scope: string) =>
    sizeSlot(scope),
  );
}

/**
 * Fills each size slot of a page with the size of its set. A slot whose set
 * has no manifest stops the build: a control must never offer a download it
 * cannot state.
 */
export function fillSizeSlots(
  html: string,
  sizes: ReadonlyMap<OfflineScope, string>,
  bytes: ReadonlyMap<OfflineScope, number>,
): string {
  return html.replace(/<data data-offline-size="([^"]+)"><\/data>/g, (_slot, scope: string) => {
    const size = sizes.get(scope);
    if (size === undefined) throw new Error(`A save control names the set "${scope}", which has no manifest`);
    return `<data data-offline-size="${scope}" value="${bytes.get(scope)}">${size}</data>`;
  });
}

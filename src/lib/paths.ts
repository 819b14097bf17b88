import type { Collection, EntryCollection } from './content/schema.ts';
import type { PackSectionKind } from './briefDocument.ts';
import { isLang, LANGS, type Lang } from './languages.ts';

export type { EntryCollection };

/** A path's leading language segment: `/lo` of `/lo/practices/`. */
const LANG_SEGMENT = new RegExp(`^/(${LANGS.join('|')})(?=/|$)`);

/**
 * The site's icon, drawn from public/favicon.svg by `npm run favicon`: a PNG,
 * because Chromium draws an SVG icon on the page's main thread.
 */
export const FAVICON_PATH = '/favicon.png';
/** Its width and height in pixels. */
export const FAVICON_SIZE = 32;

/** `/vi/`, the home page of a language. */
export function homePath(lang: Lang): string {
  return `/${lang}/`;
}

/** `/lo/practices/`, a list page. */
export function listPath(lang: Lang, section: Collection | 'search'): string {
  return `/${lang}/${section}/`;
}

/** `/en/practices/hue-service-centre-network/`, as the content contract fixes it. */
export function entryPath(lang: Lang, collection: EntryCollection, slug: string): string {
  return `/${lang}/${collection}/${slug}/`;
}

/** `/vi/glossary/#one-stop-mechanism`: glossary terms are anchors on one page. */
export function glossaryTermPath(lang: Lang, id: string): string {
  return `/${lang}/glossary/#${id}`;
}

/**
 * The same page in another language: swaps the leading language segment.
 * A side-by-side brief (`/lo/exchanges/x/brief/vi/`) read in the language
 * it sets beside becomes the same pair the other way round
 * (`/vi/exchanges/x/brief/lo/`), since a language is never beside itself.
 */
export function switchLanguage(path: string, to: Lang): string {
  const from = langOfPath(path);
  const swapped = path.replace(LANG_SEGMENT, `/${to}`);
  return from ? swapped.replace(new RegExp(`(/brief/)${to}/$`), `$1${from}/`) : swapped;
}

/** `/lo/brief/`, the brief builder; the selection follows as a query string. */
export function briefPath(lang: Lang): string {
  return `/${lang}/brief/`;
}

/** `/lo/brief/common.json`: the brief builder's words in that language, and every glossary term. */
export function briefCommonPath(lang: Lang): string {
  return `${briefPath(lang)}common.json`;
}

/** Where every briefing-pack section is: a language saved for offline reading takes them all, for the builder. */
export const BRIEF_PARTS_ROOT = '/brief/parts/';

/**
 * `/brief/parts/practices/hue-one-stop/`: one section of a briefing pack in
 * every language, which the brief builder fetches by script. One file per
 * entry rather than one per entry and language: at 10,000 practices per
 * language that is 20,000 fewer pages to render and write, and a pack with
 * two languages side by side fetches each section once.
 */
export function briefPartPath(kind: PackSectionKind, slug: string): string {
  return `${BRIEF_PARTS_ROOT}${kind}/${slug}/`;
}

/**
 * The host finder, narrowed to a theme and a country: `/vi/hosts/`,
 * `/vi/hosts/service-centres/`, `/vi/hosts/service-centres/la/`,
 * `/vi/hosts/all/la/` (every theme, one country).
 */
export function hostsPath(lang: Lang, filter: { theme?: string | undefined; country?: string | undefined }): string {
  if (!filter.theme && !filter.country) return `/${lang}/hosts/`;
  return `/${lang}/hosts/${filter.theme ?? 'all'}/${filter.country ? `${filter.country}/` : ''}`;
}

/** Where the search indexes are: the service worker never keeps their files one by one (src/sw/service-worker.ts). */
export const SEARCH_INDEX_ROOT = '/pagefind/';

/** `/pagefind/lo/`: each language's search index is a bundle of its own, so a search in one language loads only that. */
export function searchBundlePath(lang: Lang): string {
  return `${SEARCH_INDEX_ROOT}${lang}/`;
}

/** The language a site path is in (its first segment), if any. */
export function langOfPath(path: string): Lang | undefined {
  const segment = LANG_SEGMENT.exec(path)?.[1];
  return isLang(segment) ? segment : undefined;
}

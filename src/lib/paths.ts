import type { Lang } from './languages.ts';

/** The content collections that have one public page per entry. */
export type EntryCollection = 'practices' | 'exchanges' | 'guides' | 'localities' | 'themes';

/** `/vi/`, the home page of a language. */
export function homePath(lang: Lang): string {
  return `/${lang}/`;
}

/** `/lo/practices/`, a list page. */
export function listPath(lang: Lang, section: EntryCollection | 'glossary' | 'search'): string {
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
  const from = /^\/(vi|lo|en)(?=\/|$)/.exec(path)?.[1];
  const swapped = path.replace(/^\/(vi|lo|en)(?=\/|$)/, `/${to}`);
  return from ? swapped.replace(new RegExp(`(/brief/)${to}/$`), `$1${from}/`) : swapped;
}

/** `/lo/brief/`, the brief builder; the selection follows as a query string. */
export function briefPath(lang: Lang): string {
  return `/${lang}/brief/`;
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

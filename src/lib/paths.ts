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

/** The same page in another language: swaps the leading language segment. */
export function switchLanguage(path: string, to: Lang): string {
  return path.replace(/^\/(vi|lo|en)(?=\/|$)/, `/${to}`);
}

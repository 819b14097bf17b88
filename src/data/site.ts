/**
 * The whole site's content, loaded once per build from Astro's collections
 * and grouped into entries. Pages read from here and stay thin.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { groupVersions, type Entry } from '../lib/entries.ts';
import { isLang, type Lang } from '../lib/languages.ts';
import { COLLECTIONS, isArticleCollection, type ArticleCollection, type DataCollection } from '../lib/content/schema.ts';

export type PracticeEntry = Entry<CollectionEntry<'practices'>['data'], CollectionEntry<'practices'>>;
export type ExchangeEntry = Entry<CollectionEntry<'exchanges'>['data'], CollectionEntry<'exchanges'>>;
export type GuideEntry = Entry<CollectionEntry<'guides'>['data'], CollectionEntry<'guides'>>;
/** Any practice, exchange or guide, for what treats them alike (titles, text, briefs). */
export type ArticleEntry = Entry<
  CollectionEntry<'practices' | 'exchanges' | 'guides'>['data'],
  CollectionEntry<'practices' | 'exchanges' | 'guides'>
>;
export type LocalityEntry = CollectionEntry<'localities'>;
export type ThemeEntry = CollectionEntry<'themes'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

/** Each article collection's entries, by its name (`site.practices`). */
type ArticleEntries = { [C in ArticleCollection]: Entry<CollectionEntry<C>['data'], CollectionEntry<C>>[] };
/** Each YAML collection's entries, in file order. */
type DataEntries = { [C in DataCollection]: CollectionEntry<C>[] };

export interface Site extends ArticleEntries {
  localities: Map<string, LocalityEntry>;
  themes: Map<string, ThemeEntry>;
  glossary: GlossaryEntry[];
  /** Every collection of YAML entries, for what treats them alike (the translations page). */
  data: DataEntries;
}

/** Drafts are published only in `astro dev` and with INCLUDE_DRAFTS=1 (see src/integrations/drafts.ts). */
const includeDrafts: boolean = import.meta.env.INCLUDE_DRAFTS;

/** `hue-service-centre.vi` → slug and language; the content check has already refused other names. */
function splitId(id: string): { slug: string; lang: Lang } {
  const dot = id.lastIndexOf('.');
  const lang = id.slice(dot + 1);
  if (!isLang(lang)) throw new Error(`Unexpected content id "${id}": the content check should have refused it`);
  return { slug: id.slice(0, dot), lang };
}

async function articles<C extends ArticleCollection>(collection: C) {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return groupVersions(
    entries.map((source) => ({ ...splitId(source.id), data: source.data as CollectionEntry<C>['data'], source })),
    { includeDrafts },
  );
}

let loading: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  loading ??= (async () => {
    const byArticle: Partial<Record<ArticleCollection, unknown>> = {};
    const data: Partial<Record<DataCollection, unknown>> = {};
    // Every collection of the contract, in its order.
    for (const collection of COLLECTIONS) {
      if (isArticleCollection(collection)) byArticle[collection] = await articles(collection);
      else data[collection] = await getCollection(collection);
    }
    const yaml = data as DataEntries;
    return {
      ...(byArticle as ArticleEntries),
      localities: new Map(yaml.localities.map((entry) => [entry.id, entry])),
      themes: new Map(yaml.themes.map((entry) => [entry.id, entry])),
      glossary: yaml.glossary,
      data: yaml,
    };
  })();
  return loading;
}

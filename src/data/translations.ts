/** Every entry of the site with its state in each language: for coordinators and translators. */
import { articleStates, textStates, type TranslationState } from '../lib/translations.ts';

/** A YAML entry's translation marks, per language. */
type YamlTranslation = Parameters<typeof textStates>[1];
import type { Lang } from '../lib/languages.ts';
import { LANGS } from '../lib/languages.ts';
import { pickText, type LocalisedText } from '../lib/localised.ts';
import { titleWithLang, type Entry, type VersionData } from '../lib/entries.ts';
import { entryPath, listPath, type EntryCollection } from '../lib/paths.ts';
import type { Site } from './site.ts';
import {
  COLLECTIONS,
  CONTENT_TYPES,
  isArticleCollection,
  type ArticleCollection,
  type Collection,
  type DataCollection,
} from '../lib/content/schema.ts';

/** Every collection of the contract is listed, in the contract's order. */
export const TRANSLATED_COLLECTIONS = COLLECTIONS;
export type TranslatedCollection = Collection;

export interface TranslationRow {
  collection: TranslatedCollection;
  id: string;
  /** The entry's name for a reader of `lang`, with the language it is in. */
  title: (lang: Lang) => { text: string; lang: Lang };
  /** Where the entry is read in a language. */
  path: (lang: Lang) => string;
  states: Record<Lang, TranslationState>;
}

const has = (text: LocalisedText) =>
  Object.fromEntries(LANGS.map((lang) => [lang, Boolean(text[lang])])) as Record<Lang, boolean>;

function articleRows(collection: ArticleCollection, entries: ReadonlyArray<Entry<VersionData, unknown>>): TranslationRow[] {
  return entries.map((entry) => ({
    collection,
    id: entry.slug,
    title: (lang) => titleWithLang(entry, lang),
    path: (lang) => entryPath(lang, collection, entry.slug),
    states: articleStates(entry),
  }));
}

/** A YAML entry's address: its own page, or its anchor on the collection's page (a glossary term). */
function dataPath(collection: DataCollection, id: string, lang: Lang): string {
  return CONTENT_TYPES[collection].entryPages
    ? entryPath(lang, collection as EntryCollection, id)
    : `${listPath(lang, collection)}#${id}`;
}

function dataRows(collection: DataCollection, entries: ReadonlyArray<{ id: string; data: object }>): TranslationRow[] {
  return entries.map((entry) => {
    const data = entry.data as Record<string, unknown> & { translation?: YamlTranslation };
    // The field that names the entry is a text per language (`nameField` in schema.ts).
    const name = data[CONTENT_TYPES[collection].nameField] as LocalisedText;
    return {
      collection,
      id: entry.id,
      title: (lang) => pickText(name, lang),
      path: (lang) => dataPath(collection, entry.id, lang),
      states: textStates(has(name), data.translation),
    };
  });
}

/** Every entry of every collection, in the contract's order. */
export function translationRows(site: Site): TranslationRow[] {
  return COLLECTIONS.flatMap((collection) =>
    isArticleCollection(collection) ? articleRows(collection, site[collection]) : dataRows(collection, site.data[collection]),
  );
}

/** Every entry of the site with its state in each language: for coordinators and translators. */
import { articleStates, textStates, type TranslationState } from '../lib/translations.ts';
import type { Lang } from '../lib/languages.ts';
import { LANGS } from '../lib/languages.ts';
import { pickText, type LocalisedText } from '../lib/localised.ts';
import { titleWithLang, type Entry, type VersionData } from '../lib/entries.ts';
import { entryPath, glossaryTermPath } from '../lib/paths.ts';
import type { Site } from './site.ts';
import { COLLECTIONS, type Collection } from '../lib/content/schema.ts';

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

function articleRows(
  collection: 'practices' | 'exchanges' | 'guides',
  entries: ReadonlyArray<Entry<VersionData, unknown>>,
): TranslationRow[] {
  return entries.map((entry) => ({
    collection,
    id: entry.slug,
    title: (lang) => titleWithLang(entry, lang),
    path: (lang) => entryPath(lang, collection, entry.slug),
    states: articleStates(entry),
  }));
}

export function translationRows(site: Site): TranslationRow[] {
  const localities = [...site.localities.values()].map((locality): TranslationRow => ({
    collection: 'localities',
    id: locality.id,
    title: (lang) => pickText(locality.data.name, lang),
    path: (lang) => entryPath(lang, 'localities', locality.id),
    states: textStates(has(locality.data.name), locality.data.translation),
  }));
  const themes = [...site.themes.values()].map((theme): TranslationRow => ({
    collection: 'themes',
    id: theme.id,
    title: (lang) => pickText(theme.data.name, lang),
    path: (lang) => entryPath(lang, 'themes', theme.id),
    states: textStates(has(theme.data.name), theme.data.translation),
  }));
  const glossary = site.glossary.map((term): TranslationRow => ({
    collection: 'glossary',
    id: term.id,
    title: (lang) => pickText(term.data.term, lang),
    path: (lang) => glossaryTermPath(lang, term.id),
    states: textStates(has(term.data.term), term.data.translation),
  }));
  return [
    ...articleRows('practices', site.practices),
    ...articleRows('exchanges', site.exchanges),
    ...articleRows('guides', site.guides),
    ...localities,
    ...themes,
    ...glossary,
  ];
}

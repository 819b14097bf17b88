/**
 * The site's renamed entries, for the redirect pages: each former address
 * with the entry it now leads to and that entry's title in the reader's
 * language (src/lib/redirects.ts makes the addresses).
 */
import { titleWithLang, type Entry, type VersionData } from '../lib/entries.ts';
import type { Lang } from '../lib/languages.ts';
import { pickText, type TextIn } from '../lib/localised.ts';
import type { EntryCollection } from '../lib/paths.ts';
import { redirectsOf, type Redirect, type RenamedEntry } from '../lib/redirects.ts';
import type { Site } from './site.ts';

export interface RedirectPage extends Redirect {
  /** The present entry's title (or name) as a reader of `lang` sees it, with the language it is written in. */
  title: TextIn;
}

type Titled = RenamedEntry & { titleIn: (lang: Lang) => TextIn };

/** An article's former slugs are those of all its language versions: a rename renames every file. */
function article(collection: EntryCollection, entry: Entry<VersionData & { redirectFrom?: string[] | undefined }>): Titled {
  const redirectFrom = Object.values(entry.versions).flatMap((version) => version?.data.redirectFrom ?? []);
  return { collection, slug: entry.slug, redirectFrom, titleIn: (lang) => titleWithLang(entry, lang) };
}

export function redirectPages(site: Site): RedirectPage[] {
  const entries: Titled[] = [
    ...site.practices.map((entry) => article('practices', entry)),
    ...site.exchanges.map((entry) => article('exchanges', entry)),
    ...site.guides.map((entry) => article('guides', entry)),
    ...[...site.localities.values()].map((entry) => ({
      collection: 'localities' as const,
      slug: entry.id,
      redirectFrom: entry.data.redirectFrom,
      titleIn: (lang: Lang) => pickText(entry.data.name, lang),
    })),
    ...[...site.themes.values()].map((entry) => ({
      collection: 'themes' as const,
      slug: entry.id,
      redirectFrom: entry.data.redirectFrom,
      titleIn: (lang: Lang) => pickText(entry.data.name, lang),
    })),
  ];
  const bySlug = new Map(entries.map((entry) => [`${entry.collection}/${entry.slug}`, entry]));
  return redirectsOf(entries).map((redirect) => ({
    ...redirect,
    title: bySlug.get(`${redirect.collection}/${redirect.slug}`)!.titleIn(redirect.lang),
  }));
}

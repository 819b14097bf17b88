/**
 * One entry, several language versions. The contract makes `<slug>.<lang>.mdx`
 * files of one slug a single entry; this module groups them and answers what
 * a page needs: which languages exist, which text to show, and which version
 * the shared facts come from.
 */
import type { IsoDate } from './dates.ts';
import { LANGS, type Lang } from './languages.ts';

/** What every language version carries, whatever its collection. */
export interface VersionData {
  title: string;
  date: IsoDate;
  updated?: IsoDate | undefined;
  draft: boolean;
  translation?:
    { status: 'original' | 'reviewed' | 'machine'; from?: Lang | undefined; fromDate?: IsoDate | undefined } | undefined;
}

export interface Version<D extends VersionData, E = unknown> {
  lang: Lang;
  data: D;
  /** The loader's entry, for rendering the body. */
  source: E;
}

export interface Entry<D extends VersionData, E = unknown> {
  slug: string;
  /** The versions that exist, by language. */
  versions: Partial<Record<Lang, Version<D, E>>>;
  /** Languages that have a version, in the site's language order. */
  langs: Lang[];
  /** Versions from the most recently revised to the least; originals first on a tie. */
  byRevision: Version<D, E>[];
}

/** The day a version was last revised: `updated`, else `date`. */
export function revisionOf(data: VersionData): IsoDate {
  return data.updated ?? data.date;
}

const isOriginal = (data: VersionData) => (data.translation?.status ?? 'original') === 'original';

/**
 * Groups versions (`{ slug, lang, data }`) into entries. Drafts are left out
 * unless `includeDrafts`: a draft language version counts as missing.
 */
export function groupVersions<D extends VersionData, E>(
  versions: ReadonlyArray<{ slug: string; lang: Lang; data: D; source: E }>,
  { includeDrafts = false } = {},
): Entry<D, E>[] {
  const bySlug = new Map<string, Partial<Record<Lang, Version<D, E>>>>();
  for (const { slug, lang, data, source } of versions) {
    if (data.draft && !includeDrafts) continue;
    const entry = bySlug.get(slug) ?? {};
    entry[lang] = { lang, data, source };
    bySlug.set(slug, entry);
  }
  return [...bySlug].map(([slug, entryVersions]) => {
    const present = LANGS.filter((lang) => entryVersions[lang]);
    const byRevision = present
      .map((lang) => entryVersions[lang]!)
      .sort(
        (a, b) => revisionOf(b.data).localeCompare(revisionOf(a.data)) || Number(isOriginal(b.data)) - Number(isOriginal(a.data)),
      );
    return { slug, versions: entryVersions, langs: present, byRevision };
  });
}

/**
 * A fact shared by all versions (figures, leaders, sources...), taken from
 * the most recently revised version that has it, with that version's
 * language so that its labels are marked up in the right `lang`. Among
 * versions revised the same day, the reader's own language wins: it says the
 * same thing, in words the reader can read.
 */
export function latestFact<D extends VersionData, K extends keyof D>(
  entry: Entry<D, unknown>,
  key: K,
  readerLang?: Lang,
): { lang: Lang; value: NonNullable<D[K]> } | undefined {
  const has = (version: Version<D, unknown>) => {
    const value = version.data[key];
    return value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0);
  };
  const candidates = entry.byRevision.filter(has);
  const newest = candidates[0];
  if (!newest) return undefined;
  const own = candidates.find((version) => version.lang === readerLang && revisionOf(version.data) === revisionOf(newest.data));
  const chosen = own ?? newest;
  return { lang: chosen.lang, value: chosen.data[key] as NonNullable<D[K]> };
}

/** The version in the reader's language, if there is one. */
export function versionIn<D extends VersionData, E>(entry: Entry<D, E>, lang: Lang): Version<D, E> | undefined {
  return entry.versions[lang];
}

/** The most recent version: the one whose facts lead. */
export function leadVersion<D extends VersionData, E>(entry: Entry<D, E>): Version<D, E> {
  return entry.byRevision[0]!;
}

/**
 * A translation made from an older state of its original: the original has
 * been revised since `fromDate`.
 */
export function isOutdated<D extends VersionData>(entry: Entry<D, unknown>, version: Version<D, unknown>): boolean {
  const translation = version.data.translation;
  if (!translation?.from || !translation.fromDate) return false;
  const original = entry.versions[translation.from];
  return original !== undefined && revisionOf(original.data) > translation.fromDate;
}

/** The version a reader of `lang` is shown: theirs, else the lead version (to be marked up in its own language). */
export function shownVersion<D extends VersionData, E>(entry: Entry<D, E>, lang: Lang): Version<D, E> {
  return entry.versions[lang] ?? leadVersion(entry);
}

/** The title a reader of `lang` sees: their version's, else the lead version's. */
export function titleIn<D extends VersionData>(entry: Entry<D, unknown>, lang: Lang): string {
  return shownVersion(entry, lang).data.title;
}

/** The title a reader of `lang` sees, with the language it is really written in. */
export function titleWithLang<D extends VersionData>(entry: Entry<D, unknown>, lang: Lang): { text: string; lang: Lang } {
  const version = shownVersion(entry, lang);
  return { text: version.data.title, lang: version.lang };
}

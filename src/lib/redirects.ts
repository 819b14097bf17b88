/**
 * Renamed entries keep their old addresses: the contract makes public URLs
 * permanent. An entry's `redirectFrom` lists its former slugs (or ids); this
 * module is the one place that turns them into old address → new address,
 * for the redirect pages (src/pages/[lang]/[...former].astro), nginx's 301s
 * (redirects.conf, included by deploy/nginx/) and the tests; and it finds
 * the former slugs the content check refuses.
 */
import { LANGS, type Lang } from './languages.ts';
import { entryPath, type EntryCollection } from './paths.ts';

/** An entry as the relation needs it: where it lives now and what it was called before. */
export interface RenamedEntry {
  collection: EntryCollection;
  slug: string;
  redirectFrom?: readonly string[] | undefined;
}

export interface Redirect {
  lang: Lang;
  collection: EntryCollection;
  /** The entry's present slug. */
  slug: string;
  /** The former address, `/vi/practices/old-slug/`. */
  from: string;
  /** The present address, `/vi/practices/new-slug/`. */
  to: string;
}

/** Every former address of every entry, in every language (each entry has a page in each), sorted by address. */
export function redirectsOf(entries: Iterable<RenamedEntry>): Redirect[] {
  const redirects: Redirect[] = [];
  for (const { collection, slug, redirectFrom = [] } of entries) {
    for (const former of new Set(redirectFrom)) {
      for (const lang of LANGS) {
        redirects.push({
          lang,
          collection,
          slug,
          from: entryPath(lang, collection, former),
          to: entryPath(lang, collection, slug),
        });
      }
    }
  }
  return redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** A former slug that cannot redirect: a live entry has that slug, or an earlier entry claimed it first. */
export interface FormerSlugClash<E extends RenamedEntry> {
  entry: E;
  /** Its position in the entry's `redirectFrom`. */
  index: number;
  former: string;
  /** `live`: `other` has this slug now; `former`: `other` lists it in its own `redirectFrom`. */
  kind: 'live' | 'former';
  other: E;
}

/**
 * Former slugs that would take a reader to the wrong page, per collection:
 * one that is a live entry's slug (the entry's own included), or one that
 * an earlier entry (in the order given) already lists. Entries sharing a
 * slug are one entry's language versions, which may repeat the same list.
 */
export function formerSlugClashes<E extends RenamedEntry>(entries: readonly E[]): FormerSlugClash<E>[] {
  const live = new Map<string, E>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.slug}`;
    if (!live.has(key)) live.set(key, entry);
  }
  const claimed = new Map<string, E>();
  const clashes: FormerSlugClash<E>[] = [];
  for (const entry of entries) {
    (entry.redirectFrom ?? []).forEach((former, index) => {
      const key = `${entry.collection}/${former}`;
      const owner = live.get(key);
      if (owner) {
        clashes.push({ entry, index, former, kind: 'live', other: owner });
        return;
      }
      const first = claimed.get(key);
      if (first && first.slug !== entry.slug) clashes.push({ entry, index, former, kind: 'former', other: first });
      else if (!first) claimed.set(key, entry);
    });
  }
  return clashes;
}

/**
 * nginx's `map` from a requested path to its new address, for the http block
 * (deploy/nginx/vn-la-reform.conf includes it and answers with a 301). A
 * former address is matched with and without its trailing slash.
 */
export function nginxRedirectMap(redirects: readonly Redirect[]): string {
  const quote = (path: string) => `"${path}"`;
  return [
    '# Generated at build time from the entries’ redirectFrom (src/lib/redirects.ts): former address → present address.',
    'map $uri $vn_la_reform_redirect {',
    '    default "";',
    ...redirects.flatMap(({ from, to }) => [
      `    ${quote(from)} ${quote(to)};`,
      `    ${quote(from.replace(/\/$/, ''))} ${quote(to)};`,
    ]),
    '}',
    '',
  ].join('\n');
}

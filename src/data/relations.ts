/**
 * Links between entries, in both directions: a practice lists the exchanges
 * where it was shared, and an exchange lists the practices it studied; either
 * side may record the link, and both pages show it. Lists of links are
 * shared facts, read from the lead (most recently revised) version.
 */
import { leadVersion, type Entry, type VersionData } from '../lib/entries.ts';
import { relatedIndex, type PracticeLinks, type RelatedPractice } from '../lib/related.ts';
import type { ExchangeEntry, GuideEntry, PracticeEntry, Site } from './site.ts';

export function exchangesOfPractice(site: Site, practice: PracticeEntry): ExchangeEntry[] {
  const listed = leadVersion(practice).data.exchanges ?? [];
  return site.exchanges.filter(
    (exchange) => listed.includes(exchange.slug) || (leadVersion(exchange).data.practices ?? []).includes(practice.slug),
  );
}

export function practicesOfExchange(site: Site, exchange: ExchangeEntry): PracticeEntry[] {
  const listed = leadVersion(exchange).data.practices ?? [];
  return site.practices.filter(
    (practice) => listed.includes(practice.slug) || (leadVersion(practice).data.exchanges ?? []).includes(exchange.slug),
  );
}

export function guidesOfPractice(site: Site, practice: PracticeEntry): GuideEntry[] {
  return site.guides.filter((guide) => (leadVersion(guide).data.practices ?? []).includes(practice.slug));
}

export function practicesOfGuide(site: Site, guide: GuideEntry): PracticeEntry[] {
  const listed = leadVersion(guide).data.practices ?? [];
  return site.practices.filter((practice) => listed.includes(practice.slug));
}

/** Entries that name a theme among their themes. */
export function aboutTheme<T extends Entry<VersionData & { themes: string[] }, unknown>>(
  entries: readonly T[],
  themeId: string,
): T[] {
  return entries.filter((entry) => leadVersion(entry).data.themes.includes(themeId));
}

/** What a practice shares with others, for ranking related practices. */
function linksOf(site: Site, practice: PracticeEntry): PracticeLinks {
  const { date, themes, locality } = leadVersion(practice).data;
  return {
    slug: practice.slug,
    date,
    themes,
    locality,
    parentLocality: site.localities.get(locality)?.data.parent,
    exchanges: exchangesOfPractice(site, practice).map((exchange) => exchange.slug),
  };
}

/** Every practice's links and the ranking of related practices, worked out once per site rather than once per practice page. */
const linksBySite = new WeakMap<
  Site,
  {
    bySlug: Map<string, { practice: PracticeEntry; links: PracticeLinks }>;
    /** The ranking, by how many practices it keeps (the ranking reads the lead version only: one for every language). */
    related: Map<number, (practice: PracticeLinks) => RelatedPractice[]>;
    all: PracticeLinks[];
  }
>();

function siteLinks(site: Site) {
  let links = linksBySite.get(site);
  if (!links) {
    const all = site.practices.map((practice) => ({ practice, links: linksOf(site, practice) }));
    links = {
      all: all.map((each) => each.links),
      bySlug: new Map(all.map((each) => [each.practice.slug, each])),
      related: new Map(),
    };
    linksBySite.set(site, links);
  }
  return links;
}

/** The practices most related to one practice (src/lib/related.ts says how they rank). */
export function practicesRelatedTo(site: Site, practice: PracticeEntry, limit = 5): PracticeEntry[] {
  const { all, bySlug, related } = siteLinks(site);
  let ranking = related.get(limit);
  if (!ranking) related.set(limit, (ranking = relatedIndex(all, limit)));
  return ranking(bySlug.get(practice.slug)!.links).map((each) => bySlug.get(each.slug)!.practice);
}

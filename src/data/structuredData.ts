/**
 * schema.org descriptions of pages, as JSON-LD: an Article for practices and
 * guides, an Event for exchanges, an AdministrativeArea for localities. Search
 * engines and partners' tools read them; readers never see them.
 */
import { leadVersion, revisionOf } from '../lib/entries.ts';
import type { Lang } from '../lib/languages.ts';
import { LANGS } from '../lib/languages.ts';
import { pickText } from '../lib/localised.ts';
import type { ExchangeEntry, GuideEntry, LocalityEntry, PracticeEntry, Site } from './site.ts';

export type StructuredData = Record<string, unknown>;

function place(locality: LocalityEntry, lang: Lang) {
  const coordinates = locality.data.coordinates;
  return {
    '@type': 'AdministrativeArea',
    name: pickText(locality.data.name, lang).text,
    alternateName: LANGS.filter((other) => other !== lang && locality.data.name[other]).map(
      (other) => locality.data.name[other]!,
    ),
    ...(coordinates ? { geo: { '@type': 'GeoCoordinates', latitude: coordinates[0], longitude: coordinates[1] } } : {}),
  };
}

export function articleData(entry: PracticeEntry | GuideEntry, site: Site, lang: Lang, url: string): StructuredData | undefined {
  const version = entry.versions[lang];
  if (!version) return undefined;
  const locality = 'locality' in version.data ? site.localities.get(version.data.locality) : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: version.data.title,
    description: version.data.summary,
    inLanguage: lang,
    url,
    datePublished: version.data.date,
    dateModified: revisionOf(version.data),
    ...(locality ? { contentLocation: place(locality, lang) } : {}),
    citation: version.data.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      ...(source.url ? { url: source.url } : {}),
    })),
  };
}

export function exchangeData(exchange: ExchangeEntry, site: Site, lang: Lang, url: string): StructuredData | undefined {
  const version = exchange.versions[lang];
  if (!version) return undefined;
  const facts = leadVersion(exchange).data;
  const host = site.localities.get(facts.host)!;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: version.data.title,
    description: version.data.summary,
    inLanguage: lang,
    url,
    startDate: facts.date,
    endDate: facts.endDate ?? facts.date,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place(host, lang),
    organizer: { '@type': 'GovernmentOrganization', name: pickText(host.data.name, lang).text },
    attendee: facts.guests.map((id) => ({
      '@type': 'GovernmentOrganization',
      name: pickText(site.localities.get(id)!.data.name, lang).text,
    })),
  };
}

export function localityData(locality: LocalityEntry, site: Site, lang: Lang, url: string): StructuredData {
  const parent = locality.data.parent ? site.localities.get(locality.data.parent) : undefined;
  return {
    '@context': 'https://schema.org',
    ...place(locality, lang),
    url,
    ...(parent ? { containedInPlace: place(parent, lang) } : {}),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so that text can never close the element. */
export function jsonLd(data: StructuredData): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

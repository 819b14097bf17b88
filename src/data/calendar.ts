/** The site's exchanges as calendar events, in one language. */
import { useTranslations } from '../i18n/index.ts';
import { leadVersion, revisionOf, shownVersion } from '../lib/entries.ts';
import type { CalendarEvent } from '../lib/calendar.ts';
import { isUpcoming, todayInRegion } from '../lib/exchanges.ts';
import type { Lang } from '../lib/languages.ts';
import { pickText } from '../lib/localised.ts';
import { entryPath } from '../lib/paths.ts';
import type { ExchangeEntry, Site } from './site.ts';

export function exchangeEvent(site: Site, exchange: ExchangeEntry, lang: Lang, siteUrl: URL): CalendarEvent {
  const t = useTranslations(lang);
  const facts = leadVersion(exchange).data;
  // The reader's version when there is one; else the lead version, labelled with its own language.
  const version = shownVersion(exchange, lang);
  const name = (id: string) => pickText(site.localities.get(id)!.data.name, version.lang).text;
  const guests = facts.guests.map(name).join(', ');
  return {
    uid: `${exchange.slug}@${siteUrl.hostname}`,
    start: facts.date,
    end: facts.endDate,
    title: version.data.title,
    // The kind leads: a signing and a study visit call for different preparation. An inferred date says so.
    description:
      [
        `${t(`exchange.kind.${facts.kind}`)}${facts.dateInferred ? ` (${t('entry.dateInferred')})` : ''}.`,
        `${t('exchange.guests')}: ${guests}. ${t('exchange.host')}: ${name(facts.host)}.`,
      ].join(' ') + `\n\n${version.data.summary}`,
    location: name(facts.host),
    url: new URL(entryPath(lang, 'exchanges', exchange.slug), siteUrl).href,
    lang: version.lang,
    categories: [
      useTranslations(version.lang)(`exchange.kind.${facts.kind}`),
      ...facts.themes.map((id) => pickText(site.themes.get(id)!.data.name, version.lang).text),
    ],
    planned: isUpcoming(facts, todayInRegion()),
    // The lead version is the most recently revised one.
    revised: revisionOf(facts),
  };
}

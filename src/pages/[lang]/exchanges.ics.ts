/** `/<lang>/exchanges.ics`: every exchange, held and planned, as a calendar to subscribe to. */
import type { APIRoute } from 'astro';
import { exchangeEvent } from '../../data/calendar.ts';
import { everyLanguage, langParam } from '../../data/paths.ts';
import { loadSite } from '../../data/site.ts';
import { useTranslations } from '../../i18n/index.ts';
import { renderCalendar } from '../../lib/calendar.ts';
import { leadVersion } from '../../lib/entries.ts';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const lang = langParam(params);
  const site = await loadSite();
  const t = useTranslations(lang);
  const exchanges = [...site.exchanges].sort(
    (a, b) => leadVersion(a).data.date.localeCompare(leadVersion(b).data.date) || a.slug.localeCompare(b.slug),
  );
  const body = renderCalendar({
    name: `${t('site.shortName')}: ${t('list.exchanges.title')}`,
    lang,
    events: exchanges.map((exchange) => exchangeEvent(site, exchange, lang, siteUrl!)),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

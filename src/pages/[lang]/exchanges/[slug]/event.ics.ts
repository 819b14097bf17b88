/** `/<lang>/exchanges/<slug>/event.ics`: one exchange, for "add to calendar". */
import type { APIRoute } from 'astro';
import { exchangeEvent } from '../../../../data/calendar.ts';
import { everyLanguageAnd, langParam } from '../../../../data/paths.ts';
import { loadSite, type ExchangeEntry } from '../../../../data/site.ts';
import { renderCalendar } from '../../../../lib/calendar.ts';

export async function getStaticPaths() {
  const site = await loadSite();
  return everyLanguageAnd(site.exchanges, (exchange) => exchange.slug);
}

export const GET: APIRoute = async ({ params, props, site: siteUrl }) => {
  const lang = langParam(params);
  const site = await loadSite();
  const event = exchangeEvent(site, props.item as ExchangeEntry, lang, siteUrl!);
  const body = renderCalendar({ name: event.title, lang: event.lang, events: [event] });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};

/** `/<lang>/localities/<id>/timeline.css`: the filters of the timeline of a place's exchanges (src/data/timeline.ts). */
import type { APIRoute } from 'astro';
import { everyLanguageAnd, langParam } from '../../../../data/paths.ts';
import { loadSite, type LocalityEntry } from '../../../../data/site.ts';
import { cssResponse, exchangeTimeline, exchangesOfLocality, timelineCss } from '../../../../data/timeline.ts';

export async function getStaticPaths() {
  const site = await loadSite();
  const hosts = [...site.localities.values()].filter((locality) => exchangesOfLocality(site, locality.id).length > 0);
  return everyLanguageAnd(hosts, (locality) => locality.id);
}

export const GET: APIRoute = async ({ params, props }) => {
  const site = await loadSite();
  const locality = props.item as LocalityEntry;
  const exchanges = exchangesOfLocality(site, locality.id);
  return cssResponse(timelineCss('locality-exchanges', exchangeTimeline(exchanges, site, langParam(params))));
};

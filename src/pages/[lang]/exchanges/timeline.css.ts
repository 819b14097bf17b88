/** `/<lang>/exchanges/timeline.css`: the filters of the timeline of every exchange (src/data/timeline.ts). */
import type { APIRoute } from 'astro';
import { everyLanguage, langParam } from '../../../data/paths.ts';
import { loadSite } from '../../../data/site.ts';
import { cssResponse, exchangeTimeline, timelineCss } from '../../../data/timeline.ts';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  return cssResponse(timelineCss('all-exchanges', exchangeTimeline(site.exchanges, site, langParam(params))));
};

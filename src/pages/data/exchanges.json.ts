/** `/data/exchanges.json`: every delegation exchange (schema: /<lang>/open-data/). */
import type { APIRoute } from 'astro';
import { exchangesData, LICENCE } from '../../data/openData.ts';
import { loadSite } from '../../data/site.ts';

export const GET: APIRoute = async ({ site: siteUrl }) =>
  Response.json({ licence: LICENCE, exchanges: exchangesData(await loadSite(), siteUrl!) });

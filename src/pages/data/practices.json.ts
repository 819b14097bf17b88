/** `/data/practices.json`: every practice, its languages and sources (schema: /<lang>/open-data/). */
import type { APIRoute } from 'astro';
import { LICENCE, practicesData } from '../../data/openData.ts';
import { loadSite } from '../../data/site.ts';

export const GET: APIRoute = async ({ site: siteUrl }) =>
  Response.json({ licence: LICENCE, practices: practicesData(await loadSite(), siteUrl!) });

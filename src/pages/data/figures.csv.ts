/** `/data/figures.csv`: every figure with its date and source, one row each (columns: /<lang>/open-data/). */
import type { APIRoute } from 'astro';
import { FIGURE_COLUMNS, figureRows, toCsv } from '../../data/openData.ts';
import { loadSite } from '../../data/site.ts';

export const GET: APIRoute = async () =>
  new Response(toCsv(FIGURE_COLUMNS, figureRows(await loadSite())), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });

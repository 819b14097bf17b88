/**
 * `/<lang>/brief/common.json`: what the brief builder needs besides the
 * sections: headings and table labels in this language, and every glossary
 * term as this language shows it.
 */
import type { APIRoute } from 'astro';
import { briefStrings, termRows } from '../../../data/brief.ts';
import { everyLanguage, langParam } from '../../../data/paths.ts';
import { loadSite } from '../../../data/site.ts';

export const getStaticPaths = everyLanguage;

export const GET: APIRoute = async ({ params }) => {
  const lang = langParam(params);
  const site = await loadSite();
  return Response.json({ strings: briefStrings(lang), terms: termRows(site, lang) });
};

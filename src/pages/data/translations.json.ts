/**
 * `/data/translations.json`: where every entry stands in each language, for
 * coordinators' tools. Field names are English; paths are site-relative.
 */
import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { translationRows } from '../../data/translations.ts';
import { LANGS } from '../../lib/languages.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const entries = translationRows(site).map((row) => ({
    collection: row.collection,
    id: row.id,
    versions: Object.fromEntries(
      LANGS.map((lang) => {
        const state = row.states[lang];
        return [lang, state.status === 'missing' ? state : { ...state, path: row.path(lang), title: row.title(lang).text }];
      }),
    ),
  }));
  return Response.json({
    description:
      "Each entry of the site and its state in each language: original, reviewed or machine translation, or missing; outdated when the original was revised after the translation's fromDate.",
    languages: LANGS,
    entries,
  });
};

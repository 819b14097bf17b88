/**
 * `/redirects.conf`: nginx's map of renamed entries' former addresses to
 * their present ones (src/lib/redirects.ts), generated with the pages so it
 * never drifts from them; deploy/nginx/vn-la-reform.conf includes it from
 * the site's root and answers those addresses with a 301.
 */
import type { APIRoute } from 'astro';
import { redirectPages } from '../data/redirects.ts';
import { loadSite } from '../data/site.ts';
import { nginxRedirectMap } from '../lib/redirects.ts';

export const GET: APIRoute = async () =>
  new Response(nginxRedirectMap(redirectPages(await loadSite())), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

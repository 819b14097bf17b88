/**
 * The sitemap (sitemaps.org), pure: one page's entry from its HTML head,
 * and the files the entries make. A sitemap file holds at most 50,000 URLs;
 * beyond that `sitemap.xml` becomes a sitemap index of numbered files, so
 * robots.txt's one address still leads to every page.
 */
import { escapeHtml } from './html.ts';

/** The protocol's limit of URLs in one sitemap file. */
export const URLS_PER_SITEMAP = 50_000;

/** The sitemap entry of one page's HTML (its head is enough), or nothing when it is not to be indexed. */
export function sitemapEntry(html: string): string | undefined {
  if (/<meta name="robots" content="noindex"/.test(html)) return undefined;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!canonical) return undefined;
  const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
    ([, lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeHtml(lang!)}" href="${escapeHtml(href!)}"/>`,
  );
  return `<url><loc>${escapeHtml(canonical)}</loc>${alternates.join('')}</url>`;
}

const XML = '<?xml version="1.0" encoding="utf-8"?>';

function urlSet(entries: readonly string[]): string {
  return [
    XML,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * The sitemap's files, by path from the site's root: `sitemap.xml` with
 * every entry, or, past `URLS_PER_SITEMAP` entries, `sitemap.xml` as an
 * index of `sitemap-1.xml`, `sitemap-2.xml`… (`site` gives their address).
 */
export function sitemapFiles(entries: readonly string[], site: URL, perFile = URLS_PER_SITEMAP): Map<string, string> {
  if (entries.length <= perFile) return new Map([['sitemap.xml', urlSet(entries)]]);
  const files = new Map<string, string>();
  for (let start = 0; start < entries.length; start += perFile)
    files.set(`sitemap-${files.size + 1}.xml`, urlSet(entries.slice(start, start + perFile)));
  const index = [
    XML,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...files.keys()].map((path) => `<sitemap><loc>${escapeHtml(new URL(path, site).href)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return new Map([['sitemap.xml', index], ...files]);
}

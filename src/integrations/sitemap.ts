/**
 * Writes /sitemap.xml after the build from the built pages themselves: each
 * page that search engines may index, at its canonical address, with the
 * hreflang alternates its head declares (only the languages it exists in).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { escapeHtml } from '../lib/html.ts';

/** The sitemap entry of one page's HTML, or nothing when it is not to be indexed. */
export function sitemapEntry(html: string): string | undefined {
  if (/<meta name="robots" content="noindex"/.test(html)) return undefined;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!canonical) return undefined;
  const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
    ([, lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeHtml(lang!)}" href="${escapeHtml(href!)}"/>`,
  );
  return `<url><loc>${escapeHtml(canonical)}</loc>${alternates.join('')}</url>`;
}

export function sitemap(): AstroIntegration {
  return {
    name: 'sitemap',
    hooks: {
      'astro:build:done': ({ dir, pages }) => {
        const root = fileURLToPath(dir);
        const entries = pages
          .map(({ pathname }) => join(root, pathname, 'index.html'))
          .sort()
          .flatMap((file) => {
            try {
              return sitemapEntry(readFileSync(file, 'utf8')) ?? [];
            } catch {
              return []; // endpoints (.ics, .json, .xml) have no index.html
            }
          });
        writeFileSync(
          join(root, 'sitemap.xml'),
          [
            '<?xml version="1.0" encoding="utf-8"?>',
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
            ...entries,
            '</urlset>',
            '',
          ].join('\n'),
        );
      },
    },
  };
}

/**
 * Writes /sitemap.xml after the build from the pages themselves: each page
 * that search engines may index, at its canonical address, with the
 * hreflang alternates its head declares (only the languages it exists in).
 *
 * The entries are taken as the pages are rendered (`readPage`, called by the
 * search index's pass over every page, src/integrations/searchIndex.ts), not
 * by reading every page again once written: at 3,000 practices per language
 * that read took 2 s and 236 MB. Only a page's head is read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapEntry, sitemapFiles } from '../lib/sitemap.ts';

export interface Sitemap {
  integration: AstroIntegration;
  /** One rendered page: its address (`/vi/practices/x/`) and its HTML. */
  readPage: (pathname: string, html: Uint8Array) => void;
}

const HEAD_END = Buffer.from('</head>');
const decoder = new TextDecoder();

export function sitemap(): Sitemap {
  /** Each listed page's entry, by the file it is written to (the order of the sitemap). */
  const entries = new Map<string, string>();
  let site: URL | undefined;
  return {
    readPage: (pathname, html) => {
      // Only pages written as <path>/index.html: /404.html and the like are no addresses to list.
      if (!pathname.endsWith('/')) return;
      const end = Buffer.from(html.buffer, html.byteOffset, html.byteLength).indexOf(HEAD_END);
      const entry = sitemapEntry(decoder.decode(end === -1 ? html : html.subarray(0, end)));
      // A copy: the entry is made of pieces of the page's head, and V8 keeps the whole head alive as long as a
      // piece of it (at 10,000 practices per language, some 60,000 heads).
      if (entry) entries.set(`${pathname}index.html`, JSON.parse(JSON.stringify(entry)) as string);
    },
    integration: {
      name: 'sitemap',
      hooks: {
        'astro:config:done': ({ config }) => {
          site = new URL(config.site ?? 'http://localhost/');
        },
        'astro:build:done': ({ dir }) => {
          const root = fileURLToPath(dir);
          const ordered = [...entries.keys()].sort().map((file) => entries.get(file)!);
          for (const [path, content] of sitemapFiles(ordered, site!)) writeFileSync(join(root, path), content);
        },
      },
    },
  };
}

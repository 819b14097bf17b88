import { describe, expect, it } from 'vitest';
import { sitemapEntry, sitemapFiles, URLS_PER_SITEMAP } from '../../src/lib/sitemap.ts';

const site = new URL('https://example.org/');
const head = (path: string) =>
  `<head><link rel="canonical" href="https://example.org${path}"><link rel="alternate" hreflang="lo" href="https://example.org/lo${path}"></head>`;

describe('sitemap', () => {
  it('lists a page at its canonical address with its language alternates, and leaves out a noindex page', () => {
    expect(sitemapEntry(head('/vi/a/'))).toBe(
      '<url><loc>https://example.org/vi/a/</loc><xhtml:link rel="alternate" hreflang="lo" href="https://example.org/lo/vi/a/"/></url>',
    );
    expect(sitemapEntry(`<head><meta name="robots" content="noindex">${head('/vi/b/')}`)).toBeUndefined();
    expect(sitemapEntry('<head><title>no canonical</title></head>')).toBeUndefined();
  });

  it('writes one sitemap.xml up to the protocol limit of 50,000 addresses', () => {
    const files = sitemapFiles(['<url><loc>https://example.org/a/</loc></url>'], site);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    expect(files.get('sitemap.xml')).toContain('<urlset');
    expect(files.get('sitemap.xml')).toContain('<url><loc>https://example.org/a/</loc></url>');
    expect(URLS_PER_SITEMAP).toBe(50_000);
  });

  it('past the limit, makes sitemap.xml an index of numbered files that together hold every entry once, in order', () => {
    const entries = ['a', 'b', 'c', 'd', 'e'].map((page) => `<url><loc>https://example.org/${page}/</loc></url>`);
    const files = sitemapFiles(entries, site, 2);
    expect([...files.keys()]).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const index = files.get('sitemap.xml')!;
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://example.org/sitemap-1.xml',
      'https://example.org/sitemap-2.xml',
      'https://example.org/sitemap-3.xml',
    ]);
    const listed = [...files.entries()]
      .filter(([path]) => path !== 'sitemap.xml')
      .flatMap(([, xml]) => [...xml.matchAll(/<url>.*?<\/url>/g)].map((match) => match[0]));
    expect(listed).toEqual(entries);
  });
});

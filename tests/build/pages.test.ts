/**
 * Checks on the built HTML: every entry yields a page in each language and
 * nothing else does; every page has its language, canonical and hreflang
 * links; internal links resolve and stay in their language; nothing is
 * fetched from another site.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_WORKER_START } from '../../src/lib/search/pagefindWorker.ts';
import { recordsOfPage } from '../../src/lib/search/pageRecords.ts';
import { COLLECTIONS, CONTENT_TYPES } from '../../src/lib/content/schema.ts';
import type { PackSectionKind } from '../../src/lib/briefDocument.ts';
import { LANGS } from '../../src/lib/languages.ts';
import { BRIEF_PARTS_ROOT, briefPartPath, FAVICON_PATH, searchBundlePath } from '../../src/lib/paths.ts';
import { builtPages, builtSlugs, DIST, expectedEntries, readPage, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);

/** The collections whose entries have pages of their own (schema.ts). */
const SECTIONS = COLLECTIONS.filter((collection) => CONTENT_TYPES[collection].entryPages);
/** Pages every language has besides entry pages: the home page, a list page per collection, and the rest. */
const FIXED_PAGES = [
  '',
  ...COLLECTIONS.map((collection) => `${collection}/`),
  'search/',
  '404/',
  'offline/',
  'hosts/',
  'brief/',
  'translations/',
  'contribute/',
  'open-data/',
];
/** Sections of briefing packs, one file per entry with every language, for the brief builder to fetch: not pages for readers. */
const isBriefPart = (page: string) => page.startsWith(BRIEF_PARTS_ROOT);

describe('one page per entry and language', () => {
  const expected = expectedEntries();

  it.each(LANGS)('%s: every entry has its page, and the page count matches the entry count', (lang) => {
    for (const section of SECTIONS) {
      expect(builtSlugs(`${lang}/${section}`).sort(), `${lang}/${section}`).toEqual([...expected[section]].sort());
    }
    const pages = builtPages().filter((page) => page.startsWith(`/${lang}/`));
    const entryCount = SECTIONS.reduce((sum, section) => sum + expected[section].length, 0);
    // Host finder: every theme or all, with either country or both, less the unfiltered page counted above.
    const hostPages = (expected.themes.length + 1) * 3 - 1;
    // Each exchange's brief alone and beside each other language.
    const briefPages = expected.exchanges.length * LANGS.length;
    expect(pages.length).toBe(FIXED_PAGES.length + entryCount + hostPages + briefPages);
    for (const page of FIXED_PAGES) expect(pages).toContain(`/${lang}/${page}`);
  });

  it.each(LANGS)('%s: the glossary has an anchor per term', (lang) => {
    const html = readPage(`/${lang}/glossary/`);
    for (const id of expected.glossary) expect(html).toContain(`id="${id}"`);
  });

  it('the root chooser links to the three languages', () => {
    const html = readPage('/');
    for (const lang of LANGS) expect(html).toContain(`href="/${lang}/"`);
  });
});

describe('every page', () => {
  const pages = builtPages().filter((page) => /^\/(vi|lo|en)\//.test(page));

  it('has brief sections for every exchange, practice, guide and locality, in every language, kept out of search engines', () => {
    const parts = builtPages().filter(isBriefPart);
    const expected = expectedEntries();
    const count = expected.exchanges.length + expected.practices.length + expected.guides.length + expected.localities.length;
    expect(parts).toHaveLength(count);
    for (const part of parts) {
      const html = readPage(part);
      expect(html, part).toContain('<meta name="robots" content="noindex">');
      const [kind, slug] = part.slice(BRIEF_PARTS_ROOT.length).split('/');
      expect(briefPartPath(kind as PackSectionKind, slug!)).toBe(part);
      const sections = [...html.matchAll(/<div lang="(\w+)" data-brief-part="([^"]+)"/g)].map((match) => [match[1], match[2]]);
      expect(sections, part).toEqual(LANGS.map((lang) => [lang, `${kind}/${slug}`]));
    }
  });

  it('declares its language, a canonical URL and hreflang alternates', () => {
    for (const page of pages) {
      const lang = page.slice(1, 3);
      const html = readPage(page);
      expect(html, page).toContain(`<html lang="${lang}"`);
      expect(html, page).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${page}"`));
      expect(html, page).toMatch(/<link rel="alternate" hreflang="(vi|lo|en)"/);
    }
  });

  it('links the PNG icon, which the built site has: Chromium draws an SVG icon on the page’s main thread', () => {
    expect(existsSync(join(DIST, FAVICON_PATH))).toBe(true);
    for (const page of pages) {
      const html = readPage(page);
      expect(html, page).toContain(`<link rel="icon" href="${FAVICON_PATH}" type="image/png" sizes="32x32">`);
      expect(html, page).not.toContain('favicon.svg');
    }
  });

  it('links internally only to pages that exist, in its own language unless the link says otherwise', () => {
    const broken: string[] = [];
    const strayed: string[] = [];
    for (const page of pages) {
      const lang = page.slice(1, 3);
      const html = readPage(page);
      for (const [tag] of html.matchAll(/<a\b[^>]*>/g)) {
        const href = /href="([^"]+)"/.exec(tag)?.[1];
        if (!href || !href.startsWith('/')) continue;
        const path = href.split('#')[0]!.split('?')[0]!;
        const target = join(DIST, path, path.endsWith('/') ? 'index.html' : '');
        if (!existsSync(target)) broken.push(`${page} → ${href}`);
        // The CMS and the open data belong to no language.
        const neutral = path.startsWith('/admin/') || path.startsWith('/data/');
        if (!path.startsWith(`/${lang}/`) && !neutral && !/hreflang="/.test(tag)) strayed.push(`${page} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
    expect(strayed).toEqual([]);
  });

  it('keeps a space between a sentence and the link after it', () => {
    // Astro drops the line break between text and an element on the next line: `theme.<a>Glossary</a> ·<a>`.
    const joined = [...pages, '/'].flatMap((page) =>
      [...readPage(page).matchAll(/[^\s>]{0,20}[.,:;·]<a\b[^>]*>[^<]*/g)].map(([text]) => `${page}: ${text}`),
    );
    expect(joined).toEqual([]);
  });

  it('loads nothing from another site', () => {
    const external: string[] = [];
    for (const page of [...pages, '/']) {
      const html = readPage(page);
      for (const [tag] of html.matchAll(/<(script|link|img|iframe|source)\b[^>]*>/g)) {
        if (/<link rel="(canonical|alternate)"/.test(tag)) continue;
        if (/(src|href)="(https?:)?\/\//.test(tag)) external.push(`${page}: ${tag}`);
      }
    }
    const assets = join(DIST, '_astro');
    for (const name of readdirSync(assets).filter((file) => /\.(css|js)$/.test(file))) {
      const text = readFileSync(join(assets, name), 'utf8');
      for (const [url] of text.matchAll(/url\((['"]?)(https?:)?\/\/[^)]*\)|import\(["']https?:[^)]*\)/g))
        external.push(`${name}: ${url}`);
    }
    expect(external).toEqual([]);
  });

  it('ships only the Lao font, in the weights it uses, cut to the site’s characters', () => {
    const fonts = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.woff2'));
    // endonym.*: the language switcher's few Lao letters, cut from the 400 weight (src/integrations/fonts.ts).
    expect(fonts.map((file) => file.replace(/\.[^.]+\.woff2$/, '')).sort()).toEqual([
      'endonym',
      // Whole, for a character the site's text never had (a rare letter typed into the search box).
      'noto-sans-lao-lao-400-normal',
      'noto-sans-lao-lao-400-normal.used',
      'noto-sans-lao-lao-700-normal',
      'noto-sans-lao-lao-700-normal.used',
    ]);
  });

  it('a Lao page asks for its font with its stylesheet, the cuts the stylesheet names; other pages ask for none', () => {
    const preloads = (html: string) =>
      [...html.matchAll(/<link rel="preload" as="font" type="font\/woff2" href="([^"]+)" crossorigin>/g)].map((m) => m[1]!);
    const lao = preloads(readPage('/lo/'));
    expect(lao.map((href) => href.replace(/\.[^.]+\.woff2$/, ''))).toEqual([
      '/_astro/noto-sans-lao-lao-400-normal.used',
      '/_astro/noto-sans-lao-lao-700-normal.used',
    ]);
    const css = readdirSync(join(DIST, '_astro'))
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(join(DIST, '_astro', file), 'utf8'))
      .join('');
    for (const href of lao) expect(css).toContain(href);
    expect(preloads(readPage('/vi/'))).toEqual([]);
    expect(preloads(readPage('/en/'))).toEqual([]);
  });

  it('has a search index for each language, holding only that language’s results', () => {
    const pages = builtPages();
    for (const lang of LANGS) {
      // The worker the search page speaks to, and its WebAssembly; not Pagefind's library, which no page loads.
      expect(
        ['pagefind-worker.js', 'wasm.unknown.pagefind', 'pagefind.js'].map((file) =>
          existsSync(join(DIST, 'pagefind', lang, file)),
        ),
        lang,
      ).toEqual([true, true, false]);
      const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', lang, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const results = pages
        .filter((path) => path.startsWith(`/${lang}/`))
        .reduce((sum, path) => sum + recordsOfPage(readPage(path), path).length, 0);
      expect(entry.languages.mul?.page_count, lang).toBe(results);
    }
  });

  it.each(LANGS)('%s: the search page starts its own index from <head>, before any stylesheet', (lang) => {
    const html = readPage(`/${lang}/search/`);
    const head = html.slice(0, html.indexOf('</head>'));
    const start = /<script data-search-bundle="([^"]+)" data-search-lang="([^"]+)">([^<]*)<\/script>/.exec(head);
    expect(start, 'the start script in <head>').not.toBeNull();
    expect(start![1]).toBe(searchBundlePath(lang));
    expect(start![2]).toBe(lang);
    // Exactly the text the Content-Security-Policy allows by its hash (src/lib/security.ts).
    expect(start![3]).toBe(SEARCH_WORKER_START);
    // Inline and before the stylesheets: it runs while the page is parsed, before any style or layout.
    expect(start!.index).toBeLessThan(head.indexOf('rel="stylesheet"'));
    // Pagefind's library is not loaded: the page speaks to its worker (src/lib/search/pagefindWorker.ts).
    expect(html).not.toContain('pagefind.js');
  });

  it('gives search the words of a figure apart: value and unit, then label, then date', () => {
    const [record] = recordsOfPage(
      readPage('/en/practices/hue-service-centre-network/'),
      '/en/practices/hue-service-centre-network/',
    );
    expect(record!.text).toContain('40 centres Public Administrative Service Centres');
    expect(record!.text).not.toMatch(/centres?Public|CentresAs of/i);
  });
});

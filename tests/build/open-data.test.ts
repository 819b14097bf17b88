/**
 * Feeds and open data on the built site: RSS per language, a sitemap with
 * hreflang alternates, robots.txt, Open Graph and JSON-LD in pages, and the
 * /data/ files with their licence, all matching the content they come from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { contentDir } from '../../src/lib/content/contentDir.ts';
import { LANGS } from '../../src/lib/languages.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { builtPages, DIST, readPage, requireBuild } from '../helpers/site.ts';

requireBuild();
const content = checkContent(contentDir(ROOT), ROOT);
const file = (path: string) => readFileSync(join(DIST, path), 'utf8');
const pathOf = (url: string) => new URL(url).pathname;

describe('feeds', () => {
  it.each(LANGS)('/%s/rss.xml lists every practice, exchange and guide written in that language, linking to its page', (lang) => {
    const rss = file(`${lang}/rss.xml`);
    expect(rss).toContain(`<language>${lang}</language>`);
    const links = [...rss.matchAll(/<item><title>[^<]*<\/title><link>([^<]+)<\/link>/g)].map((match) => pathOf(match[1]!));
    const expected = (['practices', 'exchanges', 'guides'] as const).flatMap((collection) =>
      [...content.articles[collection]]
        .filter(([, versions]) => versions.has(lang))
        .map(([slug]) => `/${lang}/${collection}/${slug}/`),
    );
    expect([...links].sort()).toEqual(expected.sort());
    for (const link of links) expect(existsSync(join(DIST, link, 'index.html')), link).toBe(true);
    expect(readPage(`/${lang}/`)).toContain(`<link rel="alternate" type="application/rss+xml"`);
  });
});

describe('sitemap and robots.txt', () => {
  const sitemap = file('sitemap.xml');
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => pathOf(match[1]!));

  it('lists every page search engines may index, and none they may not', () => {
    const indexable = builtPages().filter((page) => !/<meta name="robots" content="noindex"/.test(readPage(page)));
    expect([...listed].sort()).toEqual(indexable.filter((page) => page !== '/').sort());
    expect(listed).not.toContain('/admin/');
  });

  it('gives each page its language alternates', () => {
    const entry = /<url><loc>[^<]*\/lo\/practices\/hue-service-centre-network\/<\/loc>(.*?)<\/url>/.exec(sitemap)![1]!;
    for (const lang of LANGS) expect(entry).toContain(`hreflang="${lang}" href="https://`);
    expect(entry).toContain('hreflang="x-default"');
  });

  it('robots.txt points to the sitemap and keeps crawlers out of the CMS', () => {
    const robots = file('robots.txt');
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^\n]+\/sitemap\.xml$/m);
    expect(robots).toContain('Disallow: /admin/');
  });
});

describe('pages describe themselves', () => {
  const ldOf = (path: string) => {
    const json = /<script type="application\/ld\+json">([^<]+)<\/script>/.exec(readPage(path))?.[1];
    return json ? (JSON.parse(json) as Record<string, unknown>) : undefined;
  };

  it('with Open Graph, in the page’s locale', () => {
    const html = readPage('/lo/practices/hue-service-centre-network/');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:locale" content="lo_LA">');
    expect(html).toMatch(/<meta property="og:url" content="https?:\/\/[^"]+\/lo\/practices\/hue-service-centre-network\/">/);
  });

  it('with JSON-LD: an Article, an Event, an AdministrativeArea', () => {
    expect(ldOf('/vi/practices/hue-service-centre-network/')).toMatchObject({
      '@type': 'Article',
      inLanguage: 'vi',
      datePublished: '2026-01-25',
    });
    expect(ldOf('/en/exchanges/vientiane-hue-2026/')).toMatchObject({
      '@type': 'Event',
      startDate: '2026-01-25',
      location: { '@type': 'AdministrativeArea', name: 'Hue City' },
      attendee: [{ '@type': 'GovernmentOrganization', name: 'Vientiane Capital' }],
    });
    expect(ldOf('/lo/localities/phu-vang/')).toMatchObject({
      '@type': 'AdministrativeArea',
      name: 'ຕາແສງຝູວາງ',
      containedInPlace: { name: 'ນະຄອນເຫວ້' },
    });
  });
});

describe('open data', () => {
  it('/data/practices.json and /data/exchanges.json hold every entry, with a licence', () => {
    const practices = JSON.parse(file('data/practices.json')) as {
      licence: { url: string };
      practices: Array<{ id: string; versions: Record<string, { url: string }> }>;
    };
    expect(practices.licence.url).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
    expect(practices.practices.map((each) => each.id).sort()).toEqual([...content.articles.practices.keys()].sort());
    for (const practice of practices.practices)
      for (const version of Object.values(practice.versions))
        expect(existsSync(join(DIST, pathOf(version.url), 'index.html'))).toBe(true);
    const exchanges = JSON.parse(file('data/exchanges.json')) as {
      exchanges: Array<{ id: string; host: string; startDate: string; endDate: string }>;
    };
    expect(exchanges.exchanges.map((each) => each.id).sort()).toEqual([...content.articles.exchanges.keys()].sort());
    expect(exchanges.exchanges.find((each) => each.id === 'vientiane-hue-2026')).toMatchObject({
      host: 'hue',
      startDate: '2026-01-25',
      endDate: '2026-01-25',
      kind: 'visit',
      dateInferred: false,
    });
    expect(exchanges.exchanges.find((each) => each.id === 'home-affairs-ministries-mou-2023')).toMatchObject({
      host: 'viet-nam',
      guests: ['laos'],
      kind: 'agreement',
    });
  });

  it('/data/figures.csv has one row per figure, with its date and source, as RFC 4180 CSV', () => {
    const csv = file('data/figures.csv');
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'practice,locality,kind,label,label_lang,value,unit,as_of,source_title,source_publisher,source_date,source_url',
    );
    const figures = [...content.articles.practices.values()].reduce(
      (sum, versions) =>
        sum + (((versions.get('vi') ?? [...versions.values()][0])!.data.figures as unknown[] | undefined)?.length ?? 0),
      0,
    );
    expect(lines).toHaveLength(figures + 1);
    expect(csv).toContain('hue-two-level-government-first-month,phu-vang,online-submission-rate,');
    // A source title with a comma is quoted.
    expect(csv).toMatch(/,"Đoàn đại biểu cấp cao thủ đô Viêng Chăn tham quan, tìm hiểu/);
  });

  it('is documented on /<lang>/open-data/ with its licence', () => {
    for (const lang of LANGS) {
      const html = readPage(`/${lang}/open-data/`);
      for (const path of ['/data/practices.json', '/data/exchanges.json', '/data/figures.csv'])
        expect(html).toContain(`href="${path}"`);
      expect(html).toContain('rel="license external"');
    }
  });
});

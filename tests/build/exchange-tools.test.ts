/**
 * Issue 4 on the built site, for the content it was built from: the
 * calendar parses with a real iCalendar parser; the host finder, timeline,
 * pair history and map show every place and exchange in every language, as
 * plain HTML that needs no script; glossary terms in text link to the
 * glossary; figures of one kind are compared on theme pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/lib/languages.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { contentDir } from '../../src/lib/content/contentDir.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { DIST, readPage, requireBuild } from '../helpers/site.ts';

requireBuild();
const content = checkContent(contentDir(ROOT), ROOT);
/** Shared facts of each exchange, from any of its versions (they must agree). */
const exchanges = [...content.articles.exchanges].map(([slug, versions]) => {
  const data = [...versions.values()][0]!.data as {
    date: string;
    endDate?: string;
    host: string;
    guests: string[];
    status?: string;
  };
  return { slug, ...data };
});
const practices = [...content.articles.practices].map(([slug, versions]) => ({
  slug,
  ...([...versions.values()][0]!.data as { locality: string; themes: string[] }),
}));
const localities = [...content.data.localities.keys()];
const presentLocalities = localities.filter((id) => !('partOf' in content.data.localities.get(id)!.data));
/** What a place is now: a former unit (partOf) stands for the unit it became part of, as on the map and in the host finder. */
const presentOf = (id: string): string => {
  const partOf = (content.data.localities.get(id)!.data as { partOf?: { unit: string } }).partOf;
  return partOf ? presentOf(partOf.unit) : id;
};
const countries = localities.filter((id) => (content.data.localities.get(id)!.data as { kind: string }).kind === 'country');
const isCountry = (id: string) => countries.includes(id);
const active = presentLocalities.filter(
  (id) =>
    practices.some((practice) => presentOf(practice.locality) === id) ||
    exchanges.some((exchange) => presentOf(exchange.host) === id || exchange.guests.some((guest) => presentOf(guest) === id)),
);
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function parseCalendar(path: string) {
  const component = new ICAL.Component(ICAL.parse(readFileSync(join(DIST, path), 'utf8')));
  return component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('the calendar of exchanges', () => {
  it.each(LANGS)('/%s/exchanges.ics has one all-day event per exchange, ending the day after the visit', (lang) => {
    const events = parseCalendar(`${lang}/exchanges.ics`);
    expect(events.map((event) => event.uid).sort()).toEqual(
      exchanges.map((exchange) => expect.stringMatching(new RegExp(`^${exchange.slug}@`))).sort(),
    );
    expect(events).toHaveLength(exchanges.length);
    for (const exchange of exchanges) {
      const event = events.find((each) => each.uid.startsWith(`${exchange.slug}@`))!;
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(exchange.date);
      expect(event.endDate.toString()).toBe(dayAfter(exchange.endDate ?? exchange.date));
      expect(event.summary.length).toBeGreaterThan(0);
      expect(event.component.getFirstPropertyValue('url')).toMatch(new RegExp(`/${lang}/exchanges/${exchange.slug}/$`));
    }
  });

  it('gives an exchange the same UID in every language and in its own file, and its title in that language', () => {
    for (const exchange of exchanges) {
      const uids = LANGS.flatMap((lang) => [
        parseCalendar(`${lang}/exchanges.ics`).find((event) => event.uid.startsWith(`${exchange.slug}@`))!.uid,
        ...parseCalendar(`${lang}/exchanges/${exchange.slug}/event.ics`).map((event) => event.uid),
      ]);
      expect(new Set(uids).size).toBe(1);
    }
    const lao = parseCalendar('lo/exchanges/vientiane-hue-2026/event.ics')[0]!;
    expect(lao.summary).toMatch(/[\u0E80-\u0EFF]/);
    expect(lao.component.getFirstProperty('summary')!.getParameter('language')).toBe('lo');
  });

  it('is linked from each exchange page (add to calendar) and from the list of exchanges (subscribe)', () => {
    for (const lang of LANGS) {
      expect(readPage(`/${lang}/exchanges/`)).toContain(`href="/${lang}/exchanges.ics"`);
      // Each exchange page with a version in the language (a page "not yet translated" shows no facts).
      for (const exchange of exchanges.filter((each) => content.articles.exchanges.get(each.slug)!.has(lang)))
        expect(readPage(`/${lang}/exchanges/${exchange.slug}/`)).toMatch(/href="event\.ics" download="[^"]+\.ics"/);
    }
  });
});

describe('finding a host', () => {
  it.each(LANGS)('/%s/hosts/ names every place: those with something to show ranked, the others listed', (lang) => {
    const html = readPage(`/${lang}/hosts/`);
    const ranked = [...html.matchAll(/data-host="([^"]+)"/g)].map((match) => match[1]);
    // Present units only (a former one counts as what it became), and no whole country: the ministries'
    // exchanges and national practices are no place a delegation visits.
    const hosts = presentLocalities.filter(
      (id) =>
        !isCountry(id) &&
        (practices.some((practice) => presentOf(practice.locality) === id) ||
          exchanges.some((exchange) => presentOf(exchange.host) === id)),
    );
    expect([...ranked].sort()).toEqual([...hosts].sort());
    // Every present unit; a former one (partOf) is no place to visit, nor is a whole country.
    expect(countries).toEqual(expect.arrayContaining(['viet-nam', 'laos']));
    const places = presentLocalities.filter((id) => !countries.includes(id));
    for (const id of places) expect(html).toContain(`/${lang}/localities/${id}/`);
    for (const id of localities.filter((id) => !places.includes(id))) expect(html).not.toContain(`/${lang}/localities/${id}/`);
  });

  it.each(LANGS)('/%s/hosts/<theme>/ ranks the places with practices on the theme by what they can show', (lang) => {
    for (const theme of content.data.themes.keys()) {
      const html = readPage(`/${lang}/hosts/${theme}/`);
      const ranked = [...html.matchAll(/data-host="([^"]+)"/g)].map((match) => match[1]!);
      for (const practice of practices.filter((each) => each.themes.includes(theme) && !isCountry(each.locality)))
        expect(ranked).toContain(presentOf(practice.locality));
      for (const id of countries) expect(ranked).not.toContain(id);
      const counts = [...html.matchAll(/class="host-standing">([\s\S]*?)<\/p>/g)].map((match) =>
        [...match[1]!.matchAll(/<strong>(\d+)<\/strong>/g)].map((count) => Number(count[1])),
      );
      const sorted = [...counts].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!);
      expect(counts).toEqual(sorted);
      // Narrowed by country, only that country's places remain.
      const lao = readPage(`/${lang}/hosts/${theme}/la/`);
      for (const match of lao.matchAll(/data-host="([^"]+)"/g))
        expect((content.data.localities.get(match[1]!)!.data as { country: string }).country).toBe('la');
    }
  });
});

describe('the record of exchanges', () => {
  it.each(LANGS)('/%s/exchanges/ has every exchange on the timeline, in its pair history and on the map', (lang) => {
    const html = readPage(`/${lang}/exchanges/`);
    const timeline = html.slice(html.indexOf('id="all-exchanges"'), html.indexOf('class="pairs"'));
    for (const exchange of exchanges) {
      expect(timeline).toContain(`data-entry="${exchange.slug}"`);
      expect(html).toMatch(
        new RegExp(`<path class="exchange-map__visit[^"]*" d="[^"]+" marker-end="[^"]+" data-visit="${exchange.slug}"`),
      );
      expect(html.slice(html.indexOf('data-map-visits'))).toContain(`data-visit="${exchange.slug}"`);
      for (const guest of exchange.guests) {
        const pair = [exchange.host, guest].sort().join('--');
        const history = html.slice(html.indexOf(`data-pair="${pair}"`));
        expect(history.slice(0, history.indexOf('</li></ol>'))).toContain(`data-visit="${exchange.slug}"`);
      }
    }
    for (const id of active) {
      expect(html.slice(html.indexOf('data-map-places'))).toContain(`data-place="${id}"`);
    }
    // A country is listed in words as the whole country, and gets no dot on the map.
    const svg = html.slice(html.indexOf('<svg viewBox'), html.indexOf('</svg>'));
    for (const id of countries.filter((each) => active.includes(each))) {
      expect(svg).not.toContain(`data-place="${id}"`);
      const item = html.slice(html.indexOf(`<li data-place="${id}"`));
      expect(item.slice(0, item.indexOf('</li>'))).toContain(useTranslations(lang)('map.wholeCountry'));
    }
  });

  it.each(LANGS)('/%s/localities/<id>/ shows the timeline and pair history of each place', (lang) => {
    for (const id of localities) {
      const html = readPage(`/${lang}/localities/${id}/`);
      for (const exchange of exchanges.filter((each) => each.host === id || each.guests.includes(id))) {
        expect(html, id).toContain(`data-entry="${exchange.slug}"`);
        expect(html, id).toContain(`data-visit="${exchange.slug}"`);
      }
    }
  });

  it('filters the timeline without script: each item carries its country, themes and year', () => {
    const html = readPage('/vi/exchanges/');
    for (const exchange of exchanges) {
      const item = new RegExp(
        `<li class="entry-card" data-entry="${exchange.slug}"[^>]*data-year="${exchange.date.slice(0, 4)}"`,
      );
      expect(html).toMatch(item);
    }
    expect(html).toContain('<input type="radio" name="all-exchanges-country" value="la"');
    // The filter CSS is a stylesheet of the page, not inline: the Content-Security-Policy refuses inline styles.
    expect(html).toContain('<link rel="stylesheet" href="/vi/exchanges/timeline.css">');
    expect(html).not.toContain('<style');
    const css = readFileSync(join(DIST, 'vi/exchanges/timeline.css'), 'utf8');
    expect(css).toMatch(/#all-exchanges:has\(input\[name="all-exchanges-country"\]\[value="la"\]:checked\) \[data-facet-item\]/);
    // Each place's page links its own.
    expect(readPage('/lo/localities/hue/')).toContain('<link rel="stylesheet" href="/lo/localities/hue/timeline.css">');
    expect(readFileSync(join(DIST, 'lo/localities/hue/timeline.css'), 'utf8')).toContain('#locality-exchanges:has(');
  });

  it('draws the map at build time, with no request to anyone', () => {
    const html = readPage('/lo/exchanges/');
    const svg = html.slice(html.indexOf('<svg viewBox'), html.indexOf('</svg>'));
    expect(svg).toMatch(/<path class="exchange-map__country exchange-map__country--vn" d="M[\d.]+ [\d.]+L/);
    expect(svg).not.toMatch(/(href|src)="https?:/);
    expect(svg).toContain('aria-describedby="exchange-map-text"');
  });
});

describe('glossary terms in text', () => {
  it('link to their glossary entry and carry the term in the other languages', () => {
    const html = readPage('/lo/practices/hue-service-centre-network/');
    const tipId =
      /<a class="term__link" href="\/lo\/glossary\/#one-stop-mechanism" hreflang="lo" aria-describedby="([^"]+)">/.exec(
        html,
      )?.[1];
    expect(tipId).toBeTruthy();
    const tip = new RegExp(
      `<span class="term__tip" id="${tipId}" role="tooltip" data-search-skip=""><span class="term__equivalent" lang="vi">([^<]+)</span>`,
    ).exec(html);
    expect(tip?.[1]).toBeTruthy();
  });
});

describe('figures that compare', () => {
  it.each(LANGS)(
    '/%s/themes/digital-government/ charts the share of dossiers submitted online, with dates and sources',
    (lang) => {
      const html = readPage(`/${lang}/themes/digital-government/`);
      const section = html.slice(html.indexOf('data-comparison="online-submission-rate"'));
      expect(section).toContain('<svg class="comparison__chart"');
      expect(section).toMatch(/data-place="phu-vang"[\s\S]*?<data value="99.81">[\s\S]*?<time datetime="2025-07-31">/);
      expect(section).toMatch(/data-place="hue"[\s\S]*?<data value="91.17">/);
    },
  );
});

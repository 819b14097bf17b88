/**
 * Issue 19 on the built site: exchanges now say what they were (a visit,
 * talks, a signed agreement) on their page, on the timeline (with a filter),
 * on the map and in the calendar; the two ministries' exchanges, whose
 * places are whole countries, are drawn between the countries' names; and
 * the briefing pack of the Oudomxay delegation's visit to Dien Bien builds
 * with Lao and Vietnamese side by side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/languages.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { contentDir } from '../../src/lib/content/contentDir.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { DIST, readPage, requireBuild } from '../helpers/site.ts';

requireBuild();
const content = checkContent(contentDir(ROOT), ROOT);
const kindOf = (slug: string) => [...content.articles.exchanges.get(slug)!.values()][0]!.data.kind as string;
const KIND_LABEL = { vi: 'Ký kết thỏa thuận hợp tác', lo: 'ລົງນາມຂໍ້ຕົກລົງຮ່ວມມື', en: 'Cooperation agreement signed' };

describe('the kind of each exchange', () => {
  it('defaults to a visit and reads agreement or talks where the entry says so', () => {
    expect(kindOf('vientiane-hue-2026')).toBe('visit');
    expect(kindOf('home-affairs-ministries-mou-2023')).toBe('agreement');
    expect(kindOf('quang-tri-savannakhet-salavan-2022')).toBe('agreement');
    expect(kindOf('hue-champasak-2025')).toBe('talks');
  });

  it.each(LANGS)('/%s/exchanges/<slug>/ says it among the facts', (lang) => {
    const html = readPage(`/${lang}/exchanges/home-affairs-ministries-mou-2023/`);
    expect(html).toContain(`<dd data-kind="agreement">${KIND_LABEL[lang]}</dd>`);
  });

  it.each(LANGS)('/%s/exchanges/ shows it on every card and offers it as a filter', (lang) => {
    const html = readPage(`/${lang}/exchanges/`);
    const timeline = html.slice(html.indexOf('id="all-exchanges"'), html.indexOf('class="pairs"'));
    for (const [slug] of content.articles.exchanges) {
      expect(timeline).toMatch(new RegExp(`data-entry="${slug}"[^>]*data-kind="${kindOf(slug)}"`));
    }
    for (const kind of ['visit', 'talks', 'agreement'])
      expect(timeline).toContain(`<input type="radio" name="all-exchanges-kind" value="${kind}"`);
    const css = readFileSync(join(DIST, `${lang}/exchanges/timeline.css`), 'utf8');
    expect(css).toContain('#all-exchanges:has(input[name="all-exchanges-kind"][value="agreement"]:checked) [data-facet-item]');
  });

  it('draws the ministries’ exchanges on the map between the two countries, and lists them with their kind', () => {
    const html = readPage('/vi/exchanges/');
    for (const slug of ['home-affairs-ministries-mou-2023', 'home-affairs-ministries-talks-2024']) {
      expect(html).toMatch(
        new RegExp(`<path class="exchange-map__visit[^"]*" d="[^"]+" marker-end="[^"]+" data-visit="${slug}"`),
      );
    }
    const list = html.slice(html.indexOf('data-map-visits'));
    const item = list.slice(list.indexOf('data-visit="home-affairs-ministries-mou-2023"'));
    expect(item.slice(0, item.indexOf('</li>'))).toContain(`(${KIND_LABEL.vi})`);
  });

  it('leads the calendar event’s description and categories', () => {
    const component = new ICAL.Component(
      ICAL.parse(readFileSync(join(DIST, 'lo/exchanges/home-affairs-ministries-mou-2023/event.ics'), 'utf8')),
    );
    const event = new ICAL.Event(component.getFirstSubcomponent('vevent')!);
    expect(event.description.startsWith(`${KIND_LABEL.lo}.`)).toBe(true);
    expect(event.component.getFirstProperty('categories')!.getValues()).toContain(KIND_LABEL.lo);
  });

  it('marks an inferred date on the card and in the calendar', () => {
    const card = readPage('/en/exchanges/');
    const item = card.slice(card.indexOf('data-entry="vientiane-ha-noi-admin-reform"'));
    expect(item.slice(0, item.indexOf('</li>'))).toContain('(date inferred)');
    const component = new ICAL.Component(
      ICAL.parse(readFileSync(join(DIST, 'en/exchanges/vientiane-ha-noi-admin-reform/event.ics'), 'utf8')),
    );
    expect(new ICAL.Event(component.getFirstSubcomponent('vevent')!).description).toMatch(
      /^Visit \(date inferred from the source/,
    );
  });
});

describe('the briefing pack of the Oudomxay delegation’s visit to Dien Bien', () => {
  const pack = readPage('/lo/exchanges/oudomxay-dien-bien-2025/brief/vi/');
  const section = (id: string) => {
    const start = pack.indexOf(`<section class="brief-section" id="${id}">`);
    expect(start, id).toBeGreaterThan(-1);
    const next = pack.indexOf('<section class="brief-section"', start + 1);
    return pack.slice(start, next === -1 ? undefined : next);
  };

  it('sets Lao beside Vietnamese, section by section', () => {
    expect(pack).toContain('data-brief-langs="lo vi"');
    const exchange = section('brief-exchanges-oudomxay-dien-bien-2025');
    const cells = [...exchange.matchAll(/<div class="brief-cell" lang="(lo|vi)">/g)].map((match) => match[1]);
    expect(cells).toEqual(['lo', 'vi']);
    const [lao, vietnamese] = exchange.split('<div class="brief-cell" lang="vi">');
    expect(lao).toContain('ຄະນະແຂວງອຸດົມໄຊ');
    expect(lao).toContain('<dd data-kind="visit">ຢ້ຽມຢາມ ແລະ ເຮັດວຽກ</dd>');
    expect(vietnamese).toContain('Đoàn tỉnh U Đôm Xay');
    expect(vietnamese).toContain('<dd data-kind="visit">Thăm và làm việc</dd>');
  });

  it('profiles the host and the guests in both languages', () => {
    for (const place of ['dien-bien', 'oudomxay']) {
      const cells = [...section(`brief-localities-${place}`).matchAll(/<div class="brief-cell" lang="(lo|vi)">/g)];
      expect(cells.map((match) => match[1])).toEqual(['lo', 'vi']);
    }
  });

  it('names the head of delegation as the sources spell him: the English source’s spelling on the Lao side, marked', () => {
    const [lao, vietnamese] = section('brief-exchanges-oudomxay-dien-bien-2025').split('<div class="brief-cell" lang="vi">');
    expect(lao).toMatch(/<strong lang="en"[^>]*>Vongsavanh Saynhavong<\/strong><span class="name-note">/);
    expect(vietnamese).toMatch(/<strong[^>]*>Vông Sạ Văn Xay Nhạ Vông<\/strong>/);
  });
});

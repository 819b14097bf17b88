/**
 * A content tree written apart from the site's own (tests/fixtures/valid:
 * entries missing in some languages, a planned exchange, a draft, `.yml`,
 * quoted and YAML dates) builds unchanged, and its pages show what readers
 * of each language should see.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTemporaryFolders, ROOT, temporaryFolder, VALID_TREE } from '../helpers/fixtures.ts';
import { startNginx } from '../helpers/nginx.ts';

const out = temporaryFolder('fixture-dist-');
afterAll(removeTemporaryFolders);
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
/** Text content with tags removed and whitespace folded, as a reader sees it. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/[ \t\r\n]+/g, ' ');

beforeAll(() => {
  execFileSync('npx', ['astro', 'build'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: VALID_TREE, OUT_DIR: out }, stdio: 'pipe' });
}, 120_000);

describe('a contributor’s tree that follows the contract', () => {
  it('builds every entry in every language, and no draft', () => {
    for (const lang of ['vi', 'lo', 'en']) {
      expect(existsSync(join(out, lang, 'practices/dong-ha-ward-centre/index.html'))).toBe(true);
      expect(existsSync(join(out, lang, 'themes/digital-government/index.html'))).toBe(true);
      expect(existsSync(join(out, lang, 'guides/draft-guide'))).toBe(false);
    }
  });

  it('formats figures for the reader, a word unit after a space', () => {
    expect(text(page('vi/practices/dong-ha-ward-centre'))).toContain('1.200\u00A0hồ sơ');
    expect(text(page('vi/practices/dong-ha-ward-centre'))).toContain('80,5%');
  });

  it('an entry missing in Lao is marked, links to the versions that exist, and shows no foreign text as Lao', () => {
    const html = page('lo/practices/dong-ha-ward-centre');
    expect(html).toContain('data-missing-translation');
    expect(html).toMatch(/<a href="\/vi\/practices\/dong-ha-ward-centre\/" hreflang="vi">\s*<span lang="vi">Trung tâm phục vụ hành chính công phường Đông Hà<\/span>/);
    expect(html).toContain('<span lang="en">Dong Ha ward public service centre</span>');
    expect(html).not.toContain('Nội dung thử nghiệm');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('lists the untranslated entry with a mark in the Lao list', () => {
    const html = page('lo/practices');
    expect(html).toContain('ຍັງບໍ່ມີສະບັບພາສາລາວ');
    expect(html).toMatch(/<a href="\/lo\/practices\/dong-ha-ward-centre\/" lang="vi">/);
  });

  it('marks a machine translation', () => {
    expect(text(page('en/practices/dong-ha-ward-centre'))).toContain('Machine translation from Vietnamese, not yet reviewed by a person.');
  });

  it('shows a planned exchange as upcoming, first', () => {
    const list = page('vi/exchanges');
    expect(list).toContain('Sắp diễn ra');
    expect(text(page('vi'))).not.toContain('Hiện chưa có chuyến trao đổi nào được lên lịch.');
  });
});

describe('exchanges in a contributor’s tree', () => {
  it('puts the planned visit in every language’s calendar, all-day, ending the day after its last day', () => {
    for (const lang of ['vi', 'lo', 'en']) {
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(out, lang, 'exchanges.ics'), 'utf8')));
      const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
      expect(events).toHaveLength(1);
      const planned = events[0]!;
      expect(planned.uid).toMatch(/^champasak-quang-tri@/);
      expect([planned.startDate.toString(), planned.endDate.toString(), planned.startDate.isDate]).toEqual(['2030-03-10', '2030-03-13', true]);
      expect(planned.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
      // Only a Lao version exists: every calendar carries the Lao title, marked as Lao.
      expect(planned.component.getFirstProperty('summary')!.getParameter('language')).toBe('lo');
    }
  });

  it('briefs an exchange missing in the reader’s language without showing another language as theirs', () => {
    const html = page('vi/exchanges/champasak-quang-tri/brief');
    expect(html).toContain('<h1 lang="lo">ຄະນະແຂວງຈຳປາສັກ ຢ້ຽມຢາມແຂວງກວາງຈິ</h1>');
    expect(html).toContain('notice--missing');
    expect(html).not.toContain('ເນື້ອໃນທົດລອງ');
  });

  it('renders a glossary term in text as a link to the glossary with its other names', () => {
    const html = page('vi/practices/dong-ha-ward-centre');
    expect(html).toMatch(
      /<a class="term__link" href="\/vi\/glossary\/#one-stop" hreflang="vi" aria-describedby="practices-dong-ha-ward-centre-vi-term-1">cơ chế một cửa<\/a>/,
    );
    expect(html).toContain('<span class="term__tip" id="practices-dong-ha-ward-centre-vi-term-1" role="tooltip"');
    expect(html).toContain('<span class="term__equivalent" lang="lo">ກົນໄກປະຕູດຽວ</span>');
    // The page loads the script that lets Escape close a tip, once.
    expect(html.match(/<script type="module" src="\/_astro\/TermTips[^"]*"><\/script>/g)).toHaveLength(1);
  });
});

describe('translation status', () => {
  it('marks a translation outdated when its original was updated after it was made, on the status page, its JSON and the page itself', () => {
    // dong-ha-ward-centre.en.mdx was made from the version of 2025-09-01; the Vietnamese original was updated on 2025-10-01.
    const row = /<tr data-translation-row="practices\/dong-ha-ward-centre">([\s\S]*?)<\/tr>/.exec(page('en/translations'))![1]!;
    expect(row).toMatch(/<td data-lang="vi" data-status="original">/);
    expect(row).toMatch(/<td data-lang="lo" data-status="missing">/);
    expect(row).toMatch(/<td data-lang="en" data-status="machine" data-outdated="true">/);
    expect(text(row)).toContain('May be outdated');
    const json = JSON.parse(readFileSync(join(out, 'data/translations.json'), 'utf8')) as {
      entries: Array<{ collection: string; id: string; versions: Record<string, { status: string; outdated?: boolean }> }>;
    };
    const entry = json.entries.find((each) => each.collection === 'practices' && each.id === 'dong-ha-ward-centre')!;
    expect(entry.versions).toMatchObject({ vi: { status: 'original', outdated: false }, lo: { status: 'missing' }, en: { status: 'machine', outdated: true } });
    expect(text(page('en/practices/dong-ha-ward-centre'))).toContain('This translation may be outdated');
    expect(text(page('vi/practices/dong-ha-ward-centre'))).not.toContain('outdated');
  });
});

describe('translation marks of YAML entries', () => {
  it('the glossary says when its terms in the reader’s language are machine translations', () => {
    expect(page('lo/glossary')).toContain('data-translation="machine"');
    expect(page('vi/glossary')).not.toContain('data-translation=');
  });
});

describe('a renamed entry’s former address (redirectFrom)', () => {
  // The practice lists its former slug in Vietnamese only, the theme in its YAML file: pages exist in every language.
  const renamed = [
    { from: 'practices/dong-ha-one-stop-centre', to: 'practices/dong-ha-ward-centre' },
    { from: 'themes/one-stop-centres', to: 'themes/service-centres' },
  ];

  it('is a small page in each language that sends the reader on, says where, and is not for search engines', () => {
    for (const lang of ['vi', 'lo', 'en'] as const)
      for (const { from, to } of renamed) {
        const html = page(`${lang}/${from}`);
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/${lang}/${to}/">`);
        expect(html).toContain(`<link rel="canonical" href="https://vn-la-reform.example.org/${lang}/${to}/">`);
        expect(html).toContain('<meta name="robots" content="noindex">');
        expect(html).toMatch(new RegExp(`<a href="/${lang}/${to}/"[^>]*>[^<]+</a>`));
      }
    expect(text(page('vi/practices/dong-ha-one-stop-centre'))).toContain(
      'Địa chỉ này đã được thay đổi. Nội dung hiện ở: Trung tâm phục vụ hành chính công phường Đông Hà',
    );
    // The practice has no Lao version: its title is shown in the language it is written in, marked as such.
    expect(page('lo/practices/dong-ha-one-stop-centre')).toMatch(/ທີ່ຢູ່ນີ້ໄດ້ປ່ຽນແລ້ວ[^<]*<a href="\/lo\/practices\/dong-ha-ward-centre\/" lang="(vi|en)">/);
    expect(text(page('en/themes/one-stop-centres'))).toContain('The page is now at: Public service centres');
  });

  it('is left out of the sitemap and the search index', () => {
    const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/vi/practices/dong-ha-ward-centre/');
    expect(sitemap).not.toContain('dong-ha-one-stop-centre');
    expect(sitemap).not.toContain('one-stop-centres');
    for (const lang of ['vi', 'lo', 'en']) {
      const fragments = readdirSync(join(out, 'pagefind', lang, 'fragment')).map((name) =>
        gunzipSync(readFileSync(join(out, 'pagefind', lang, 'fragment', name))).toString(),
      );
      // The practice is a result where it is written (it has no Lao version); its former address nowhere.
      expect(fragments.some((fragment) => fragment.includes('practices/dong-ha-ward-centre'))).toBe(lang !== 'lo');
      expect(fragments.filter((fragment) => /dong-ha-one-stop-centre|one-stop-centres/.test(fragment))).toEqual([]);
    }
  });

  it('is answered by nginx with a 301 to the present address, in each language, with or without its slash', async () => {
    const nginx = await startNginx(out);
    try {
      for (const lang of ['vi', 'lo', 'en'])
        for (const { from, to } of renamed)
          for (const path of [`/${lang}/${from}/`, `/${lang}/${from}`]) {
            const response = await fetch(`${nginx.base}${path}?ref=old`, { redirect: 'manual' });
            expect(response.status, path).toBe(301);
            expect(response.headers.get('location'), path).toBe(`/${lang}/${to}/?ref=old`);
            const target = await fetch(`${nginx.base}${response.headers.get('location')}`, { redirect: 'manual' });
            expect(target.status, path).toBe(200);
            expect(await target.text()).toContain(`<html lang="${lang}"`);
          }
      // Addresses that were never an entry's keep their 404.
      expect((await fetch(`${nginx.base}/vi/practices/never-was/`, { redirect: 'manual' })).status).toBe(404);
    } finally {
      nginx.stop();
    }
  });
});

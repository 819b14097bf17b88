/**
 * People's names on built exchange pages: a page writes a name in its own
 * language's spelling only where a source gives it (the leader's `names`);
 * otherwise it shows the source's spelling, marked with that spelling's
 * language, and a Lao (or English) page says that it is the Vietnamese
 * source's spelling when the person is not Vietnamese.
 */
import { describe, expect, it } from 'vitest';
import { briefPartPath } from '../../src/lib/paths.ts';
import { readPage, requireBuild } from '../helpers/site.ts';

requireBuild();

/** The list items of a page's leaders section, tags kept. */
function leaderItems(lang: string, slug: string): string[] {
  const section = readPage(`/${lang}/exchanges/${slug}/`).match(/<section aria-labelledby="leaders-title">([\s\S]*?)<\/section>/);
  expect(section, `${lang}/${slug} has a leaders section`).not.toBeNull();
  return [...section![1]!.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => match[1]!.replace(/\s+/g, ' '));
}

const item = (items: string[], name: string) => {
  const found = items.find((each) => each.includes(name));
  expect(found, `an item naming ${name}`).toBeDefined();
  return found!;
};

describe('a Lao leader named only in a Vietnamese source', () => {
  it('on the Lao page: the Vietnamese spelling under lang="vi", then a Lao note saying whose spelling it is', () => {
    const savannakhet = item(leaderItems('lo', 'savannakhet-ha-tinh-2019'), 'Vạ Li Nhạ Sĩ Chăn Thong Thíp');
    expect(savannakhet).toMatch(/<strong lang="vi"[^>]*>Vạ Li Nhạ Sĩ Chăn Thong Thíp<\/strong>/);
    expect(savannakhet).toContain('(ຂຽນຕາມການສະກົດຂອງແຫຼ່ງຂ່າວພາສາຫວຽດນາມ)');
    const vientiane = item(leaderItems('lo', 'vientiane-hue-2026'), 'Tha Nông Xay Khút Phay Thun');
    expect(vientiane).toMatch(/<strong lang="vi"[^>]*>Tha Nông Xay Khút Phay Thun<\/strong>/);
    expect(vientiane).toContain('(ຂຽນຕາມການສະກົດຂອງແຫຼ່ງຂ່າວພາສາຫວຽດນາມ)');
  });

  it('on the English page: the same, with the note in English', () => {
    const savannakhet = item(leaderItems('en', 'savannakhet-ha-tinh-2019'), 'Vạ Li Nhạ Sĩ Chăn Thong Thíp');
    expect(savannakhet).toMatch(/<strong lang="vi"[^>]*>Vạ Li Nhạ Sĩ Chăn Thong Thíp<\/strong>/);
    expect(savannakhet).toContain('(as spelt in the Vietnamese source)');
  });

  it('on the Vietnamese page: the name as the source writes it, with no note', () => {
    const savannakhet = item(leaderItems('vi', 'savannakhet-ha-tinh-2019'), 'Vạ Li Nhạ Sĩ Chăn Thong Thíp');
    expect(savannakhet).toMatch(/<strong[^>]*>Vạ Li Nhạ Sĩ Chăn Thong Thíp<\/strong>/);
    expect(savannakhet).not.toContain('lang="vi"');
    expect(savannakhet).not.toContain('name-note');
  });
});

describe('a spelling a source gives', () => {
  it('the English page writes the Oudomxay governor as the English source spells him, the Lao page as the Vietnamese one does', () => {
    const en = item(leaderItems('en', 'oudomxay-lai-chau-2025'), 'Vongsavanh Saynhavong');
    expect(en).toMatch(/<strong[^>]*>Vongsavanh Saynhavong<\/strong>/);
    expect(en).not.toContain('Vông Sạ');
    expect(en).not.toContain('name-note');
    const lo = item(leaderItems('lo', 'oudomxay-lai-chau-2025'), 'Vông Sạ Văn Xay Nhạ Vông');
    expect(lo).toMatch(/<strong lang="vi"[^>]*>Vông Sạ Văn Xay Nhạ Vông<\/strong>/);
    expect(lo).toContain('(ຂຽນຕາມການສະກົດຂອງແຫຼ່ງຂ່າວພາສາຫວຽດນາມ)');
    expect(lo).not.toContain('Vongsavanh');
  });
});

describe('a Vietnamese leader', () => {
  it('on Lao and English pages: the Vietnamese name under lang="vi", with no note (it is the person’s own spelling)', () => {
    for (const lang of ['lo', 'en']) {
      const binh = item(leaderItems(lang, 'vientiane-hue-2026'), 'Nguyễn Thanh Bình');
      expect(binh).toMatch(/<strong lang="vi"[^>]*>Nguyễn Thanh Bình<\/strong>/);
      expect(binh).not.toContain('name-note');
    }
  });
});

describe('the briefing pack', () => {
  it('names leaders the same way as the exchange page', () => {
    const pack = readPage(briefPartPath('exchanges', 'savannakhet-ha-tinh-2019')).match(
      /<div lang="lo" data-brief-part=(?:(?!data-brief-part=)[\s\S])*?<ul class="brief-leaders">([\s\S]*?)<\/ul>/,
    );
    expect(pack, 'the Lao pack part lists the leaders').not.toBeNull();
    expect(pack![1]).toMatch(
      /<strong lang="vi"[^>]*>Vạ Li Nhạ Sĩ Chăn Thong Thíp<\/strong><span class="name-note"> \(ຂຽນຕາມການສະກົດຂອງແຫຼ່ງຂ່າວພາສາຫວຽດນາມ\)<\/span> \(/,
    );
  });
});

/**
 * Localities through time, in the built site: Hue's page tells its history
 * with its source; the former provinces have pages that say what they
 * became part of, listed apart from present units; the map and the host
 * finder show present units only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { recordsOfPage } from '../../src/lib/search/pageRecords.ts';
import { readPage, requireBuild } from '../helpers/site.ts';

beforeAll(requireBuild);

/** The HTML of a page's history section. */
const historyOf = (path: string) =>
  /<section[^>]*data-locality-history[^>]*>([\s\S]*?)<\/section>/.exec(readPage(path))?.[1] ?? '';

describe('a locality page shows its history with sources', () => {
  it('Hue: formed on 1 January 2025 from Thua Thien Hue province, citing Resolution 175/2024/QH15', () => {
    const history = historyOf('/en/localities/hue/');
    expect(history).toContain('<h2 id="history-title">History of the unit</h2>');
    expect(history).toContain(
      '<time datetime="2025-01-01">1 January 2025</time>: Formed from <a href="/en/localities/thua-thien-hue/">Thua Thien Hue Province</a>',
    );
    expect(history).toMatch(
      /Source: <a href="https:\/\/news\.laodong\.vn\/[^"]+"[^>]*><span lang="vi">Nghị quyết số 175\/2024\/QH15/,
    );
  });

  it('in Lao, with the Vietnamese names of former wards marked as Vietnamese', () => {
    const history = historyOf('/lo/localities/phu-xuan/');
    expect(history).toContain('ສ້າງຕັ້ງຂຶ້ນຈາກ');
    expect(history).toContain('<span lang="vi">Phường Gia Hội</span>');
    expect(history).toContain('1675/NQ-UBTVQH15');
  });

  it('a former name in Lao script only, with the year its source gives and no invented day', () => {
    const history = historyOf('/en/localities/oudomxay/');
    expect(history).toContain(
      'Former name: <strong><span lang="lo">ແຂວງລ້ານຊ້າງ</span></strong>, until <time datetime="1965">1965</time>',
    );
    expect(history).toContain('<time datetime="1962-07-15">15 July 1962</time>');
  });

  it('Da Nang: formed from itself as it was and Quang Nam province', () => {
    const history = historyOf('/vi/localities/da-nang/');
    expect(history).toContain('Thành phố Đà Nẵng (trước đó)');
    expect(history).toContain('<a href="/vi/localities/quang-nam/">Tỉnh Quảng Nam</a>');
  });

  it('a locality with no history in the sources has no history section', () => {
    expect(readPage('/vi/localities/ha-noi/')).not.toContain('data-locality-history');
  });
});

describe('former units', () => {
  it('Thua Thien Hue has a page that says it no longer exists and what it became', () => {
    const page = readPage('/vi/localities/thua-thien-hue/');
    expect(page).toMatch(
      /data-locality-former>Đơn vị hành chính này không còn tồn tại\. Nay thuộc: <a href="\/vi\/localities\/hue\/">Thành phố Huế<\/a>/,
    );
    expect(historyOf('/vi/localities/thua-thien-hue/')).toContain('Nhập vào <a href="/vi/localities/hue/">Thành phố Huế</a>');
  });

  it('its name, for which no source gives Lao script, is marked Vietnamese on the Lao page', () => {
    expect(readPage('/lo/localities/quang-nam/')).toContain('<h1><span lang="vi">Tỉnh Quảng Nam</span></h1>');
  });

  it('its search record is filtered as the unit it became part of', () => {
    const [record] = recordsOfPage(readPage('/vi/localities/quang-nam/'), '/vi/localities/quang-nam/');
    expect(record!.record.localities).toEqual(['da-nang']);
  });

  it('the list of localities shows former units apart', () => {
    const page = readPage('/en/localities/');
    const former = /<section[^>]*data-former-units[^>]*>([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
    expect(former).toContain('/en/localities/quang-nam/');
    expect(former).toContain('/en/localities/thua-thien-hue/');
    const present = page.slice(0, page.indexOf('data-former-units'));
    expect(present).toContain('/en/localities/hue/');
    expect(present).not.toContain('/en/localities/quang-nam/');
  });

  it('are not among the places to visit, nor on the map of exchanges', () => {
    for (const path of ['/en/hosts/', '/en/exchanges/']) {
      const page = readPage(path);
      expect(page, path).toContain('/en/localities/hue/');
      expect(page, path).not.toContain('/en/localities/thua-thien-hue/');
      expect(page, path).not.toContain('/en/localities/quang-nam/');
    }
  });
});

describe('search records carry former names', () => {
  it('Hue and its practices are indexed with the name Thua Thien Hue', () => {
    for (const path of ['/vi/localities/hue/', '/vi/practices/hue-service-centre-network/']) {
      const [record] = recordsOfPage(readPage(path), path);
      expect(record!.record.aliases, path).toContain('Tỉnh Thừa Thiên Huế');
    }
  });
});

/**
 * Former names in the search page, in Chromium: a reader who types the
 * name of a province that no longer exists, with or without diacritics,
 * finds the locality it became and that locality's practices.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { allResultLinks, searchAt, searchPath } from '../helpers/search.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();

const HUE = [
  '/vi/localities/hue/',
  '/vi/practices/hue-service-centre-network/',
  '/vi/practices/hue-two-level-government-first-month/',
];

describe('a former name finds the present locality and its practices', () => {
  for (const query of ['Thừa Thiên Huế', 'thua thien hue']) {
    it(`"${query}" finds Hue and its practices`, async () => {
      const outcome = await searchAt(session(), searchPath('vi', query));
      expect(outcome.errors).toEqual([]);
      const links = await allResultLinks(outcome.page);
      expect(links).toEqual(expect.arrayContaining(HUE));
      // Only places Thua Thien Hue became, and their practices: not Da Nang or Ha Noi.
      expect(links).not.toContain('/vi/localities/da-nang/');
      expect(links).not.toContain('/vi/practices/ha-noi-service-centre-model/');
      await outcome.close();
    });
  }

  it('"Quảng Nam" finds Da Nang and the exchange its delegation made', async () => {
    const outcome = await searchAt(session(), searchPath('vi', 'Quảng Nam'));
    expect(outcome.links).toEqual(expect.arrayContaining(['/vi/localities/da-nang/', '/vi/exchanges/da-nang-ha-noi-2025/']));
    expect(outcome.links).not.toContain('/vi/localities/hue/');
    await outcome.close();
  });

  it('in English too: "thua thien hue" on the English search page finds Hue City', async () => {
    const outcome = await searchAt(session(), searchPath('en', 'thua thien hue'));
    expect(outcome.links).toContain('/en/localities/hue/');
    await outcome.close();
  });
});

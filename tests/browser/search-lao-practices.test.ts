/**
 * Issue 19's check on search, in Chromium: a reader looking for Laos'
 * one-door service centres, in Lao or in Vietnamese typed without
 * diacritics, finds the Lao practices before any other practice.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser.ts';
import { searchAt, searchPath } from '../helpers/search.ts';
import { requireBuild } from '../helpers/site.ts';

requireBuild();
const session = useSite();

const LAO_PRACTICES = ['laos-one-door-service-centres', 'laos-odsc-mobile-app-2021'];
/** Result links that are practices, in rank order. */
const practicesAmong = (links: string[], lang: string) => links.filter((link) => link.startsWith(`/${lang}/practices/`));

describe('the Lao practices are found first', () => {
  it.each([
    ['lo', 'ແອັບພິເຄຊັ່ນ', 'laos-odsc-mobile-app-2021'],
    ['vi', 'ung dung di dong', 'laos-odsc-mobile-app-2021'],
    ['vi', 'trung tam dich vu mot cua', 'laos-one-door-service-centres'],
  ])('%s "%s" gives %s before any other practice', async (lang, query, slug) => {
    const outcome = await searchAt(session(), searchPath(lang, query));
    expect(outcome.errors).toEqual([]);
    expect(practicesAmong(outcome.links, lang)[0]).toBe(`/${lang}/practices/${slug}/`);
    await outcome.close();
  });

  it('the Lao term for the centres gives both Lao practices before any other practice, after the glossary entry', async () => {
    const outcome = await searchAt(session(), searchPath('lo', 'ສູນບໍລິການຜ່ານປະຕູດຽວ'));
    expect(outcome.links[0]).toBe('/lo/glossary/#one-door-service-centre');
    expect(practicesAmong(outcome.links, 'lo').slice(0, 2).sort()).toEqual(
      LAO_PRACTICES.map((slug) => `/lo/practices/${slug}/`).sort(),
    );
    await outcome.close();
  });
});

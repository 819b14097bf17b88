import { describe, expect, it } from 'vitest';
import { formerSlugClashes, nginxRedirectMap, redirectsOf, type RenamedEntry } from '../../src/lib/redirects.ts';

describe('redirectsOf', () => {
  it('sends each former address, in every language, to the entry’s present address', () => {
    const redirects = redirectsOf([
      { collection: 'practices', slug: 'hue-service-centre-network', redirectFrom: ['hue-one-stop-centre'] },
      { collection: 'themes', slug: 'service-centres', redirectFrom: ['one-stop-centres', 'one-stop-centres'] },
      { collection: 'guides', slug: 'never-renamed' },
    ]);
    expect(redirects.map(({ from, to }) => [from, to])).toEqual([
      ['/en/practices/hue-one-stop-centre/', '/en/practices/hue-service-centre-network/'],
      ['/en/themes/one-stop-centres/', '/en/themes/service-centres/'],
      ['/lo/practices/hue-one-stop-centre/', '/lo/practices/hue-service-centre-network/'],
      ['/lo/themes/one-stop-centres/', '/lo/themes/service-centres/'],
      ['/vi/practices/hue-one-stop-centre/', '/vi/practices/hue-service-centre-network/'],
      ['/vi/themes/one-stop-centres/', '/vi/themes/service-centres/'],
    ]);
    expect(redirects[0]).toMatchObject({ lang: 'en', collection: 'practices', slug: 'hue-service-centre-network' });
  });
});

describe('formerSlugClashes', () => {
  const entry = (collection: RenamedEntry['collection'], slug: string, redirectFrom?: string[]) => ({
    collection,
    slug,
    redirectFrom,
  });

  it('finds a former slug that is a live slug, its own included, or an earlier entry’s former slug', () => {
    const a = entry('practices', 'a', ['old-a']);
    const b = entry('practices', 'b', ['a', 'old-a', 'b']);
    const clashes = formerSlugClashes([a, b]);
    expect(clashes.map(({ entry, index, former, kind, other }) => [entry.slug, index, former, kind, other.slug])).toEqual([
      ['b', 0, 'a', 'live', 'a'],
      ['b', 1, 'old-a', 'former', 'a'],
      ['b', 2, 'b', 'live', 'b'],
    ]);
  });

  it('lets language versions of one entry repeat their list, and collections share slugs', () => {
    expect(
      formerSlugClashes([
        entry('practices', 'a', ['old']),
        entry('practices', 'a', ['old']),
        entry('themes', 'old'),
        entry('exchanges', 'x', ['old']),
      ]),
    ).toEqual([]);
  });
});

describe('nginxRedirectMap', () => {
  it('maps the former address, with and without its slash, to the present one', () => {
    const map = nginxRedirectMap(redirectsOf([{ collection: 'localities', slug: 'hue', redirectFrom: ['thua-thien-hue'] }]));
    expect(map).toContain('map $uri $vn_la_reform_redirect {');
    expect(map).toContain('    "/lo/localities/thua-thien-hue/" "/lo/localities/hue/";');
    expect(map).toContain('    "/lo/localities/thua-thien-hue" "/lo/localities/hue/";');
    expect(map.match(/;\n/g)).toHaveLength(1 + 6);
  });
});

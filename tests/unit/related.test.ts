import { describe, expect, it } from 'vitest';
import { relatedIndex, relatedPractices, type PracticeLinks } from '../../src/lib/related.ts';

const practice = (slug: string, fields: Partial<PracticeLinks> = {}): PracticeLinks => ({
  slug,
  date: '2025-01-01',
  themes: [],
  locality: `${slug}-place`,
  exchanges: [],
  ...fields,
});

describe('related practices', () => {
  const hue = practice('hue', { themes: ['service-centres', 'digital'], locality: 'hue', exchanges: ['vientiane-hue'] });

  it('ranks a shared exchange above the same place, the same place above one shared theme', () => {
    const all = [
      hue,
      practice('theme-only', { themes: ['service-centres'] }),
      practice('same-city', { locality: 'hue' }),
      practice('same-exchange', { exchanges: ['vientiane-hue'] }),
    ];
    expect(relatedPractices(hue, all).map((related) => related.slug)).toEqual(['same-exchange', 'same-city', 'theme-only']);
  });

  it('counts a ward of the same city as the same province, below the same locality', () => {
    const ward = practice('ward', { locality: 'phu-xuan', parentLocality: 'hue' });
    const all = [hue, ward, practice('city', { locality: 'hue' })];
    const related = relatedPractices(hue, all);
    expect(related.map((each) => [each.slug, each.samePlace])).toEqual([
      ['city', 'locality'],
      ['ward', 'province'],
    ]);
  });

  it('adds up what is shared, and says what it is', () => {
    const both = practice('both', { themes: ['service-centres', 'digital'], exchanges: ['vientiane-hue'] });
    const [related] = relatedPractices(hue, [hue, both, practice('one', { themes: ['digital'] })]);
    expect(related).toMatchObject({
      slug: 'both',
      sharedThemes: ['service-centres', 'digital'],
      sharedExchanges: ['vientiane-hue'],
    });
  });

  it('leaves out the practice itself and practices that share nothing, and stops at the limit', () => {
    const all = [hue, practice('unrelated'), ...['a', 'b', 'c'].map((slug) => practice(slug, { themes: ['digital'] }))];
    const related = relatedPractices(hue, all, 2);
    expect(related).toHaveLength(2);
    expect(related.map((each) => each.slug)).not.toContain('hue');
    expect(related.map((each) => each.slug)).not.toContain('unrelated');
  });

  it('breaks ties by the more recent practice, then by slug', () => {
    const all = [
      hue,
      practice('older', { themes: ['digital'], date: '2024-05-01' }),
      practice('newer-b', { themes: ['digital'], date: '2025-06-01' }),
      practice('newer-a', { themes: ['digital'], date: '2025-06-01' }),
    ];
    expect(relatedPractices(hue, all).map((related) => related.slug)).toEqual(['newer-a', 'newer-b', 'older']);
  });

  it('keeps the same best practices, in the same order, as ranking every practice and sorting them all', () => {
    const themes = ['service-centres', 'digital', 'one-stop', 'land'];
    const all = Array.from({ length: 300 }, (_, i) =>
      practice(`p${(i * 7919) % 300}`, {
        date: `202${i % 5}-0${1 + (i % 9)}-01`,
        themes: themes.filter((_, t) => (i >> t) % 2 === 1),
        locality: i % 11 === 0 ? 'hue' : `place-${i % 13}`,
        parentLocality: i % 3 === 0 ? 'hue' : undefined,
        exchanges: i % 17 === 0 ? ['vientiane-hue'] : [],
      }),
    );
    const sharedCount = (a: readonly string[], b: readonly string[]) => a.filter((each) => b.includes(each)).length;
    const everyScore = all
      .filter((other) => other.slug !== hue.slug)
      .map((other) => {
        const place = other.locality === hue.locality ? 3 : other.parentLocality === 'hue' ? 2 : 0;
        const score = 4 * sharedCount(other.exchanges, hue.exchanges) + place + sharedCount(other.themes, hue.themes);
        return { slug: other.slug, date: other.date, score };
      })
      .filter((each) => each.score > 0)
      .sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
    expect(relatedPractices(hue, all, 12).map(({ slug, score }) => ({ slug, score }))).toEqual(
      everyScore.slice(0, 12).map(({ slug, score }) => ({ slug, score })),
    );
    expect(relatedPractices(hue, all, 0)).toEqual([]);
  });

  it('gives, worked out once for every practice, the same related practices as ranking each practice on its own', () => {
    const themes = ['service-centres', 'digital', 'one-stop', 'land'];
    // Few places and themes, as at national scale: many practices share a profile, and a practice's own group is among the best.
    const all = Array.from({ length: 400 }, (_, i) =>
      practice(`p${(i * 7919) % 400}`, {
        date: `202${i % 3}-0${1 + (i % 4)}-01`,
        themes: themes.filter((_, t) => ((i * 5) >> t) % 2 === 1).slice(0, 2),
        locality: i % 7 === 0 ? 'hue' : `place-${i % 5}`,
        parentLocality: i % 3 === 0 ? 'hue' : undefined,
        exchanges: i % 29 === 0 ? ['vientiane-hue'] : [],
      }),
    );
    for (const limit of [0, 1, 5, 12]) {
      const related = relatedIndex(all, limit);
      for (const each of [hue, ...all]) expect(related(each)).toEqual(relatedPractices(each, all, limit));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { relatedPractices, type PracticeLinks } from '../../src/lib/related.ts';

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
});

import { describe, expect, it } from 'vitest';
import { pairKey, visitPairs } from '../../src/lib/exchanges.ts';
import { compareStanding } from '../../src/lib/hosts.ts';

describe('the history of a pair of places', () => {
  it('joins visits in both directions under one pair', () => {
    const visits = [
      { slug: 'a', host: 'hue', guests: ['vientiane'] },
      { slug: 'b', host: 'vientiane', guests: ['hue'] },
      { slug: 'c', host: 'ha-noi', guests: ['da-nang', 'hue'] },
    ];
    const pairs = visitPairs(visits, (visit) => visit);
    expect(pairKey('vientiane', 'hue')).toBe(pairKey('hue', 'vientiane'));
    expect(pairs.get(pairKey('hue', 'vientiane'))!.items.map((visit) => visit.slug)).toEqual(['a', 'b']);
    expect(pairs.get(pairKey('ha-noi', 'hue'))!.items.map((visit) => visit.slug)).toEqual(['c']);
    expect(pairs.get(pairKey('ha-noi', 'da-nang'))!.places).toEqual(['da-nang', 'ha-noi']);
    expect(pairs.size).toBe(3);
  });
});

describe('ranking hosts', () => {
  it('ranks by practices, then figures, then visits hosted', () => {
    const places = [
      { id: 'hosted-many', practices: 1, figures: 0, hosted: 5 },
      { id: 'figures', practices: 1, figures: 3, hosted: 0 },
      { id: 'practices', practices: 2, figures: 0, hosted: 0 },
      { id: 'nothing', practices: 0, figures: 0, hosted: 1 },
    ];
    expect([...places].sort(compareStanding).map((place) => place.id)).toEqual([
      'practices',
      'figures',
      'hosted-many',
      'nothing',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { groupVersions } from '../../src/lib/entries.ts';
import { articleStates, countStates, textStates } from '../../src/lib/translations.ts';

const entry = groupVersions([
  { slug: 'a', lang: 'vi' as const, data: { title: 'A', date: '2025-01-01', updated: '2025-03-01', draft: false }, source: null },
  {
    slug: 'a',
    lang: 'lo' as const,
    data: {
      title: 'ກ',
      date: '2025-01-01',
      draft: false,
      translation: { status: 'machine' as const, from: 'vi' as const, fromDate: '2025-01-01' },
    },
    source: null,
  },
  {
    slug: 'a',
    lang: 'en' as const,
    data: {
      title: 'A',
      date: '2025-01-01',
      draft: false,
      translation: { status: 'reviewed' as const, from: 'vi' as const, fromDate: '2025-03-01' },
    },
    source: null,
  },
])[0]!;

describe('where an entry stands in each language', () => {
  it('knows originals, translations made from an older original, and current ones', () => {
    const states = articleStates(entry);
    expect(states.vi).toMatchObject({ status: 'original', outdated: false, revised: '2025-03-01' });
    expect(states.lo).toMatchObject({ status: 'machine', from: 'vi', fromDate: '2025-01-01', outdated: true });
    expect(states.en).toMatchObject({ status: 'reviewed', outdated: false });
  });

  it('cannot call a translation outdated without the day it was made from', () => {
    const unknown = groupVersions([
      {
        slug: 'b',
        lang: 'vi' as const,
        data: { title: 'B', date: '2025-01-01', updated: '2025-06-01', draft: false },
        source: null,
      },
      {
        slug: 'b',
        lang: 'lo' as const,
        data: { title: 'ຂ', date: '2025-01-01', draft: false, translation: { status: 'machine' as const, from: 'vi' as const } },
        source: null,
      },
    ])[0]!;
    expect(articleStates(unknown).lo).toMatchObject({ status: 'machine', outdated: false });
    expect(articleStates(unknown).en).toEqual({ status: 'missing' });
  });

  it('counts per language, outdated among them', () => {
    const yaml = textStates({ vi: true, lo: true }, { lo: { status: 'machine', from: 'vi' } });
    expect(yaml.en).toEqual({ status: 'missing' });
    expect(countStates([articleStates(entry), yaml], 'lo')).toEqual({
      original: 0,
      reviewed: 0,
      machine: 2,
      missing: 0,
      outdated: 1,
    });
    expect(countStates([articleStates(entry), yaml], 'en')).toEqual({
      original: 0,
      reviewed: 1,
      machine: 0,
      missing: 1,
      outdated: 0,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { groupVersions, isOutdated, latestFact, leadVersion, type VersionData } from '../../src/lib/entries.ts';
import { orderExchanges, todayInRegion } from '../../src/lib/exchanges.ts';

type Data = VersionData & { figures?: number[] };
const version = (slug: string, lang: 'vi' | 'lo' | 'en', data: Partial<Data>) => ({
  slug,
  lang,
  source: null,
  data: { title: `${slug} ${lang}`, date: '2025-01-01', draft: false, ...data } as Data,
});

describe('groupVersions', () => {
  it('groups the language versions of one slug into one entry', () => {
    const entries = groupVersions([version('a', 'lo', {}), version('a', 'vi', {}), version('b', 'en', {})]);
    expect(entries.map((entry) => [entry.slug, entry.langs])).toEqual([
      ['a', ['vi', 'lo']],
      ['b', ['en']],
    ]);
  });
  it('leaves drafts out unless asked', () => {
    const versions = [version('a', 'vi', {}), version('a', 'lo', { draft: true })];
    expect(groupVersions(versions)[0]!.langs).toEqual(['vi']);
    expect(groupVersions(versions, { includeDrafts: true })[0]!.langs).toEqual(['vi', 'lo']);
  });
});

describe('shared facts come from the most recently updated version that has them', () => {
  const entry = groupVersions([
    version('a', 'vi', { figures: [1] }),
    version('a', 'lo', { updated: '2025-03-01', figures: [2] }),
    version('a', 'en', { updated: '2025-06-01' }),
  ])[0]!;
  it('skips a newer version without the fact', () => {
    expect(latestFact(entry, 'figures')).toEqual({ lang: 'lo', value: [2] });
  });
  it('the lead version is the newest', () => {
    expect(leadVersion(entry).lang).toBe('en');
  });
  it('prefers the reader’s own version on the same day', () => {
    const tie = groupVersions([
      version('c', 'vi', { figures: [1] }),
      version('c', 'lo', { translation: { status: 'machine', from: 'vi' }, figures: [2] }),
    ])[0]!;
    expect(latestFact(tie, 'figures', 'lo')).toEqual({ lang: 'lo', value: [2] });
    expect(latestFact(tie, 'figures', 'en')?.lang).toBe('vi');
  });
  it('but not an older version of the reader’s own', () => {
    const entry = groupVersions([
      version('d', 'vi', { updated: '2025-05-01', figures: [1] }),
      version('d', 'lo', { figures: [2] }),
    ])[0]!;
    expect(latestFact(entry, 'figures', 'lo')?.lang).toBe('vi');
  });
  it('prefers the original on the same day', () => {
    const tie = groupVersions([
      version('b', 'lo', { translation: { status: 'machine', from: 'vi' }, figures: [2] }),
      version('b', 'vi', { figures: [1] }),
    ])[0]!;
    expect(latestFact(tie, 'figures')?.lang).toBe('vi');
  });
});

describe('isOutdated', () => {
  it('is true when the original was revised after the translation was made', () => {
    const entry = groupVersions([
      version('a', 'vi', { updated: '2025-05-01' }),
      version('a', 'lo', { translation: { status: 'machine', from: 'vi', fromDate: '2025-01-01' } }),
      version('a', 'en', { translation: { status: 'machine', from: 'vi', fromDate: '2025-05-01' } }),
    ])[0]!;
    expect(isOutdated(entry, entry.versions.lo!)).toBe(true);
    expect(isOutdated(entry, entry.versions.en!)).toBe(false);
  });
});

describe('orderExchanges', () => {
  it('puts upcoming visits first, soonest first, then past ones, latest first', () => {
    const visits = [
      { id: 'past-old', date: '2019-09-13', status: 'held' as const },
      { id: 'future-far', date: '2030-01-01', status: 'planned' as const },
      { id: 'past-recent', date: '2026-01-25', status: 'held' as const },
      { id: 'future-near', date: '2027-05-01', status: 'planned' as const },
    ];
    expect(orderExchanges(visits, (visit) => visit, '2026-11-22').map((visit) => visit.id)).toEqual([
      'future-near',
      'future-far',
      'past-recent',
      'past-old',
    ]);
  });
  it('counts the day in Viet Nam and Laos (UTC+7)', () => {
    expect(todayInRegion(new Date('2026-11-22T18:30:00Z'))).toBe('2026-11-23');
  });
});

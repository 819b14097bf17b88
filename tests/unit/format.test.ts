import { describe, expect, it } from 'vitest';
import { isIsoDate, toIsoDate } from '../../src/lib/dates.ts';
import { formatDateRange, formatFigureValue, formatLongDate, formatNumber, formatShortDate } from '../../src/lib/format.ts';

describe('numbers per language', () => {
  it('Vietnamese uses a decimal comma and dot thousands', () => {
    expect(formatFigureValue({ value: 91.17, unit: '%' }, 'vi')).toBe('91,17%');
    expect(formatNumber(44825, 'vi')).toBe('44.825');
  });
  it('English uses a decimal point', () => {
    expect(formatFigureValue({ value: 91.17, unit: '%' }, 'en')).toBe('91.17%');
    expect(formatNumber(44825, 'en')).toBe('44,825');
  });
  it('a word unit follows the number', () => {
    expect(formatFigureValue({ value: 2006, unit: 'dịch vụ' }, 'vi')).toBe('2.006\u00A0dịch vụ');
  });
});

describe('dates per language', () => {
  it('short dates are day/month/year', () => {
    expect(formatShortDate('2026-01-25', 'vi')).toBe('25/01/2026');
    expect(formatShortDate('2026-01-25', 'en')).toBe('25/01/2026');
    expect(formatShortDate('2026-01-25', 'lo')).toBe('25/01/2026');
  });
  it('long dates: Vietnamese official style, Lao month names, English', () => {
    expect(formatLongDate('2026-01-25', 'vi')).toBe('25 tháng 1 năm 2026');
    expect(formatLongDate('2026-01-25', 'lo')).toBe('25 ມັງກອນ 2026');
    expect(formatLongDate('2025-08-06', 'lo')).toBe('6 ສິງຫາ 2025');
    expect(formatLongDate('2026-01-25', 'en')).toBe('25 January 2026');
  });
  it('a visit of several days is a range', () => {
    expect(formatDateRange('2030-03-10', '2030-03-12', 'vi')).toBe('10/03/2030 – 12/03/2030');
    expect(formatDateRange('2030-03-10', '2030-03-12', 'en')).toMatch(/^10\s?–\s?12 March 2030$/);
    expect(formatDateRange('2030-03-10', undefined, 'en')).toBe('10 March 2030');
  });
  it('does not move a day across time zones', () => {
    expect(formatShortDate('2025-01-01', 'vi')).toBe('01/01/2025');
  });
});

describe('ISO dates', () => {
  it('accepts YAML dates and quoted strings', () => {
    expect(toIsoDate(new Date(Date.UTC(2025, 7, 6)))).toBe('2025-08-06');
    expect(toIsoDate('2025-08-06')).toBe('2025-08-06');
  });
  it('refuses impossible or differently written dates', () => {
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(toIsoDate('06/08/2025')).toBeUndefined();
    expect(toIsoDate('2025-8-6')).toBeUndefined();
  });
});

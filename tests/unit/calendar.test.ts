import { describe, expect, it } from 'vitest';
import { dayAfter, escapeText, foldLine, renderCalendar, type CalendarEvent } from '../../src/lib/calendar.ts';

const event: CalendarEvent = {
  uid: 'vientiane-hue-2026@example.org',
  start: '2026-01-25',
  title: 'Đoàn đại biểu thủ đô Viêng Chăn; làm việc, trao đổi',
  description: 'Dòng một\nDòng hai',
  location: 'Thành phố Huế',
  url: 'https://example.org/vi/exchanges/vientiane-hue-2026/',
  lang: 'vi',
  categories: ['Trung tâm phục vụ hành chính công'],
  planned: false,
  revised: '2026-01-25',
};

describe('all-day dates', () => {
  it('ends the day after the last day, across months and leap years', () => {
    expect(dayAfter('2026-01-25')).toBe('2026-01-26');
    expect(dayAfter('2025-12-31')).toBe('2026-01-01');
    expect(dayAfter('2028-02-28')).toBe('2028-02-29');
    expect(dayAfter('2027-02-28')).toBe('2027-03-01');
  });

  it('writes a one-day visit from its day to the next, and a visit of several days to the day after its end', () => {
    const one = renderCalendar({ name: 'x', lang: 'vi', events: [event] });
    expect(one).toContain('DTSTART;VALUE=DATE:20260125\r\n');
    expect(one).toContain('DTEND;VALUE=DATE:20260126\r\n');
    const three = renderCalendar({ name: 'x', lang: 'vi', events: [{ ...event, end: '2026-01-27' }] });
    expect(three).toContain('DTEND;VALUE=DATE:20260128\r\n');
  });
});

describe('text values', () => {
  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a Lao or Vietnamese character', () => {
    const line = `SUMMARY;LANGUAGE=lo:${'ສູນບໍລິການບໍລິຫານລັດ'.repeat(4)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [index, part] of parts.entries()) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
    }
    // Unfolding gives the line back, character for character.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});

describe('a calendar', () => {
  it('has CRLF line ends, one VEVENT per event and a status per state', () => {
    const ics = renderCalendar({ name: 'Lịch', lang: 'vi', events: [event, { ...event, uid: 'b@example.org', planned: true }] });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('STATUS:CONFIRMED');
    expect(ics).toContain('STATUS:TENTATIVE');
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY;LANGUAGE=vi:Đoàn đại biểu thủ đô Viêng Chăn\\; làm việc\\, trao đổi');
  });
});

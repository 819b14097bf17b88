/**
 * Exchanges as iCalendar (RFC 5545) events, so that a coordinator can
 * subscribe to the programme or add one visit to their own calendar.
 *
 * Visits are whole days in the host's calendar, so events are all-day
 * (`VALUE=DATE`) and carry no time zone; the end date is exclusive, as the
 * standard requires: a visit on 25 January ends on 26 January.
 */
import type { IsoDate } from './dates.ts';

export interface CalendarEvent {
  /** Stable across builds and languages: the same visit is one event everywhere. */
  uid: string;
  start: IsoDate;
  /** Last day of the visit, inclusive, as the content writes it. */
  end?: IsoDate | undefined;
  title: string;
  description: string;
  location: string;
  url: string;
  /** Language of the title and description. */
  lang: string;
  categories: string[];
  planned: boolean;
  /** When the record was last revised; it stands in for DTSTAMP so that two builds give the same file. */
  revised: IsoDate;
}

export interface Calendar {
  name: string;
  lang: string;
  events: CalendarEvent[];
}

const PRODUCT_ID = '-//Viet Nam-Laos administrative reform exchange//Exchanges//EN';

/** `2026-01-25` → `20260125`. */
function basicDate(day: IsoDate): string {
  return day.replaceAll('-', '');
}

/** The day after `day`: the exclusive end of an all-day event. */
export function dayAfter(day: IsoDate): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll(';', '\\;').replaceAll(',', '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded (§3.1). Lao and Vietnamese take two
 * to three octets a character, so the cut is measured in bytes and never
 * splits a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + width > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += width;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function eventLines(event: CalendarEvent): string[] {
  const text = (name: string, value: string) => `${name};LANGUAGE=${event.lang}:${escapeText(value)}`;
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${basicDate(event.revised)}T000000Z`,
    `DTSTART;VALUE=DATE:${basicDate(event.start)}`,
    `DTEND;VALUE=DATE:${basicDate(dayAfter(event.end ?? event.start))}`,
    text('SUMMARY', event.title),
    text('DESCRIPTION', `${event.description}\n\n${event.url}`),
    text('LOCATION', event.location),
    ...(event.categories.length > 0 ? [`CATEGORIES;LANGUAGE=${event.lang}:${event.categories.map(escapeText).join(',')}`] : []),
    `URL;VALUE=URI:${event.url}`,
    `STATUS:${event.planned ? 'TENTATIVE' : 'CONFIRMED'}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The whole calendar as an `.ics` file: CRLF line ends, folded lines. */
export function renderCalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

import { dayToDate, type IsoDate } from './dates.ts';
import { LOCALES, type Lang } from './languages.ts';

const UTC = { timeZone: 'UTC' } as const;

/**
 * Creating an Intl formatter is slow (it was the costliest call of a build of
 * 3,000 practices per language, profiled); each is made once and reused.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `date ${lang} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(LOCALES[lang], { ...UTC, ...options })));
  return formatter;
}
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `number ${lang} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(LOCALES[lang], options)));
  return formatter;
}

/**
 * `25/01/2026`: day, month and year, as Vietnamese, Lao and en-GB write a
 * short date. Written out rather than asked of Intl, because this also runs in
 * the browser (search results), and a browser without Lao locale data
 * (Chromium as Debian ships it) formats `lo-LA` as en-US, month first.
 */
export function formatShortDate(day: IsoDate, _lang: Lang): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

/**
 * A date written out: `25 tháng 1 năm 2026`, `25 ມັງກອນ 2026`, `25 January 2026`.
 * Vietnamese official writing puts "năm" before the year, which ICU's
 * `25 tháng 1, 2026` lacks, so Vietnamese is assembled from its parts.
 */
export function formatLongDate(day: IsoDate, lang: Lang): string {
  const date = dayToDate(day);
  if (lang === 'vi') {
    return `${date.getUTCDate()} tháng ${date.getUTCMonth() + 1} năm ${date.getUTCFullYear()}`;
  }
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** A visit of one or several days: `6 tháng 8 năm 2025` or `12 – 14 October 2025`. */
export function formatDateRange(start: IsoDate, end: IsoDate | undefined, lang: Lang): string {
  if (!end || end === start) return formatLongDate(start, lang);
  if (lang === 'vi') return `${formatShortDate(start, lang)} – ${formatShortDate(end, lang)}`;
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(dayToDate(start), dayToDate(end));
}

/** `44.825` and `91,17` in Vietnamese and Lao, `44,825` and `91.17` in English. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/** A figure as a page writes it: the number, and the unit when it is a word. */
export interface FormattedFigure {
  /** `91,17%` (a percentage keeps its sign attached, as each language writes it) or `2.006`. */
  value: string;
  /** A unit that is a word (`dịch vụ`): it follows the number after a space, in the language it was written in. */
  wordUnit?: string | undefined;
}

/** The one way the site writes a figure's value and unit. */
export function formatFigure(figure: { value: number; unit?: string | undefined }, lang: Lang): FormattedFigure {
  if (figure.unit === '%')
    return { value: numberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(figure.value / 100) };
  return { value: formatNumber(figure.value, lang), wordUnit: figure.unit || undefined };
}

/** The figure in one string: `91,17%`, `2.006 dịch vụ` (a no-break space before a word unit). */
export function formatFigureValue(figure: { value: number; unit?: string | undefined }, lang: Lang): string {
  const { value, wordUnit } = formatFigure(figure, lang);
  return wordUnit ? `${value}\u00A0${wordUnit}` : value;
}

/**
 * A date of a locality's history as precisely as its source gives it:
 * `2004-08-21` in full, `1965` as the year alone, `2025-07` as month and
 * year: a day the source does not give is never shown.
 */
export function formatHistoryDate(value: string, lang: Lang): string {
  if (value.length === 10) return formatLongDate(value as IsoDate, lang);
  if (value.length === 4) return value;
  return dateFormat(lang, { year: 'numeric', month: 'long' }).format(dayToDate(`${value}-01` as IsoDate));
}

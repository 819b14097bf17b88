/**
 * Dates in content are calendar days (`YYYY-MM-DD`), not instants. They are
 * kept as strings so that no time zone can move a visit to the day before.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A YAML date (parsed as a Date at UTC midnight) or a quoted string, as the
 * contract allows both, turned into `YYYY-MM-DD`; undefined when it is neither.
 */
export function toIsoDate(value: unknown): IsoDate | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && isIsoDate(value.trim())) return value.trim();
  return undefined;
}

/** The instant at UTC midnight of a calendar day, for formatting. */
export function dayToDate(day: IsoDate): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}

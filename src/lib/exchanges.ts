import type { IsoDate } from './dates.ts';

export interface ExchangeTiming {
  date: IsoDate;
  endDate?: IsoDate | undefined;
  status: 'held' | 'planned';
}

/** Upcoming: planned, or not yet over on `today`. */
export function isUpcoming(exchange: ExchangeTiming, today: IsoDate): boolean {
  return exchange.status === 'planned' || (exchange.endDate ?? exchange.date) >= today;
}

/**
 * Upcoming exchanges first, soonest first; then past ones, latest first:
 * the order a coordinator reads a programme in.
 */
export function orderExchanges<T>(items: readonly T[], timing: (item: T) => ExchangeTiming, today: IsoDate): T[] {
  const upcoming = items.filter((item) => isUpcoming(timing(item), today));
  const past = items.filter((item) => !isUpcoming(timing(item), today));
  upcoming.sort((a, b) => timing(a).date.localeCompare(timing(b).date));
  past.sort((a, b) => timing(b).date.localeCompare(timing(a).date));
  return [...upcoming, ...past];
}

/** Today as a calendar day, in Viet Nam and Laos (UTC+7). */
export function todayInRegion(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The unordered pair of two places, as one key: visits either way belong to the same history. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}--${b}` : `${b}--${a}`;
}

export interface Visit {
  host: string;
  guests: readonly string[];
}

/** Each pair of places linked by visits, with its visits in the order given. */
export function visitPairs<T>(
  items: readonly T[],
  visit: (item: T) => Visit,
): Map<string, { places: [string, string]; items: T[] }> {
  const pairs = new Map<string, { places: [string, string]; items: T[] }>();
  for (const item of items) {
    const { host, guests } = visit(item);
    for (const guest of guests) {
      const key = pairKey(host, guest);
      const pair = pairs.get(key) ?? { places: [host, guest].sort() as [string, string], items: [] };
      if (!pair.items.includes(item)) pair.items.push(item);
      pairs.set(key, pair);
    }
  }
  return pairs;
}

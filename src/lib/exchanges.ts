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

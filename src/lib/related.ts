/**
 * Related practices: the practices a reader of one practice is most likely
 * to want next. Case libraries keep a reader going with what shares the most
 * with the page at hand; here that is, in order of weight, an exchange where
 * both were shared (a delegation studied them together), the same place (or
 * a place within the same province or city), and each theme in common.
 */
import type { IsoDate } from './dates.ts';

/** What a practice shares with others: its links, as the lead version records them. */
export interface PracticeLinks {
  slug: string;
  date: IsoDate;
  themes: readonly string[];
  locality: string;
  /** The locality's parent (the province or city of a commune or ward), if any. */
  parentLocality?: string | undefined;
  /** Exchanges it was shared in, recorded on either side. */
  exchanges: readonly string[];
}

export interface RelatedPractice {
  slug: string;
  score: number;
  sharedThemes: string[];
  sharedExchanges: string[];
  samePlace: 'locality' | 'province' | undefined;
}

/** Weights: one shared exchange outweighs a shared place, which outweighs one shared theme. */
export const RELATION_WEIGHTS = { exchange: 4, locality: 3, province: 2, theme: 1 } as const;

/** A place and its parent: the units a practice belongs to, nearest first. */
const placesOf = (practice: PracticeLinks) => [practice.locality, practice.parentLocality].filter(Boolean) as string[];

function samePlace(a: PracticeLinks, b: PracticeLinks): RelatedPractice['samePlace'] {
  if (a.locality === b.locality) return 'locality';
  const theirs = placesOf(b);
  return placesOf(a).some((place) => theirs.includes(place)) ? 'province' : undefined;
}

/**
 * The practices most related to `practice`, at most `limit`, strongest first;
 * ties go to the more recent, then by slug so the order is stable. A practice
 * that shares nothing is not related.
 */
export function relatedPractices(practice: PracticeLinks, all: readonly PracticeLinks[], limit = 5): RelatedPractice[] {
  return all
    .filter((other) => other.slug !== practice.slug)
    .map((other) => {
      const sharedThemes = other.themes.filter((theme) => practice.themes.includes(theme));
      const sharedExchanges = other.exchanges.filter((exchange) => practice.exchanges.includes(exchange));
      const place = samePlace(practice, other);
      const score =
        sharedExchanges.length * RELATION_WEIGHTS.exchange +
        (place ? RELATION_WEIGHTS[place] : 0) +
        sharedThemes.length * RELATION_WEIGHTS.theme;
      return { slug: other.slug, date: other.date, score, sharedThemes, sharedExchanges, samePlace: place };
    })
    .filter((related) => related.score > 0)
    .sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
    .slice(0, limit)
    .map(({ date: _date, ...related }) => related);
}

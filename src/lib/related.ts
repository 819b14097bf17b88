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

/** Stronger first; ties go to the more recent, then by slug so the order is stable. */
function stronger(a: { score: number; date: IsoDate; slug: string }, b: { score: number; date: IsoDate; slug: string }) {
  return b.score - a.score || b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

function score(practice: PracticeLinks, other: PracticeLinks): number {
  const place = samePlace(practice, other);
  let total = place ? RELATION_WEIGHTS[place] : 0;
  for (const exchange of other.exchanges) if (practice.exchanges.includes(exchange)) total += RELATION_WEIGHTS.exchange;
  for (const theme of other.themes) if (practice.themes.includes(theme)) total += RELATION_WEIGHTS.theme;
  return total;
}

/**
 * The practices most related to `practice`, at most `limit`, strongest first;
 * ties go to the more recent, then by slug so the order is stable. A practice
 * that shares nothing is not related.
 *
 * Every practice page asks this of every practice: at 10,000 practices that
 * is 10,000 scores per page, so a score is worked out without building
 * anything, only the best `limit` are kept as they come (no sort of the
 * rest), and what they share is listed for those alone.
 */
export function relatedPractices(practice: PracticeLinks, all: readonly PracticeLinks[], limit = 5): RelatedPractice[] {
  if (limit <= 0) return [];
  const best: { other: PracticeLinks; score: number; date: IsoDate; slug: string }[] = [];
  for (const other of all) {
    if (other.slug === practice.slug) continue;
    const candidate = { other, score: score(practice, other), date: other.date, slug: other.slug };
    if (candidate.score === 0) continue;
    if (best.length === limit && stronger(candidate, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && stronger(candidate, best[at - 1]!) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other, score }) => ({
    slug: other.slug,
    score,
    sharedThemes: other.themes.filter((theme) => practice.themes.includes(theme)),
    sharedExchanges: other.exchanges.filter((exchange) => practice.exchanges.includes(exchange)),
    samePlace: samePlace(practice, other),
  }));
}

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

/** What a practice shares with others, as its score and what `RelatedPractice` lists depend on it, as one key. */
function profileOf(practice: PracticeLinks): string {
  return JSON.stringify([practice.locality, practice.parentLocality ?? null, practice.exchanges, practice.themes]);
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

/**
 * `relatedPractices` for every practice of `all`, worked out once per site
 * rather than by scoring every practice for every page: at 10,000
 * practices that is 10^8 scores, 23 s on this machine under load, against
 * half a second here (gen-corpus.mjs's 10,000 practices have 512 profiles).
 *
 * A practice's score against another depends only on what each shares
 * (their profiles: place, province, exchanges, themes), and many practices
 * have the same profile (the same city, the same themes). So the practices
 * are grouped by profile, each group in the order ties are broken in; a
 * practice is scored against one member of each group and takes the first
 * members of the groups that score best; and practices of the same profile
 * share the work. The result is the same as `relatedPractices`, practice for
 * practice (tests/unit/related.test.ts).
 */
export function relatedIndex(all: readonly PracticeLinks[], limit = 5): (practice: PracticeLinks) => RelatedPractice[] {
  const groups = new Map<string, PracticeLinks[]>();
  for (const practice of all) {
    const key = profileOf(practice);
    const group = groups.get(key);
    if (group) group.push(practice);
    else groups.set(key, [practice]);
  }
  const inTieOrder = (a: PracticeLinks, b: PracticeLinks) => stronger({ ...a, score: 0 }, { ...b, score: 0 });
  for (const group of groups.values()) group.sort(inTieOrder);
  /** By profile: the best `limit + 1` (one more, for the practice itself, which is left out afterwards). */
  const bestByProfile = new Map<string, PracticeLinks[]>();
  return (practice) => {
    if (limit <= 0) return [];
    const key = profileOf(practice);
    let best = bestByProfile.get(key);
    if (!best) {
      // As relatedPractices keeps its best: in order, the weakest dropped as stronger ones come.
      const kept: { other: PracticeLinks; score: number; date: IsoDate; slug: string }[] = [];
      const room = limit + 1;
      for (const group of groups.values()) {
        const points = score(practice, group[0]!);
        if (points === 0) continue;
        for (const other of group) {
          const candidate = { other, score: points, date: other.date, slug: other.slug };
          // The group is in tie order: once one of its members does not make it, none after it does.
          if (kept.length === room && stronger(candidate, kept[room - 1]!) >= 0) break;
          let at = kept.length;
          while (at > 0 && stronger(candidate, kept[at - 1]!) < 0) at--;
          kept.splice(at, 0, candidate);
          if (kept.length > room) kept.pop();
        }
      }
      best = kept.map((candidate) => candidate.other);
      bestByProfile.set(key, best);
    }
    return best
      .filter((other) => other.slug !== practice.slug)
      .slice(0, limit)
      .map((other) => ({
        slug: other.slug,
        score: score(practice, other),
        sharedThemes: other.themes.filter((theme) => practice.themes.includes(theme)),
        sharedExchanges: other.exchanges.filter((exchange) => practice.exchanges.includes(exchange)),
        samePlace: samePlace(practice, other),
      }));
  };
}

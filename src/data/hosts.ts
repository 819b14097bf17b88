/** Places to visit for a theme, with what each can show. */
import { isCountry } from '../lib/content/localityKinds.ts';
import type { Country } from '../lib/content/schema.ts';
import { latestFact, leadVersion } from '../lib/entries.ts';
import { compareStanding } from '../lib/hosts.ts';
import type { Lang } from '../lib/languages.ts';
import { pickText } from '../lib/localised.ts';
import { isFormer, presentUnit } from '../lib/localityHistory.ts';
import { compareText } from '../lib/writing.ts';
import type { KeyFigure } from './keyFigures.ts';
import { newestFirst } from './order.ts';
import type { ExchangeEntry, LocalityEntry, PracticeEntry, Site } from './site.ts';

export interface HostCandidate {
  locality: LocalityEntry;
  practices: PracticeEntry[];
  /** Every figure of those practices, most recent first. */
  figures: KeyFigure[];
  hosted: ExchangeEntry[];
}

export interface HostFilter {
  theme?: string | undefined;
  country?: Country | undefined;
}

const onTheme = (themes: readonly string[], theme: string | undefined) => theme === undefined || themes.includes(theme);

/**
 * A place a delegation can visit: a present unit (a practice or visit of a unit that no longer exists counts
 * for the unit it became part of), not a whole country (its national-level practices are on the theme pages).
 */
export const isPlaceToVisit = (locality: LocalityEntry) => !isFormer(locality) && !isCountry(locality);

/** Places with practices on the theme or visits on it hosted, best placed first. */
export function findHosts(site: Site, filter: HostFilter, lang: Lang): HostCandidate[] {
  const practices = site.practices.filter((practice) => onTheme(leadVersion(practice).data.themes, filter.theme));
  const exchanges = site.exchanges.filter((exchange) => onTheme(leadVersion(exchange).data.themes, filter.theme));
  const present = (id: string) => presentUnit(id, site.localities);
  const candidates = [...site.localities.values()]
    .filter((locality) => isPlaceToVisit(locality) && (!filter.country || locality.data.country === filter.country))
    .map((locality) => {
      const own = practices.filter((practice) => present(leadVersion(practice).data.locality) === locality.id);
      const figures = own
        .flatMap((practice) => {
          const found = latestFact(practice, 'figures', lang);
          return found ? found.value.map((figure) => ({ figure, figureLang: found.lang, practice })) : [];
        })
        .sort((a, b) => b.figure.asOf.localeCompare(a.figure.asOf));
      const hosted = exchanges.filter((exchange) => present(leadVersion(exchange).data.host) === locality.id);
      return { locality, practices: newestFirst(own, lang), figures, hosted: newestFirst(hosted, lang) };
    })
    .filter((candidate) => candidate.practices.length > 0 || candidate.hosted.length > 0);
  const name = (candidate: HostCandidate) => pickText(candidate.locality.data.name, lang).text;
  return candidates.sort(
    (a, b) =>
      compareStanding(
        { practices: a.practices.length, figures: a.figures.length, hosted: a.hosted.length },
        { practices: b.practices.length, figures: b.figures.length, hosted: b.hosted.length },
      ) || compareText(lang, name(a), name(b)),
  );
}

/**
 * The values each search filter can take, named in a page's language: the
 * search page lists them before any count is known, and a value in the
 * address that is not among them is ignored (and the reader told so).
 */
import type { Translate } from '../i18n/index.ts';
import type { Lang } from '../lib/languages.ts';
import { leadVersion } from '../lib/entries.ts';
import { pickText } from '../lib/localised.ts';
import { isFormer } from '../lib/localityHistory.ts';
import type { ResultType, SearchFilter } from '../lib/search/record.ts';
import type { Site } from './site.ts';

/** The name of each result type, in the page's language. */
export function resultTypeNames(t: Translate): Record<ResultType, string> {
  return {
    practice: t('practice.label'),
    exchange: t('exchange.label'),
    guide: t('guide.label'),
    term: t('search.type.term'),
    locality: t('locality.label'),
  };
}

/** Each filter's values and their names; years newest first. */
export function searchFilterValues(site: Site, lang: Lang, t: Translate): Record<SearchFilter, Record<string, string>> {
  const dates = [
    ...site.practices.map((entry) => leadVersion(entry).data.date),
    ...site.exchanges.map((entry) => leadVersion(entry).data.date),
    ...site.guides.map((entry) => leadVersion(entry).data.date),
  ];
  const years = [...new Set(dates.map((date) => date.slice(0, 4)))].sort().reverse();
  return {
    type: resultTypeNames(t),
    theme: Object.fromEntries([...site.themes].map(([id, theme]) => [id, pickText(theme.data.name, lang).text])),
    country: { vn: t('locality.country.vn'), la: t('locality.country.la') },
    // Results are filtered by present units only (data/places.ts).
    locality: Object.fromEntries(
      [...site.localities]
        .filter(([, locality]) => !isFormer(locality))
        .map(([id, locality]) => [id, pickText(locality.data.name, lang).text]),
    ),
    year: Object.fromEntries(years.map((year) => [year, year])),
  };
}

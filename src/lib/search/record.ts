/**
 * What a page tells the search indexer about itself, in a `data-search`
 * attribute on the element that holds its text: enough to show a result
 * (type, title, place, date) and to filter it (language, theme, country,
 * locality, year).
 */
import type { Lang } from '../languages.ts';

export type ResultType = 'practice' | 'exchange' | 'guide' | 'term' | 'locality';

export interface SearchRecord {
  type: ResultType;
  lang: Lang;
  title: string;
  /** Locality name(s) as shown to the reader. */
  place?: string | undefined;
  date?: string | undefined;
  themes?: string[] | undefined;
  countries?: string[] | undefined;
  localities?: string[] | undefined;
  /**
   * Other names the result is found by, not shown: the former names of its
   * place and of the units that place was formed from (localityHistory.ts).
   */
  aliases?: string[] | undefined;
}

/** The attribute value; Astro escapes it. */
export function searchAttribute(record: SearchRecord): string {
  return JSON.stringify(record);
}

/** The filters of the search page, in the order it shows them: the index's filter names (pageRecords.ts). */
export const SEARCH_FILTERS = ['type', 'theme', 'country', 'locality', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/**
 * Where each entry stands in each language: written there (original),
 * translated and reviewed, machine-translated, or missing; and whether a
 * translation is outdated, because its original was revised after the day
 * the translation records in `fromDate`.
 */
import type { IsoDate } from './dates.ts';
import { isOutdated, revisionOf, type Entry, type VersionData } from './entries.ts';
import { LANGS, type Lang } from './languages.ts';

export type TranslationState =
  | { status: 'missing' }
  | {
      status: 'original' | 'reviewed' | 'machine';
      from?: Lang | undefined;
      /** The original's revision the translation was made from, when recorded. */
      fromDate?: IsoDate | undefined;
      /** This version's own last revision (articles only). */
      revised?: IsoDate | undefined;
      outdated: boolean;
    };

/** Each language's state for an article (practice, exchange, guide). */
export function articleStates<D extends VersionData>(entry: Entry<D, unknown>): Record<Lang, TranslationState> {
  return Object.fromEntries(
    LANGS.map((lang) => {
      const version = entry.versions[lang];
      if (!version) return [lang, { status: 'missing' }];
      const translation = version.data.translation;
      return [
        lang,
        {
          status: translation?.status ?? 'original',
          from: translation?.from,
          fromDate: translation?.fromDate,
          revised: revisionOf(version.data),
          outdated: isOutdated(entry, version),
        },
      ];
    }),
  ) as Record<Lang, TranslationState>;
}

/** Each language's state for a YAML entry: its text in a language exists or not, with that language's mark. */
export function textStates(
  present: Partial<Record<Lang, boolean>>,
  marks: Partial<
    Record<Lang, { status: 'original' | 'reviewed' | 'machine'; from?: Lang | undefined; fromDate?: IsoDate | undefined }>
  > = {},
): Record<Lang, TranslationState> {
  return Object.fromEntries(
    LANGS.map((lang) => {
      if (!present[lang]) return [lang, { status: 'missing' }];
      const mark = marks[lang];
      return [lang, { status: mark?.status ?? 'original', from: mark?.from, fromDate: mark?.fromDate, outdated: false }];
    }),
  ) as Record<Lang, TranslationState>;
}

export interface StateCounts {
  original: number;
  reviewed: number;
  machine: number;
  missing: number;
  outdated: number;
}

/** How many entries stand where, in one language. */
export function countStates(states: ReadonlyArray<Record<Lang, TranslationState>>, lang: Lang): StateCounts {
  const counts: StateCounts = { original: 0, reviewed: 0, machine: 0, missing: 0, outdated: 0 };
  for (const state of states) {
    const own = state[lang];
    counts[own.status]++;
    if (own.status !== 'missing' && own.outdated) counts.outdated++;
  }
  return counts;
}

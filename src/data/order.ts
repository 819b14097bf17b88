/** Orders of lists, as readers of each language expect them. */
import { leadVersion, titleIn, type Entry, type VersionData } from '../lib/entries.ts';
import type { Lang } from '../lib/languages.ts';
import { compareText } from '../lib/writing.ts';

/** Newest first; entries of the same day by title, in the language's collation. */
export function newestFirst<T extends Entry<VersionData, unknown>>(entries: readonly T[], lang: Lang): T[] {
  return [...entries].sort(
    (a, b) =>
      leadVersion(b).data.date.localeCompare(leadVersion(a).data.date) || compareText(lang, titleIn(a, lang), titleIn(b, lang)),
  );
}

/** By title, in the language's collation. */
export function byTitle<T extends Entry<VersionData, unknown>>(entries: readonly T[], lang: Lang): T[] {
  return [...entries].sort((a, b) => compareText(lang, titleIn(a, lang), titleIn(b, lang)));
}

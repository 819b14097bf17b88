/**
 * Figures for the home page: the first figure of each practice that has
 * figures (the one its author put first), most recent first.
 */
import type { Figure } from '../lib/content/schema.ts';
import { latestFact } from '../lib/entries.ts';
import type { Lang } from '../lib/languages.ts';
import type { PracticeEntry } from './site.ts';

export interface KeyFigure {
  figure: Figure;
  figureLang: Lang;
  practice: PracticeEntry;
}

export function keyFigures(practices: readonly PracticeEntry[], count: number, lang: Lang): KeyFigure[] {
  return practices
    .flatMap((practice) => {
      const figures = latestFact(practice, 'figures', lang);
      return figures ? [{ figure: figures.value[0]!, figureLang: figures.lang, practice }] : [];
    })
    .sort((a, b) => b.figure.asOf.localeCompare(a.figure.asOf))
    .slice(0, count);
}

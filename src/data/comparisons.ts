/**
 * Figures that compare: on a theme, the figures of the same kind (a
 * glossary term that defines the measure) reported for different places.
 * Each place keeps its most recent figure of the kind.
 */
import { sourceOfFigure, type Figure, type Source } from '../lib/content/schema.ts';
import { latestFact, leadVersion } from '../lib/entries.ts';
import type { Lang } from '../lib/languages.ts';
import { pickText } from '../lib/localised.ts';
import { compareText } from '../lib/writing.ts';
import { aboutTheme } from './relations.ts';
import type { GlossaryEntry, LocalityEntry, PracticeEntry, Site } from './site.ts';

export interface ComparedValue {
  locality: LocalityEntry;
  figure: Figure;
  figureLang: Lang;
  source: Source | undefined;
  practice: PracticeEntry;
}

export interface Comparison {
  kind: GlossaryEntry;
  values: ComparedValue[];
}

/** Kinds of figure reported for at least two places among the theme's practices, largest value first. */
export function comparisonsOn(site: Site, themeId: string, lang: Lang): Comparison[] {
  const byKind = new Map<string, Map<string, ComparedValue>>();
  for (const practice of aboutTheme(site.practices, themeId)) {
    const figures = latestFact(practice, 'figures', lang);
    const sources = latestFact(practice, 'sources', lang)!.value;
    for (const figure of figures?.value ?? []) {
      if (!figure.kind) continue;
      const localityId = figure.locality ?? leadVersion(practice).data.locality;
      const places = byKind.get(figure.kind) ?? new Map<string, ComparedValue>();
      const known = places.get(localityId);
      if (!known || figure.asOf > known.figure.asOf) {
        const source = sourceOfFigure(figure, sources);
        places.set(localityId, {
          locality: site.localities.get(localityId)!,
          figure,
          figureLang: figures!.lang,
          source,
          practice,
        });
      }
      byKind.set(figure.kind, places);
    }
  }
  const name = (value: ComparedValue) => pickText(value.locality.data.name, lang).text;
  return [...byKind]
    .filter(([, places]) => places.size >= 2)
    .map(([kind, places]) => ({
      kind: site.glossary.find((term) => term.id === kind)!,
      values: [...places.values()].sort((a, b) => b.figure.value - a.figure.value || compareText(lang, name(a), name(b))),
    }))
    .sort((a, b) => compareText(lang, pickText(a.kind.data.term, lang).text, pickText(b.kind.data.term, lang).text));
}

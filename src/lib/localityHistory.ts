/**
 * Localities through time: what a unit was called before, what it was
 * formed from, what it became part of. Pure: the content's locality data in,
 * names and present units out. The page tells the history; search indexes
 * the former names; the map, the host finder and the filters count a unit
 * that no longer exists as the unit it became part of.
 */
import type { Locality } from './content/schema.ts';
import { LANGS, type Lang } from './languages.ts';
import type { TextIn } from './localised.ts';

type Localities = ReadonlyMap<string, { data: Locality }>;
/** A name in the languages a source gives it in. */
export type NamesAsGiven = Partial<Record<Lang, string | undefined>>;

/** A unit that became part of another no longer exists as a unit of its own. */
export function isFormer(locality: { data: Locality }): boolean {
  return locality.data.partOf !== undefined;
}

/**
 * The unit that stands for `id` today: itself, or the unit it became part
 * of, followed to the end (a ward merged into a ward later merged again).
 */
export function presentUnit(id: string, localities: Localities): string {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    const next = localities.get(current)?.data.partOf?.unit;
    if (!next || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}

/** The present units of several ids, each once, in their order. */
export function presentUnits(ids: readonly string[], localities: Localities): string[] {
  return [...new Set(ids.map((id) => presentUnit(id, localities)))];
}

/** A name in the reader's language, else in the first language of the site's list that has one, with the language it is in. */
export function pickName(names: NamesAsGiven, lang: Lang): TextIn {
  for (const each of [lang, ...LANGS]) {
    const text = names[each];
    if (text) return { text, lang: each };
  }
  throw new Error('a name with no language: the content check refuses it');
}

/**
 * Every name a reader may know the unit by besides its present one: its
 * former names, and the names (present and former) of the units it was
 * formed from, in every language, each once. Search indexes them, so
 * "Thừa Thiên Huế" finds Hue and "Quảng Nam" finds Da Nang.
 */
export function historicalNames(id: string, localities: Localities): string[] {
  const names = new Set<string>();
  // The present name is indexed as the title already.
  const present = new Set(Object.values(localities.get(id)?.data.name ?? {}));
  const add = (given: NamesAsGiven) => Object.values(given).forEach((name) => name && !present.has(name) && names.add(name));
  const visit = (unit: string, seen: Set<string>) => {
    const data = localities.get(unit)?.data;
    if (!data || seen.has(unit)) return;
    seen.add(unit);
    if (unit !== id) add(data.name);
    data.formerNames?.forEach((former) => add(former.name));
    data.formedFrom?.names?.forEach(add);
    data.formedFrom?.units?.forEach((from) => visit(from, seen));
  };
  visit(id, new Set());
  return [...names];
}

/** One event of a unit's history, for its page, oldest first. */
export type HistoryEvent =
  | { kind: 'name'; date: string; name: NamesAsGiven; source: NonNullable<Locality['formerNames']>[number]['source'] }
  | {
      kind: 'formed';
      date: string;
      units: string[];
      names: NamesAsGiven[];
      source: NonNullable<Locality['formedFrom']>['source'];
    }
  | { kind: 'partOf'; date: string; unit: string; source: NonNullable<Locality['partOf']>['source'] };

/** The events of a unit's history in the order they happened (a year alone sorts before the days of that year). */
export function historyOf(locality: Locality): HistoryEvent[] {
  const events: HistoryEvent[] = [
    ...(locality.formerNames ?? []).map((former): HistoryEvent => ({
      kind: 'name',
      date: former.until,
      name: former.name,
      source: former.source,
    })),
    ...(locality.formedFrom
      ? [
          {
            kind: 'formed',
            date: locality.formedFrom.date,
            units: locality.formedFrom.units ?? [],
            names: locality.formedFrom.names ?? [],
            source: locality.formedFrom.source,
          } as const,
        ]
      : []),
    ...(locality.partOf
      ? [{ kind: 'partOf', date: locality.partOf.date, unit: locality.partOf.unit, source: locality.partOf.source } as const]
      : []),
  ];
  return events.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * What search records say about the places of a result: the present units
 * (with their parents) for the locality filter, so a unit that no longer
 * exists is filtered as the unit it became part of; and the places' former
 * names, so a reader who types one finds the result.
 */
import { historicalNames, presentUnits } from '../lib/localityHistory.ts';
import type { Site } from './site.ts';

export function placesForSearch(site: Site, ids: readonly string[], { withParents = false } = {}) {
  const present = presentUnits(ids, site.localities);
  const parents = withParents ? present.flatMap((id) => site.localities.get(id)?.data.parent ?? []) : [];
  const aliases = [...new Set(ids.flatMap((id) => historicalNames(id, site.localities)))];
  return { localities: [...new Set([...present, ...parents])], ...(aliases.length > 0 ? { aliases } : {}) };
}

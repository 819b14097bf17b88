/**
 * The kinds of locality the contract knows, declared once: the schema, the
 * check's messages in every language and the `npm run new` skeleton all
 * list them from here. Extension: `country` is the home of national-level
 * entries (a ministry's report, the whole country's centres); it has no
 * parent and is no place a delegation visits.
 */
export const LOCALITY_KINDS = ['country', 'province', 'city', 'capital', 'district', 'commune', 'ward'] as const;
export type LocalityKind = (typeof LOCALITY_KINDS)[number];

/** The kinds as a sentence lists them: "country, province, … or ward", with the language's word for "or". */
export function listLocalityKinds(or: string): string {
  return `${LOCALITY_KINDS.slice(0, -1).join(', ')} ${or} ${LOCALITY_KINDS.at(-1)}`;
}

/** A whole country rather than a place within one. */
export function isCountry(locality: { data: { kind: LocalityKind } }): boolean {
  return locality.data.kind === 'country';
}

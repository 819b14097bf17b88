/** Recall at 5 of a search test set, per kind of query. */
export interface SearchCase {
  kind: string;
  lang: string;
  query: string;
  expected: string[];
}

export interface KindRecall {
  kind: string;
  queries: number;
  recallAt5: number;
  misses: string[];
}

/** The share of expected pages found in the top 5, averaged over the queries of each kind. */
export function recallByKind(cases: readonly SearchCase[], found: ReadonlyMap<SearchCase, readonly string[]>): KindRecall[] {
  const kinds = [...new Set(cases.map((c) => c.kind))];
  return kinds.map((kind) => {
    const ofKind = cases.filter((c) => c.kind === kind);
    const misses: string[] = [];
    const total = ofKind.reduce((sum, c) => {
      const top = (found.get(c) ?? []).slice(0, 5);
      const hit = c.expected.filter((url) => top.includes(url));
      for (const url of c.expected) if (!top.includes(url)) misses.push(`${c.query} → ${url}`);
      return sum + hit.length / c.expected.length;
    }, 0);
    return { kind, queries: ofKind.length, recallAt5: total / ofKind.length, misses };
  });
}

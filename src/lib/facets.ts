/**
 * Lists filtered without JavaScript. Each item carries its facet values as
 * `data-<facet>` attributes (space-separated); radio buttons name the
 * choice; generated CSS with `:has()` hides what the choice excludes.
 * Works in every current browser, keeps the page static, and leaves the
 * list complete for readers whose browser ignores the CSS.
 */

/** Attribute selectors must not be broken by a value: ids and years are `[a-z0-9-]`, but be safe. */
const cssString = (value: string) => JSON.stringify(value);

export interface FacetItem {
  facets: Record<string, readonly string[]>;
}

/**
 * CSS that filters a list with radio buttons and no script: for each value
 * of each facet, items without it are hidden while its radio is checked; and
 * for each combination of choices that leaves nothing, the "none match" note
 * is shown. `scope` is the list's id; radios are named `<scope>-<facet>`,
 * with the value "" meaning "any".
 */
export function facetFilterCss(scope: string, facets: Record<string, readonly string[]>, items: readonly FacetItem[]): string {
  const checked = (facet: string, value: string) =>
    `:has(input[name=${cssString(`${scope}-${facet}`)}][value=${cssString(value)}]:checked)`;
  const hiding = Object.entries(facets).flatMap(([facet, values]) =>
    values.map(
      (value) =>
        `#${scope}${checked(facet, value)} [data-facet-item]:not([data-${facet}~=${cssString(value)}]) { display: none; }`,
    ),
  );
  const names = Object.keys(facets);
  const combinations = names.reduce<Array<Record<string, string>>>(
    (partial, facet) => partial.flatMap((choice) => ['', ...facets[facet]!].map((value) => ({ ...choice, [facet]: value }))),
    [{}],
  );
  const empty = combinations
    .filter(
      (choice) =>
        !items.some((item) => names.every((facet) => choice[facet] === '' || item.facets[facet]!.includes(choice[facet]!))),
    )
    .map(
      (choice) =>
        `#${scope}${names.map((facet) => checked(facet, choice[facet]!)).join('')} [data-facet-empty] { display: block; }`,
    );
  return [...hiding, ...empty].join('\n');
}

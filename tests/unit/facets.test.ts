import { describe, expect, it } from 'vitest';
import { facetFilterCss } from '../../src/lib/facets.ts';

const items = [{ facets: { country: ['vn', 'la'], year: ['2026'] } }, { facets: { country: ['vn'], year: ['2025'] } }];

describe('filters without script', () => {
  const css = facetFilterCss('all', { country: ['vn', 'la'], year: ['2026', '2025'] }, items);

  it('hides the items without a chosen value', () => {
    expect(css).toContain(
      '#all:has(input[name="all-country"][value="la"]:checked) [data-facet-item]:not([data-country~="la"]) { display: none; }',
    );
    expect(css).toContain(
      '#all:has(input[name="all-year"][value="2025"]:checked) [data-facet-item]:not([data-year~="2025"]) { display: none; }',
    );
  });

  it('shows the "none match" note for exactly the combinations that leave nothing', () => {
    const empty = css.split('\n').filter((rule) => rule.includes('[data-facet-empty]'));
    // Laos in 2025 is the only combination with no exchange.
    expect(empty).toEqual([
      '#all:has(input[name="all-country"][value="la"]:checked):has(input[name="all-year"][value="2025"]:checked) [data-facet-empty] { display: block; }',
    ]);
  });
});

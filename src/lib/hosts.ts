/**
 * Ranking places a delegation could visit on a theme. A place ranks by what
 * it can show: first the practices it has published on the theme, then the
 * figures those practices report, then the visits on the theme it has
 * already hosted. The order is lexicographic so that the page can say why a
 * place comes first, in one sentence.
 */
export interface HostStanding {
  practices: number;
  figures: number;
  hosted: number;
}

/** For sorting: the place that can show more first. */
export function compareStanding(a: HostStanding, b: HostStanding): number {
  return b.practices - a.practices || b.figures - a.figures || b.hosted - a.hosted;
}

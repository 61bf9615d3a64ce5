/**
 * The assessment's arithmetic, pure: points per criterion, the total and the ranking (INDICATORS.md "County
 * assessment"). No database, no clock — the service feeds it the actuals and stores what it returns.
 */

export interface Criterion {
  code: string;
  weight: number;
  floor: number;
  target: number;
}

/** Tolerance under which two point totals count as equal (sums of floating-point points). */
export const EPSILON = 1e-9;

/**
 * `points = w · clamp((a − f)/(t − f), 0, 1)`: nothing at or below the floor, the full weight at or beyond the target,
 * linear between. A target below the floor (lower is better) works the same way. No actual (null): 0 points.
 */
export function criterionPoints(criterion: Criterion, actual: number | null): number {
  if (actual === null || !Number.isFinite(actual)) return 0;
  const span = criterion.target - criterion.floor;
  if (span === 0) return actual >= criterion.target ? criterion.weight : 0;
  const fraction = Math.min(1, Math.max(0, (actual - criterion.floor) / span));
  return criterion.weight * fraction;
}

export interface ScoredCounty {
  regionCode: string;
  /** Points per criterion, in the scheme's order. */
  points: number[];
  total: number;
}

export interface RankedCounty extends ScoredCounty {
  rank: number;
  /** The position in the ranking (1-based); equal ranks keep the order the counties were given in. */
  position: number;
}

/** Scores every county: points per criterion in the scheme's order, and their sum. */
export function scoreCounties(
  criteria: readonly Criterion[],
  actuals: readonly { regionCode: string; actuals: readonly (number | null)[] }[],
): ScoredCounty[] {
  return actuals.map((county) => {
    const points = criteria.map((c, i) => criterionPoints(c, county.actuals[i] ?? null));
    return { regionCode: county.regionCode, points, total: points.reduce((s, p) => s + p, 0) };
  });
}

const same = (a: number, b: number) => Math.abs(a - b) < EPSILON;

/**
 * Orders by total (descending); ties are broken by the points of the first criterion, then of the second
 * (INDICATORS.md). Counties still equal after that share a rank, and the next rank skips (1, 2, 2, 4 — the usual
 * competition ranking); among them the given order (the plan's county order) is kept.
 */
export function compareScores(a: ScoredCounty, b: ScoredCounty): number {
  if (!same(a.total, b.total)) return b.total - a.total;
  for (const i of [0, 1]) {
    const pa = a.points[i] ?? 0;
    const pb = b.points[i] ?? 0;
    if (!same(pa, pb)) return pb - pa;
  }
  return 0;
}

export function rankCounties(scored: readonly ScoredCounty[]): RankedCounty[] {
  // Array.prototype.sort is stable, so equal counties keep the given order.
  const ordered = [...scored].sort(compareScores);
  const ranked: RankedCounty[] = [];
  ordered.forEach((county, index) => {
    const previous = ranked[index - 1];
    const rank = previous && compareScores(previous, county) === 0 ? previous.rank : index + 1;
    ranked.push({ ...county, rank, position: index + 1 });
  });
  return ranked;
}

import type { PlanTarget, TargetKind } from '../plan/plan-file.schema.js';

/**
 * Targets against their trajectory, exactly as INDICATORS.md (Targets) defines them. Where that page is silent the
 * choice is written beside the code as "Extension:" with the rule it extends, and listed in docs/indicators.md.
 * Years are calendar years; y0 is the target's base year, Y its target year, τ its tolerance.
 */

export type ProgressStatus = 'no_data' | 'met' | 'on_track' | 'at_risk' | 'off_track';
export type IndicatorUnit = 'yuan' | 'ratio';

type TargetRule =
  | { kind: 'level'; value: number }
  | { kind: 'multiple'; multiple: number }
  | { kind: 'share'; value: number }
  | { kind: 'annual_growth'; growth: number }
  | { kind: 'annual_change'; change: number; expectedValue?: number | undefined }
  | { kind: 'ratio_floor'; value: number };

/** A plan target with its tolerance resolved and its indicator's stored unit (yuan, or a fraction for ratios). */
export type IndicatorTarget = TargetRule & {
  id: string;
  indicator: string;
  scope: { region?: string | undefined; industry?: string | undefined };
  baseYear: number;
  targetYear: number;
  tolerance: number;
  unit: IndicatorUnit;
};

/** The figures a target is judged on, in the indicator's stored unit. */
export interface TargetSeries {
  /** Each year's figure (a year's total, share or ratio), by year. */
  yearly?: Readonly<Record<number, number>>;
  /** Each year's comparable growth over the year before, by year: what `annual_growth` targets are judged on. */
  yearlyGrowth?: Readonly<Record<number, number>>;
  /** B as the plan states it. Without it B is the yearly figure of the base year. */
  statedBase?: number;
  /** For a month or quarter: its year-to-date figures. */
  yearToDate?: YearToDateFigures;
}

/** Year-to-date figures of a month or quarter and of the same point a year earlier. */
export interface YearToDateFigures {
  /** The figure from January to the end of the period (plain total, or the share / ratio over that time). */
  value?: number;
  /** The same, for the same period a year earlier. */
  sameTimeLastYear?: number;
  /** Comparable (同口径) growth of `value` over `sameTimeLastYear`. */
  comparableGrowth?: number;
}

/** What a trailing trend gives for the target year, and the years it was drawn from. */
export interface Forecast {
  value: number;
  /** The trailing compound growth a year (level-like kinds, annual_growth) or the change in points a year (shares). */
  rate: number;
  fromYear: number;
  toYear: number;
}

/** How the path moves from one year to the next: by a growth rate, or by points of a share. */
export type StepMeasure = 'growth' | 'points';

/** Resolves a plan target: its own tolerance or the plan's default, and its indicator's unit. */
export function fromPlanTarget(
  target: PlanTarget,
  defaults: { tolerance: number; unit: IndicatorUnit },
): IndicatorTarget {
  return { ...target, tolerance: target.tolerance ?? defaults.tolerance, unit: defaults.unit };
}

/** Whether the kind's figure is a share or ratio that moves in points (INDICATORS.md: "for shares"). */
export function movesInPoints(kind: TargetKind): boolean {
  return kind === 'share' || kind === 'annual_change' || kind === 'ratio_floor';
}

/** B: as the plan states it, otherwise the data of the base year; undefined when neither is there. */
export function baseOf(target: IndicatorTarget, series: TargetSeries): number | undefined {
  return series.statedBase ?? series.yearly?.[target.baseYear];
}

/** The value the target asks for at Y (`multiple`: m·B; `annual_change`: B + d·(Y−y0); `annual_growth`: g). */
export function targetValueOf(target: IndicatorTarget, base: number | undefined): number | undefined {
  switch (target.kind) {
    case 'level':
    case 'share':
    case 'ratio_floor':
      return target.value;
    case 'multiple':
      return base === undefined ? undefined : target.multiple * base;
    case 'annual_growth':
      return target.growth;
    case 'annual_change':
      // Extension: the plan's expectedValue (≈18%) is wording, not the condition; met is B + d·(Y−y0), as the
      // table says.
      return base === undefined ? undefined : base + target.change * (target.targetYear - target.baseYear);
  }
}

/** The trajectory at year y (INDICATORS.md table); undefined before y0 or when it needs B and B is unknown. */
export function trajectoryAt(target: IndicatorTarget, base: number | undefined, year: number): number | undefined {
  // Extensions: no path before y0. After Y the path stays at the target value — the plan asks nothing beyond Y,
  // and continuing constant growth would ask more than it did. Level-like kinds need B > 0: there is no compound
  // path from zero or below.
  const { baseYear: y0, targetYear: Y } = target;
  if (year < y0) return undefined;
  if (target.kind === 'annual_growth') return year > y0 ? target.growth : undefined;
  if (target.kind === 'ratio_floor') return target.value;
  if (base === undefined) return undefined;
  if (year >= Y) return targetValueOf(target, base);
  switch (target.kind) {
    case 'level':
      return base > 0 ? base * Math.pow(target.value / base, (year - y0) / (Y - y0)) : undefined;
    case 'multiple':
      // V/B is m exactly; dividing m·B by B again would only add rounding.
      return base > 0 ? base * Math.pow(target.multiple, (year - y0) / (Y - y0)) : undefined;
    case 'share':
      return base + ((target.value - base) * (year - y0)) / (Y - y0);
    case 'annual_change':
      return base + target.change * (year - y0);
  }
}

/** What the path asks from year y−1 to year y: a growth (level-like kinds, annual_growth) or points (shares). */
export function trajectoryStep(
  target: IndicatorTarget,
  base: number | undefined,
  year: number,
): { step: number; measure: StepMeasure } | undefined {
  // The path starts at y0, so it asks nothing of y0 itself; after Y it is flat (step 0), as trajectoryAt holds it.
  const { baseYear: y0, targetYear: Y } = target;
  if (year <= y0) return undefined;
  if (target.kind === 'annual_growth') return { step: target.growth, measure: 'growth' };
  if (target.kind === 'ratio_floor') return { step: 0, measure: 'points' };
  if (base === undefined) return undefined;
  const measure: StepMeasure = movesInPoints(target.kind) ? 'points' : 'growth';
  if (year > Y) return { step: 0, measure };
  switch (target.kind) {
    case 'level':
      // Constant growth: trajectory(y)/trajectory(y−1) − 1 = (V/B)^(1/(Y−y0)) − 1 for every y in (y0, Y].
      return base > 0 ? { step: Math.pow(target.value / base, 1 / (Y - y0)) - 1, measure } : undefined;
    case 'multiple':
      return base > 0 ? { step: Math.pow(target.multiple, 1 / (Y - y0)) - 1, measure } : undefined;
    case 'share':
      // A straight line: trajectory(y) − trajectory(y−1) = (V − B)/(Y − y0).
      return { step: (target.value - base) / (Y - y0), measure };
    case 'annual_change':
      return { step: target.change, measure };
  }
}

/** Whether the met condition holds for a yearly actual; undefined when it needs B and B is unknown. */
export function isMet(target: IndicatorTarget, base: number | undefined, actual: number): boolean | undefined {
  // The comparator (gt for 超/突破) is wording only: INDICATORS.md compares with ≥ either way.
  if (target.kind === 'annual_growth') throw new Error('annual_growth is met on every year so far, not one actual');
  const value = targetValueOf(target, base);
  return value === undefined ? undefined : actual >= value;
}

/** on_track / at_risk / off_track of a level against its trajectory: the band is (1−τ)·trajectory. */
function levelBand(actual: number, trajectory: number, tolerance: number): ProgressStatus {
  if (actual >= trajectory) return 'on_track';
  return actual >= (1 - tolerance) * trajectory ? 'at_risk' : 'off_track';
}

/**
 * The same for a share: the band is τ·trajectory below it, i.e. relative to the trajectory (5% of 27% is 1.35
 * points), not τ points. Written as INDICATORS.md words it so a hand computation gives the same double.
 */
function shareBand(actual: number, trajectory: number, tolerance: number): ProgressStatus {
  if (actual >= trajectory) return 'on_track';
  return actual >= trajectory - tolerance * trajectory ? 'at_risk' : 'off_track';
}

/**
 * The same for a growth (or a change in points) against the one the path asks: the band is (1−τ)·g. When g ≤ 0
 * the band is empty ((1−τ)·g ≥ g): below g is off_track, as the formula gives.
 */
function growthBand(growth: number, required: number, tolerance: number): ProgressStatus {
  if (growth >= required) return 'on_track';
  return growth >= (1 - tolerance) * required ? 'at_risk' : 'off_track';
}

/** Status of the yearly period `year` (INDICATORS.md, "Status for a yearly period"). */
export function yearlyStatus(target: IndicatorTarget, series: TargetSeries, year: number): ProgressStatus {
  // Extension: INDICATORS.md defines the status for y0 < y. For the base year and before nothing is asked yet:
  // `no_data` (no plan figure to judge against); actual and trajectory are still reported beside it.
  if (year <= target.baseYear) return 'no_data';
  if (target.kind === 'annual_growth') return annualGrowthStatus(target, series.yearlyGrowth ?? {}, year);
  const actual = series.yearly?.[year];
  if (actual === undefined) return 'no_data';
  const base = baseOf(target, series);
  if (isMet(target, base, actual)) return 'met';
  const trajectory = trajectoryAt(target, base, year);
  if (trajectory === undefined) return 'no_data';
  return movesInPoints(target.kind)
    ? shareBand(actual, trajectory, target.tolerance)
    : levelBand(actual, trajectory, target.tolerance);
}

/**
 * `annual_growth`: before Y a year is judged on its own comparable growth against g (INDICATORS.md: on_track when
 * growth ≥ g). Met only at y ≥ Y, when every year y0+1..Y has a growth ≥ g. Extension: at y ≥ Y and not met, the
 * verdict is the weakest known year of y0+1..Y in the growth band — at_risk if it missed g by less than τ·g,
 * off_track otherwise; on_track only when every known year reached g but a year has no data (so met is unproven).
 * Years after Y are outside the plan and do not count.
 */
function annualGrowthStatus(
  target: IndicatorTarget & { kind: 'annual_growth' },
  growths: Readonly<Record<number, number>>,
  year: number,
): ProgressStatus {
  const own = growths[year];
  if (own === undefined) return 'no_data';
  const { growth: g, tolerance } = target;
  if (year < target.targetYear) return growthBand(own, g, tolerance);
  const planYears: number[] = [];
  for (let y = target.baseYear + 1; y <= target.targetYear; y++) planYears.push(y);
  const known = planYears.map((y) => growths[y]).filter((v): v is number => v !== undefined);
  if (known.length === planYears.length && known.every((v) => v >= g)) return 'met';
  if (known.length === 0) return 'no_data';
  return growthBand(Math.min(...known), g, tolerance);
}

/** Status of a month or quarter of `year`: its YTD movement over a year earlier against the path's step. */
export function subYearStatus(target: IndicatorTarget, series: TargetSeries, year: number): ProgressStatus {
  // INDICATORS.md: comparable YTD growth against the growth the trajectory needs from y−1 to y; the growth band.
  // Extensions (docs/indicators.md): a month or quarter is never `met` — met is a verdict on a year's figure.
  // Shares have no comparable basis, so their YTD change in points is compared with the points the path adds that
  // year, in the same band. `ratio_floor` asks V at every point, so its YTD ratio is compared with V itself, in
  // the share band. y ≤ y0: `no_data`, as for years.
  if (year <= target.baseYear) return 'no_data';
  const ytd = series.yearToDate ?? {};
  if (target.kind === 'ratio_floor') {
    return ytd.value === undefined ? 'no_data' : shareBand(ytd.value, target.value, target.tolerance);
  }
  const path = trajectoryStep(target, baseOf(target, series), year);
  const change = yearToDateChange(target, ytd);
  if (!path || change === undefined) return 'no_data';
  return growthBand(change, path.step, target.tolerance);
}

/** The YTD figure's movement over the same point a year earlier: comparable growth, or points for shares. */
export function yearToDateChange(target: IndicatorTarget, ytd: YearToDateFigures): number | undefined {
  if (target.kind === 'ratio_floor') return undefined;
  if (!movesInPoints(target.kind)) return ytd.comparableGrowth;
  return ytd.value === undefined || ytd.sameTimeLastYear === undefined ? undefined : ytd.value - ytd.sameTimeLastYear;
}

/** The growth a year (points a year for shares) still needed from `actual` in `year` to meet the target at Y. */
export function requiredAnnualGrowth(
  target: IndicatorTarget,
  base: number | undefined,
  year: number,
  actual: number | undefined,
): number | undefined {
  // INDICATORS.md: (V/actual)^(1/(Y−y)) − 1 for level-like kinds, (V − actual)/(Y − y) for shares, for y < Y.
  // Extensions: `annual_growth` needs g every remaining year; none at y ≥ Y (no year left) or from actual ≤ 0. A
  // negative result is kept: it is how much the figure may fall and still meet the target.
  const Y = target.targetYear;
  if (year >= Y || actual === undefined) return undefined;
  if (target.kind === 'annual_growth') return target.growth;
  const value = targetValueOf(target, base);
  if (value === undefined) return undefined;
  if (movesInPoints(target.kind)) return (value - actual) / (Y - year);
  return actual > 0 ? Math.pow(value / actual, 1 / (Y - year)) - 1 : undefined;
}

const TRAILING_YEARS = 3;

/** The value at Y if the trailing trend of the (up to) three years ending at `lastYear` continues. */
export function forecastAt(target: IndicatorTarget, series: TargetSeries, lastYear: number): Forecast | undefined {
  // INDICATORS.md: trailing compound growth, or for shares the trailing average change in points. The window is
  // the longest of 3, 2, 1 years whose first year has a figure (only the two ends enter a compound rate).
  // Extensions: none at lastYear ≥ Y (the target year's own figure is the answer); B stated in the plan stands in
  // for a missing figure of y0; for `annual_growth` the forecast is the trailing compound growth itself (the growth
  // Y would show), from the last up to three consecutive yearly growths.
  const Y = target.targetYear;
  if (lastYear >= Y) return undefined;
  if (target.kind === 'annual_growth') return growthForecast(series.yearlyGrowth ?? {}, lastYear);
  const figure = (year: number) => series.yearly?.[year] ?? (year === target.baseYear ? series.statedBase : undefined);
  const last = figure(lastYear);
  if (last === undefined) return undefined;
  const points = movesInPoints(target.kind);
  for (let n = TRAILING_YEARS; n >= 1; n--) {
    const first = figure(lastYear - n);
    if (first === undefined) continue;
    if (points) {
      const rate = (last - first) / n;
      return { value: last + rate * (Y - lastYear), rate, fromYear: lastYear - n, toYear: lastYear };
    }
    // Compound growth needs positive figures at both ends.
    if (first <= 0 || last <= 0) continue;
    return {
      value: last * Math.pow(last / first, (Y - lastYear) / n),
      rate: Math.pow(last / first, 1 / n) - 1,
      fromYear: lastYear - n,
      toYear: lastYear,
    };
  }
  return undefined;
}

function growthForecast(growths: Readonly<Record<number, number>>, lastYear: number): Forecast | undefined {
  let n = 0;
  while (n < TRAILING_YEARS && growths[lastYear - n] !== undefined) n++;
  if (n === 0) return undefined;
  // Chained in calendar order, as a hand computation writes (1+g₁)(1+g₂)(1+g₃).
  let product = 1;
  for (let y = lastYear - n + 1; y <= lastYear; y++) product *= 1 + (growths[y] ?? 0);
  if (product <= 0) return undefined;
  const rate = Math.pow(product, 1 / n) - 1;
  return { value: rate, rate, fromYear: lastYear - n, toYear: lastYear };
}

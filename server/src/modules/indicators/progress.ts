import type { TargetKind } from '../plan/plan-file.schema.js';
import type { Period } from '../statistics/period.js';
import {
  baseOf,
  forecastAt,
  movesInPoints,
  requiredAnnualGrowth,
  subYearStatus,
  targetValueOf,
  trajectoryAt,
  trajectoryStep,
  yearToDateChange,
  yearlyStatus,
} from './trajectory.js';
import type { IndicatorTarget, IndicatorUnit, ProgressStatus, StepMeasure, TargetSeries } from './trajectory.js';

/**
 * One target's progress at one period: the fields of an item of `GET /api/v1/progress` (INTERFACES.md) in camelCase;
 * the HTTP layer maps them to the wire names (targetValue → target_value, …). Absent figures are null so the item
 * serialises as it reads.
 */
export interface ProgressItem {
  target: string;
  kind: TargetKind;
  indicator: string;
  scope: { region: string | null; industry: string | null };
  /** The unit of actual, trajectory and targetValue: `ratio` for shares and for every `annual_growth` target. */
  unit: IndicatorUnit;
  actual: number | null;
  trajectory: number | null;
  targetValue: number | null;
  targetYear: number;
  status: ProgressStatus;
  requiredAnnualGrowth: number | null;
  forecast: number | null;
  /** The years the forecast was drawn from (first and last), shown beside it. */
  forecastYears: { from: number; to: number } | null;
  /** Month or quarter only: the YTD movement over the same point a year earlier that decided the status. */
  yearToDate: { measure: StepMeasure; change: number | null; required: number | null } | null;
}

/** One target's progress at a period, from its yearly figures (or growths), stated B and year-to-date figures. */
export function targetProgress(target: IndicatorTarget, series: TargetSeries, period: Period): ProgressItem {
  const base = baseOf(target, series);
  const year = period.year;
  const yearlyActual = (y: number) => (target.kind === 'annual_growth' ? series.yearlyGrowth?.[y] : series.yearly?.[y]);
  const common = {
    target: target.id,
    kind: target.kind,
    indicator: target.indicator,
    scope: { region: target.scope.region ?? null, industry: target.scope.industry ?? null },
    unit: target.kind === 'annual_growth' ? ('ratio' as const) : target.unit,
    targetValue: targetValueOf(target, base) ?? null,
    targetYear: target.targetYear,
  };

  if (period.kind === 'year') {
    const actual = yearlyActual(year);
    const forecast = forecastAt(target, series, year);
    return {
      ...common,
      actual: actual ?? null,
      trajectory: trajectoryAt(target, base, year) ?? null,
      status: yearlyStatus(target, series, year),
      requiredAnnualGrowth: requiredAnnualGrowth(target, base, year, actual) ?? null,
      forecast: forecast?.value ?? null,
      forecastYears: forecast ? { from: forecast.fromYear, to: forecast.toYear } : null,
      yearToDate: null,
    };
  }

  // A month or quarter: the year is not complete, so what is still needed and the forecast start from the last
  // complete year (y − 1); the status compares the YTD figure with the same point a year earlier.
  const ytd = series.yearToDate ?? {};
  const path = trajectoryStep(target, base, year);
  const forecast = forecastAt(target, series, year - 1);
  return {
    ...common,
    actual: (target.kind === 'annual_growth' ? ytd.comparableGrowth : ytd.value) ?? null,
    trajectory: subYearTrajectory(target, base, year, ytd.sameTimeLastYear) ?? null,
    status: subYearStatus(target, series, year),
    requiredAnnualGrowth: requiredAnnualGrowth(target, base, year - 1, yearlyActual(year - 1)) ?? null,
    forecast: forecast?.value ?? null,
    forecastYears: forecast ? { from: forecast.fromYear, to: forecast.toYear } : null,
    yearToDate:
      target.kind === 'ratio_floor'
        ? null
        : {
            measure: movesInPoints(target.kind) ? 'points' : 'growth',
            change: yearToDateChange(target, ytd) ?? null,
            required: path?.step ?? null,
          },
  };
}

/**
 * What the path asks of a month or quarter: the same point a year earlier moved by the year's step (× (1 + growth)
 * for level-like kinds, + points for shares); g for `annual_growth`; V for `ratio_floor`. The status itself is
 * decided on comparable growth, which can differ from the plain totals when enterprises enter or leave.
 */
function subYearTrajectory(
  target: IndicatorTarget,
  base: number | undefined,
  year: number,
  sameTimeLastYear: number | undefined,
): number | undefined {
  if (year <= target.baseYear) return undefined;
  if (target.kind === 'ratio_floor') return target.value;
  const path = trajectoryStep(target, base, year);
  if (!path) return undefined;
  if (target.kind === 'annual_growth') return path.step;
  if (sameTimeLastYear === undefined) return undefined;
  return path.measure === 'points' ? sameTimeLastYear + path.step : sameTimeLastYear * (1 + path.step);
}

import type { Db } from '../../db/database.js';
import { BadRequestError } from '../../http/errors.js';
import type { PlanFile, PlanTarget } from '../plan/plan-file.schema.js';
import { formatPeriod, type Period } from '../statistics/period.js';
import { SEI } from './cube.service.js';
import { periodOrThrow, readFigureMatrix, readRegionTree, type Figure, type FigureCode } from './figures.service.js';
import { targetProgress, type ProgressItem } from './progress.js';
import { cubeMemo } from './memo.js';
import { fromPlanTarget, type IndicatorTarget, type TargetSeries } from './trajectory.js';

/**
 * Target progress (R3): every target of the plan at a period, for the city or — broken down (目标分解) — for a county
 * or a zone. Figures come from the cube through readFigureMatrix; the arithmetic is progress.ts.
 */

/** How a plan indicator is read from the figures: its figure code, and whether the target judges its growth. */
export const planIndicatorFigures: Record<string, { code: FigureCode; growth?: true }> = {
  sei_output: { code: 'output_value' },
  sei_value_added: { code: 'value_added' },
  sei_output_share: { code: 'output_share' },
  sei_value_added_share_of_gdp: { code: 'value_added_share_of_gdp' },
  sei_rd_intensity: { code: 'rd_intensity' },
  sei_output_growth: { code: 'output_value', growth: true },
  sei_value_added_growth: { code: 'value_added', growth: true },
};

/** Where a target's value at a region came from when the region is not the target's own. */
export type CascadeBasis = 'plan' | 'proportional' | 'same_rule';

export interface ScopedProgressItem extends ProgressItem {
  name: { zh: string; en: string };
  /** Shares: whether the denominator was the region's own total or the sum of returns. */
  basis: Figure['basis'];
  /** Present when the target was broken down to a county (or zone): how its value was set. */
  cascade: { basis: CascadeBasis; cityValue: number | null; weight: number | null } | null;
}

export interface ProgressResult {
  period: string;
  region: string;
  industry: string | null;
  items: ScopedProgressItem[];
}

/** Parsed plan contents by content hash: the plan is read on every request, parsed once. */
const parsedPlans = new Map<string, PlanFile>();

/** The plan the platform runs now, as loaded (the validated file of its current version). */
export async function activePlanFile(db: Db): Promise<PlanFile> {
  const row = await db
    .selectFrom('plan as p')
    .innerJoin('planVersion as v', (j) => j.onRef('v.planId', '=', 'p.id').onRef('v.version', '=', 'p.currentVersion'))
    .select(['v.contentHash'])
    .where('p.active', '=', 1)
    .executeTakeFirst();
  if (!row) throw new BadRequestError('no_plan', 'no plan is loaded: run `npx beizeng plan load FILE` first');
  const cached = parsedPlans.get(row.contentHash);
  if (cached) return cached;
  const { contentJson } = await db
    .selectFrom('planVersion')
    .select('contentJson')
    .where('contentHash', '=', row.contentHash)
    .executeTakeFirstOrThrow();
  const parsed = JSON.parse(contentJson) as PlanFile;
  const plan = { ...parsed, cascade: parsed.cascade ?? [] };
  parsedPlans.set(row.contentHash, plan);
  return plan;
}

export interface ProgressQuery {
  period?: string | undefined;
  region?: string | undefined;
  industry?: string | undefined;
}

/** Every target's progress at the period (default: the last complete year with data). */
export async function readProgress(db: Db, query: ProgressQuery): Promise<ProgressResult> {
  return cubeMemo(db, 'progress', query, () => computeProgress(db, query));
}

async function computeProgress(db: Db, query: ProgressQuery): Promise<ProgressResult> {
  const plan = await activePlanFile(db);
  const tree = await readRegionTree(db);
  const region = query.region ?? tree.city;
  if (!tree.codes.has(region)) throw new BadRequestError('unknown_region', `region: unknown region "${region}"`);
  if (query.industry && !plan.industries.some((i) => i.code === query.industry)) {
    throw new BadRequestError('unknown_industry', `industry: unknown industry "${query.industry}"`);
  }
  const period = query.period ? periodOrThrow(query.period) : await latestYear(db);
  const targets = plan.targets.filter((t) => (query.industry ? t.scope.industry === query.industry : true));
  const items = await progressOf(db, plan, targets, { region, period, city: tree.city });
  return { period: formatPeriod(period), region, industry: query.industry ?? null, items };
}

/**
 * The default period: the last year with a December (or whole-year) figure, but not beyond the plan's target year —
 * once the plan has run its course its last year is the one to judge; the plan's base year when there is no data.
 */
export async function latestYear(db: Db): Promise<Period> {
  const plan = await activePlanFile(db);
  const row = await db
    .selectFrom('cubeCell')
    .select((eb) => eb.fn.max('year').as('year'))
    .where('month', '=', 12)
    .where('year', '<=', plan.targetYear)
    .executeTakeFirst();
  return { kind: 'year', year: row?.year ? Number(row.year) : plan.baseYear };
}

/** Progress of the targets at one region and period. */
export async function progressOf(
  db: Db,
  plan: PlanFile,
  targets: readonly PlanTarget[],
  at: { region: string; period: Period; city: string; readAlso?: readonly string[] },
): Promise<ScopedProgressItem[]> {
  if (targets.length === 0) return [];
  const firstYear = Math.min(...targets.map((t) => t.baseYear));
  const lastYear = Math.max(at.period.year, firstYear);
  const years: Period[] = [];
  for (let y = firstYear; y <= lastYear; y += 1) years.push({ kind: 'year', year: y });
  const periods = at.period.kind === 'year' ? years : [...years, at.period];
  const industries = [...new Set(targets.map((t) => t.scope.industry ?? SEI))];
  const codes = [...new Set(targets.map((t) => figureOfIndicator(t.indicator).code))];
  // `readAlso`: regions to read in the same cube query, so that progress of many regions at one period (warnings)
  // is one read, answered from the memo for every region after the first.
  const regions = [...new Set([at.region, at.city, ...(at.readAlso ?? [])])].sort();
  const pairs = targets.map((t) => ({ industry: t.scope.industry ?? SEI, code: figureOfIndicator(t.indicator).code }));
  const figures = await readFigureMatrix(db, { periods, regions, industries, codes, pairs });
  const lookup = new Map(figures.map((f) => [`${f.region}|${f.industry}|${f.code}|${f.period}`, f]));
  const figureAt = (region: string, t: PlanTarget, period: string) =>
    lookup.get(`${region}|${t.scope.industry ?? SEI}|${figureOfIndicator(t.indicator).code}|${period}`);

  const unitOf = (indicator: string) =>
    plan.indicators.find((i) => i.code === indicator)?.unit === 'ratio' ? ('ratio' as const) : ('yuan' as const);

  return targets.map((planTarget) => {
    const seriesAt = (region: string): TargetSeries => {
      const yearly: Record<number, number> = {};
      const yearlyGrowth: Record<number, number> = {};
      for (const p of years) {
        const f = figureAt(region, planTarget, formatPeriod(p));
        if (f?.value !== null && f?.value !== undefined) yearly[p.year] = f.value;
        if (f?.growth !== null && f?.growth !== undefined) yearlyGrowth[p.year] = f.growth;
      }
      const series: TargetSeries = { yearly, yearlyGrowth };
      if (at.period.kind !== 'year') {
        const f = figureAt(region, planTarget, formatPeriod(at.period));
        const ratio = f?.unit === 'ratio';
        series.yearToDate = {
          ...(f?.value !== null && f?.value !== undefined ? { value: f.value } : {}),
          ...(f?.lastYear !== null && f?.lastYear !== undefined ? { sameTimeLastYear: f.lastYear } : {}),
          ...(!ratio && f?.growth !== null && f?.growth !== undefined ? { comparableGrowth: f.growth } : {}),
        };
      }
      return series;
    };

    const base = fromPlanTarget(planTarget, { tolerance: plan.defaultTolerance, unit: unitOf(planTarget.indicator) });
    let target: IndicatorTarget = base;
    let cascade: ScopedProgressItem['cascade'] = null;
    const targetRegion = planTarget.scope.region ?? at.city;
    if (at.region !== targetRegion) {
      const broken = breakDown(plan, base, at.region, seriesAt(targetRegion), seriesAt(at.region));
      target = broken.target;
      cascade = broken.cascade;
    }
    const item = targetProgress(target, seriesAt(at.region), at.period);
    const figure = figureAt(at.region, planTarget, formatPeriod(at.period));
    return {
      ...item,
      scope: { region: at.region, industry: planTarget.scope.industry ?? null },
      name: planTarget.name,
      basis: figure?.basis ?? null,
      cascade,
    };
  });
}

function figureOfIndicator(indicator: string) {
  const figure = planIndicatorFigures[indicator];
  if (!figure) throw new BadRequestError('unknown_indicator', `indicator "${indicator}" has no figure definition`);
  return figure;
}

/**
 * A city target at a county (目标分解). Amounts (`level`) take the plan's stated county value, or the city value in
 * proportion to the county's weight in the base year (B_county / B_city); a `multiple` asks the same multiple of the
 * county's own base, which is the same proportion. Shares, growths and floors apply to the county as they are.
 */
export function breakDown(
  plan: Pick<PlanFile, 'cascade'>,
  target: IndicatorTarget,
  region: string,
  citySeries: TargetSeries,
  regionSeries: TargetSeries,
): { target: IndicatorTarget; cascade: NonNullable<ScopedProgressItem['cascade']> } {
  if (target.kind !== 'level') {
    return {
      target: { ...target, scope: { ...target.scope, region } },
      cascade: { basis: 'same_rule', cityValue: null, weight: null },
    };
  }
  const scoped = { ...target, scope: { ...target.scope, region } };
  const stated = plan.cascade.find(
    (c) => c.target === target.id && c.region === region && (c.industry ?? null) === (target.scope.industry ?? null),
  );
  if (stated) {
    return {
      target: { ...scoped, value: stated.value },
      cascade: { basis: 'plan', cityValue: target.value, weight: null },
    };
  }
  const cityBase = citySeries.yearly?.[target.baseYear];
  const regionBase = regionSeries.yearly?.[target.baseYear];
  const weight = cityBase && cityBase > 0 && regionBase !== undefined ? regionBase / cityBase : null;
  if (weight === null) {
    // No base-year figure to apportion by (the county had no SEI data then): the county is asked the city's
    // multiple of its own base, which reads as no_data until it has one.
    const multiple = cityBase && cityBase > 0 ? target.value / cityBase : 1;
    return {
      target: { ...scoped, kind: 'multiple', multiple },
      cascade: { basis: 'proportional', cityValue: target.value, weight },
    };
  }
  return {
    target: { ...scoped, value: target.value * weight },
    cascade: { basis: 'proportional', cityValue: target.value, weight },
  };
}

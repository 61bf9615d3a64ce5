import type { Db } from '../../db/database.js';
import { BadRequestError, NotFoundError } from '../../http/errors.js';
import { assertRegionInScope, readableRegions, type RequestContext } from '../auth/actor.js';
import { formatMonth, formatPeriod, lastMonthOf, type Period } from '../statistics/period.js';
import { cubeMeasures, measureColumn, SEI, type CubeMeasure } from './cube.service.js';
import {
  figureCodes,
  periodOrThrow,
  readFigureMatrix,
  readRegionTree,
  type Figure,
  type FigureCode,
  type RegionTree,
} from './figures.service.js';
import { activePlanFile, planIndicatorFigures } from './progress.service.js';
import { exactSum } from './sum.js';
import { trajectoryAt, type IndicatorTarget } from './trajectory.js';

/**
 * What the dashboards read besides progress: trends, the county map, the target breakdown and the enterprises
 * behind a change. Aggregates come from the cube; only the drill-down reads returns, for one region at one period.
 */

/**
 * Regions whose figures the caller may read: everything for the office and leaders; for a county officer the city
 * as a whole, the own county and the zones reported within it. Anything else answers 404.
 */
export function figureScope(ctx: RequestContext, tree: RegionTree): 'all' | string[] {
  const own = readableRegions(ctx.actor);
  if (own === 'all' || (!ctx.actor && ctx.system)) return 'all';
  return [tree.city, ...own.flatMap((r) => tree.leavesOf(r) ?? [r])];
}

export async function readScopedFigures(
  db: Db,
  ctx: RequestContext,
  q: {
    period: string;
    regions?: string[] | undefined;
    industries?: string[] | undefined;
    codes?: string[] | undefined;
  },
): Promise<Figure[]> {
  const tree = await readRegionTree(db);
  const scope = figureScope(ctx, tree);
  for (const r of q.regions ?? []) assertRegionInScope(scope, r);
  return readFigureMatrix(db, {
    periods: [periodOrThrow(q.period)],
    regions: q.regions,
    industries: q.industries,
    codes: checkCodes(q.codes),
  });
}

function checkCodes(codes: readonly string[] | undefined): FigureCode[] | undefined {
  for (const c of codes ?? []) {
    if (!(figureCodes as readonly string[]).includes(c)) {
      throw new BadRequestError('unknown_code', `code: unknown figure code "${c}" (one of ${figureCodes.join(', ')})`);
    }
  }
  return codes as FigureCode[] | undefined;
}

/** Every period from `from` to `to`, both of the same kind (years, quarters or months), at most 400. */
export function periodRange(from: Period, to: Period): Period[] {
  if (from.kind !== to.kind) {
    throw new BadRequestError(
      'invalid_period',
      `from and to must be the same kind of period (${from.kind}, ${to.kind})`,
    );
  }
  const index = (p: Period) =>
    p.kind === 'year' ? p.year : p.kind === 'quarter' ? p.year * 4 + p.quarter - 1 : p.year * 12 + p.month - 1;
  const start = index(from);
  const end = index(to);
  if (end < start) throw new BadRequestError('invalid_period', 'to: expected a period on or after from');
  if (end - start >= 400) throw new BadRequestError('invalid_period', 'to: at most 400 periods at a time');
  const out: Period[] = [];
  for (let i = start; i <= end; i += 1) {
    if (from.kind === 'year') out.push({ kind: 'year', year: i });
    else if (from.kind === 'quarter') {
      out.push({ kind: 'quarter', year: Math.floor(i / 4), quarter: ((i % 4) + 1) as 1 });
    } else out.push({ kind: 'month', year: Math.floor(i / 12), month: (i % 12) + 1 });
  }
  return out;
}

export async function readTrend(
  db: Db,
  ctx: RequestContext,
  q: { region?: string | undefined; industry?: string | undefined; code: string; from: string; to: string },
): Promise<Figure[]> {
  const tree = await readRegionTree(db);
  const region = q.region ?? tree.city;
  assertRegionInScope(figureScope(ctx, tree), region);
  const periods = periodRange(periodOrThrow(q.from, 'from'), periodOrThrow(q.to, 'to'));
  return readFigureMatrix(db, {
    periods,
    regions: [region],
    industries: [q.industry ?? SEI],
    codes: checkCodes([q.code]),
  });
}

/** One figure per county and zone the caller may read: what the map colours. */
export async function readCountyFigures(
  db: Db,
  ctx: RequestContext,
  q: { period: string; industry?: string | undefined; code?: string | undefined },
): Promise<Figure[]> {
  const tree = await readRegionTree(db);
  const scope = figureScope(ctx, tree);
  const regions = (await db.selectFrom('region').select('code').orderBy('sortOrder').execute())
    .map((r) => r.code)
    .filter((c) => c !== tree.city && (scope === 'all' || scope.includes(c)));
  if (regions.length === 0) return [];
  return readFigureMatrix(db, {
    periods: [periodOrThrow(q.period)],
    regions,
    industries: [q.industry ?? SEI],
    codes: checkCodes([q.code ?? 'output_value']),
  });
}

export interface CascadeRow {
  region: string;
  regionName: { zh: string; en: string };
  industry: string | null;
  base: number | null;
  weight: number | null;
  value: number | null;
  basis: 'plan' | 'proportional';
  trajectory: { year: number; value: number }[];
}

/**
 * A city amount target broken down (目标分解) to county × industry × year: each row's value at the target year is
 * the plan's stated one or the city value × the row's weight in the base year; its yearly path is the target's own
 * trajectory from the row's base. A target of one industry breaks down by county; the SEI total by county and
 * industry.
 */
export async function readCascade(db: Db, targetId: string) {
  const plan = await activePlanFile(db);
  const target = plan.targets.find((t) => t.id === targetId);
  if (!target) throw new NotFoundError('not_found', `no target ${targetId}`);
  if (target.kind !== 'level' && target.kind !== 'multiple') {
    throw new BadRequestError(
      'not_an_amount',
      `target ${targetId} is a ${target.kind} target: it applies to each county as it is and is not broken down`,
    );
  }
  const tree = await readRegionTree(db);
  const counties = await db
    .selectFrom('region')
    .select(['code', 'nameZh', 'nameEn', 'parentCode', 'kind'])
    .where('parentCode', '=', tree.city)
    .orderBy('sortOrder')
    .execute();
  const code = planIndicatorFigures[target.indicator]?.code ?? 'output_value';
  const industries = target.scope.industry ? [target.scope.industry] : plan.industries.map((i) => i.code);
  const figures = await readFigureMatrix(db, {
    periods: [{ kind: 'year', year: target.baseYear }],
    regions: [tree.city, ...counties.map((c) => c.code)],
    industries: [...industries, SEI],
    codes: [code],
  });
  const baseOf = (region: string, industry: string) =>
    figures.find((f) => f.region === region && f.industry === industry)?.value ?? null;
  const cityBase = baseOf(tree.city, target.scope.industry ?? SEI);
  const cityValue = target.kind === 'level' ? target.value : cityBase === null ? null : target.multiple * cityBase;

  const rows: CascadeRow[] = [];
  for (const county of counties) {
    for (const industry of industries) {
      const stated = plan.cascade.find(
        (c) =>
          c.target === target.id &&
          c.region === county.code &&
          (c.industry ?? null) === (target.scope.industry ? null : industry) &&
          true,
      );
      const base = baseOf(county.code, industry);
      const weight = base !== null && cityBase ? base / cityBase : null;
      const value = stated?.value ?? (weight !== null && cityValue !== null ? cityValue * weight : null);
      const path: IndicatorTarget | null =
        value !== null
          ? {
              id: target.id,
              indicator: target.indicator,
              kind: 'level',
              value,
              scope: { region: county.code, industry },
              baseYear: target.baseYear,
              targetYear: target.targetYear,
              tolerance: target.tolerance ?? plan.defaultTolerance,
              unit: 'yuan',
            }
          : null;
      const trajectory: { year: number; value: number }[] = [];
      if (path && base !== null && base > 0) {
        for (let y = target.baseYear; y <= target.targetYear; y += 1) {
          const v = trajectoryAt(path, base, y);
          if (v !== undefined) trajectory.push({ year: y, value: v });
        }
      }
      rows.push({
        region: county.code,
        regionName: { zh: county.nameZh, en: county.nameEn },
        industry: target.scope.industry ? target.scope.industry : industry,
        base,
        weight,
        value,
        basis: stated ? 'plan' : 'proportional',
        trajectory,
      });
    }
  }
  return {
    target: target.id,
    name: target.name,
    kind: target.kind,
    baseYear: target.baseYear,
    targetYear: target.targetYear,
    cityValue,
    rows,
  };
}

/**
 * The enterprises behind a change (drill-down): each enterprise's attributed YTD figure now and a year earlier in
 * the region and industry, largest change first. Reads returns for one region and two months only.
 */
export async function readContributors(
  db: Db,
  ctx: RequestContext,
  q: {
    period: string;
    region?: string | undefined;
    industry?: string | undefined;
    code?: string | undefined;
    limit: number;
  },
) {
  const tree = await readRegionTree(db);
  const region = q.region ?? tree.city;
  const readable = readableRegions(ctx.actor);
  // Enterprise detail is narrower than aggregates: a county officer sees only the own county's enterprises.
  if (!(ctx.system && !ctx.actor)) {
    assertRegionInScope(readable === 'all' ? 'all' : readable.flatMap((r) => tree.leavesOf(r) ?? [r]), region);
  }
  const period = periodOrThrow(q.period);
  const measure = (q.code ?? 'output_value') as CubeMeasure;
  if (!cubeMeasures.includes(measure)) {
    throw new BadRequestError('unknown_code', `code: "${q.code}" is not a measure (${cubeMeasures.join(', ')})`);
  }
  const industry = q.industry ?? SEI;
  const month = lastMonthOf(period);
  const leaves = tree.leavesOf(region);
  const column = measureColumn[measure];

  const valuesAt = async (year: number) => {
    let query = db
      .selectFrom('statisticalReturn as r')
      .innerJoin('enterprise as e', 'e.id', 'r.enterpriseId')
      .select(['e.id', 'e.uscc', 'e.name', 'e.regionCode', 'e.aboveScale', `r.${column}` as 'r.outputValue'])
      .where('r.year', '=', year)
      .where('r.month', '=', month);
    if (leaves) query = query.where('e.regionCode', 'in', leaves);
    return query.execute();
  };
  const [now, then] = await Promise.all([valuesAt(period.year), valuesAt(period.year - 1)]);
  const monthText = formatMonth(period.year, month);
  let shareQuery = db
    .selectFrom('enterpriseSeiShare as s')
    .innerJoin('enterprise as e', 'e.id', 's.enterpriseId')
    .select(['s.enterpriseId', 's.industryCode', 's.share'])
    .where('s.validFrom', '<=', monthText)
    .where((eb) => eb.or([eb('s.validTo', 'is', null), eb('s.validTo', '>', monthText)]));
  if (leaves) shareQuery = shareQuery.where('e.regionCode', 'in', leaves);
  const shares = new Map<number, number>();
  for (const s of await shareQuery.execute()) {
    if (industry === SEI || s.industryCode === industry) {
      shares.set(s.enterpriseId, (shares.get(s.enterpriseId) ?? 0) + s.share);
    }
  }
  const shareOf = (e: { id: number; aboveScale: number }) =>
    industry === 'all' ? (e.aboveScale ? 1 : 0) : (shares.get(e.id) ?? 0);

  const byId = new Map<
    number,
    { uscc: string; name: string; region: string; share: number; value: number | null; lastYear: number | null }
  >();
  for (const r of now) {
    const share = shareOf(r);
    if (share > 0 && r.outputValue !== null) {
      byId.set(r.id, {
        uscc: r.uscc,
        name: r.name,
        region: r.regionCode,
        share,
        value: r.outputValue * share,
        lastYear: null,
      });
    }
  }
  for (const r of then) {
    // The basket of now: an enterprise counts with today's share; one that left shows its whole fall.
    const share = shareOf(r);
    if (share <= 0 || r.outputValue === null) continue;
    const entry = byId.get(r.id) ?? {
      uscc: r.uscc,
      name: r.name,
      region: r.regionCode,
      share,
      value: null,
      lastYear: null,
    };
    entry.lastYear = r.outputValue * entry.share;
    byId.set(r.id, entry);
  }
  const items = [...byId.values()]
    .map((e) => ({ ...e, change: (e.value ?? 0) - (e.lastYear ?? 0) }))
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.uscc.localeCompare(b.uscc));
  const value = exactSum(items.map((i) => i.value ?? 0));
  const lastYear = exactSum(items.map((i) => i.lastYear ?? 0));
  return {
    period: formatPeriod(period),
    total: { value, lastYear, change: value - lastYear },
    items: items.slice(0, q.limit),
  };
}

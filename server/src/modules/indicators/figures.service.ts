import type { Db } from '../../db/database.js';
import { BadRequestError } from '../../http/errors.js';
import { formatPeriod, lastMonthOf, parsePeriod, type Period } from '../statistics/period.js';
import { ALL_ABOVE_SIZE, cubeMeasures, SEI, type CubeMeasure } from './cube.service.js';
import { cubeMemo } from './memo.js';
import { exactSum } from './sum.js';

/**
 * Figures (R3): what every page, the progress of targets, the assessment and the bulletins read. A figure is a
 * year-to-date value of one region (with its sub-regions), one industry key and one code at one period, with the
 * same point a year earlier and the comparable growth (同口径) — read from the cube only.
 */

/** A plan industry code, `sei` (every SEI industry) or `all` (every above-size enterprise, unattributed). */
export type IndustryKey = string;

export type RatioCode = 'output_share' | 'value_added_share_of_gdp' | 'rd_intensity';
export type FigureCode = CubeMeasure | RatioCode;
export const ratioCodes: readonly RatioCode[] = ['output_share', 'value_added_share_of_gdp', 'rd_intensity'];
export const figureCodes: readonly FigureCode[] = [...cubeMeasures, ...ratioCodes];

export type FigureUnit = 'yuan' | 'ratio' | 'tce' | 'persons' | 'mu';

export interface Figure {
  region: string;
  industry: IndustryKey;
  code: FigureCode;
  /** Canonical period text: `2013`, `2013Q2`, `2013-06`; the value runs from January to its end. */
  period: string;
  unit: FigureUnit;
  value: number | null;
  /** The same point a year earlier (plain total or ratio). */
  lastYear: number | null;
  /** Sums: comparable growth (同口径). Ratios: change in points, value − lastYear. */
  growth: number | null;
  /** Sums only: Σ over the enterprises with a value both now and a year earlier, now and then. */
  comparable: { current: number; base: number } | null;
  /** Enterprises contributing to the value (for a ratio: to its numerator). */
  enterprises: number;
  /** Shares of output or GDP: where the denominator came from (the region's own totals, or the sum of returns). */
  basis: 'region_stats' | 'returns' | null;
}

export interface FigureQuery {
  period: string;
  regions?: readonly string[] | undefined;
  industries?: readonly IndustryKey[] | undefined;
  codes?: readonly FigureCode[] | undefined;
}

export const unitOfCode: Record<FigureCode, FigureUnit> = {
  output_value: 'yuan',
  sales_output: 'yuan',
  value_added: 'yuan',
  revenue: 'yuan',
  rd_expense: 'yuan',
  taxes: 'yuan',
  employees: 'persons',
  energy_tce: 'tce',
  land_mu: 'mu',
  output_share: 'ratio',
  value_added_share_of_gdp: 'ratio',
  rd_intensity: 'ratio',
};

/** What a region's figures add up: its own rows and those of the zones reported within it; the city: everything. */
export interface RegionTree {
  city: string;
  codes: ReadonlySet<string>;
  /** Region → the enterprise regions whose rows it sums; undefined for the city (every row). */
  leavesOf(region: string): readonly string[] | undefined;
}

export async function readRegionTree(db: Db): Promise<RegionTree> {
  const regions = await db.selectFrom('region').select(['code', 'parentCode', 'reporting', 'kind']).execute();
  const city = regions.find((r) => r.parentCode === null)?.code ?? '330400';
  const leaves = new Map<string, string[]>();
  for (const r of regions) if (r.parentCode !== null) leaves.set(r.code, [r.code]);
  for (const r of regions) {
    // A zone reported `within` counts in its county; `beside` only in itself and the city (never both).
    if (r.reporting === 'within' && r.parentCode !== null && r.parentCode !== city) {
      leaves.get(r.parentCode)?.push(r.code);
    }
  }
  return {
    city,
    codes: new Set(regions.map((r) => r.code)),
    leavesOf: (region) => (region === city ? undefined : (leaves.get(region) ?? [region])),
  };
}

interface CubeRow {
  regionCode: string;
  industry: string;
  year: number;
  month: number;
  measure: string;
  value: number;
  comparableCurrent: number;
  comparableBase: number;
  enterprises: number;
}

interface Summed {
  value: number;
  comparableCurrent: number;
  comparableBase: number;
  enterprises: number;
}

/** Parses a period or answers 400 naming the field. */
export function periodOrThrow(text: string, field = 'period'): Period {
  const period = parsePeriod(text);
  if (!period) {
    throw new BadRequestError('invalid_period', `${field}: "${text}" is not a period (2013, 2013Q2 or 2013-06)`);
  }
  return period;
}

/** Figures of one period for every requested region × industry × code (defaults: the city, SEI, every code). */
export async function readFigures(db: Db, query: FigureQuery): Promise<Figure[]> {
  const period = periodOrThrow(query.period);
  const matrix = await readFigureMatrix(db, { ...query, periods: [period] });
  return matrix;
}

export type MatrixQuery = Omit<FigureQuery, 'period'> & {
  periods: readonly Period[];
  /** Only these industry × code combinations (default: every industry with every code). */
  pairs?: readonly { industry: IndustryKey; code: FigureCode }[] | undefined;
};

/**
 * Figures of several periods at once (a trend): one cube read for all of them. Periods are year-to-date points, so
 * `2012`, `2013` and `2014` compare whole years; `2013-06` is January–June.
 */
export async function readFigureMatrix(db: Db, query: MatrixQuery): Promise<Figure[]> {
  return cubeMemo(db, 'figures', query, () => computeFigureMatrix(db, query));
}

async function computeFigureMatrix(db: Db, query: MatrixQuery): Promise<Figure[]> {
  const tree = await readRegionTree(db);
  const regions = query.regions && query.regions.length > 0 ? [...query.regions] : [tree.city];
  for (const r of regions) {
    if (!tree.codes.has(r)) throw new BadRequestError('unknown_region', `region: unknown region "${r}"`);
  }
  const industries = query.industries && query.industries.length > 0 ? [...query.industries] : [SEI];
  const codes = query.codes && query.codes.length > 0 ? [...query.codes] : [...figureCodes];
  for (const c of codes) {
    if (!figureCodes.includes(c)) throw new BadRequestError('unknown_code', `code: unknown figure code "${c}"`);
  }

  // Which cube rows are needed: the measures of the codes, for the industries and `all` (share denominators).
  const measures = new Set<string>();
  for (const c of codes) {
    const needs: Partial<Record<FigureCode, string[]>> = {
      output_share: ['output_value'],
      value_added_share_of_gdp: ['value_added'],
      rd_intensity: ['rd_expense', 'revenue'],
    };
    for (const m of needs[c] ?? [c]) measures.add(m);
  }
  const cubeIndustries = new Set(industries);
  if (codes.includes('output_share')) cubeIndustries.add(ALL_ABOVE_SIZE);

  const points = new Map<string, { year: number; month: number }>();
  for (const p of query.periods) {
    const month = lastMonthOf(p);
    points.set(`${p.year}-${month}`, { year: p.year, month });
    points.set(`${p.year - 1}-${month}`, { year: p.year - 1, month });
  }
  const years = [...new Set([...points.values()].map((p) => p.year))];
  const months = [...new Set([...points.values()].map((p) => p.month))];
  const allLeaves = regions.map((r) => tree.leavesOf(r));
  const leafFilter = allLeaves.some((l) => l === undefined) ? undefined : [...new Set(allLeaves.flat() as string[])];

  let q = db
    .selectFrom('cubeCell')
    .select([
      'regionCode',
      'industry',
      'year',
      'month',
      'measure',
      'value',
      'comparableCurrent',
      'comparableBase',
      'enterprises',
    ])
    .where('industry', 'in', [...cubeIndustries])
    .where('measure', 'in', [...measures])
    .where('year', 'in', years)
    .where('month', 'in', months);
  if (leafFilter) q = q.where('regionCode', 'in', leafFilter.length > 0 ? leafFilter : ['']);
  const rows: CubeRow[] = await q.execute();

  // Index rows by (year, month, industry, measure) → region → row.
  const index = new Map<string, CubeRow[]>();
  for (const row of rows) {
    const key = `${row.year}|${row.month}|${row.industry}|${row.measure}`;
    const list = index.get(key) ?? [];
    list.push(row);
    index.set(key, list);
  }
  const sums = new Map<string, Summed | undefined>();
  const sumOf = (region: string, industry: string, measure: string, year: number, month: number) => {
    // The same sum serves as this year's value and as next year's "a year earlier": computed once.
    const key = `${region}|${industry}|${measure}|${year}|${month}`;
    if (sums.has(key)) return sums.get(key);
    const summed = computeSum(region, industry, measure, year, month);
    sums.set(key, summed);
    return summed;
  };
  const computeSum = (region: string, industry: string, measure: string, year: number, month: number) => {
    const leaves = tree.leavesOf(region);
    const list = (index.get(`${year}|${month}|${industry}|${measure}`) ?? []).filter(
      (r) => leaves === undefined || leaves.includes(r.regionCode),
    );
    if (list.length === 0) return undefined;
    return {
      value: exactSum(list.map((r) => r.value)),
      comparableCurrent: exactSum(list.map((r) => r.comparableCurrent)),
      comparableBase: exactSum(list.map((r) => r.comparableBase)),
      enterprises: list.reduce((n, r) => n + r.enterprises, 0),
    } satisfies Summed;
  };

  const totals = codes.some((c) => c === 'output_share' || c === 'value_added_share_of_gdp')
    ? await readRegionTotals(db, regions, query.periods)
    : new Map<string, RegionTotal>();

  const figures: Figure[] = [];
  for (const p of query.periods) {
    const month = lastMonthOf(p);
    const periodText = formatPeriod(p);
    for (const region of regions) {
      for (const industry of industries) {
        for (const code of codes) {
          if (query.pairs && !query.pairs.some((x) => x.industry === industry && x.code === code)) continue;
          const at = (year: number) => ({
            sum: (measure: string, ind = industry) => sumOf(region, ind, measure, year, month),
            total: totals.get(`${region}|${year}|${month}`),
          });
          figures.push(figureOf({ region, industry, code, period: periodText, now: at(p.year), then: at(p.year - 1) }));
        }
      }
    }
  }
  return figures;
}

type Lookup = {
  sum: (measure: string, industry?: string) => Summed | undefined;
  total: RegionTotal | undefined;
};

function figureOf(a: {
  region: string;
  industry: string;
  code: FigureCode;
  period: string;
  now: Lookup;
  then: Lookup;
}): Figure {
  const base = { region: a.region, industry: a.industry, code: a.code, period: a.period, unit: unitOfCode[a.code] };
  if (a.code === 'output_share' || a.code === 'value_added_share_of_gdp' || a.code === 'rd_intensity') {
    const now = ratioOf(a.code, a.now);
    const then = ratioOf(a.code, a.then);
    return {
      ...base,
      value: now?.value ?? null,
      lastYear: then?.value ?? null,
      growth: now && then ? now.value - then.value : null,
      comparable: null,
      enterprises: now?.enterprises ?? 0,
      basis: now?.basis ?? null,
    };
  }
  const now = a.now.sum(a.code);
  const then = a.then.sum(a.code);
  return {
    ...base,
    value: now?.value ?? null,
    lastYear: then?.value ?? null,
    // No comparable enterprise, or a base ≤ 0: no growth (never NaN or ∞), as comparable.ts decides.
    growth: now && now.comparableBase > 0 ? now.comparableCurrent / now.comparableBase - 1 : null,
    comparable: now ? { current: now.comparableCurrent, base: now.comparableBase } : null,
    enterprises: now?.enterprises ?? 0,
    basis: null,
  };
}

function ratioOf(
  code: RatioCode,
  at: Lookup,
): { value: number; enterprises: number; basis: Figure['basis'] } | undefined {
  if (code === 'rd_intensity') {
    const rd = at.sum('rd_expense');
    const revenue = at.sum('revenue');
    if (!rd || !revenue || revenue.value <= 0) return undefined;
    return { value: rd.value / revenue.value, enterprises: rd.enterprises, basis: null };
  }
  if (code === 'value_added_share_of_gdp') {
    const va = at.sum('value_added');
    const gdp = at.total?.gdp;
    if (!va || gdp === null || gdp === undefined || gdp <= 0) return undefined;
    return { value: va.value / gdp, enterprises: va.enterprises, basis: 'region_stats' };
  }
  const output = at.sum('output_value');
  if (!output) return undefined;
  // INDICATORS.md: the region's own above-size total when loaded, otherwise the sum of the above-size returns.
  const stated = at.total?.industrialOutput;
  if (stated !== null && stated !== undefined && stated > 0) {
    return { value: output.value / stated, enterprises: output.enterprises, basis: 'region_stats' };
  }
  const all = at.sum('output_value', ALL_ABOVE_SIZE);
  if (!all || all.value <= 0) return undefined;
  return { value: output.value / all.value, enterprises: output.enterprises, basis: 'returns' };
}

interface RegionTotal {
  gdp: number | null;
  industrialOutput: number | null;
}

/**
 * Region totals (region-stats) at the periods and a year before, keyed `region|year|month`. A year is its bare-year
 * row or its December; a quarter or month its own row (`2013Q2` or its last month).
 */
async function readRegionTotals(
  db: Db,
  regions: readonly string[],
  periods: readonly Period[],
): Promise<Map<string, RegionTotal>> {
  const wanted = new Map<string, string>(); // stored period text → key suffix `year|month`
  for (const p of periods) {
    for (const year of [p.year, p.year - 1]) {
      const month = lastMonthOf(p);
      const at = { ...p, year } as Period;
      const suffix = `${year}|${month}`;
      wanted.set(formatPeriod(at), suffix);
      wanted.set(`${year}-${String(month).padStart(2, '0')}`, suffix);
    }
  }
  const rows = await db
    .selectFrom('regionStat')
    .select(['regionCode', 'period', 'gdp', 'industrialOutput'])
    .where('regionCode', 'in', [...regions])
    .where('period', 'in', [...wanted.keys()])
    .execute();
  const totals = new Map<string, RegionTotal>();
  // The exact period's row first (a bare year before its December), so a later, less exact row does not replace it.
  const exact = new Set(periods.flatMap((p) => [formatPeriod(p), formatPeriod({ ...p, year: p.year - 1 } as Period)]));
  rows.sort((a, b) => Number(exact.has(b.period)) - Number(exact.has(a.period)));
  for (const row of rows) {
    const key = `${row.regionCode}|${wanted.get(row.period)}`;
    if (!totals.has(key)) totals.set(key, { gdp: row.gdp, industrialOutput: row.industrialOutput });
  }
  return totals;
}

import type { Db } from '../../db/database.js';
import type { Figure, FigureCode, FigureQuery, IndustryKey } from '../indicators/figures.service.js';

/**
 * How each criterion's indicator code (plans/*.yaml `assessment.criteria[].indicator`) becomes an actual for a county
 * and a year: a small table, so a new criterion is one entry. Figure-based criteria name the figures they need
 * (read once for all counties) and pick their actual from them; a criterion from elsewhere (e.g. the project start
 * rate) gives a `load` that returns the actual per county.
 */

/** Where an actual came from: enough to retrace it, and to say why a score is what it is. */
export interface ActualSource {
  /** `figures`: the indicators module's figures (readFigures); `custom`: a resolver's own source. */
  kind: 'figures' | 'custom';
  period: string;
  figure: FigureCode | null;
  /** growth: comparable (同口径) growth Σcurrent/Σbase − 1 · value: the figure's value at the period. */
  measure: 'growth' | 'value';
  industries: IndustryKey[];
  /** Comparable sums (yuan) behind a growth. */
  current: number | null;
  base: number | null;
  /** The figure's value and the same point a year earlier, for a value measure. */
  value: number | null;
  lastYear: number | null;
  enterprises: number;
  basis: 'region_stats' | 'returns' | null;
  /** Why there is no actual, when there is none: `no_figure` · `no_base` · `no_focus_industries`. */
  missing: 'no_figure' | 'no_base' | 'no_focus_industries' | null;
}

export interface Actual {
  value: number | null;
  source: ActualSource;
}

export interface CountyInput {
  code: string;
  focusIndustries: string[];
}

type Lookup = (region: string, industry: IndustryKey, code: FigureCode) => Figure | undefined;

export type CriterionResolver =
  | {
      kind: 'figures';
      codes: FigureCode[];
      /** The industries the criterion reads: all SEI, or the county's own focus industries. */
      industries: 'sei' | 'focus';
      resolve(lookup: Lookup, county: CountyInput, period: string): Actual;
    }
  | {
      kind: 'custom';
      load(db: Db, year: number, counties: readonly CountyInput[]): Promise<Map<string, Actual>>;
    };

const emptySource = (period: string, figure: FigureCode | null, measure: 'growth' | 'value'): ActualSource => ({
  kind: 'figures',
  period,
  figure,
  measure,
  industries: [],
  current: null,
  base: null,
  value: null,
  lastYear: null,
  enterprises: 0,
  basis: null,
  missing: null,
});

/** Comparable growth of a sum over one or more industries: Σcurrent / Σbase − 1 (figures-api.md). */
function combinedGrowth(
  lookup: Lookup,
  region: string,
  industries: IndustryKey[],
  code: FigureCode,
  period: string,
): Actual {
  const source: ActualSource = { ...emptySource(period, code, 'growth'), industries };
  if (industries.length === 0) return { value: null, source: { ...source, missing: 'no_focus_industries' } };
  let current = 0;
  let base = 0;
  let enterprises = 0;
  let any = false;
  for (const industry of industries) {
    const figure = lookup(region, industry, code);
    if (!figure?.comparable) continue;
    any = true;
    current += figure.comparable.current;
    base += figure.comparable.base;
    enterprises += figure.enterprises;
  }
  if (!any) return { value: null, source: { ...source, missing: 'no_figure' } };
  const withSums = { ...source, current, base, enterprises };
  if (base <= 0) return { value: null, source: { ...withSums, missing: 'no_base' } };
  return { value: current / base - 1, source: withSums };
}

function ratioValue(lookup: Lookup, region: string, code: FigureCode, period: string): Actual {
  const figure = lookup(region, 'sei', code);
  const source: ActualSource = { ...emptySource(period, code, 'value'), industries: ['sei'] };
  if (!figure || figure.value === null) return { value: null, source: { ...source, missing: 'no_figure' } };
  return {
    value: figure.value,
    source: {
      ...source,
      value: figure.value,
      lastYear: figure.lastYear,
      enterprises: figure.enterprises,
      basis: figure.basis,
    },
  };
}

export const resolvers: Record<string, CriterionResolver> = {
  sei_output_growth: {
    kind: 'figures',
    codes: ['output_value'],
    industries: 'sei',
    resolve: (lookup, county, period) => combinedGrowth(lookup, county.code, ['sei'], 'output_value', period),
  },
  sei_output_share: {
    kind: 'figures',
    codes: ['output_share'],
    industries: 'sei',
    resolve: (lookup, county, period) => ratioValue(lookup, county.code, 'output_share', period),
  },
  sei_value_added_growth: {
    kind: 'figures',
    codes: ['value_added'],
    industries: 'sei',
    resolve: (lookup, county, period) => combinedGrowth(lookup, county.code, ['sei'], 'value_added', period),
  },
  focus_industry_output_growth: {
    kind: 'figures',
    codes: ['output_value'],
    industries: 'focus',
    resolve: (lookup, county, period) =>
      combinedGrowth(lookup, county.code, county.focusIndustries, 'output_value', period),
  },
  sei_rd_intensity: {
    kind: 'figures',
    codes: ['rd_intensity'],
    industries: 'sei',
    resolve: (lookup, county, period) => ratioValue(lookup, county.code, 'rd_intensity', period),
  },
};

/** readFigures of the indicators module, or a stand-in with its signature. */
export type FigureReader = (db: Db, q: FigureQuery) => Promise<Figure[]>;

/**
 * The actuals of every county for every criterion of a year, in the criteria's order. Figures are read once, for
 * all counties and all the industries and codes the criteria need. An indicator without a resolver is an error
 * naming it (the plan file names only known indicators).
 */
export async function resolveActuals(
  db: Db,
  read: FigureReader,
  year: number,
  indicators: readonly string[],
  counties: readonly CountyInput[],
): Promise<Map<string, Actual[]>> {
  const period = String(year);
  const unknown = indicators.filter((code) => !resolvers[code]);
  if (unknown.length > 0) throw new Error(`assessment: no resolver for indicator ${unknown.join(', ')}`);
  const chosen = indicators.map((code) => resolvers[code] as CriterionResolver);

  const codes = new Set<FigureCode>();
  const industries = new Set<IndustryKey>();
  for (const r of chosen) {
    if (r.kind !== 'figures') continue;
    r.codes.forEach((c) => codes.add(c));
    if (r.industries === 'sei') industries.add('sei');
    else counties.forEach((c) => c.focusIndustries.forEach((i) => industries.add(i)));
  }
  const figures =
    codes.size > 0
      ? await read(db, {
          period,
          regions: counties.map((c) => c.code),
          industries: [...industries],
          codes: [...codes],
        })
      : [];
  const index = new Map(figures.map((f) => [`${f.region}|${f.industry}|${f.code}`, f]));
  const lookup: Lookup = (region, industry, code) => index.get(`${region}|${industry}|${code}`);

  const custom = await Promise.all(
    chosen.map((r) => (r.kind === 'custom' ? r.load(db, year, counties) : Promise.resolve(undefined))),
  );
  return new Map(
    counties.map((county) => [
      county.code,
      chosen.map((r, i) => {
        if (r.kind === 'figures') return r.resolve(lookup, county, period);
        return (
          custom[i]?.get(county.code) ?? {
            value: null,
            source: { ...emptySource(period, null, 'value'), kind: 'custom', missing: 'no_figure' },
          }
        );
      }),
    ]),
  );
}

import { z } from 'zod';
import { figureCodes } from './figures.service.js';
import type { ProgressResult, ScopedProgressItem } from './progress.service.js';

const localized = z.object({ zh: z.string(), en: z.string() });
const status = z.enum(['on_track', 'at_risk', 'off_track', 'met', 'no_data']);
const unit = z.enum(['yuan', 'ratio']);

export const ProgressQuery = z.object({
  period: z.string().optional().describe('2013, 2013Q2 or 2013-06; default: the last year with data'),
  region: z.string().optional().describe('GB/T 2260 code; default the city. A county shows the targets broken down'),
  industry: z.string().optional().describe("a plan industry code: only that industry's targets"),
});

/** One item of GET /api/v1/progress: the names of INTERFACES.md, then what the pages need beside them. */
export const ProgressItem = z.object({
  target: z.string(),
  kind: z.enum(['level', 'multiple', 'share', 'annual_growth', 'annual_change', 'ratio_floor']),
  indicator: z.string(),
  scope: z.object({ region: z.string().nullable(), industry: z.string().nullable() }),
  unit,
  actual: z.number().nullable(),
  trajectory: z.number().nullable(),
  target_value: z.number().nullable(),
  target_year: z.number().int(),
  status,
  required_annual_growth: z.number().nullable(),
  forecast: z.number().nullable(),
  forecast_years: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
  year_to_date: z
    .object({ measure: z.enum(['growth', 'points']), change: z.number().nullable(), required: z.number().nullable() })
    .nullable(),
  name: localized,
  basis: z.enum(['region_stats', 'returns']).nullable(),
  cascade: z
    .object({
      basis: z.enum(['plan', 'proportional', 'same_rule']),
      city_value: z.number().nullable(),
      weight: z.number().nullable(),
    })
    .nullable(),
});

export const ProgressResponse = z.object({
  period: z.string(),
  region: z.string(),
  industry: z.string().nullable(),
  items: z.array(ProgressItem),
});

/** The wire form (snake_case, as INTERFACES.md names the fields); the CLI prints the same object. */
export function progressToWire(result: ProgressResult): z.infer<typeof ProgressResponse> {
  return { ...result, items: result.items.map(itemToWire) };
}

function itemToWire(i: ScopedProgressItem): z.infer<typeof ProgressItem> {
  return {
    target: i.target,
    kind: i.kind,
    indicator: i.indicator,
    scope: i.scope,
    unit: i.unit,
    actual: i.actual,
    trajectory: i.trajectory,
    target_value: i.targetValue,
    target_year: i.targetYear,
    status: i.status,
    required_annual_growth: i.requiredAnnualGrowth,
    forecast: i.forecast,
    forecast_years: i.forecastYears,
    year_to_date: i.yearToDate,
    name: i.name,
    basis: i.basis,
    cascade: i.cascade && { basis: i.cascade.basis, city_value: i.cascade.cityValue, weight: i.cascade.weight },
  };
}

const list = (text: string | undefined) =>
  text
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const FigureQuery = z.object({
  period: z.string().describe('2013, 2013Q2 or 2013-06'),
  regions: z.string().optional().transform(list).describe('comma-separated region codes; default the city'),
  industries: z.string().optional().transform(list).describe("comma-separated: plan industry codes, 'sei', 'all'"),
  codes: z
    .string()
    .optional()
    .transform(list)
    .describe(`comma-separated figure codes: ${figureCodes.join(', ')}`),
});

export const Figure = z.object({
  region: z.string(),
  industry: z.string(),
  code: z.string(),
  period: z.string(),
  unit: z.enum(['yuan', 'ratio', 'tce', 'persons', 'mu']),
  value: z.number().nullable(),
  lastYear: z.number().nullable(),
  growth: z.number().nullable(),
  comparable: z.object({ current: z.number(), base: z.number() }).nullable(),
  enterprises: z.number().int(),
  basis: z.enum(['region_stats', 'returns']).nullable(),
});
export const FigureList = z.object({ items: z.array(Figure) });

export const TrendQuery = z.object({
  region: z.string().optional(),
  industry: z.string().optional(),
  code: z.string(),
  from: z.string().describe('first period, e.g. 2010 or 2012-01'),
  to: z.string().describe('last period of the same kind'),
});

export const CountyFigureQuery = z.object({
  period: z.string(),
  industry: z.string().optional(),
  code: z.string().optional(),
});

export const Warning = z.object({
  target: z.string(),
  targetName: localized,
  region: z.string(),
  regionName: localized,
  industry: z.string().nullable(),
  status: z.enum(['at_risk', 'off_track']),
  previousStatus: status,
  period: z.string(),
  previousPeriod: z.string(),
  actual: z.number().nullable(),
  trajectory: z.number().nullable(),
  unit,
  figure: z.string(),
});
export const WarningList = z.object({ period: z.string(), items: z.array(Warning) });
export const WarningQuery = z.object({ period: z.string().optional() });

export const CascadeParams = z.object({ id: z.string() });
export const CascadeRow = z.object({
  region: z.string(),
  regionName: localized,
  industry: z.string().nullable(),
  base: z.number().nullable(),
  weight: z.number().nullable(),
  value: z.number().nullable(),
  basis: z.enum(['plan', 'proportional']),
  trajectory: z.array(z.object({ year: z.number().int(), value: z.number() })),
});
export const Cascade = z.object({
  target: z.string(),
  name: localized,
  kind: z.string(),
  baseYear: z.number().int(),
  targetYear: z.number().int(),
  cityValue: z.number().nullable(),
  rows: z.array(CascadeRow),
});

export const ContributorQuery = z.object({
  period: z.string(),
  region: z.string().optional(),
  industry: z.string().optional().describe("a plan industry code or 'sei' (default)"),
  code: z.string().optional().describe('a measure, default output_value'),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export const Contributor = z.object({
  uscc: z.string(),
  name: z.string(),
  region: z.string(),
  share: z.number(),
  value: z.number().nullable(),
  lastYear: z.number().nullable(),
  change: z.number(),
});
export const ContributorList = z.object({
  period: z.string(),
  total: z.object({ value: z.number(), lastYear: z.number(), change: z.number() }),
  items: z.array(Contributor),
});

export const TableExport = z.object({
  title: z.string().min(1).max(200),
  columns: z
    .array(z.object({ key: z.string(), title: z.string(), unit: z.string().optional() }))
    .min(1)
    .max(100),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))).max(100_000),
  note: z.string().max(2000).optional(),
});

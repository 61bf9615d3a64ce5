import { z } from 'zod';
import { catalogueTiers, indicatorCodes, targetKinds } from './plan-file.schema.js';

/** Wire shapes of the plan module: what GET /api/v1/plan answers. */

export const LocalizedName = z.object({ zh: z.string(), en: z.string() }).meta({ id: 'LocalizedName' });

export const Region = z
  .object({
    code: z.string().describe('GB/T 2260 code, or a platform zone code such as 330400Z01'),
    name: LocalizedName,
    kind: z.enum(['city', 'district', 'county', 'county_city', 'development_zone', 'port_zone', 'new_area']),
    parentCode: z.string().nullable(),
    reporting: z.enum(['within', 'beside']).nullable().describe('for zones: counted within their county, or beside it'),
    note: z.string().nullable(),
  })
  .meta({ id: 'Region' });

export const Industry = z
  .object({
    code: z.string(),
    name: LocalizedName,
    source: z.string().describe('the policy sentence that defines the industry'),
    subsectors: z.array(z.object({ code: z.string(), name: LocalizedName })),
    keyProducts: z.array(
      z.object({
        code: z.string(),
        name: LocalizedName,
        tier: z.enum(catalogueTiers),
        subsectorCode: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Industry' });

export const Cluster = z
  .object({
    code: z.string(),
    name: LocalizedName,
    regionCode: z.string(),
    industryCode: z.string(),
    status: z.enum(['existing', 'planned']),
    note: z.string().nullable(),
  })
  .meta({ id: 'Cluster' });

export const FocusIndustry = z
  .object({
    regionCode: z.string(),
    industryCodes: z.array(z.string()),
    basis: z
      .enum(['default', 'stated'])
      .describe('default: derived from the clusters, editable; stated: decided by the county'),
    note: z.string().nullable(),
  })
  .meta({ id: 'FocusIndustry' });

export const Indicator = z
  .object({
    code: z.enum(indicatorCodes),
    name: LocalizedName,
    unit: z.enum(['yuan', 'ratio']),
    displayUnit: z.string(),
    definition: LocalizedName,
  })
  .meta({ id: 'Indicator' });

export const Target = z
  .object({
    id: z.string(),
    name: LocalizedName,
    indicator: z.enum(indicatorCodes),
    kind: z.enum(targetKinds),
    scope: z.object({ region: z.string().nullable(), industry: z.string().nullable() }),
    baseYear: z.number().int(),
    targetYear: z.number().int(),
    value: z.number().nullable().describe('level, share and ratio_floor: the value to reach (yuan or a fraction)'),
    multiple: z.number().nullable().describe('multiple: how many times the base-year value'),
    growth: z.number().nullable().describe('annual_growth: the yearly growth to keep (fraction)'),
    change: z.number().nullable().describe('annual_change: the yearly change in points (fraction)'),
    expectedValue: z.number().nullable(),
    comparator: z.enum(['gte', 'gt']),
    tolerance: z.number(),
    unit: z.enum(['yuan', 'ratio']),
    displayUnit: z.string(),
    source: z.string(),
  })
  .meta({ id: 'Target' });

export const CatalogueEntry = z
  .object({
    code: z.string(),
    year: z.number().int(),
    industryCode: z.string(),
    subsectorCode: z.string().nullable(),
    name: LocalizedName,
    tier: z.enum(catalogueTiers),
    keywords: z.array(z.string()),
    industryCodes: z.array(z.string()),
  })
  .meta({ id: 'CatalogueEntry' });

export const Instruments = z
  .object({
    specialFund: z.object({
      name: LocalizedName,
      regionCode: z.string(),
      annualBudgetFen: z.number().int().describe('integer fen (分)'),
      countiesArrangeOwn: z.boolean(),
      uses: z.array(z.object({ code: z.string(), name: LocalizedName })),
      source: z.string(),
    }),
    taxRefund: z.object({
      name: LocalizedName,
      schedule: z.array(z.object({ years: z.number().int(), rate: z.number() })),
      purpose: z.string(),
      source: z.string(),
    }),
    land: z.object({ seiShareMin: z.number(), source: z.string() }),
  })
  .meta({ id: 'Instruments' });

export const AssessmentScheme = z
  .object({
    version: z.number().int(),
    name: LocalizedName,
    source: z.string(),
    criteria: z.array(
      z.object({
        code: z.string(),
        name: LocalizedName,
        indicator: z.string(),
        weight: z.number(),
        floor: z.number(),
        target: z.number(),
      }),
    ),
  })
  .meta({ id: 'AssessmentScheme' });

export const PlanOverview = z
  .object({
    id: z.string(),
    name: LocalizedName,
    version: z.number().int().describe('increases each time a changed plan file is loaded'),
    loadedAt: z.string(),
    document: z.object({ issuer: z.string(), number: z.string(), title: z.string(), issued: z.string() }),
    baseYear: z.number().int(),
    targetYear: z.number().int(),
    regions: z.array(Region),
    industries: z.array(Industry),
    clusters: z.array(Cluster),
    focusIndustries: z.array(FocusIndustry),
    indicators: z.array(Indicator),
    targets: z.array(Target),
    instruments: Instruments,
    assessmentScheme: AssessmentScheme,
  })
  .meta({ id: 'PlanOverview' });
export type PlanOverview = z.infer<typeof PlanOverview>;

export const CatalogueQuery = z.object({
  year: z.coerce.number().int().optional().describe('catalogue year; the latest when absent'),
  industry: z.string().optional(),
});
export const CatalogueList = z
  .object({ year: z.number().int().nullable(), items: z.array(CatalogueEntry) })
  .meta({ id: 'CatalogueList' });

export const PlanVersion = z
  .object({ version: z.number().int(), contentHash: z.string(), loadedAt: z.string(), fileName: z.string() })
  .meta({ id: 'PlanVersion' });
export const PlanVersionList = z.object({ items: z.array(PlanVersion) }).meta({ id: 'PlanVersionList' });

export const County = z
  .object({
    code: z.string(),
    name: LocalizedName,
    kind: z.enum(['district', 'county', 'county_city']),
    zones: z.array(
      z.object({ code: z.string(), name: LocalizedName, reporting: z.enum(['within', 'beside']).nullable() }),
    ),
    focusIndustries: z.object({
      industryCodes: z.array(z.string()),
      basis: z.enum(['default', 'stated']),
      note: z.string().nullable(),
    }),
    clusters: z.array(
      z.object({
        code: z.string(),
        name: LocalizedName,
        industryCode: z.string(),
        regionCode: z.string(),
        status: z.enum(['existing', 'planned']),
      }),
    ),
  })
  .meta({ id: 'County' });
export type County = z.infer<typeof County>;
export const CountyList = z.object({ items: z.array(County) }).meta({ id: 'CountyList' });
export const CountyParams = z.object({ code: z.string().regex(/^\d{6}$/, 'expected a six-digit region code') });
export const FocusIndustriesBody = z
  .object({
    industryCodes: z.array(z.string()).min(1).max(2).describe('one or two industry codes of the plan'),
    note: z.string().max(500).optional(),
  })
  .meta({ id: 'FocusIndustriesBody' });

import { z } from 'zod';

/**
 * The plan file (plans/*.yaml): everything particular to one city's plan. Nothing in the code may know Jiaxing;
 * another city or plan period is another file of this shape.
 */

const code = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'expected a lower-case code of letters, digits, "." and "-"');

/** Region codes: six-digit GB/T 2260 codes, or a platform code for a zone (e.g. 330400Z01) that has none. */
const regionCode = z
  .string()
  .regex(/^\d{6}(Z\d{2})?$/, 'expected a GB/T 2260 code (330402) or a zone code (330400Z01)');

export const localizedName = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});

/** Amounts of money are written as Chinese statistics print them: "5亿元", "3000万元", "120元". */
export const moneyText = z
  .string()
  .regex(/^\d+(\.\d+)?(亿元|万元|元)$/, 'expected an amount with its unit, such as "5亿元" or "3000万元"');

export const indicatorCodes = [
  'sei_output',
  'sei_value_added',
  'sei_output_share',
  'sei_value_added_share_of_gdp',
  'sei_rd_intensity',
] as const;
export const indicatorCode = z.enum(indicatorCodes);

const indicatorDefinition = z.object({
  code: indicatorCode,
  name: localizedName,
  /** Unit the figure is stored in; statistics are shown in 亿元 etc. by the display unit. */
  unit: z.enum(['yuan', 'ratio']),
  displayUnit: z.enum(['亿元', '万元', '%']),
  definition: localizedName,
});

const subsector = z.object({
  code,
  name: localizedName,
});

export const catalogueTiers = ['key', 'active', 'upgrade', 'encouraged'] as const;

const keyProduct = z.object({
  code,
  name: localizedName,
  /** 重点发展 key · 积极发展 active · 提升发展 upgrade · 鼓励发展 encouraged, as §二 words it. */
  tier: z.enum(catalogueTiers),
  subsector: code.optional(),
});

const industry = z.object({
  code,
  name: localizedName,
  /** The sentence of the policy that defines the industry, so a reader can check the encoding. */
  source: z.string().min(1),
  subsectors: z.array(subsector).min(1),
  keyProducts: z.array(keyProduct).min(1),
});

const catalogueEntry = z.object({
  code,
  industry: code,
  subsector: code.optional(),
  name: localizedName,
  tier: z.enum(catalogueTiers),
  keywords: z.array(z.string().min(1)).min(1),
  /** GB/T 4754 industry codes that suggest this entry when an enterprise is classified. */
  industryCodes: z.array(z.string().regex(/^[A-T]?\d{2,4}$/)).default([]),
});

const catalogue = z.object({
  /** The catalogue is versioned by year (发展导向目录, §四(二)). */
  year: z.number().int().min(2000).max(2100),
  source: z.string().min(1),
  entries: z.array(catalogueEntry).min(1),
});

const region = z.object({
  code: regionCode,
  name: localizedName,
  kind: z.enum(['district', 'county', 'county_city']),
});

const zone = z.object({
  code: regionCode,
  name: localizedName,
  kind: z.enum(['development_zone', 'port_zone', 'new_area']),
  /** The county whose territory the zone is carved out of. */
  county: regionCode,
  /**
   * The reporting basis: `within` — the zone's figures count in its county; `beside` — they are reported as
   * a unit of their own beside the counties. Never both (INDICATORS.md).
   */
  reporting: z.enum(['within', 'beside']),
  note: z.string().optional(),
});

const city = z.object({
  code: regionCode,
  name: localizedName,
  counties: z.array(region).min(1),
  zones: z.array(zone).default([]),
});

const cluster = z.object({
  code,
  name: localizedName,
  region: regionCode,
  industry: code,
  status: z.enum(['existing', 'planned']),
  source: z.string().min(1),
  note: z.string().optional(),
});

const focusIndustries = z.object({
  region: regionCode,
  industries: z.array(code).min(1).max(2),
  /** `default` — derived by the platform (from the clusters) and meant to be edited; `stated` — as the county decided. */
  basis: z.enum(['default', 'stated']),
  note: z.string().optional(),
});

export const targetKinds = ['level', 'multiple', 'share', 'annual_growth', 'annual_change', 'ratio_floor'] as const;
export const targetKind = z.enum(targetKinds);

const scope = z.object({
  region: regionCode.optional(),
  industry: code.optional(),
});

const targetBase = z.object({
  id: code,
  name: localizedName,
  indicator: indicatorCode,
  scope: scope.default({}),
  baseYear: z.number().int(),
  targetYear: z.number().int(),
  /** Strict (超, 突破) or not (达到, 以上) — kept for the wording; INDICATORS.md compares with ≥ either way. */
  comparator: z.enum(['gte', 'gt']).default('gte'),
  /** τ of INDICATORS.md; the plan's default applies when absent. */
  tolerance: z.number().min(0).max(1).optional(),
  /** The words of §三 the target encodes. */
  source: z.string().min(1),
});

/** Values are in the indicator's stored unit: yuan for amounts, a fraction (0.3 = 30%) for shares and rates. */
const target = z.discriminatedUnion('kind', [
  targetBase.extend({ kind: z.literal('level'), value: z.number().positive() }),
  targetBase.extend({ kind: z.literal('multiple'), multiple: z.number().positive() }),
  targetBase.extend({ kind: z.literal('share'), value: z.number().min(0).max(1) }),
  targetBase.extend({ kind: z.literal('annual_growth'), growth: z.number() }),
  targetBase.extend({
    kind: z.literal('annual_change'),
    change: z.number(),
    /** What the yearly change adds up to by the target year, when the policy says it (≈18% by 2015). */
    expectedValue: z.number().optional(),
  }),
  targetBase.extend({ kind: z.literal('ratio_floor'), value: z.number().min(0).max(1) }),
]);

/**
 * A city target broken down (目标分解): the value a county (and, optionally, one industry of it) is to reach by the
 * target's year. Without an entry the platform proposes a share proportional to the base-year weight.
 */
const cascadeEntry = z.object({
  target: code,
  region: regionCode,
  industry: code.optional(),
  value: z.number().positive(),
  note: z.string().optional(),
});

const fundUse = z.object({ code, name: localizedName });

const instruments = z.object({
  specialFund: z.object({
    name: localizedName,
    level: regionCode,
    annualBudget: moneyText,
    uses: z.array(fundUse).min(1),
    countiesArrangeOwn: z.boolean(),
    source: z.string().min(1),
  }),
  taxRefund: z.object({
    name: localizedName,
    /** Years in order: the first `years` years return `rate` of the new local fiscal contribution, and so on. */
    schedule: z.array(z.object({ years: z.number().int().positive(), rate: z.number().gt(0).max(1) })).min(1),
    purpose: z.string().min(1),
    source: z.string().min(1),
  }),
  land: z.object({
    /** New SEI land ≥ this share of all new industrial land, per county and year. */
    seiShareMin: z.number().min(0).max(1),
    source: z.string().min(1),
  }),
});

const criterion = z.object({
  code,
  name: localizedName,
  /** What a county's actual is: an indicator over the county, or over each of its focus industries. */
  indicator: z.enum([
    'sei_output_growth',
    'sei_output_share',
    'sei_value_added_growth',
    'sei_rd_intensity',
    'focus_industry_output_growth',
  ]),
  weight: z.number().positive(),
  floor: z.number(),
  target: z.number(),
});

const assessmentScheme = z.object({
  version: z.number().int().positive(),
  name: localizedName,
  criteria: z.array(criterion).min(1),
  source: z.string().min(1),
});

export const planFileSchema = z
  .object({
    id: code,
    name: localizedName,
    document: z.object({
      issuer: z.string().min(1),
      number: z.string().min(1),
      title: z.string().min(1),
      issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'),
    }),
    baseYear: z.number().int().min(1990).max(2100),
    targetYear: z.number().int().min(1990).max(2100),
    /** τ of INDICATORS.md for targets that do not state their own. */
    defaultTolerance: z.number().min(0).max(1).default(0.05),
    city,
    indicators: z.array(indicatorDefinition).min(1),
    industries: z.array(industry).min(1),
    catalogue,
    clusters: z.array(cluster),
    focusIndustries: z.array(focusIndustries),
    targets: z.array(target).min(1),
    cascade: z.array(cascadeEntry).default([]),
    instruments,
    assessment: assessmentScheme,
  })
  .superRefine((plan, ctx) => {
    // Cross-references: each must point at something the file defines, and the error names where.
    const industries = new Set(plan.industries.map((i) => i.code));
    const regions = new Set([
      plan.city.code,
      ...plan.city.counties.map((c) => c.code),
      ...plan.city.zones.map((z) => z.code),
    ]);
    const counties = new Set(plan.city.counties.map((c) => c.code));
    const indicators = new Set(plan.indicators.map((i) => i.code));
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

    const unique = <T>(items: T[], key: (t: T) => string, path: string) => {
      const seen = new Map<string, number>();
      items.forEach((item, index) => {
        const k = key(item);
        const first = seen.get(k);
        if (first !== undefined) issue([path, index], `duplicate "${k}" (also at ${path}[${first}])`);
        else seen.set(k, index);
      });
    };
    unique(plan.industries, (i) => i.code, 'industries');
    unique(plan.targets, (t) => t.id, 'targets');
    unique(plan.clusters, (c) => c.code, 'clusters');
    unique(plan.catalogue.entries, (e) => e.code, 'catalogue');
    unique([...plan.city.counties, ...plan.city.zones], (r) => r.code, 'city.counties');

    if (plan.targetYear <= plan.baseYear) issue(['targetYear'], 'expected a year after baseYear');

    plan.industries.forEach((ind, i) => {
      const subsectors = new Set(ind.subsectors.map((s) => s.code));
      ind.keyProducts.forEach((p, j) => {
        if (p.subsector && !subsectors.has(p.subsector)) {
          issue(['industries', i, 'keyProducts', j, 'subsector'], `unknown subsector "${p.subsector}" of ${ind.code}`);
        }
      });
    });
    plan.catalogue.entries.forEach((e, i) => {
      if (!industries.has(e.industry)) {
        issue(['catalogue', 'entries', i, 'industry'], `unknown industry "${e.industry}"`);
      }
    });
    plan.city.zones.forEach((z, i) => {
      if (!counties.has(z.county)) issue(['city', 'zones', i, 'county'], `unknown county "${z.county}"`);
    });
    plan.clusters.forEach((c, i) => {
      if (!industries.has(c.industry)) issue(['clusters', i, 'industry'], `unknown industry "${c.industry}"`);
      if (!regions.has(c.region)) issue(['clusters', i, 'region'], `unknown region "${c.region}"`);
    });
    plan.focusIndustries.forEach((f, i) => {
      if (!counties.has(f.region)) issue(['focusIndustries', i, 'region'], `unknown county "${f.region}"`);
      f.industries.forEach((code, j) => {
        if (!industries.has(code)) issue(['focusIndustries', i, 'industries', j], `unknown industry "${code}"`);
      });
    });
    plan.targets.forEach((t, i) => {
      if (!indicators.has(t.indicator)) {
        issue(['targets', i, 'indicator'], `indicator "${t.indicator}" is not defined in indicators`);
      }
      if (t.scope.industry && !industries.has(t.scope.industry)) {
        issue(['targets', i, 'scope', 'industry'], `unknown industry "${t.scope.industry}"`);
      }
      if (t.scope.region && !regions.has(t.scope.region)) {
        issue(['targets', i, 'scope', 'region'], `unknown region "${t.scope.region}"`);
      }
      if (t.targetYear <= t.baseYear) issue(['targets', i, 'targetYear'], 'expected a year after baseYear');
    });
    const targetKindById = new Map(plan.targets.map((t) => [t.id, t.kind]));
    plan.cascade.forEach((c, i) => {
      const kind = targetKindById.get(c.target);
      if (!kind) issue(['cascade', i, 'target'], `unknown target "${c.target}"`);
      else if (kind !== 'level' && kind !== 'multiple') {
        issue(
          ['cascade', i, 'target'],
          `target "${c.target}" is a ${kind} target; only amounts (level, multiple) are broken down`,
        );
      }
      if (!regions.has(c.region)) issue(['cascade', i, 'region'], `unknown region "${c.region}"`);
      if (c.industry && !industries.has(c.industry)) {
        issue(['cascade', i, 'industry'], `unknown industry "${c.industry}"`);
      }
    });
    const weights = plan.assessment.criteria.reduce((sum, c) => sum + c.weight, 0);
    if (Math.abs(weights - 100) > 1e-9) issue(['assessment', 'criteria'], `weights add up to ${weights}, expected 100`);
    plan.assessment.criteria.forEach((c, i) => {
      if (c.target === c.floor) {
        issue(['assessment', 'criteria', i, 'target'], 'expected a target different from the floor');
      }
    });
  });

export type PlanFile = z.infer<typeof planFileSchema>;
export type PlanTarget = PlanFile['targets'][number];
export type TargetKind = (typeof targetKinds)[number];

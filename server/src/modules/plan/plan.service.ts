import path from 'node:path';
import type { Kysely } from 'kysely';
import { nowIso } from '../../db/columns.js';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { syncRows } from '../../db/upsert.js';
import { NotFoundError, ConflictError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { systemContext, type RequestContext } from '../auth/actor.js';
import { hashPlan, moneyTextToFen } from './plan-file.js';
import type { catalogueTiers, PlanFile } from './plan-file.schema.js';

type CatalogueTier = (typeof catalogueTiers)[number];
import * as repository from './plan.repository.js';
import type { PlanOverview } from './plan.schema.js';

export interface LoadResult {
  planId: string;
  version: number;
  /** `unchanged`: this exact content was already the current version, and nothing was written. */
  status: 'created' | 'updated' | 'unchanged';
}

/** Loads a validated plan into the reference tables in one transaction; the same content twice changes nothing. */
export async function loadPlan(
  db: Db,
  plan: PlanFile,
  fileName: string,
  ctx: RequestContext = systemContext('cli'),
): Promise<LoadResult> {
  const contentHash = hashPlan(plan);
  return db.transaction().execute(async (trx) => {
    const existing = await repository.findPlan(trx, plan.id);
    if (existing) {
      const current = await repository.findPlanVersion(trx, plan.id, existing.currentVersion);
      if (current?.contentHash === contentHash) {
        await repository.setActivePlan(trx, plan.id);
        return { planId: plan.id, version: existing.currentVersion, status: 'unchanged' };
      }
    }
    const version = (existing?.currentVersion ?? 0) + 1;
    const loadedAt = nowIso();
    await writePlanRow(trx, plan, version, loadedAt);
    await trx
      .insertInto('planVersion')
      .values({
        planId: plan.id,
        version,
        contentHash,
        fileName: path.basename(fileName),
        contentJson: JSON.stringify(plan),
        loadedAt,
      })
      .execute();
    await writeReferenceData(trx, plan);
    await writeAssessmentScheme(trx, plan, loadedAt);
    await repository.setActivePlan(trx, plan.id);
    await recordAudit(trx, ctx, {
      action: existing ? 'update' : 'create',
      entityType: 'plan',
      entityId: plan.id,
      before: existing ? { version: existing.currentVersion } : undefined,
      after: { version, contentHash, fileName: path.basename(fileName) },
    });
    return { planId: plan.id, version, status: existing ? 'updated' : 'created' };
  });
}

async function writePlanRow(trx: Kysely<Database>, plan: PlanFile, version: number, loadedAt: string) {
  const row = {
    id: plan.id,
    nameZh: plan.name.zh,
    nameEn: plan.name.en,
    currentVersion: version,
    documentJson: JSON.stringify(plan.document),
    baseYear: plan.baseYear,
    targetYear: plan.targetYear,
    defaultTolerance: plan.defaultTolerance,
    specialFundAnnualBudgetFen: moneyTextToFen(plan.instruments.specialFund.annualBudget),
    instrumentsJson: JSON.stringify(plan.instruments),
    loadedAt,
  };
  await trx
    .insertInto('plan')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, id: undefined }))
    .execute();
}

async function writeReferenceData(trx: Kysely<Database>, plan: PlanFile) {
  const owner = { planId: plan.id };
  const { city } = plan;
  const regions = [
    {
      code: city.code,
      nameZh: city.name.zh,
      nameEn: city.name.en,
      kind: 'city',
      parentCode: null,
      reporting: null,
      note: null,
    },
    ...city.counties.map((c) => ({
      code: c.code,
      nameZh: c.name.zh,
      nameEn: c.name.en,
      kind: c.kind,
      parentCode: city.code,
      reporting: null,
      note: null,
    })),
    ...city.zones.map((z) => ({
      code: z.code,
      nameZh: z.name.zh,
      nameEn: z.name.en,
      kind: z.kind,
      parentCode: z.county,
      reporting: z.reporting,
      note: z.note ?? null,
    })),
  ];
  // Regions are shared geography: upserted, never deleted by a plan load (other plans and data may use them).
  for (const [sortOrder, region] of regions.entries()) {
    const row = { ...region, sortOrder };
    await trx
      .insertInto('region')
      .values(row)
      .onConflict((oc) => oc.column('code').doUpdateSet({ ...row, code: undefined }))
      .execute();
  }

  await syncRows(
    trx,
    'indicator',
    owner,
    ['planId', 'code'],
    plan.indicators.map((i, sortOrder) => ({
      ...owner,
      code: i.code,
      nameZh: i.name.zh,
      nameEn: i.name.en,
      unit: i.unit,
      displayUnit: i.displayUnit,
      definitionZh: i.definition.zh,
      definitionEn: i.definition.en,
      sortOrder,
    })),
  );
  // Industries are written before the rows that refer to them, and pruned only after those rows are gone.
  const industryRows = plan.industries.map((ind, sortOrder) => ({
    ...owner,
    code: ind.code,
    nameZh: ind.name.zh,
    nameEn: ind.name.en,
    source: ind.source,
    sortOrder,
  }));
  await syncRows(trx, 'industry', owner, ['planId', 'code'], industryRows, { prune: false });

  let order = 0;
  await syncRows(
    trx,
    'industrySubsector',
    owner,
    ['planId', 'code'],
    plan.industries.flatMap((ind) =>
      ind.subsectors.map((s) => ({
        ...owner,
        code: s.code,
        industryCode: ind.code,
        nameZh: s.name.zh,
        nameEn: s.name.en,
        sortOrder: order++,
      })),
    ),
  );
  order = 0;
  await syncRows(
    trx,
    'keyProduct',
    owner,
    ['planId', 'code'],
    plan.industries.flatMap((ind) =>
      ind.keyProducts.map((p) => ({
        ...owner,
        code: p.code,
        industryCode: ind.code,
        subsectorCode: p.subsector ?? null,
        tier: p.tier,
        nameZh: p.name.zh,
        nameEn: p.name.en,
        sortOrder: order++,
      })),
    ),
  );
  await syncRows(
    trx,
    'catalogueEntry',
    { ...owner, year: plan.catalogue.year },
    ['planId', 'year', 'code'],
    plan.catalogue.entries.map((e, sortOrder) => ({
      ...owner,
      year: plan.catalogue.year,
      code: e.code,
      industryCode: e.industry,
      subsectorCode: e.subsector ?? null,
      nameZh: e.name.zh,
      nameEn: e.name.en,
      tier: e.tier,
      keywordsJson: JSON.stringify(e.keywords),
      industryCodesJson: JSON.stringify(e.industryCodes),
      sortOrder,
    })),
  );
  await syncRows(
    trx,
    'cluster',
    owner,
    ['planId', 'code'],
    plan.clusters.map((c, sortOrder) => ({
      ...owner,
      code: c.code,
      nameZh: c.name.zh,
      nameEn: c.name.en,
      regionCode: c.region,
      industryCode: c.industry,
      status: c.status,
      source: c.source,
      note: c.note ?? null,
      sortOrder,
    })),
  );
  await syncRows(
    trx,
    'target',
    owner,
    ['planId', 'id'],
    plan.targets.map((t, sortOrder) => ({
      ...owner,
      id: t.id,
      nameZh: t.name.zh,
      nameEn: t.name.en,
      indicator: t.indicator,
      kind: t.kind,
      regionCode: t.scope.region ?? null,
      industryCode: t.scope.industry ?? null,
      baseYear: t.baseYear,
      targetYear: t.targetYear,
      value: 'value' in t ? t.value : null,
      multiple: t.kind === 'multiple' ? t.multiple : null,
      growth: t.kind === 'annual_growth' ? t.growth : null,
      change: t.kind === 'annual_change' ? t.change : null,
      expectedValue: t.kind === 'annual_change' ? (t.expectedValue ?? null) : null,
      comparator: t.comparator,
      tolerance: t.tolerance ?? null,
      source: t.source,
      sortOrder,
    })),
  );
  await syncRows(
    trx,
    'specialFundUse',
    owner,
    ['planId', 'code'],
    plan.instruments.specialFund.uses.map((u, sortOrder) => ({
      ...owner,
      code: u.code,
      nameZh: u.name.zh,
      nameEn: u.name.en,
      sortOrder,
    })),
  );
  await syncRows(
    trx,
    'taxRefundStep',
    owner,
    ['planId', 'ordinal'],
    plan.instruments.taxRefund.schedule.map((s, ordinal) => ({ ...owner, ordinal, years: s.years, rate: s.rate })),
  );

  // A county's own choice (basis `stated`) survives a reload; the file's defaults fill the other counties.
  const stated = new Set(await repository.listRegionsWithStatedFocus(trx, plan.id));
  const keptStated = await repository
    .listFocusIndustries(trx, plan.id)
    .then((rows) => rows.filter((r) => r.basis === 'stated'));
  order = 0;
  const focusRows = [
    ...keptStated.map((r) => ({
      ...owner,
      regionCode: r.regionCode,
      industryCode: r.industryCode,
      basis: r.basis,
      note: r.note,
      sortOrder: r.sortOrder,
    })),
    ...plan.focusIndustries
      .filter((f) => !stated.has(f.region))
      .flatMap((f) =>
        f.industries.map((industryCode) => ({
          ...owner,
          regionCode: f.region,
          industryCode,
          basis: f.basis,
          note: f.note ?? null,
          sortOrder: 1000 + order++,
        })),
      ),
  ];
  await syncRows(trx, 'focusIndustry', owner, ['planId', 'regionCode', 'industryCode'], focusRows);
  await syncRows(trx, 'industry', owner, ['planId', 'code'], industryRows);
}

async function writeAssessmentScheme(trx: Kysely<Database>, plan: PlanFile, createdAt: string) {
  const scheme = plan.assessment;
  const contentHash = JSON.stringify(scheme);
  const existing = await repository.findAssessmentScheme(trx, plan.id, scheme.version);
  if (existing) {
    if (existing.contentHash === contentHash) return;
    throw new ConflictError(
      'assessment_scheme_changed',
      `assessment.version: scheme version ${scheme.version} is already loaded with other criteria; a changed scheme needs a new version number (published assessments keep the scheme of their time)`,
    );
  }
  await trx
    .insertInto('assessmentScheme')
    .values({
      planId: plan.id,
      version: scheme.version,
      nameZh: scheme.name.zh,
      nameEn: scheme.name.en,
      source: scheme.source,
      contentHash,
      createdAt,
    })
    .execute();
  await trx
    .insertInto('assessmentCriterion')
    .values(
      scheme.criteria.map((c, sortOrder) => ({
        planId: plan.id,
        schemeVersion: scheme.version,
        code: c.code,
        nameZh: c.name.zh,
        nameEn: c.name.en,
        indicator: c.indicator,
        weight: c.weight,
        floor: c.floor,
        target: c.target,
        sortOrder,
      })),
    )
    .execute();
}

/** The active plan's id, or a 404 when no plan has been loaded. */
export async function getActivePlanId(db: Db): Promise<string> {
  const plan = await repository.findActivePlan(db);
  if (!plan) throw new NotFoundError('plan_not_loaded', 'no plan is loaded: run `npx beizeng plan load FILE`');
  return plan.id;
}

export async function findActivePlanId(db: Db): Promise<string | undefined> {
  return (await repository.findActivePlan(db))?.id;
}

/** Everything the overview page shows, from the reference tables. */
export async function getPlanOverview(db: Db): Promise<PlanOverview> {
  const plan = await repository.findActivePlan(db);
  if (!plan) throw new NotFoundError('plan_not_loaded', 'no plan is loaded: run `npx beizeng plan load FILE`');
  const data = await repository.readPlanReference(db, plan.id);
  const instruments = JSON.parse(plan.instrumentsJson) as PlanFile['instruments'];
  const indicatorsByCode = new Map(data.indicators.map((i) => [i.code, i]));
  const name = (row: { nameZh: string; nameEn: string }) => ({ zh: row.nameZh, en: row.nameEn });
  const scheme = data.schemes.at(-1);
  if (!scheme) throw new NotFoundError('assessment_scheme_missing', 'the plan has no assessment scheme');

  return {
    id: plan.id,
    name: name(plan),
    version: plan.currentVersion,
    loadedAt: plan.loadedAt,
    document: JSON.parse(plan.documentJson) as PlanOverview['document'],
    baseYear: plan.baseYear,
    targetYear: plan.targetYear,
    regions: data.regions.map((r) => ({
      code: r.code,
      name: name(r),
      kind: r.kind as PlanOverview['regions'][number]['kind'],
      parentCode: r.parentCode,
      reporting: r.reporting as 'within' | 'beside' | null,
      note: r.note,
    })),
    industries: data.industries.map((ind) => ({
      code: ind.code,
      name: name(ind),
      source: ind.source,
      subsectors: data.subsectors
        .filter((s) => s.industryCode === ind.code)
        .map((s) => ({ code: s.code, name: name(s) })),
      keyProducts: data.keyProducts
        .filter((p) => p.industryCode === ind.code)
        .map((p) => ({
          code: p.code,
          name: name(p),
          tier: p.tier as CatalogueTier,
          subsectorCode: p.subsectorCode,
        })),
    })),
    clusters: data.clusters.map((c) => ({
      code: c.code,
      name: name(c),
      regionCode: c.regionCode,
      industryCode: c.industryCode,
      status: c.status as 'existing' | 'planned',
      note: c.note,
    })),
    focusIndustries: groupFocus(data.focus),
    indicators: data.indicators.map((i) => ({
      code: i.code as PlanOverview['indicators'][number]['code'],
      name: name(i),
      unit: i.unit as 'yuan' | 'ratio',
      displayUnit: i.displayUnit,
      definition: { zh: i.definitionZh, en: i.definitionEn },
    })),
    targets: data.targets.map((t) => {
      const indicator = indicatorsByCode.get(t.indicator);
      return {
        id: t.id,
        name: name(t),
        indicator: t.indicator as PlanOverview['targets'][number]['indicator'],
        kind: t.kind as PlanOverview['targets'][number]['kind'],
        scope: { region: t.regionCode, industry: t.industryCode },
        baseYear: t.baseYear,
        targetYear: t.targetYear,
        value: t.value,
        multiple: t.multiple,
        growth: t.growth,
        change: t.change,
        expectedValue: t.expectedValue,
        comparator: t.comparator as 'gte' | 'gt',
        tolerance: t.tolerance ?? plan.defaultTolerance,
        unit: (indicator?.unit ?? 'yuan') as 'yuan' | 'ratio',
        displayUnit: indicator?.displayUnit ?? '',
        source: t.source,
      };
    }),
    instruments: {
      specialFund: {
        name: instruments.specialFund.name,
        regionCode: instruments.specialFund.level,
        annualBudgetFen: plan.specialFundAnnualBudgetFen,
        countiesArrangeOwn: instruments.specialFund.countiesArrangeOwn,
        uses: data.fundUses.map((u) => ({ code: u.code, name: name(u) })),
        source: instruments.specialFund.source,
      },
      taxRefund: {
        name: instruments.taxRefund.name,
        schedule: data.taxSteps.map((s) => ({ years: s.years, rate: s.rate })),
        purpose: instruments.taxRefund.purpose,
        source: instruments.taxRefund.source,
      },
      land: instruments.land,
    },
    assessmentScheme: {
      version: scheme.version,
      name: name(scheme),
      source: scheme.source,
      criteria: data.criteria
        .filter((c) => c.schemeVersion === scheme.version)
        .map((c) => ({
          code: c.code,
          name: name(c),
          indicator: c.indicator,
          weight: c.weight,
          floor: c.floor,
          target: c.target,
        })),
    },
  };
}

function groupFocus(rows: { regionCode: string; industryCode: string; basis: string; note: string | null }[]) {
  const byRegion = new Map<string, PlanOverview['focusIndustries'][number]>();
  for (const r of rows) {
    const entry = byRegion.get(r.regionCode) ?? {
      regionCode: r.regionCode,
      industryCodes: [],
      basis: r.basis as 'default' | 'stated',
      note: r.note,
    };
    entry.industryCodes.push(r.industryCode);
    byRegion.set(r.regionCode, entry);
  }
  return [...byRegion.values()];
}

/** The guidance catalogue of a year (the latest when none is given), optionally of one industry. */
export async function listCatalogue(db: Db, query: { year?: number | undefined; industry?: string | undefined }) {
  const planId = await getActivePlanId(db);
  const year = query.year ?? (await repository.findLatestCatalogueYear(db, planId));
  if (year === undefined) return { year: null, items: [] };
  const rows = await repository.listCatalogueEntries(db, planId, year, query.industry);
  return {
    year,
    items: rows.map((e) => ({
      code: e.code,
      year: e.year,
      industryCode: e.industryCode,
      subsectorCode: e.subsectorCode,
      name: { zh: e.nameZh, en: e.nameEn },
      tier: e.tier as CatalogueTier,
      keywords: JSON.parse(e.keywordsJson) as string[],
      industryCodes: JSON.parse(e.industryCodesJson) as string[],
    })),
  };
}

export async function listPlanVersions(db: Db) {
  const planId = await getActivePlanId(db);
  return { items: await repository.listPlanVersions(db, planId) };
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Q = Kysely<Database>;

export function findPlan(db: Q, id: string) {
  return db.selectFrom('plan').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findActivePlan(db: Q) {
  return db.selectFrom('plan').selectAll().where('active', '=', 1).executeTakeFirst();
}

export async function setActivePlan(db: Q, id: string) {
  await db.updateTable('plan').set({ active: 0 }).where('id', '<>', id).where('active', '=', 1).execute();
  await db.updateTable('plan').set({ active: 1 }).where('id', '=', id).execute();
}

export function findPlanVersion(db: Q, planId: string, version: number) {
  return db
    .selectFrom('planVersion')
    .selectAll()
    .where('planId', '=', planId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export function listPlanVersions(db: Q, planId: string) {
  return db
    .selectFrom('planVersion')
    .select(['version', 'contentHash', 'loadedAt', 'fileName'])
    .where('planId', '=', planId)
    .orderBy('version', 'desc')
    .execute();
}

export function findAssessmentScheme(db: Q, planId: string, version: number) {
  return db
    .selectFrom('assessmentScheme')
    .selectAll()
    .where('planId', '=', planId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export function listFocusIndustries(db: Q, planId: string) {
  return db.selectFrom('focusIndustry').selectAll().where('planId', '=', planId).orderBy('sortOrder').execute();
}

export async function listRegionsWithStatedFocus(db: Q, planId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('focusIndustry')
    .select('regionCode')
    .distinct()
    .where('planId', '=', planId)
    .where('basis', '=', 'stated')
    .execute();
  return rows.map((r) => r.regionCode);
}

export async function findLatestCatalogueYear(db: Q, planId: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('catalogueEntry')
    .select((eb) => eb.fn.max('year').as('year'))
    .where('planId', '=', planId)
    .executeTakeFirst();
  return row?.year ?? undefined;
}

export function listCatalogueEntries(db: Q, planId: string, year: number, industry?: string) {
  let query = db.selectFrom('catalogueEntry').selectAll().where('planId', '=', planId).where('year', '=', year);
  if (industry) query = query.where('industryCode', '=', industry);
  return query.orderBy('sortOrder').execute();
}

/** All reference rows of one plan, each list in the plan file's order. */
export async function readPlanReference(db: Q, planId: string) {
  const [
    regions,
    indicators,
    industries,
    subsectors,
    keyProducts,
    clusters,
    focus,
    targets,
    fundUses,
    taxSteps,
    schemes,
    criteria,
  ] = await Promise.all([
    db.selectFrom('region').selectAll().orderBy('sortOrder').orderBy('code').execute(),
    db.selectFrom('indicator').selectAll().where('planId', '=', planId).orderBy('sortOrder').execute(),
    db.selectFrom('industry').selectAll().where('planId', '=', planId).orderBy('sortOrder').execute(),
    db.selectFrom('industrySubsector').selectAll().where('planId', '=', planId).orderBy('sortOrder').execute(),
    db.selectFrom('keyProduct').selectAll().where('planId', '=', planId).orderBy('sortOrder').execute(),
    db.selectFrom('cluster').selectAll().where('planId', '=', planId).orderBy('sortOrder').execute(),
    listFocusIndustries(db, planId),
    db.selectFrom('target').selectAll().where('planId', '=', planId).orderBy('sortOrder').execute(),
    db.selectFrom('specialFundUse').selectAll().where('planId', '=', planId).orderBy('sortOrder').execute(),
    db.selectFrom('taxRefundStep').selectAll().where('planId', '=', planId).orderBy('ordinal').execute(),
    db.selectFrom('assessmentScheme').selectAll().where('planId', '=', planId).orderBy('version').execute(),
    db.selectFrom('assessmentCriterion').selectAll().where('planId', '=', planId).orderBy('sortOrder').execute(),
  ]);
  return {
    regions,
    indicators,
    industries,
    subsectors,
    keyProducts,
    clusters,
    focus,
    targets,
    fundUses,
    taxSteps,
    schemes,
    criteria,
  };
}

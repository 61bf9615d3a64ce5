import { nowIso } from '../../db/columns.js';
import type { Db } from '../../db/database.js';
import { BadRequestError, NotFoundError } from '../../http/errors.js';
import { listAuditEvents, recordAudit } from '../audit/audit.service.js';
import { assertRegionInScope, readableRegions, writableRegions, type RequestContext } from '../auth/actor.js';
import { getActivePlanId } from './plan.service.js';
import type { County } from './plan.schema.js';

/** The counties the caller may see — filtered in SQL, so nothing outside the scope is even read. */
export async function listCounties(db: Db, ctx: RequestContext): Promise<{ items: County[] }> {
  const scope = readableRegions(ctx.actor);
  if (scope !== 'all' && scope.length === 0) return { items: [] };
  const planId = await getActivePlanId(db);
  let query = db
    .selectFrom('region')
    .selectAll()
    .where('parentCode', 'in', (eb) => eb.selectFrom('region').select('code').where('kind', '=', 'city'))
    .where('kind', 'in', ['district', 'county', 'county_city']);
  if (scope !== 'all') query = query.where('code', 'in', scope);
  const rows = await query.orderBy('sortOrder').execute();
  return { items: await Promise.all(rows.map((r) => countyView(db, planId, r.code))) };
}

/** One county's page; another county's answers 404 to a county officer, like a county that does not exist. */
export async function getCounty(db: Db, ctx: RequestContext, code: string): Promise<County> {
  assertRegionInScope(readableRegions(ctx.actor), code, 'county');
  const planId = await getActivePlanId(db);
  return countyView(db, planId, code);
}

/**
 * A county states its 1–2 focus industries (§五(三)); they replace the plan file's defaults for that county and
 * survive reloads of the file. Audited with before and after.
 */
export async function setFocusIndustries(
  db: Db,
  ctx: RequestContext,
  code: string,
  input: { industryCodes: string[]; note?: string | undefined },
): Promise<County> {
  assertRegionInScope(writableRegions(ctx.actor), code, 'county');
  const planId = await getActivePlanId(db);
  const before = await countyView(db, planId, code);
  const unique = [...new Set(input.industryCodes)];
  if (unique.length < 1 || unique.length > 2) {
    throw new BadRequestError('invalid_focus', 'industryCodes: a county names one or two focus industries (§五(三))');
  }
  const known = await db
    .selectFrom('industry')
    .select('code')
    .where('planId', '=', planId)
    .where('code', 'in', unique)
    .execute();
  const unknown = unique.filter((c) => !known.some((k) => k.code === c));
  if (unknown.length > 0) {
    throw new BadRequestError('invalid_focus', `industryCodes: unknown industry ${unknown.join(', ')}`);
  }

  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('focusIndustry').where('planId', '=', planId).where('regionCode', '=', code).execute();
    await trx
      .insertInto('focusIndustry')
      .values(
        unique.map((industryCode, sortOrder) => ({
          planId,
          regionCode: code,
          industryCode,
          basis: 'stated',
          note: input.note ?? `由${ctx.actor?.displayName ?? '县（市、区）'}于${nowIso().slice(0, 10)}确定`,
          sortOrder,
        })),
      )
      .execute();
    const after = await countyView(trx, planId, code);
    await recordAudit(trx, ctx, {
      action: 'update',
      entityType: 'focus_industries',
      entityId: code,
      before: before.focusIndustries,
      after: after.focusIndustries,
    });
    return after;
  });
}

/** The history of a county's focus-industry statements, for those who may see the county. */
export async function countyHistory(db: Db, ctx: RequestContext, code: string) {
  assertRegionInScope(readableRegions(ctx.actor), code, 'county');
  return listAuditEvents(db, { entityType: 'focus_industries', entityId: code, page: 1, pageSize: 200 });
}

async function countyView(db: Db, planId: string, code: string): Promise<County> {
  const region = await db.selectFrom('region').selectAll().where('code', '=', code).executeTakeFirst();
  if (!region || !['district', 'county', 'county_city'].includes(region.kind)) {
    throw new NotFoundError('not_found', `未找到县（市、区） ${code} / no county ${code}`);
  }
  const [zones, focus, clusters] = await Promise.all([
    db.selectFrom('region').selectAll().where('parentCode', '=', code).orderBy('sortOrder').execute(),
    db
      .selectFrom('focusIndustry')
      .selectAll()
      .where('planId', '=', planId)
      .where('regionCode', '=', code)
      .orderBy('sortOrder')
      .execute(),
    db
      .selectFrom('cluster')
      .selectAll()
      .where('planId', '=', planId)
      .where((eb) =>
        eb.or([
          eb('regionCode', '=', code),
          eb('regionCode', 'in', eb.selectFrom('region').select('code').where('parentCode', '=', code)),
        ]),
      )
      .orderBy('sortOrder')
      .execute(),
  ]);
  return {
    code: region.code,
    name: { zh: region.nameZh, en: region.nameEn },
    kind: region.kind as County['kind'],
    zones: zones.map((z) => ({
      code: z.code,
      name: { zh: z.nameZh, en: z.nameEn },
      reporting: z.reporting as 'within' | 'beside' | null,
    })),
    focusIndustries: {
      industryCodes: focus.map((f) => f.industryCode),
      basis: (focus[0]?.basis ?? 'default') as 'default' | 'stated',
      note: focus[0]?.note ?? null,
    },
    clusters: clusters.map((c) => ({
      code: c.code,
      name: { zh: c.nameZh, en: c.nameEn },
      industryCode: c.industryCode,
      regionCode: c.regionCode,
      status: c.status as 'existing' | 'planned',
    })),
  };
}

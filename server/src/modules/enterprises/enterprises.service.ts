import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { chunks } from '../../db/chunks.js';
import { nowIso } from '../../db/columns.js';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { BadRequestError, NotFoundError } from '../../http/errors.js';
import { monthsOfRegions, refreshCube } from '../indicators/cube.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { readableRegions, writableRegions, type RequestContext } from '../auth/actor.js';
import type { EnterpriseListQuery, UpdateEnterpriseBody } from './enterprises.schema.js';
import type { EnterpriseRow } from '../statistics/import/validate.js';
import { formatMonth } from '../statistics/period.js';
import { yearsWithReturns } from '../statistics/statistics.service.js';

type Q = Kysely<Database>;

export interface CommitCounts {
  inserted: number;
  changed: number;
  unchanged: number;
}

/** Writes typed register rows: new enterprises are inserted, changed ones updated and audited, SEI shares versioned. */
export async function commitEnterprises(
  trx: Q,
  ctx: RequestContext,
  rows: readonly EnterpriseRow[],
  effectiveMonth: string,
): Promise<CommitCounts> {
  const counts: CommitCounts = { inserted: 0, changed: 0, unchanged: 0 };
  const now = nowIso();
  const by = ctx.actor?.login ?? ctx.system ?? 'system';
  for (const part of chunks(rows)) {
    const existing = await trx
      .selectFrom('enterprise')
      .selectAll()
      .where(
        'uscc',
        'in',
        part.map((r) => r.uscc),
      )
      .execute();
    const byUscc = new Map(existing.map((e) => [e.uscc, e]));
    for (const row of part) {
      const current = byUscc.get(row.uscc);
      const fields = {
        name: row.name,
        regionCode: row.region,
        aboveScale: row.above_scale ? 1 : 0,
        ...(row.industry_code !== undefined ? { industryCode: row.industry_code } : {}),
        ...(row.tags !== undefined ? { tagsJson: JSON.stringify([...row.tags].sort()) } : {}),
      };
      let enterpriseId: number;
      let changed = false;
      if (!current) {
        const inserted = await trx
          .insertInto('enterprise')
          .values({ uscc: row.uscc, industryCode: null, tagsJson: '[]', ...fields, createdAt: now, updatedAt: now })
          .returning('id')
          .executeTakeFirstOrThrow();
        enterpriseId = inserted.id;
      } else {
        enterpriseId = current.id;
        const before = {
          name: current.name,
          regionCode: current.regionCode,
          aboveScale: current.aboveScale,
          industryCode: current.industryCode,
          tagsJson: current.tagsJson,
        };
        const after = { ...before, ...fields };
        if (JSON.stringify(before) !== JSON.stringify(after)) {
          changed = true;
          await trx
            .updateTable('enterprise')
            .set({ ...fields, updatedAt: now })
            .where('id', '=', enterpriseId)
            .execute();
          await recordAudit(trx, ctx, {
            action: 'update',
            entityType: 'enterprise',
            entityId: row.uscc,
            before,
            after,
          });
        }
      }
      if (row.sei_industries !== undefined) {
        const sharesChanged = await versionSeiShares(trx, enterpriseId, row.sei_industries, {
          validFrom: current ? effectiveMonth : '1900-01',
          basis: 'import',
          decidedBy: by,
          now,
        });
        if (sharesChanged && current) {
          changed = true;
          await recordAudit(trx, ctx, {
            action: 'classify',
            entityType: 'enterprise',
            entityId: row.uscc,
            after: { seiIndustries: row.sei_industries, validFrom: effectiveMonth },
          });
        }
      }
      if (!current) counts.inserted += 1;
      else if (changed) counts.changed += 1;
      else counts.unchanged += 1;
    }
  }
  return counts;
}

/**
 * Makes an enterprise's SEI classification from `validFrom` on equal to `shares`: the rows valid then are closed at
 * `validFrom` and new ones open there, so the past keeps the classification it was computed with. Returns whether
 * anything changed.
 */
export async function versionSeiShares(
  trx: Q,
  enterpriseId: number,
  shares: readonly { industry: string; share: number }[],
  options: {
    validFrom: string;
    basis: string;
    decidedBy: string;
    now: string;
    note?: string | null;
    catalogueEntryCode?: string | null;
  },
): Promise<boolean> {
  const open = await trx
    .selectFrom('enterpriseSeiShare')
    .selectAll()
    .where('enterpriseId', '=', enterpriseId)
    .where('validTo', 'is', null)
    .execute();
  const key = (list: readonly { industry?: string; industryCode?: string; share: number }[]) =>
    JSON.stringify(list.map((s) => [s.industry ?? s.industryCode, s.share]).sort());
  if (key(open) === key(shares)) return false;
  // Rows that would start on or after the new start are replaced outright: two versions cannot start the same month.
  await trx
    .deleteFrom('enterpriseSeiShare')
    .where('enterpriseId', '=', enterpriseId)
    .where('validFrom', '>=', options.validFrom)
    .execute();
  await trx
    .updateTable('enterpriseSeiShare')
    .set({ validTo: options.validFrom })
    .where('enterpriseId', '=', enterpriseId)
    .where('validTo', 'is', null)
    .execute();
  if (shares.length > 0) {
    await trx
      .insertInto('enterpriseSeiShare')
      .values(
        shares.map((s) => ({
          enterpriseId,
          industryCode: s.industry,
          share: s.share,
          validFrom: options.validFrom,
          validTo: null,
          basis: options.basis,
          catalogueEntryCode: options.catalogueEntryCode ?? null,
          note: options.note ?? null,
          decidedBy: options.decidedBy,
          createdAt: options.now,
        })),
      )
      .execute();
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// The register: reading and editing, always within the caller's scope.

/** Where an actor may look: 'all', or the regions (counties with their zones) and enterprises it is bound to. */
export interface EnterpriseScope {
  regions: 'all' | string[];
  usccs: string[];
}

/** The caller's scope over the register: the office and leaders everything, a county its county and zones, an enterprise itself. */
export async function enterpriseScope(db: Q, ctx: RequestContext, mode: 'read' | 'write'): Promise<EnterpriseScope> {
  const regions = mode === 'read' ? readableRegions(ctx.actor) : writableRegions(ctx.actor);
  const usccs =
    ctx.actor?.roles
      .filter((r) => r.role === 'enterprise' && r.enterpriseUscc)
      .map((r) => r.enterpriseUscc as string) ?? [];
  if (regions === 'all') return { regions, usccs };
  if (regions.length === 0) return { regions: [], usccs: mode === 'read' ? usccs : [] };
  const zones = await db.selectFrom('region').select('code').where('parentCode', 'in', regions).execute();
  return { regions: [...regions, ...zones.map((z) => z.code)], usccs: mode === 'read' ? usccs : [] };
}

function inScope(scope: EnterpriseScope, e: { regionCode: string; uscc: string }): boolean {
  return scope.regions === 'all' || scope.regions.includes(e.regionCode) || scope.usccs.includes(e.uscc);
}

async function currentShares(db: Q, enterpriseIds: number[]) {
  const map = new Map<number, { industryCode: string; share: number }[]>();
  for (const part of chunks(enterpriseIds)) {
    const rows = await db
      .selectFrom('enterpriseSeiShare')
      .select(['enterpriseId', 'industryCode', 'share'])
      .where('enterpriseId', 'in', part)
      .where('validTo', 'is', null)
      .orderBy('id')
      .execute();
    for (const r of rows) {
      map.set(r.enterpriseId, [...(map.get(r.enterpriseId) ?? []), { industryCode: r.industryCode, share: r.share }]);
    }
  }
  return map;
}

/** The register, filtered by county, industry, tag and name, and by scope in SQL. */
export async function listEnterprises(db: Db, ctx: RequestContext, query: z.infer<typeof EnterpriseListQuery>) {
  const scope = await enterpriseScope(db, ctx, 'read');
  if (scope.regions !== 'all' && scope.regions.length === 0 && scope.usccs.length === 0) {
    return { total: 0, page: query.page, pageSize: query.pageSize, items: [] };
  }
  let q = db.selectFrom('enterprise').innerJoin('region', 'region.code', 'enterprise.regionCode');
  if (scope.regions !== 'all') {
    const { regions, usccs } = scope;
    q = q.where((eb) =>
      eb.or([
        ...(regions.length > 0 ? [eb('enterprise.regionCode', 'in', regions)] : []),
        ...(usccs.length > 0 ? [eb('enterprise.uscc', 'in', usccs)] : []),
      ]),
    );
  }
  if (query.region) {
    const region = query.region;
    q = q.where((eb) =>
      eb.or([
        eb('enterprise.regionCode', '=', region),
        eb(
          'enterprise.regionCode',
          'in',
          eb.selectFrom('region as child').select('child.code').where('child.parentCode', '=', region),
        ),
      ]),
    );
  }
  if (query.industry) {
    const industry = query.industry;
    q = q.where('enterprise.id', 'in', (eb) =>
      eb
        .selectFrom('enterpriseSeiShare')
        .select('enterpriseId')
        .where('industryCode', '=', industry)
        .where('validTo', 'is', null),
    );
  }
  if (query.tag) q = q.where('enterprise.tagsJson', 'like', `%"${query.tag.replace(/["%_]/g, '')}"%`);
  if (query.aboveScale) q = q.where('enterprise.aboveScale', '=', query.aboveScale === 'true' ? 1 : 0);
  if (query.search) {
    const text = query.search.replace(/[%_]/g, '');
    q = q.where((eb) =>
      eb.or([eb('enterprise.name', 'like', `%${text}%`), eb('enterprise.uscc', 'like', `${text.toUpperCase()}%`)]),
    );
  }
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .select([
      'enterprise.id',
      'enterprise.uscc',
      'enterprise.name',
      'enterprise.regionCode',
      'enterprise.industryCode',
      'enterprise.aboveScale',
      'enterprise.tagsJson',
      'enterprise.updatedAt',
      'region.nameZh',
      'region.nameEn',
    ])
    .orderBy('enterprise.regionCode')
    .orderBy('enterprise.name')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const shares = await currentShares(
    db,
    rows.map((r) => r.id),
  );
  return {
    total: Number(total.n),
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((r) => ({
      uscc: r.uscc,
      name: r.name,
      regionCode: r.regionCode,
      regionName: { zh: r.nameZh, en: r.nameEn },
      industryCode: r.industryCode,
      aboveScale: r.aboveScale === 1,
      tags: JSON.parse(r.tagsJson) as string[],
      seiShares: shares.get(r.id) ?? [],
      updatedAt: r.updatedAt,
    })),
  };
}

/** One enterprise with its classification history, returns and revisions; 404 outside the caller's scope. */
export async function getEnterprise(db: Db, ctx: RequestContext, uscc: string) {
  const scope = await enterpriseScope(db, ctx, 'read');
  const e = await db
    .selectFrom('enterprise')
    .innerJoin('region', 'region.code', 'enterprise.regionCode')
    .selectAll('enterprise')
    .select(['region.nameZh', 'region.nameEn'])
    .where('enterprise.uscc', '=', uscc)
    .executeTakeFirst();
  if (!e || !inScope(scope, e)) throw new NotFoundError('not_found', `no enterprise ${uscc}`);
  const years = await yearsWithReturns(db);
  const [history, returns, revisions] = await Promise.all([
    db
      .selectFrom('enterpriseSeiShare')
      .selectAll()
      .where('enterpriseId', '=', e.id)
      .orderBy('validFrom', 'desc')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('statisticalReturn')
      .selectAll()
      .where('year', 'in', years.length > 0 ? years : [-1])
      .where('enterpriseId', '=', e.id)
      .orderBy('year', 'desc')
      .orderBy('month', 'desc')
      .execute(),
    db
      .selectFrom('statisticRevision')
      .selectAll()
      .where('subject', '=', 'return')
      .where('subjectKey', '=', uscc)
      .orderBy('revisedAt', 'desc')
      .orderBy('id', 'desc')
      .execute(),
  ]);
  return {
    uscc: e.uscc,
    name: e.name,
    regionCode: e.regionCode,
    regionName: { zh: e.nameZh, en: e.nameEn },
    industryCode: e.industryCode,
    aboveScale: e.aboveScale === 1,
    tags: JSON.parse(e.tagsJson) as string[],
    seiShares: history.filter((h) => h.validTo === null).map((h) => ({ industryCode: h.industryCode, share: h.share })),
    updatedAt: e.updatedAt,
    createdAt: e.createdAt,
    seiShareHistory: history.map((h) => ({
      industryCode: h.industryCode,
      share: h.share,
      validFrom: h.validFrom,
      validTo: h.validTo,
      basis: h.basis as 'import' | 'ruling' | 'catalogue',
      catalogueEntryCode: h.catalogueEntryCode,
      note: h.note,
      decidedBy: h.decidedBy,
      createdAt: h.createdAt,
    })),
    returns: returns.map((r) => ({
      period: formatMonth(r.year, r.month),
      outputValue: r.outputValue,
      salesOutput: r.salesOutput,
      valueAdded: r.valueAdded,
      revenue: r.revenue,
      rdExpense: r.rdExpense,
      taxes: r.taxes,
      employees: r.employees,
      energyTce: r.energyTce,
      landMu: r.landMu,
      revision: r.revision,
      updatedAt: r.updatedAt,
    })),
    revisions: revisions.map((r) => ({
      period: r.period,
      indicator: r.indicator,
      oldValue: r.oldValue,
      newValue: r.newValue,
      batchId: r.batchId,
      revisedBy: r.revisedBy,
      revisedAt: r.revisedAt,
    })),
  };
}

/** Edits an enterprise (name, industry code, size, tags) or rules on its SEI classification from a month on; audited. */
export async function updateEnterprise(
  db: Db,
  ctx: RequestContext,
  uscc: string,
  changes: z.infer<typeof UpdateEnterpriseBody>,
) {
  const scope = await enterpriseScope(db, ctx, 'write');
  const e = await db.selectFrom('enterprise').selectAll().where('uscc', '=', uscc).executeTakeFirst();
  if (!e || !inScope(scope, e)) throw new NotFoundError('not_found', `no enterprise ${uscc}`);
  if (changes.classification) {
    const shares = changes.classification.shares;
    const total = shares.reduce((s, x) => s + x.share, 0);
    if (total > 1 + 1e-9) {
      throw new BadRequestError('invalid_shares', `classification.shares: the shares add up to ${total}, more than 1`);
    }
    const planIndustries = await db.selectFrom('industry').select('code').execute();
    const unknown = shares.filter((s) => !planIndustries.some((p) => p.code === s.industryCode));
    if (unknown.length > 0) {
      throw new BadRequestError(
        'invalid_shares',
        `classification.shares: unknown industry ${unknown.map((u) => u.industryCode).join(', ')}`,
      );
    }
  }
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const fields = {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.industryCode !== undefined ? { industryCode: changes.industryCode } : {}),
      ...(changes.aboveScale !== undefined ? { aboveScale: changes.aboveScale ? 1 : 0 } : {}),
      ...(changes.tags !== undefined ? { tagsJson: JSON.stringify([...changes.tags].sort()) } : {}),
    };
    if (Object.keys(fields).length > 0) {
      const before = { name: e.name, industryCode: e.industryCode, aboveScale: e.aboveScale, tagsJson: e.tagsJson };
      await trx
        .updateTable('enterprise')
        .set({ ...fields, updatedAt: now })
        .where('id', '=', e.id)
        .execute();
      await recordAudit(trx, ctx, {
        action: 'update',
        entityType: 'enterprise',
        entityId: uscc,
        before,
        after: { ...before, ...fields },
      });
    }
    if (changes.classification) {
      const c = changes.classification;
      const before = await trx
        .selectFrom('enterpriseSeiShare')
        .select(['industryCode', 'share', 'validFrom'])
        .where('enterpriseId', '=', e.id)
        .where('validTo', 'is', null)
        .execute();
      const changed = await versionSeiShares(
        trx,
        e.id,
        c.shares.map((s) => ({ industry: s.industryCode, share: s.share })),
        {
          validFrom: c.validFrom,
          basis: c.catalogueEntryCode ? 'catalogue' : 'ruling',
          decidedBy: ctx.actor?.login ?? ctx.system ?? 'system',
          now,
          note: c.note ?? null,
          catalogueEntryCode: c.catalogueEntryCode ?? null,
        },
      );
      if (changed) {
        await recordAudit(trx, ctx, { action: 'classify', entityType: 'enterprise', entityId: uscc, before, after: c });
      }
    }
    // A new classification or size flag moves the cube's sums for every month of the enterprise's region.
    if (changes.classification || changes.aboveScale !== undefined) {
      await refreshCube(trx, await monthsOfRegions(trx, [e.regionCode]), [e.regionCode]);
    }
  });
  return getEnterprise(db, ctx, uscc);
}

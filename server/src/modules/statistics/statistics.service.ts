import type { Insertable, Kysely, Selectable } from 'kysely';
import { chunks } from '../../db/chunks.js';
import { nowIso } from '../../db/columns.js';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { hasRole, readableRegions, type RequestContext } from '../auth/actor.js';
import type { ImportKind, ReturnIndicator, RegionIndicator } from './import/columns.js';
import { regionIndicators, returnIndicators } from './import/columns.js';
import type { CommitCounts } from '../enterprises/enterprises.service.js';
import type { ImportProblem } from './import/problems.js';
import type { RegionStatRow, ReturnRow, StoredYtdValue } from './import/validate.js';
import { formatMonth, formatPeriod, lastMonthOf, parsePeriod, type Period } from './period.js';

type Q = Kysely<Database>;

export type { CommitCounts };

/** Snake-case indicator keys of the files ↔ camelCase columns of the tables. */
const returnColumn: Record<ReturnIndicator, keyof Database['statisticalReturn'] & string> = {
  output_value: 'outputValue',
  sales_output: 'salesOutput',
  value_added: 'valueAdded',
  revenue: 'revenue',
  rd_expense: 'rdExpense',
  taxes: 'taxes',
  employees: 'employees',
  energy_tce: 'energyTce',
  land_mu: 'landMu',
};
const regionColumn: Record<RegionIndicator, 'gdp' | 'industrialOutput' | 'industrialValueAdded'> = {
  gdp: 'gdp',
  industrial_output: 'industrialOutput',
  industrial_value_added: 'industrialValueAdded',
};

/** A return's period as stored: year and month; a bare year is its December (the full-year YTD). */
export function returnMonthOf(periodText: string): { year: number; month: number } {
  const period = parsePeriod(periodText);
  if (!period) throw new BadRequestError('invalid_period', `period: "${periodText}" is not a period`);
  return { year: period.year, month: lastMonthOf(period) };
}

interface FigureChange {
  indicator: string;
  previous: number | null;
  next: number;
}

/** The figures a row changes: those it gives (a blank cell gives none) that differ from what is stored. */
function changedFigures<I extends string>(
  indicators: readonly I[],
  next: Partial<Record<I, number>>,
  stored: (indicator: I) => number | null,
): FigureChange[] {
  return indicators.flatMap((indicator) => {
    const value = next[indicator];
    const previous = stored(indicator);
    return value !== undefined && value !== previous ? [{ indicator, previous, next: value }] : [];
  });
}

/** Keeps the old value of every changed figure: corrections are revisions, never silent overwrites. */
async function recordRevisions(
  trx: Q,
  subject: 'return' | 'region_stat',
  subjectKey: string,
  period: string,
  changes: readonly FigureChange[],
  meta: { batchId: number | null; by: string; now: string },
): Promise<void> {
  await trx
    .insertInto('statisticRevision')
    .values(
      changes.map((c) => ({
        subject,
        subjectKey,
        period,
        indicator: c.indicator,
        oldValue: c.previous,
        newValue: c.next,
        batchId: meta.batchId,
        revisedBy: meta.by,
        revisedAt: meta.now,
      })),
    )
    .execute();
}

/** Writes typed returns: new ones inserted; a changed figure keeps its old value as a revision; equal ones left alone. */
export async function commitReturns(
  trx: Q,
  ctx: RequestContext,
  batchId: number | null,
  rows: readonly ReturnRow[],
): Promise<CommitCounts> {
  const counts: CommitCounts = { inserted: 0, changed: 0, unchanged: 0 };
  const now = nowIso();
  const by = ctx.actor?.login ?? ctx.system ?? 'system';
  const ids = await enterpriseIds(
    trx,
    rows.map((r) => r.uscc),
  );
  for (const part of chunks(rows)) {
    const keys = part.map((r) => ({ id: ids.get(r.uscc), ...returnMonthOf(r.period), row: r }));
    const stored = await trx
      .selectFrom('statisticalReturn')
      .selectAll()
      .where('enterpriseId', 'in', [...new Set(keys.map((k) => k.id ?? -1))])
      .where('year', 'in', [...new Set(keys.map((k) => k.year))])
      .execute();
    const storedBy = new Map(stored.map((s) => [`${s.enterpriseId}|${s.year}|${s.month}`, s]));
    const inserts: Insertable<Database['statisticalReturn']>[] = [];
    for (const k of keys) {
      if (k.id === undefined) {
        throw new NotFoundError('unknown_enterprise', `row ${k.row.rowNumber}: no enterprise ${k.row.uscc}`);
      }
      const current = storedBy.get(`${k.id}|${k.year}|${k.month}`);
      const values = Object.fromEntries(
        Object.entries(k.row.values).map(([indicator, v]) => [returnColumn[indicator as ReturnIndicator], v]),
      );
      if (!current) {
        // New returns are the bulk of every monthly file: written many rows to a statement, below.
        inserts.push({
          enterpriseId: k.id,
          year: k.year,
          month: k.month,
          ...values,
          revision: 1,
          batchId,
          updatedAt: now,
        });
        counts.inserted += 1;
        continue;
      }
      const revisions = changedFigures(
        returnIndicators,
        k.row.values,
        (i) => current[returnColumn[i]] as number | null,
      );
      if (revisions.length === 0) {
        counts.unchanged += 1;
        continue;
      }
      await trx
        .updateTable('statisticalReturn')
        .set({ ...values, revision: current.revision + 1, batchId, updatedAt: now })
        .where('enterpriseId', '=', k.id)
        .where('year', '=', k.year)
        .where('month', '=', k.month)
        .execute();
      await recordRevisions(trx, 'return', k.row.uscc, formatMonth(k.year, k.month), revisions, { batchId, by, now });
      counts.changed += 1;
    }
    for (const rows of chunks(inserts, Math.floor(30000 / 16))) {
      // One statement per chunk; rows without a figure still list every column, so the statements share one shape.
      await trx.insertInto('statisticalReturn').values(rows.map(withAllReturnColumns)).execute();
    }
  }
  return counts;
}

function withAllReturnColumns(
  row: Insertable<Database['statisticalReturn']>,
): Insertable<Database['statisticalReturn']> {
  const full: Insertable<Database['statisticalReturn']> = { ...row };
  for (const column of Object.values(returnColumn)) {
    if (!(column in full)) (full as Record<string, unknown>)[column] = null;
  }
  return full;
}

/** Writes region totals the same way: insert, revise (keeping the old value), or leave alone. */
export async function commitRegionStats(
  trx: Q,
  ctx: RequestContext,
  batchId: number | null,
  rows: readonly RegionStatRow[],
): Promise<CommitCounts> {
  const counts: CommitCounts = { inserted: 0, changed: 0, unchanged: 0 };
  const now = nowIso();
  const by = ctx.actor?.login ?? ctx.system ?? 'system';
  for (const row of rows) {
    const period = parsePeriod(row.period);
    if (!period) throw new BadRequestError('invalid_period', `row ${row.rowNumber}: bad period ${row.period}`);
    const canonical = formatPeriod(period);
    const values = Object.fromEntries(
      Object.entries(row.values).map(([k, v]) => [regionColumn[k as RegionIndicator], v]),
    );
    const current = await trx
      .selectFrom('regionStat')
      .selectAll()
      .where('regionCode', '=', row.region)
      .where('period', '=', canonical)
      .executeTakeFirst();
    if (!current) {
      await trx
        .insertInto('regionStat')
        .values({
          regionCode: row.region,
          period: canonical,
          year: period.year,
          ...values,
          revision: 1,
          batchId,
          updatedAt: now,
        })
        .execute();
      counts.inserted += 1;
      continue;
    }
    const revisions = changedFigures(regionIndicators, row.values, (i) => current[regionColumn[i]]);
    if (revisions.length === 0) {
      counts.unchanged += 1;
      continue;
    }
    await trx
      .updateTable('regionStat')
      .set({ ...values, revision: current.revision + 1, batchId, updatedAt: now })
      .where('regionCode', '=', row.region)
      .where('period', '=', canonical)
      .execute();
    await recordRevisions(trx, 'region_stat', row.region, canonical, revisions, { batchId, by, now });
    counts.changed += 1;
  }
  return counts;
}

async function enterpriseIds(db: Q, usccs: readonly string[]): Promise<Map<string, number>> {
  const map = new Map<string, number>();
  for (const part of chunks([...new Set(usccs)])) {
    const rows = await db.selectFrom('enterprise').select(['id', 'uscc']).where('uscc', 'in', part).execute();
    for (const r of rows) map.set(r.uscc, r.id);
  }
  return map;
}

/** Stored YTD returns of the given enterprises and years, for the validator's "not lower than last month" rule. */
export async function storedYtd(db: Q, keys: readonly { uscc: string; year: number }[]): Promise<StoredYtdValue[]> {
  if (keys.length === 0) return [];
  const ids = await enterpriseIds(
    db,
    keys.map((k) => k.uscc),
  );
  const usccOf = new Map([...ids].map(([uscc, id]) => [id, uscc]));
  const years = [...new Set(keys.map((k) => k.year))];
  const result: StoredYtdValue[] = [];
  for (const part of chunks([...ids.values()])) {
    const rows = await db
      .selectFrom('statisticalReturn')
      .selectAll()
      .where('enterpriseId', 'in', part)
      .where('year', 'in', years)
      .execute();
    for (const r of rows) {
      const values: Partial<Record<ReturnIndicator, number>> = {};
      for (const indicator of returnIndicators) {
        const v = r[returnColumn[indicator]] as number | null;
        if (v !== null) values[indicator] = v;
      }
      result.push({ uscc: usccOf.get(r.enterpriseId) ?? '', period: formatMonth(r.year, r.month), values });
    }
  }
  return result;
}

/** Locked periods in canonical text. */
export async function listPeriodLocks(db: Db) {
  return { items: await db.selectFrom('periodLock').selectAll().orderBy('period', 'desc').execute() };
}

/** Locks a period (e.g. once published): imports into it are refused with the reason. Audited. */
export async function lockPeriod(db: Db, ctx: RequestContext, input: { period: string; reason: string }) {
  const period = parsePeriod(input.period);
  if (!period) {
    throw new BadRequestError('invalid_period', `period: "${input.period}" is not a period (2013, 2013Q2, 2013-06)`);
  }
  const canonical = formatPeriod(period);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('periodLock')
      .select('period')
      .where('period', '=', canonical)
      .executeTakeFirst();
    if (existing) throw new ConflictError('already_locked', `period ${canonical} is already locked`);
    const row = {
      period: canonical,
      reason: input.reason,
      lockedBy: ctx.actor?.login ?? ctx.system ?? 'system',
      lockedAt: nowIso(),
    };
    await trx.insertInto('periodLock').values(row).execute();
    await recordAudit(trx, ctx, { action: 'lock', entityType: 'period', entityId: canonical, after: row });
    return row;
  });
}

/** Unlocks a period; audited with the lock it removed. */
export async function unlockPeriod(db: Db, ctx: RequestContext, periodText: string): Promise<void> {
  const period = parsePeriod(periodText);
  if (!period) throw new BadRequestError('invalid_period', `period: "${periodText}" is not a period`);
  const canonical = formatPeriod(period);
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('periodLock').selectAll().where('period', '=', canonical).executeTakeFirst();
    if (!existing) throw new NotFoundError('not_found', `period ${canonical} is not locked`);
    await trx.deleteFrom('periodLock').where('period', '=', canonical).execute();
    await recordAudit(trx, ctx, { action: 'unlock', entityType: 'period', entityId: canonical, before: existing });
  });
}

export type { Period };

/** Import batches, newest first, filtered and paged: the plan office sees every batch, others the ones they ran. */
export async function listImportBatches(
  db: Db,
  ctx: RequestContext,
  query: {
    kind?: string | undefined;
    status?: string | undefined;
    login?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  let q = db.selectFrom('importBatch');
  if (!hasRole(ctx.actor, 'admin')) q = q.where('userId', '=', ctx.actor?.userId ?? -1);
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.login) q = q.where('login', '=', query.login);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { total: Number(total.n), page: query.page, pageSize: query.pageSize, items: rows.map(batchView) };
}

/** One batch with its problems and the revisions it made (with the enterprise or region name); another person's batch answers 404. */
export async function getImportBatch(db: Db, ctx: RequestContext, id: number) {
  const row = await db.selectFrom('importBatch').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (!hasRole(ctx.actor, 'admin') && row.userId !== ctx.actor?.userId)) {
    throw new NotFoundError('not_found', `no import batch ${id}`);
  }
  const revisions = await db
    .selectFrom('statisticRevision as r')
    .leftJoin('enterprise as e', (join) => join.onRef('e.uscc', '=', 'r.subjectKey').on('r.subject', '=', 'return'))
    .leftJoin('region as g', (join) => join.onRef('g.code', '=', 'r.subjectKey').on('r.subject', '=', 'region_stat'))
    .select([
      'r.subject',
      'r.subjectKey',
      'r.period',
      'r.indicator',
      'r.oldValue',
      'r.newValue',
      'e.name as enterpriseName',
      'g.nameZh as regionName',
    ])
    .where('r.batchId', '=', id)
    .orderBy('r.id')
    .execute();
  return {
    ...batchView(row),
    problems: row.problemsJson ? (JSON.parse(row.problemsJson) as ImportProblem[]) : [],
    revisions: revisions.map((r) => ({
      subject: r.subject as 'return' | 'region_stat',
      subjectKey: r.subjectKey,
      subjectName: r.enterpriseName ?? r.regionName ?? null,
      period: r.period,
      indicator: r.indicator,
      oldValue: r.oldValue,
      newValue: r.newValue,
    })),
  };
}

function batchView(r: Selectable<Database['importBatch']>) {
  return {
    id: r.id,
    kind: r.kind as ImportKind,
    fileName: r.fileName,
    format: r.format,
    sourceDetail: r.sourceDetail,
    status: r.status as 'committed' | 'rejected',
    rowsTotal: r.rowsTotal,
    inserted: r.inserted,
    changed: r.changed,
    unchanged: r.unchanged,
    problemCount: r.problemCount,
    login: r.login,
    createdAt: r.createdAt,
    durationMs: r.durationMs,
  };
}

/** Region totals (GDP, above-size output and value added), within the caller's scope. */
export async function listRegionStats(
  db: Db,
  ctx: RequestContext,
  query: { region?: string | undefined; year?: number | undefined },
) {
  const scope = readableRegions(ctx.actor);
  let q = db.selectFrom('regionStat').selectAll();
  if (scope !== 'all') {
    // A county sees its own figures and the city's, which every county compares itself with.
    const city = await db.selectFrom('region').select('code').where('kind', '=', 'city').execute();
    q = q.where('regionCode', 'in', [...scope, ...city.map((c) => c.code)]);
  }
  if (query.region) q = q.where('regionCode', '=', query.region);
  if (query.year) q = q.where('year', '=', query.year);
  const rows = await q.orderBy('regionCode').orderBy('period').execute();
  return {
    items: rows.map((r) => ({
      regionCode: r.regionCode,
      period: r.period,
      gdp: r.gdp,
      industrialOutput: r.industrialOutput,
      industrialValueAdded: r.industrialValueAdded,
      revision: r.revision,
      updatedAt: r.updatedAt,
    })),
  };
}

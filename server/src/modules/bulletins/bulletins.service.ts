import { createHash } from 'node:crypto';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/columns.js';
import { BadRequestError, ConflictError, NotFoundError } from '../../http/errors.js';
import { latestPublishedAssessment } from '../assessment/assessment.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { actsAsOffice, type RequestContext } from '../auth/actor.js';
import { readFigures } from '../indicators/figures.service.js';
import { listWarnings } from '../indicators/warnings.service.js';
import { findActivePlan } from '../plan/plan.repository.js';
import { formatPeriod, parsePeriod, type Period } from '../statistics/period.js';
import { lockPeriod } from '../statistics/statistics.service.js';
import { liaisonsByIndustry } from '../liaison/liaison.service.js';
import { buildBulletinModel, bulletinCodes, type BulletinInput } from './bulletin.build.js';
import { figureId, type BulletinModel, type ModelAssessment } from './bulletin.model.js';
import { renderDocx } from './render-docx.js';
import { renderPdf } from './render-pdf.js';
import { renderXlsx } from './render-xlsx.js';

export const bulletinFormats = ['pdf', 'docx', 'xlsx'] as const;
export type BulletinFormat = (typeof bulletinFormats)[number];
export type BulletinStatus = 'draft' | 'reviewed' | 'published';

export const contentTypes: Record<BulletinFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function periodOrThrow(text: string): Period {
  const p = parsePeriod(text);
  if (!p) throw new BadRequestError('invalid_period', `period: "${text}" is not a period (2013, 2013Q2, 2013-06)`);
  return p;
}

/** Reads everything a bulletin of the period is made of: figures, liaisons, warnings, the published assessment. */
export async function gatherBulletinInput(db: Db, periodText: string, now = new Date()): Promise<BulletinInput> {
  const period = periodOrThrow(periodText);
  const canonical = formatPeriod(period);
  const plan = await findActivePlan(db);
  if (!plan) throw new BadRequestError('no_plan', 'no plan is loaded: run `npx beizeng plan load FILE` first');
  const regions = await db.selectFrom('region').selectAll().orderBy('sortOrder').execute();
  const cityRow = regions.find((r) => r.parentCode === null);
  if (!cityRow) throw new BadRequestError('no_city', 'the plan names no city');
  const counties = regions
    .filter((r) => r.parentCode === cityRow.code && ['district', 'county', 'county_city'].includes(r.kind))
    .map((r) => ({ code: r.code, nameZh: r.nameZh }));
  const industries = await db
    .selectFrom('industry')
    .select(['code', 'nameZh'])
    .where('planId', '=', plan.id)
    .orderBy('sortOrder')
    .execute();
  const figures = await readFigures(db, {
    period: canonical,
    regions: [cityRow.code, ...counties.map((c) => c.code)],
    industries: ['sei', ...industries.map((i) => i.code)],
    codes: [...bulletinCodes],
  });
  const warnings = await listWarnings(db, { period: canonical });
  let assessment: ModelAssessment | null | undefined;
  if (period.kind === 'year') {
    const published = await latestPublishedAssessment(db, period.year);
    assessment = published
      ? {
          year: published.year,
          version: published.version,
          rows: [...published.ranking]
            .sort((a, b) => a.position - b.position)
            .map((r) => ({ rank: r.rank, regionCode: r.regionCode, regionName: r.name.zh, total: r.total })),
        }
      : null;
  }
  const group = await db.selectFrom('leadingGroup').selectAll().where('id', '=', 1).executeTakeFirst();
  return {
    period,
    periodText: canonical,
    city: { code: cityRow.code, nameZh: cityRow.nameZh },
    counties,
    industries,
    figures: figures.map((f) => ({
      id: figureId(f),
      region: f.region,
      industry: f.industry,
      code: f.code,
      period: f.period,
      unit: f.unit,
      value: f.value,
      lastYear: f.lastYear,
      growth: f.growth,
    })),
    liaisons: await liaisonsByIndustry(db),
    warnings: warnings.items.map((w) => ({
      text: w.figure,
      status: w.status,
      region: w.region,
      industry: w.industry,
    })),
    assessment,
    leadingGroup: group ? { nameZh: group.nameZh, officeZh: group.officeZh } : null,
    generatedAt: now.toISOString(),
  };
}

export async function generateBulletinModel(db: Db, periodText: string, now = new Date()): Promise<BulletinModel> {
  return buildBulletinModel(await gatherBulletinInput(db, periodText, now));
}

export async function renderBulletin(model: BulletinModel, format: BulletinFormat): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return renderPdf(model);
    case 'docx':
      return renderDocx(model);
    case 'xlsx':
      return renderXlsx(model);
  }
}

async function renderAll(model: BulletinModel) {
  const files: { format: BulletinFormat; content: Buffer }[] = [];
  for (const format of bulletinFormats) files.push({ format, content: await renderBulletin(model, format) });
  return files;
}

type BulletinRow = Awaited<ReturnType<typeof findRow>>;
async function findRow(db: Db, id: number) {
  return db.selectFrom('bulletin').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The plan office sees every bulletin; everyone else only published ones (a draft answers 404 like a missing one). */
async function visibleRow(db: Db, ctx: RequestContext, id: number) {
  const row = await findRow(db, id);
  if (!row || (row.status !== 'published' && !actsAsOffice(ctx))) {
    throw new NotFoundError('not_found', `未找到通报 ${id} / no bulletin ${id}`);
  }
  return row;
}

function summaryOf(row: NonNullable<BulletinRow>) {
  return {
    id: row.id,
    period: row.period,
    periodKind: row.periodKind as Period['kind'],
    regionCode: row.regionCode,
    title: row.title,
    status: row.status as BulletinStatus,
    version: row.currentVersion,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt,
    publishedBy: row.publishedBy,
    publishedAt: row.publishedAt,
  };
}
export type BulletinSummary = ReturnType<typeof summaryOf>;

export async function listBulletins(db: Db, ctx: RequestContext, query: { status?: BulletinStatus | undefined }) {
  let q = db.selectFrom('bulletin').selectAll();
  if (!actsAsOffice(ctx)) q = q.where('status', '=', 'published');
  if (query.status) q = q.where('status', '=', query.status);
  const rows = await q.orderBy('period', 'desc').orderBy('id', 'desc').execute();
  return { items: rows.map(summaryOf) };
}

export async function getBulletin(db: Db, ctx: RequestContext, id: number) {
  const row = await visibleRow(db, ctx, id);
  const version = await db
    .selectFrom('bulletinVersion')
    .selectAll()
    .where('bulletinId', '=', id)
    .where('version', '=', row.currentVersion)
    .executeTakeFirstOrThrow();
  const files = await db
    .selectFrom('bulletinFile')
    .select(['format', 'size', 'sha256'])
    .where('versionId', '=', version.id)
    .orderBy('format')
    .execute();
  const versions = await db
    .selectFrom('bulletinVersion')
    .select(['version', 'createdBy', 'createdAt'])
    .where('bulletinId', '=', id)
    .orderBy('version', 'desc')
    .execute();
  return {
    ...summaryOf(row),
    model: JSON.parse(version.modelJson) as BulletinModel,
    files: files.map((f) => ({ ...f, format: f.format as BulletinFormat })),
    versions,
  };
}

/** A stored file of the bulletin's current version (or of `version`). */
export async function bulletinFile(
  db: Db,
  ctx: RequestContext,
  id: number,
  format: BulletinFormat,
  options: { publishedOnly?: boolean } = {},
) {
  const row = options.publishedOnly ? await findRow(db, id) : await visibleRow(db, ctx, id);
  if (!row || (options.publishedOnly && row.status !== 'published')) {
    throw new NotFoundError('not_found', `未找到已发布的通报 ${id} / no published bulletin ${id}`);
  }
  const file = await db
    .selectFrom('bulletinFile as f')
    .innerJoin('bulletinVersion as v', 'v.id', 'f.versionId')
    .select(['f.content', 'f.sha256', 'f.size'])
    .where('v.bulletinId', '=', id)
    .where('v.version', '=', row.currentVersion)
    .where('f.format', '=', format)
    .executeTakeFirst();
  if (!file) {
    throw new NotFoundError('not_found', `通报 ${id} 没有 ${format} 文件 / bulletin ${id} has no ${format} file`);
  }
  return {
    content: Buffer.from(file.content),
    sha256: file.sha256,
    fileName: `${row.title}（第${row.currentVersion}版）.${format}`,
    contentType: contentTypes[format],
  };
}

interface RenderedVersion {
  model: BulletinModel;
  files: { format: BulletinFormat; content: Buffer }[];
}

/** Renders the three files outside any transaction: rendering takes a second, a write lock should not. */
async function renderVersion(model: BulletinModel): Promise<RenderedVersion> {
  return { model, files: await renderAll(model) };
}

async function writeVersion(trx: Db, ctx: RequestContext, bulletinId: number, version: number, r: RenderedVersion) {
  const by = ctx.actor?.login ?? ctx.system ?? 'system';
  const now = nowIso();
  const v = await trx
    .insertInto('bulletinVersion')
    .values({ bulletinId, version, modelJson: JSON.stringify(r.model), createdBy: by, createdAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const f of r.files) {
    await trx
      .insertInto('bulletinFile')
      .values({
        versionId: v.id,
        format: f.format,
        content: f.content,
        size: f.content.length,
        sha256: createHash('sha256').update(f.content).digest('hex'),
        createdAt: now,
      })
      .execute();
  }
  return now;
}

/** Generates a draft bulletin of the period (model and its three files as version 1). Audited. */
export async function createBulletin(db: Db, ctx: RequestContext, input: { period: string }) {
  const model = await generateBulletinModel(db, input.period);
  const open = await db
    .selectFrom('bulletin')
    .select(['id', 'status'])
    .where('period', '=', model.period)
    .where('regionCode', '=', model.regionCode)
    .where('status', '<>', 'published')
    .executeTakeFirst();
  if (open) {
    throw new ConflictError(
      'bulletin_open',
      `period ${model.period}: 通报 ${open.id} 尚未发布（${open.status}），请重新生成它 / bulletin ${open.id} of this period is still ${open.status}: regenerate it`,
      { bulletinId: open.id },
    );
  }
  const rendered = await renderVersion(model);
  const by = ctx.actor?.login ?? ctx.system ?? 'system';
  const now = nowIso();
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('bulletin')
      .values({
        period: model.period,
        periodKind: model.periodKind,
        regionCode: model.regionCode,
        title: model.title,
        status: 'draft',
        currentVersion: 1,
        createdBy: by,
        createdAt: now,
        updatedAt: now,
        reviewedBy: null,
        reviewedAt: null,
        publishedBy: null,
        publishedAt: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeVersion(trx, ctx, row.id, 1, rendered);
    await recordAudit(trx, ctx, {
      action: 'create',
      entityType: 'bulletin',
      entityId: row.id,
      after: { period: model.period, version: 1, files: rendered.files.map((f) => f.format) },
    });
    return row.id;
  });
  return getBulletin(db, ctx, id);
}

async function transition(
  db: Db,
  ctx: RequestContext,
  id: number,
  from: BulletinStatus[],
  action: string,
  apply: (trx: Db, row: NonNullable<BulletinRow>) => Promise<Record<string, unknown>>,
) {
  await db.transaction().execute(async (trx) => {
    const row = await findRow(trx, id);
    if (!row) throw new NotFoundError('not_found', `未找到通报 ${id} / no bulletin ${id}`);
    if (!from.includes(row.status as BulletinStatus)) {
      throw new ConflictError(
        'invalid_status',
        `status: 通报 ${id} 为 ${row.status}，不能${action} / bulletin ${id} is ${row.status}; ${action} needs ${from.join(' or ')}`,
      );
    }
    const changes = await apply(trx, row);
    await recordAudit(trx, ctx, {
      action,
      entityType: 'bulletin',
      entityId: id,
      before: { status: row.status, version: row.currentVersion },
      after: changes,
    });
  });
  return getBulletin(db, ctx, id);
}

/** Regenerates a draft or reviewed bulletin from the current figures: a new version, back to draft. */
export async function regenerateBulletin(db: Db, ctx: RequestContext, id: number) {
  const row = await findRow(db, id);
  if (!row) throw new NotFoundError('not_found', `未找到通报 ${id} / no bulletin ${id}`);
  const rendered = await renderVersion(await generateBulletinModel(db, row.period));
  return transition(db, ctx, id, ['draft', 'reviewed'], 'regenerate', async (trx, current) => {
    const version = current.currentVersion + 1;
    const now = await writeVersion(trx, ctx, id, version, rendered);
    const changes = {
      status: 'draft',
      currentVersion: version,
      title: rendered.model.title,
      updatedAt: now,
      reviewedBy: null,
      reviewedAt: null,
    };
    await trx.updateTable('bulletin').set(changes).where('id', '=', id).execute();
    return changes;
  });
}

export async function reviewBulletin(db: Db, ctx: RequestContext, id: number) {
  return transition(db, ctx, id, ['draft'], 'review', async (trx) => {
    const now = nowIso();
    const changes = {
      status: 'reviewed',
      reviewedBy: ctx.actor?.login ?? ctx.system ?? 'system',
      reviewedAt: now,
      updatedAt: now,
    };
    await trx.updateTable('bulletin').set(changes).where('id', '=', id).execute();
    return changes;
  });
}

/**
 * Publishes a reviewed bulletin: snapshots its figures into `published_figure` (what the open data serves), then
 * locks the periods it used — its own and the same point a year earlier — through the statistics module's lock
 * (each lock audited there; periods already locked are left as they are).
 */
export async function publishBulletin(db: Db, ctx: RequestContext, id: number) {
  const detail = await transition(db, ctx, id, ['reviewed'], 'publish', async (trx, row) => {
    const version = await trx
      .selectFrom('bulletinVersion')
      .select('modelJson')
      .where('bulletinId', '=', id)
      .where('version', '=', row.currentVersion)
      .executeTakeFirstOrThrow();
    const model = JSON.parse(version.modelJson) as BulletinModel;
    const figures = Object.values(model.figures);
    for (let i = 0; i < figures.length; i += 200) {
      await trx
        .insertInto('publishedFigure')
        .values(
          figures.slice(i, i + 200).map((f) => ({
            bulletinId: id,
            regionCode: f.region,
            industry: f.industry,
            code: f.code,
            period: f.period,
            unit: f.unit,
            value: f.value,
            lastYear: f.lastYear,
            growth: f.growth,
          })),
        )
        .execute();
    }
    const now = nowIso();
    const changes = {
      status: 'published',
      publishedBy: ctx.actor?.login ?? ctx.system ?? 'system',
      publishedAt: now,
      updatedAt: now,
    };
    await trx.updateTable('bulletin').set(changes).where('id', '=', id).execute();
    return { ...changes, figures: figures.length };
  });
  const locked = await lockUsedPeriods(db, ctx, detail.period, detail.title);
  return { ...detail, lockedPeriods: locked };
}

/** The bulletin's period and the same point a year earlier; returns the ones this call locked. */
async function lockUsedPeriods(db: Db, ctx: RequestContext, periodText: string, title: string): Promise<string[]> {
  const p = periodOrThrow(periodText);
  const earlier: Period = { ...p, year: p.year - 1 };
  const wanted = [formatPeriod(p), formatPeriod(earlier)];
  const existing = new Set(
    (await db.selectFrom('periodLock').select('period').where('period', 'in', wanted).execute()).map((r) => r.period),
  );
  const locked: string[] = [];
  for (const period of wanted) {
    if (existing.has(period)) continue;
    await lockPeriod(db, ctx, { period, reason: `已发布《${title}》 / used by a published bulletin` });
    locked.push(period);
  }
  return locked;
}

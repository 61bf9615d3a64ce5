import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { nowIso } from '../../db/columns.js';
import type { Database } from '../../db/schema.js';
import { BadRequestError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import type { ConvertLeadBody, Lead, LeadInput, LeadListQuery, LeadPatch } from './projects.schema.js';
import {
  assertCounty,
  assertIndustry,
  assertWritableRegion,
  checkNewProject,
  getProject,
  insertProject,
  inScope,
  notFound,
  readScope,
  writeScope,
} from './projects.service.js';

type Q = Kysely<Database>;
type LeadOut = z.infer<typeof Lead>;

export async function listLeads(
  db: Q,
  ctx: RequestContext,
  query: Partial<z.infer<typeof LeadListQuery>> & { id?: number },
): Promise<{ items: LeadOut[] }> {
  const scope = readScope(ctx);
  if (scope !== 'all' && scope.length === 0) return { items: [] };
  let q = db
    .selectFrom('projectLead as l')
    .innerJoin('region as r', 'r.code', 'l.regionCode')
    .leftJoin('project as p', 'p.id', 'l.projectId')
    .selectAll('l')
    .select(['r.nameZh', 'r.nameEn', 'p.code as projectCode']);
  if (scope !== 'all') q = q.where('l.regionCode', 'in', scope);
  if (query.id !== undefined) q = q.where('l.id', '=', query.id);
  if (query.region) q = q.where('l.regionCode', '=', query.region);
  if (query.kind) q = q.where('l.kind', '=', query.kind);
  if (query.stage) q = q.where('l.stage', '=', query.stage);
  const rows = await q.orderBy('l.updatedAt', 'desc').orderBy('l.id', 'desc').execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      targetCompany: r.targetCompany,
      kind: r.kind as LeadOut['kind'],
      industryCode: r.industryCode,
      regionCode: r.regionCode,
      regionName: { zh: r.nameZh, en: r.nameEn },
      stage: r.stage as LeadOut['stage'],
      owner: r.owner,
      nextStep: r.nextStep,
      nextStepDue: r.nextStepDue,
      note: r.note,
      projectId: r.projectId,
      projectCode: r.projectCode,
      updatedAt: r.updatedAt,
    })),
  };
}

async function getLead(db: Q, ctx: RequestContext, id: number): Promise<LeadOut> {
  const [lead] = (await listLeads(db, ctx, { id })).items;
  if (!lead) throw notFound(id, 'lead');
  return lead;
}

export async function createLead(db: Q, ctx: RequestContext, input: z.infer<typeof LeadInput>) {
  await assertCounty(db, input.regionCode);
  await assertIndustry(db, input.industryCode);
  assertWritableRegion(ctx, input.regionCode);
  if (input.stage === 'converted') {
    throw new BadRequestError(
      'invalid_request',
      'stage: 转化为项目请使用“转为项目” / convert through the convert route',
    );
  }
  const now = nowIso();
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('projectLead')
      .values({
        targetCompany: input.targetCompany,
        kind: input.kind,
        industryCode: input.industryCode,
        regionCode: input.regionCode,
        stage: input.stage ?? 'contact',
        owner: input.owner,
        nextStep: input.nextStep ?? null,
        nextStepDue: input.nextStepDue ?? null,
        note: input.note ?? null,
        projectId: null,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', entityType: 'project_lead', entityId: row.id, after: input });
    return row.id;
  });
  return getLead(db, ctx, id);
}

async function writableLead(db: Q, ctx: RequestContext, id: number) {
  const before = await db.selectFrom('projectLead').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before || !inScope(writeScope(ctx))(before.regionCode)) throw notFound(id, 'lead');
  return before;
}

export async function updateLead(db: Q, ctx: RequestContext, id: number, patch: z.infer<typeof LeadPatch>) {
  const before = await writableLead(db, ctx, id);
  if (patch.regionCode !== undefined) {
    await assertCounty(db, patch.regionCode);
    assertWritableRegion(ctx, patch.regionCode);
  }
  if (patch.industryCode !== undefined) await assertIndustry(db, patch.industryCode);
  if (patch.stage === 'converted' && before.projectId === null) {
    throw new BadRequestError(
      'invalid_request',
      'stage: 转化为项目请使用“转为项目” / convert through the convert route',
    );
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('projectLead')
      .set({ ...patch, updatedAt: nowIso() })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, { action: 'update', entityType: 'project_lead', entityId: id, before, after: patch });
  });
  return getLead(db, ctx, id);
}

/**
 * Turns a lead into a project in ONE transaction: the project (project.lead_id keeps the link), the lead marked
 * converted, and both audit events land together or not at all.
 */
export async function convertLead(db: Q, ctx: RequestContext, id: number, body: z.infer<typeof ConvertLeadBody>) {
  const lead = await writableLead(db, ctx, id);
  if (lead.projectId !== null) throw alreadyConverted(lead.projectId);
  const input = {
    ...body,
    investorName: body.investorName ?? lead.targetCompany,
    regionCode: lead.regionCode,
    industryCode: lead.industryCode,
  };
  await checkNewProject(db, ctx, input);
  const projectId = await db.transaction().execute(async (trx) => {
    const created = await insertProject(trx, ctx, input, id);
    // Only a lead not converted meanwhile: a concurrent conversion leaves this one to roll back.
    const marked = await trx
      .updateTable('projectLead')
      .set({ stage: 'converted', projectId: created, updatedAt: nowIso() })
      .where('id', '=', id)
      .where('projectId', 'is', null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) !== 1) {
      const now = await trx.selectFrom('projectLead').select('projectId').where('id', '=', id).executeTakeFirst();
      throw alreadyConverted(now?.projectId ?? null);
    }
    await recordAudit(trx, ctx, {
      action: 'convert',
      entityType: 'project_lead',
      entityId: id,
      before: { stage: lead.stage, projectId: null },
      after: { stage: 'converted', projectId: created },
    });
    return created;
  });
  return getProject(db, ctx, projectId);
}

function alreadyConverted(projectId: number | null): BadRequestError {
  const to = projectId === null ? '' : ` ${projectId}`;
  return new BadRequestError('already_converted', `该线索已转化为项目${to} / already converted`);
}

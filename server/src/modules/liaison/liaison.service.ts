import type { Db } from '../../db/database.js';
import { nowIso } from '../../db/columns.js';
import { BadRequestError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { systemContext, type RequestContext } from '../auth/actor.js';
import { findActivePlan } from '../plan/plan.repository.js';
import type { ModelLiaison } from '../bulletins/bulletin.model.js';

/**
 * Leadership liaison (联系制度, §五(一), R4.3): the leading group, its office, and which city leader liaises which
 * industry. One document, replaced whole by the plan office, audited before and after.
 */
export interface LiaisonMember {
  body: 'group' | 'office';
  positionZh: string;
  name: string;
  titleZh: string;
}

export interface IndustryLiaison {
  industryCode: string;
  leaderName: string;
  leaderTitleZh: string;
  note: string | null;
}

export interface LiaisonDocument {
  group: { nameZh: string; officeZh: string } | null;
  members: LiaisonMember[];
  industries: IndustryLiaison[];
}

export interface LiaisonView extends LiaisonDocument {
  /** Every industry of the plan, with its liaison when one is named. */
  planIndustries: { code: string; nameZh: string; nameEn: string; liaison: IndustryLiaison | null }[];
  updatedBy: string | null;
  updatedAt: string | null;
}

async function planIndustries(db: Db) {
  const plan = await findActivePlan(db);
  if (!plan) return [];
  return db
    .selectFrom('industry')
    .select(['code', 'nameZh', 'nameEn'])
    .where('planId', '=', plan.id)
    .orderBy('sortOrder')
    .execute();
}

async function readDocument(db: Db): Promise<LiaisonDocument & { updatedBy: string | null; updatedAt: string | null }> {
  const group = await db.selectFrom('leadingGroup').selectAll().where('id', '=', 1).executeTakeFirst();
  const members = await db.selectFrom('leadingGroupMember').selectAll().orderBy('sortOrder').orderBy('id').execute();
  const industries = await db.selectFrom('industryLiaison').selectAll().orderBy('industryCode').execute();
  return {
    group: group ? { nameZh: group.nameZh, officeZh: group.officeZh } : null,
    members: members.map((m) => ({
      body: m.body as LiaisonMember['body'],
      positionZh: m.positionZh,
      name: m.name,
      titleZh: m.titleZh,
    })),
    industries: industries.map((i) => ({
      industryCode: i.industryCode,
      leaderName: i.leaderName,
      leaderTitleZh: i.leaderTitleZh,
      note: i.note,
    })),
    updatedBy: group?.updatedBy ?? null,
    updatedAt: group?.updatedAt ?? null,
  };
}

export async function getLiaison(db: Db): Promise<LiaisonView> {
  const doc = await readDocument(db);
  const byCode = new Map(doc.industries.map((i) => [i.industryCode, i]));
  return {
    ...doc,
    planIndustries: (await planIndustries(db)).map((i) => ({ ...i, liaison: byCode.get(i.code) ?? null })),
  };
}

/** The liaison of each industry, for the bulletin's sections. */
export async function liaisonsByIndustry(db: Db): Promise<Map<string, ModelLiaison>> {
  const rows = await db.selectFrom('industryLiaison').selectAll().execute();
  return new Map(rows.map((r) => [r.industryCode, { leaderName: r.leaderName, leaderTitleZh: r.leaderTitleZh }]));
}

/** Replaces the whole document (group, members, industry liaisons); audited with before and after. */
export async function putLiaison(db: Db, ctx: RequestContext, input: LiaisonDocument): Promise<LiaisonView> {
  const known = new Set((await planIndustries(db)).map((i) => i.code));
  const seen = new Set<string>();
  input.industries.forEach((i, n) => {
    if (!known.has(i.industryCode)) {
      throw new BadRequestError(
        'unknown_industry',
        `industries[${n}].industryCode: "${i.industryCode}" 不是规划中的产业 / is not an industry of the plan`,
      );
    }
    if (seen.has(i.industryCode)) {
      throw new BadRequestError(
        'duplicate_industry',
        `industries[${n}].industryCode: "${i.industryCode}" 重复 / appears twice (one liaison leader per industry)`,
      );
    }
    seen.add(i.industryCode);
  });
  const by = ctx.actor?.login ?? ctx.system ?? 'system';
  await db.transaction().execute(async (trx) => {
    const before = await readDocument(trx);
    const now = nowIso();
    await trx.deleteFrom('leadingGroup').execute();
    if (input.group) {
      await trx
        .insertInto('leadingGroup')
        .values({ id: 1, nameZh: input.group.nameZh, officeZh: input.group.officeZh, updatedBy: by, updatedAt: now })
        .execute();
    }
    await trx.deleteFrom('leadingGroupMember').execute();
    if (input.members.length) {
      await trx
        .insertInto('leadingGroupMember')
        .values(input.members.map((m, i) => ({ ...m, sortOrder: i })))
        .execute();
    }
    await trx.deleteFrom('industryLiaison').execute();
    if (input.industries.length) {
      await trx
        .insertInto('industryLiaison')
        .values(input.industries.map((i) => ({ ...i, note: i.note ?? null, updatedBy: by, updatedAt: now })))
        .execute();
    }
    const { updatedBy: _b, updatedAt: _a, ...beforeDoc } = before;
    await recordAudit(trx, ctx, {
      action: 'update',
      entityType: 'liaison',
      entityId: 'leading-group',
      before: beforeDoc,
      after: input,
    });
  });
  return getLiaison(db);
}

/**
 * Demo defaults, after §五(一): the group led by the mayor, vice-mayor and deputy secretary-general as deputies, the
 * office at the economy and information commission, and the vice-mayors liaising the industries. Names are marked 演示.
 */
export async function seedDefaultLiaison(db: Db): Promise<void> {
  const industries = await planIndustries(db);
  const leaders = [
    { leaderName: '（演示）王副市长', leaderTitleZh: '副市长' },
    { leaderName: '（演示）李副市长', leaderTitleZh: '副市长' },
    { leaderName: '（演示）赵副秘书长', leaderTitleZh: '市政府副秘书长' },
  ];
  await putLiaison(db, systemContext('cli'), {
    group: { nameZh: '嘉兴市培育战略性新兴产业和大企业工作领导小组', officeZh: '领导小组办公室（设在市经信委）' },
    members: [
      { body: 'group', positionZh: '组长', name: '（演示）陈市长', titleZh: '市政府主要领导' },
      { body: 'group', positionZh: '副组长', name: '（演示）王副市长', titleZh: '分管副市长' },
      { body: 'group', positionZh: '副组长', name: '（演示）赵副秘书长', titleZh: '分管副秘书长' },
      { body: 'group', positionZh: '副组长', name: '（演示）周主任', titleZh: '市经信委主任' },
      { body: 'office', positionZh: '办公室主任', name: '（演示）周主任', titleZh: '市经信委主任（兼）' },
    ],
    industries: industries.map((ind, i) => ({
      industryCode: ind.code,
      ...(leaders[i % leaders.length] ?? leaders[0]!),
      note: null,
    })),
  });
}

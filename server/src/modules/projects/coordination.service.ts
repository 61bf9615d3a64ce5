import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { nowIso } from '../../db/columns.js';
import type { Database } from '../../db/schema.js';
import { BadRequestError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import type {
  CoordinationProblem,
  MeetingDetail,
  MeetingInput,
  ProblemInput,
  ProblemListQuery,
  ProblemPatch,
} from './projects.schema.js';
import { assertCounty, assertWritableRegion, inScope, notFound, readScope, writeScope } from './projects.service.js';

type Q = Kysely<Database>;
type Problem = z.infer<typeof CoordinationProblem>;
type ProblemStatus = Problem['status'];

export function today(): string {
  return nowIso().slice(0, 10);
}

/** Overdue: not resolved and its due date passed before `on`. */
export function isOverdue(p: { status: string; dueOn: string | null; resolvedOn: string | null }, on: string): boolean {
  if (!p.dueOn) return false;
  const resolvedBy = p.status === 'resolved' && p.resolvedOn !== null && p.resolvedOn <= on;
  return !resolvedBy && p.dueOn < on;
}

/** Problems within the caller's scope, with their project, county and the meetings that discussed them. */
export async function listProblems(
  db: Q,
  ctx: RequestContext,
  query: Partial<z.infer<typeof ProblemListQuery>> & { ids?: number[] },
): Promise<{ today: string; items: Problem[] }> {
  const scope = readScope(ctx);
  const now = today();
  if (scope !== 'all' && scope.length === 0) return { today: now, items: [] };
  let q = db
    .selectFrom('coordinationProblem as p')
    .innerJoin('region as r', 'r.code', 'p.regionCode')
    .leftJoin('project as pr', 'pr.id', 'p.projectId')
    .selectAll('p')
    .select(['r.nameZh', 'r.nameEn', 'pr.name as projectName']);
  if (scope !== 'all') q = q.where('p.regionCode', 'in', scope);
  if (query.region) q = q.where('p.regionCode', '=', query.region);
  if (query.status) q = q.where('p.status', '=', query.status);
  if (query.projectId) q = q.where('p.projectId', '=', query.projectId);
  if (query.ids) q = q.where('p.id', 'in', query.ids.length ? query.ids : [-1]);
  const rows = await q.orderBy('p.raisedOn', 'desc').orderBy('p.id', 'desc').execute();
  const links = rows.length
    ? await db
        .selectFrom('meetingProblem as mp')
        .innerJoin('coordinationMeeting as m', 'm.id', 'mp.meetingId')
        .select(['mp.problemId', 'm.id', 'm.heldOn'])
        .where(
          'mp.problemId',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('m.heldOn')
        .execute()
    : [];
  const items = rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    projectId: r.projectId,
    projectName: r.projectName,
    regionCode: r.regionCode,
    regionName: { zh: r.nameZh, en: r.nameEn },
    raisedOn: r.raisedOn,
    department: r.department,
    dueOn: r.dueOn,
    status: r.status as ProblemStatus,
    resolution: r.resolution,
    resolvedOn: r.resolvedOn,
    overdue: isOverdue(r, now),
    meetings: links.filter((l) => l.problemId === r.id).map((l) => ({ id: l.id, heldOn: l.heldOn })),
  }));
  const filtered = query.overdue === undefined ? items : items.filter((i) => i.overdue === (query.overdue === 'true'));
  return { today: now, items: filtered };
}

export async function getProblem(db: Q, ctx: RequestContext, id: number): Promise<Problem> {
  const [p] = (await listProblems(db, ctx, { ids: [id] })).items;
  if (!p) throw notFound(id, 'problem');
  return p;
}

/** A problem raised by a project (its county) or by a county; audited. */
export async function createProblem(db: Q, ctx: RequestContext, input: z.infer<typeof ProblemInput>) {
  let regionCode = input.regionCode;
  if (input.projectId) {
    const project = await db
      .selectFrom('project')
      .select('regionCode')
      .where('id', '=', input.projectId)
      .executeTakeFirst();
    if (!project || !inScope(readScope(ctx))(project.regionCode)) throw notFound(input.projectId);
    regionCode = project.regionCode;
  }
  if (!regionCode) {
    throw new BadRequestError('invalid_request', 'regionCode: 未关联项目时须填写提出问题的县（市、区）');
  }
  await assertCounty(db, regionCode);
  assertWritableRegion(ctx, regionCode);
  const now = nowIso();
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('coordinationProblem')
      .values({
        title: input.title,
        description: input.description ?? null,
        projectId: input.projectId ?? null,
        regionCode,
        raisedOn: input.raisedOn ?? now.slice(0, 10),
        department: input.department ?? null,
        dueOn: input.dueOn ?? null,
        status: 'open',
        resolution: null,
        resolvedOn: null,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'create',
      entityType: 'coordination_problem',
      entityId: row.id,
      after: input,
    });
    return row.id;
  });
  return getProblem(db, ctx, id);
}

/** Assigns, reschedules, progresses or resolves a problem; audited with the old values. */
export async function updateProblem(db: Q, ctx: RequestContext, id: number, patch: z.infer<typeof ProblemPatch>) {
  const before = await db.selectFrom('coordinationProblem').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before || !inScope(writeScope(ctx))(before.regionCode)) throw notFound(id, 'problem');
  const status = patch.status ?? before.status;
  const resolvedOn =
    status === 'resolved' ? (patch.resolvedOn ?? before.resolvedOn ?? today()) : (patch.resolvedOn ?? null);
  if (status === 'resolved' && !(patch.resolution ?? before.resolution)) {
    throw new BadRequestError(
      'invalid_request',
      'resolution: 办结须写明解决情况 / a resolved problem needs a resolution',
    );
  }
  const set: Partial<Selectable<Database['coordinationProblem']>> = {
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    ...(patch.department !== undefined ? { department: patch.department } : {}),
    ...(patch.dueOn !== undefined ? { dueOn: patch.dueOn } : {}),
    ...(patch.resolution !== undefined ? { resolution: patch.resolution } : {}),
    status,
    resolvedOn: status === 'resolved' ? resolvedOn : null,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('coordinationProblem')
      .set({ ...set, updatedAt: nowIso() })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, {
      action: 'update',
      entityType: 'coordination_problem',
      entityId: id,
      before,
      after: set,
    });
  });
  return getProblem(db, ctx, id);
}

// ---------------------------------------------------------------------------------------------------------------
// Meetings

export async function listMeetings(db: Q) {
  const rows = await db
    .selectFrom('coordinationMeeting as m')
    .leftJoin('meetingProblem as mp', 'mp.meetingId', 'm.id')
    .select(['m.id', 'm.heldOn', 'm.title', 'm.attendees', 'm.decisions'])
    .select((eb) => eb.fn.count<number>('mp.problemId').as('problemCount'))
    .groupBy(['m.id', 'm.heldOn', 'm.title', 'm.attendees', 'm.decisions'])
    .orderBy('m.heldOn', 'desc')
    .orderBy('m.id', 'desc')
    .execute();
  return { items: rows.map((r) => ({ ...r, problemCount: Number(r.problemCount) })) };
}

/** Records a meeting with the problems it discussed and their follow-ups (the office only); audited. */
export async function createMeeting(db: Q, ctx: RequestContext, input: z.infer<typeof MeetingInput>) {
  const ids = input.problems.map((p) => p.problemId);
  if (new Set(ids).size !== ids.length) {
    throw new BadRequestError('invalid_request', 'problems: 同一问题列了两次 / a problem is listed twice');
  }
  const found = ids.length
    ? await db.selectFrom('coordinationProblem').select('id').where('id', 'in', ids).execute()
    : [];
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) {
    throw new BadRequestError('invalid_request', `problems: 未找到问题 ${missing.join(', ')} / unknown problems`);
  }
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('coordinationMeeting')
      .values({
        heldOn: input.heldOn,
        title: input.title,
        attendees: input.attendees,
        decisions: input.decisions ?? null,
        createdAt: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (input.problems.length) {
      await trx
        .insertInto('meetingProblem')
        .values(
          input.problems.map((p) => ({
            meetingId: row.id,
            problemId: p.problemId,
            discussion: p.discussion ?? null,
            followUp: p.followUp ?? null,
          })),
        )
        .execute();
    }
    await recordAudit(trx, ctx, {
      action: 'create',
      entityType: 'coordination_meeting',
      entityId: row.id,
      after: input,
    });
    return row.id;
  });
  return getMeeting(db, ctx, id);
}

async function meetingItems(db: Q, ctx: RequestContext, meetingId: number) {
  const links = await db.selectFrom('meetingProblem').selectAll().where('meetingId', '=', meetingId).execute();
  // Problems outside a county officer's scope are left out of the meeting as they see it.
  const { items } = await listProblems(db, ctx, { ids: links.map((l) => l.problemId) });
  return links.flatMap((l) => {
    const problem = items.find((p) => p.id === l.problemId);
    return problem ? [{ problem, discussion: l.discussion, followUp: l.followUp }] : [];
  });
}

/**
 * A meeting, the problems it discussed, and the previous meeting's follow-up list checked on this meeting's date:
 * done (resolved by then), overdue (due before then and not resolved) or open.
 */
export async function getMeeting(db: Q, ctx: RequestContext, id: number): Promise<z.infer<typeof MeetingDetail>> {
  const meeting = await db.selectFrom('coordinationMeeting').selectAll().where('id', '=', id).executeTakeFirst();
  if (!meeting) throw notFound(id, 'meeting');
  const problems = await meetingItems(db, ctx, id);
  const prev = await db
    .selectFrom('coordinationMeeting')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('heldOn', '<', meeting.heldOn),
        eb.and([eb('heldOn', '=', meeting.heldOn), eb('id', '<', meeting.id)]),
      ]),
    )
    .orderBy('heldOn', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  let previous: z.infer<typeof MeetingDetail>['previous'] = null;
  if (prev) {
    const items = await meetingItems(db, ctx, prev.id);
    previous = {
      id: prev.id,
      heldOn: prev.heldOn,
      title: prev.title,
      followUps: items.map((item) => {
        const p = item.problem;
        const done = p.status === 'resolved' && p.resolvedOn !== null && p.resolvedOn <= meeting.heldOn;
        const check = done ? 'done' : isOverdue(p, meeting.heldOn) ? 'overdue' : 'open';
        return { ...item, check, discussedAgain: problems.some((x) => x.problem.id === p.id) };
      }),
    };
  }
  return {
    id: meeting.id,
    heldOn: meeting.heldOn,
    title: meeting.title,
    attendees: meeting.attendees,
    decisions: meeting.decisions,
    problemCount: problems.length,
    problems,
    previous,
  };
}

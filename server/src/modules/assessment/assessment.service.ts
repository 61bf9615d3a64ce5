import type { Kysely } from 'kysely';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { AppError, BadRequestError, ConflictError, NotFoundError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { actsAsOffice, readableRegions, writableRegions, type RequestContext } from '../auth/actor.js';
import { readFigures } from '../indicators/figures.service.js';
import { getActivePlanId } from '../plan/plan.service.js';
import { resolveActuals, type ActualSource, type CountyInput, type FigureReader } from './criteria.js';
import type {
  AssessmentCriterion,
  AssessmentDetail,
  AssessmentDiff,
  AssessmentSummary,
  CountyResult,
} from './assessment.schema.js';
import { rankCounties, scoreCounties } from './scoring.js';
import { explainScore } from './why.js';

/**
 * County assessment (R4.1, INDICATORS.md "County assessment"): a run per year and version, computed from the
 * figures and a scheme version, frozen when stored; put on public notice (公示) for N days, objections by counties
 * during the window, answered by the office, then published. See docs/assessment.md.
 */

export interface AssessmentDeps {
  /** The clock (tests inject one to move through the notice window). */
  now?: () => Date;
  /** Where the figures come from (default: the indicators module's readFigures). */
  read?: FigureReader;
}

type Status = AssessmentSummary['status'];
type Blocker = AssessmentDetail['publishBlockers'][number];
type RunRow = Awaited<ReturnType<typeof findRun>>;

const ENTITY = 'assessment';
const nowOf = (deps: AssessmentDeps) => (deps.now ?? (() => new Date()))();
const whoOf = (ctx: RequestContext) => ctx.actor?.login ?? ctx.system ?? 'anonymous';
/** Statuses a county officer may read (never a draft nor a withdrawn run). */
const COUNTY_VISIBLE: Status[] = ['on_notice', 'published', 'superseded'];

// ─── computing ────────────────────────────────────────────────────────────────────────────────────────────────────

export interface Evaluation {
  planId: string;
  year: number;
  schemeVersion: number;
  criteria: AssessmentCriterion[];
  ranking: {
    regionCode: string;
    name: { zh: string; en: string };
    total: number;
    rank: number;
    position: number;
    scores: { criterionCode: string; actual: number | null; points: number; source: ActualSource }[];
  }[];
}

/** Scores and ranks the counties for a year with a scheme version, writing nothing (the CLI prints this). */
export async function evaluateAssessment(
  db: Db,
  input: { year: number; schemeVersion?: number | undefined },
  deps: AssessmentDeps = {},
): Promise<Evaluation> {
  const planId = await getActivePlanId(db);
  const schemeVersion = input.schemeVersion ?? (await newestSchemeVersion(db, planId));
  const criteriaRows = await db
    .selectFrom('assessmentCriterion')
    .selectAll()
    .where('planId', '=', planId)
    .where('schemeVersion', '=', schemeVersion)
    .orderBy('sortOrder')
    .execute();
  if (criteriaRows.length === 0) {
    throw new NotFoundError(
      'not_found',
      `schemeVersion: 没有第${schemeVersion}版考核方案 / no assessment scheme version ${schemeVersion}`,
    );
  }
  const criteria: AssessmentCriterion[] = criteriaRows.map((c) => ({
    code: c.code,
    name: { zh: c.nameZh, en: c.nameEn },
    indicator: c.indicator,
    weight: c.weight,
    floor: c.floor,
    target: c.target,
  }));
  const counties = await listCountyInputs(db, planId);
  const actuals = await resolveActuals(
    db,
    deps.read ?? readFigures,
    input.year,
    criteria.map((c) => c.indicator),
    counties,
  );
  // A year without a single figure would rank every county first with 0 points: refuse it and say why.
  const anyActual = [...actuals.values()].some((list) => list.some((a) => a.value !== null));
  if (!anyActual) {
    throw new BadRequestError(
      'no_data',
      `year: ${input.year}年没有任何考核所需的数据，无法计算 / no figures for ${input.year}: nothing to assess`,
    );
  }
  const scored = scoreCounties(
    criteria,
    counties.map((c) => ({ regionCode: c.code, actuals: (actuals.get(c.code) ?? []).map((a) => a.value) })),
  );
  const ranked = rankCounties(scored);
  return {
    planId,
    year: input.year,
    schemeVersion,
    criteria,
    ranking: ranked.map((r) => ({
      regionCode: r.regionCode,
      name: counties.find((c) => c.code === r.regionCode)?.name ?? { zh: r.regionCode, en: r.regionCode },
      total: r.total,
      rank: r.rank,
      position: r.position,
      scores: criteria.map((c, i) => {
        const actual = actuals.get(r.regionCode)?.[i];
        if (!actual) throw new Error(`assessment: no actual for ${r.regionCode} ${c.code}`);
        return { criterionCode: c.code, actual: actual.value, points: r.points[i] ?? 0, source: actual.source };
      }),
    })),
  };
}

/**
 * Computes a new version of the year's assessment and stores it as a draft, with the scheme version, the criteria
 * and every actual it read (the data snapshot). A draft or a run on notice of the same year is withdrawn by it; a
 * published run stays as it was (frozen). Office only; audited.
 */
export async function computeAssessment(
  db: Db,
  ctx: RequestContext,
  input: { year: number; schemeVersion?: number | undefined },
  deps: AssessmentDeps = {},
): Promise<AssessmentDetail> {
  assertOffice(ctx);
  const evaluation = await evaluateAssessment(db, input, deps);
  const at = nowOf(deps).toISOString();
  const id = await db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom('assessmentRun')
      .select(['id', 'version', 'status'])
      .where('year', '=', input.year)
      .where('status', 'in', ['draft', 'on_notice'])
      .execute();
    for (const run of open) {
      await trx.updateTable('assessmentRun').set({ status: 'withdrawn' }).where('id', '=', run.id).execute();
      await recordAudit(trx, ctx, {
        action: 'withdraw',
        entityType: ENTITY,
        entityId: run.id,
        before: { status: run.status, version: run.version },
        after: { status: 'withdrawn', reason: 'a newer version was computed' },
      });
    }
    const last = await trx
      .selectFrom('assessmentRun')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('year', '=', input.year)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const run = await trx
      .insertInto('assessmentRun')
      .values({
        planId: evaluation.planId,
        year: input.year,
        version,
        schemeVersion: evaluation.schemeVersion,
        status: 'draft',
        criteriaJson: JSON.stringify(evaluation.criteria),
        noticeDays: null,
        noticeStart: null,
        noticeEnd: null,
        computedAt: at,
        computedBy: whoOf(ctx),
        publishedAt: null,
        publishedBy: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const runId = Number(run.id);
    if (evaluation.ranking.length > 0) {
      await trx
        .insertInto('assessmentResult')
        .values(
          evaluation.ranking.map((r) => ({
            runId,
            regionCode: r.regionCode,
            total: r.total,
            rank: r.rank,
            sortOrder: r.position,
          })),
        )
        .execute();
      await trx
        .insertInto('assessmentScore')
        .values(
          evaluation.ranking.flatMap((r) =>
            r.scores.map((s) => ({
              runId,
              regionCode: r.regionCode,
              criterionCode: s.criterionCode,
              actual: s.actual,
              points: s.points,
              sourceJson: JSON.stringify(s.source),
            })),
          ),
        )
        .execute();
    }
    await recordAudit(trx, ctx, {
      action: 'compute',
      entityType: ENTITY,
      entityId: runId,
      after: {
        year: input.year,
        version,
        schemeVersion: evaluation.schemeVersion,
        status: 'draft',
        ranking: evaluation.ranking.map((r) => ({ regionCode: r.regionCode, total: r.total, rank: r.rank })),
      },
    });
    return runId;
  });
  return getAssessment(db, ctx, id, deps);
}

// ─── reading ──────────────────────────────────────────────────────────────────────────────────────────────────────

export async function listAssessments(
  db: Db,
  ctx: RequestContext,
  query: { year?: number | undefined },
  deps: AssessmentDeps = {},
): Promise<{ items: AssessmentSummary[] }> {
  let q = db.selectFrom('assessmentRun').selectAll();
  if (query.year !== undefined) q = q.where('year', '=', query.year);
  if (!isOfficeReader(ctx)) q = q.where('status', 'in', COUNTY_VISIBLE);
  const rows = await q.orderBy('year', 'desc').orderBy('version', 'desc').execute();
  const now = nowOf(deps);
  return { items: rows.map((r) => summaryOf(r, now)) };
}

/** One run with its ranking, scores, the why of each score, its objections and what blocks publishing it. */
export async function getAssessment(
  db: Db,
  ctx: RequestContext,
  id: number,
  deps: AssessmentDeps = {},
): Promise<AssessmentDetail> {
  const run = await visibleRun(db, ctx, id);
  return detailOf(db, ctx, run, nowOf(deps));
}

/** The newest published assessment of a year (for the yearly bulletin), or null when none is published. */
export async function latestPublishedAssessment(db: Db, year: number): Promise<AssessmentDetail | null> {
  const run = await db
    .selectFrom('assessmentRun')
    .selectAll()
    .where('year', '=', year)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  if (!run) return null;
  // Read as the platform itself: published results are public to everyone who may read assessments.
  return detailOf(db, { actor: null, ip: null, system: 'system:bulletin' }, run, new Date());
}

/** Per county: total and rank before and after, and per criterion the actual and the points (R4.1 versions). */
export async function diffAssessments(
  db: Db,
  ctx: RequestContext,
  id: number,
  againstId: number | undefined,
  deps: AssessmentDeps = {},
): Promise<AssessmentDiff> {
  const to = await visibleRun(db, ctx, id);
  let from: NonNullable<RunRow>;
  if (againstId !== undefined) {
    from = await visibleRun(db, ctx, againstId);
  } else {
    const previousId = await previousVisibleVersion(db, ctx, to);
    if (previousId === null) {
      throw new NotFoundError(
        'no_previous_version',
        `评估 ${id} 没有更早的版本 / assessment ${id} has no earlier version`,
      );
    }
    from = await visibleRun(db, ctx, previousId);
  }
  const now = nowOf(deps);
  const [before, after] = await Promise.all([detailOf(db, ctx, from, now), detailOf(db, ctx, to, now)]);
  const criterionCodes = [...new Set([...after.criteria.map((c) => c.code), ...before.criteria.map((c) => c.code)])];
  const regionCodes = [...new Set([...after.ranking, ...before.ranking].map((r) => r.regionCode))];
  const sub = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined ? null : a - b;
  return {
    from: sideOf(from),
    to: sideOf(to),
    schemeChanged:
      from.schemeVersion !== to.schemeVersion || JSON.stringify(before.criteria) !== JSON.stringify(after.criteria),
    counties: regionCodes.map((code) => {
      const b = before.ranking.find((r) => r.regionCode === code);
      const a = after.ranking.find((r) => r.regionCode === code);
      return {
        regionCode: code,
        name: (a ?? b)?.name ?? { zh: code, en: code },
        totalBefore: b?.total ?? null,
        totalAfter: a?.total ?? null,
        totalChange: sub(a?.total, b?.total),
        rankBefore: b?.rank ?? null,
        rankAfter: a?.rank ?? null,
        rankChange: b && a ? b.rank - a.rank : null,
        criteria: criterionCodes.map((c) => {
          const sb = b?.scores.find((s) => s.criterionCode === c);
          const sa = a?.scores.find((s) => s.criterionCode === c);
          return {
            criterionCode: c,
            actualBefore: sb?.actual ?? null,
            actualAfter: sa?.actual ?? null,
            actualChange: sub(sa?.actual, sb?.actual),
            pointsBefore: sb?.points ?? null,
            pointsAfter: sa?.points ?? null,
          };
        }),
      };
    }),
  };
}

// ─── public notice, objections, publishing ────────────────────────────────────────────────────────────────────────

/** Puts a draft on public notice (公示) for `days` days from now. Office only; audited. */
export async function putOnNotice(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: { days: number },
  deps: AssessmentDeps = {},
): Promise<AssessmentDetail> {
  assertOffice(ctx);
  const start = nowOf(deps);
  const end = new Date(start.getTime() + input.days * 86_400_000);
  await db.transaction().execute(async (trx) => {
    const run = await runOrThrow(trx, id);
    if (run.status !== 'draft') {
      throw new ConflictError(
        'not_draft',
        `评估 ${id} 的状态是 ${run.status}，只有草稿可以公示 / assessment ${id} is ${run.status}; only a draft can be put on notice`,
      );
    }
    const after = {
      status: 'on_notice',
      noticeDays: input.days,
      noticeStart: start.toISOString(),
      noticeEnd: end.toISOString(),
    };
    await trx.updateTable('assessmentRun').set(after).where('id', '=', id).execute();
    await recordAudit(trx, ctx, {
      action: 'notice',
      entityType: ENTITY,
      entityId: id,
      before: { status: run.status },
      after,
    });
  });
  return getAssessment(db, ctx, id, deps);
}

/**
 * A county officer objects to the result of their own county during the notice window, with a reason (and
 * optionally the criterion). Audited.
 */
export async function fileObjection(
  db: Db,
  ctx: RequestContext,
  id: number,
  input: { regionCode?: string | undefined; criterionCode?: string | undefined; reason: string },
  deps: AssessmentDeps = {},
): Promise<AssessmentDetail> {
  const run = await visibleRun(db, ctx, id);
  const own = writableRegions(ctx.actor);
  const regionCode = input.regionCode ?? (own !== 'all' && own.length === 1 ? own[0] : undefined);
  if (!regionCode) throw new BadRequestError('invalid_request', 'regionCode: name the county the objection is for');
  if (own !== 'all' && !own.includes(regionCode)) {
    throw new NotFoundError('not_found', `未找到县（市、区） ${regionCode} / no county ${regionCode}`);
  }
  const ranked = await db
    .selectFrom('assessmentResult')
    .select('regionCode')
    .where('runId', '=', id)
    .where('regionCode', '=', regionCode)
    .executeTakeFirst();
  if (!ranked) {
    throw new BadRequestError('invalid_request', `regionCode: ${regionCode} is not assessed in assessment ${id}`);
  }
  const criteria = JSON.parse(run.criteriaJson) as AssessmentCriterion[];
  if (input.criterionCode !== undefined && !criteria.some((c) => c.code === input.criterionCode)) {
    throw new BadRequestError(
      'invalid_request',
      `criterionCode: no criterion ${input.criterionCode} in assessment ${id}`,
    );
  }
  const now = nowOf(deps);
  if (run.status !== 'on_notice' || !run.noticeEnd || now.getTime() >= Date.parse(run.noticeEnd)) {
    throw new ConflictError(
      'notice_closed',
      `评估 ${id} 不在公示期内，不能提出异议 / assessment ${id} is not on notice now: objections are taken only during the window`,
    );
  }
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('assessmentObjection')
      .values({
        runId: id,
        regionCode,
        criterionCode: input.criterionCode ?? null,
        reason: input.reason,
        filedBy: whoOf(ctx),
        filedByName: ctx.actor?.displayName ?? null,
        filedAt: now.toISOString(),
        answer: null,
        answeredBy: null,
        answeredByName: null,
        answeredAt: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'object',
      entityType: ENTITY,
      entityId: id,
      after: {
        objectionId: Number(row.id),
        regionCode,
        criterionCode: input.criterionCode ?? null,
        reason: input.reason,
      },
    });
  });
  return getAssessment(db, ctx, id, deps);
}

/** The office answers an objection (once). Audited. */
export async function answerObjection(
  db: Db,
  ctx: RequestContext,
  id: number,
  objectionId: number,
  input: { answer: string },
  deps: AssessmentDeps = {},
): Promise<AssessmentDetail> {
  assertOffice(ctx);
  const now = nowOf(deps).toISOString();
  await db.transaction().execute(async (trx) => {
    const run = await runOrThrow(trx, id);
    const objection = await trx
      .selectFrom('assessmentObjection')
      .selectAll()
      .where('id', '=', objectionId)
      .where('runId', '=', id)
      .executeTakeFirst();
    if (!objection) {
      throw new NotFoundError(
        'not_found',
        `评估 ${id} 没有异议 ${objectionId} / no objection ${objectionId} on assessment ${id}`,
      );
    }
    if (run.status !== 'on_notice') {
      throw new ConflictError(
        'not_on_notice',
        `assessment ${id} is ${run.status}: objections are answered while it is on notice`,
      );
    }
    if (objection.answer !== null) {
      throw new ConflictError(
        'already_answered',
        `objection ${objectionId}: already answered on ${objection.answeredAt}`,
      );
    }
    const after = {
      answer: input.answer,
      answeredBy: whoOf(ctx),
      answeredByName: ctx.actor?.displayName ?? null,
      answeredAt: now,
    };
    await trx.updateTable('assessmentObjection').set(after).where('id', '=', objectionId).execute();
    await recordAudit(trx, ctx, {
      action: 'answer',
      entityType: ENTITY,
      entityId: id,
      before: { objectionId, reason: objection.reason, answer: null },
      after: { objectionId, ...after },
    });
  });
  return getAssessment(db, ctx, id, deps);
}

/**
 * Publishes a run whose notice window has ended and whose objections are all answered; an earlier published
 * version of the year becomes superseded. Refused (409, naming why) otherwise. Office only; audited.
 */
export async function publishAssessment(
  db: Db,
  ctx: RequestContext,
  id: number,
  deps: AssessmentDeps = {},
): Promise<AssessmentDetail> {
  assertOffice(ctx);
  const now = nowOf(deps);
  await db.transaction().execute(async (trx) => {
    const run = await runOrThrow(trx, id);
    const blockers = await blockersOf(trx, run, now);
    if (blockers.length > 0) {
      const words: Record<Blocker, string> = {
        not_on_notice: `评估 ${id} 未经公示（状态 ${run.status}） / it has not been on notice (status ${run.status})`,
        notice_open: `公示期至 ${run.noticeEnd ?? ''} 结束 / the notice window is open until ${run.noticeEnd ?? ''}`,
        objections_unanswered: '尚有未答复的异议 / objections are unanswered',
      };
      throw new AppError(409, blockers[0] ?? 'not_on_notice', blockers.map((b) => words[b]).join('；'), { blockers });
    }
    const earlier = await trx
      .selectFrom('assessmentRun')
      .select(['id', 'version'])
      .where('year', '=', run.year)
      .where('status', '=', 'published')
      .execute();
    for (const e of earlier) {
      await trx.updateTable('assessmentRun').set({ status: 'superseded' }).where('id', '=', e.id).execute();
      await recordAudit(trx, ctx, {
        action: 'supersede',
        entityType: ENTITY,
        entityId: e.id,
        before: { status: 'published' },
        after: { status: 'superseded', by: id },
      });
    }
    const after = { status: 'published', publishedAt: now.toISOString(), publishedBy: whoOf(ctx) };
    await trx.updateTable('assessmentRun').set(after).where('id', '=', id).execute();
    await recordAudit(trx, ctx, {
      action: 'publish',
      entityType: ENTITY,
      entityId: id,
      before: { status: run.status },
      after,
    });
  });
  return getAssessment(db, ctx, id, deps);
}

// ─── helpers ──────────────────────────────────────────────────────────────────────────────────────────────────────

function assertOffice(ctx: RequestContext) {
  if (!actsAsOffice(ctx)) throw new AppError(403, 'forbidden', 'only the plan office may do this');
}

/** The office and city leaders read every run; a county officer reads runs on notice and published ones. */
function isOfficeReader(ctx: RequestContext): boolean {
  return actsAsOffice(ctx) || readableRegions(ctx.actor) === 'all';
}

function findRun(db: Kysely<Database>, id: number) {
  return db.selectFrom('assessmentRun').selectAll().where('id', '=', id).executeTakeFirst();
}

async function runOrThrow(db: Kysely<Database>, id: number) {
  const run = await findRun(db, id);
  if (!run) throw new NotFoundError('not_found', `未找到考核 ${id} / no assessment ${id}`);
  return run;
}

/** The run, or 404 — also when a county officer asks for a draft or a withdrawn run (existence does not leak). */
async function visibleRun(db: Db, ctx: RequestContext, id: number) {
  const run = await runOrThrow(db, id);
  if (!isOfficeReader(ctx) && !COUNTY_VISIBLE.includes(run.status as Status)) {
    throw new NotFoundError('not_found', `未找到考核 ${id} / no assessment ${id}`);
  }
  return run;
}

async function previousVisibleVersion(db: Db, ctx: RequestContext, run: NonNullable<RunRow>): Promise<number | null> {
  let q = db.selectFrom('assessmentRun').select('id').where('year', '=', run.year).where('version', '<', run.version);
  if (!isOfficeReader(ctx)) q = q.where('status', 'in', COUNTY_VISIBLE);
  const row = await q.orderBy('version', 'desc').executeTakeFirst();
  return row ? Number(row.id) : null;
}

async function newestSchemeVersion(db: Db, planId: string): Promise<number> {
  const row = await db
    .selectFrom('assessmentScheme')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('planId', '=', planId)
    .executeTakeFirst();
  if (row?.v === null || row?.v === undefined) {
    throw new NotFoundError('assessment_scheme_missing', 'the plan has no assessment scheme');
  }
  return Number(row.v);
}

/** The counties (not the zones), in the plan's order, with their focus industries (stated, else the plan's). */
async function listCountyInputs(
  db: Db,
  planId: string,
): Promise<(CountyInput & { name: { zh: string; en: string } })[]> {
  const [regions, focus] = await Promise.all([
    db
      .selectFrom('region')
      .select(['code', 'nameZh', 'nameEn'])
      .where('parentCode', 'in', (eb) => eb.selectFrom('region').select('code').where('kind', '=', 'city'))
      .where('kind', 'in', ['district', 'county', 'county_city'])
      .orderBy('sortOrder')
      .execute(),
    db
      .selectFrom('focusIndustry')
      .select(['regionCode', 'industryCode'])
      .where('planId', '=', planId)
      .orderBy('sortOrder')
      .execute(),
  ]);
  return regions.map((r) => ({
    code: r.code,
    name: { zh: r.nameZh, en: r.nameEn },
    focusIndustries: focus.filter((f) => f.regionCode === r.code).map((f) => f.industryCode),
  }));
}

function noticeOf(run: NonNullable<RunRow>, now: Date) {
  if (run.noticeDays === null || !run.noticeStart || !run.noticeEnd) return null;
  return {
    days: run.noticeDays,
    start: run.noticeStart,
    end: run.noticeEnd,
    open: run.status === 'on_notice' && now.getTime() < Date.parse(run.noticeEnd),
  };
}

function summaryOf(run: NonNullable<RunRow>, now: Date): AssessmentSummary {
  return {
    id: Number(run.id),
    year: run.year,
    version: run.version,
    schemeVersion: run.schemeVersion,
    status: run.status as Status,
    computedAt: run.computedAt,
    computedBy: run.computedBy,
    publishedAt: run.publishedAt,
    publishedBy: run.publishedBy,
    notice: noticeOf(run, now),
  };
}

function sideOf(run: NonNullable<RunRow>) {
  return { id: Number(run.id), version: run.version, schemeVersion: run.schemeVersion, status: run.status as Status };
}

async function blockersOf(db: Kysely<Database>, run: NonNullable<RunRow>, now: Date): Promise<Blocker[]> {
  if (run.status !== 'on_notice') return ['not_on_notice'];
  const blockers: Blocker[] = [];
  if (!run.noticeEnd || now.getTime() < Date.parse(run.noticeEnd)) blockers.push('notice_open');
  const open = await db
    .selectFrom('assessmentObjection')
    .select('id')
    .where('runId', '=', run.id)
    .where('answer', 'is', null)
    .executeTakeFirst();
  if (open) blockers.push('objections_unanswered');
  return blockers;
}

async function detailOf(db: Db, ctx: RequestContext, run: NonNullable<RunRow>, now: Date): Promise<AssessmentDetail> {
  const runId = Number(run.id);
  const criteria = JSON.parse(run.criteriaJson) as AssessmentCriterion[];
  const scope = isOfficeReader(ctx) ? 'all' : readableRegions(ctx.actor);
  let objectionQuery = db
    .selectFrom('assessmentObjection')
    .innerJoin('region', 'region.code', 'assessmentObjection.regionCode')
    .selectAll('assessmentObjection')
    .select(['region.nameZh', 'region.nameEn'])
    .where('runId', '=', runId);
  if (scope !== 'all') {
    if (scope.length === 0) objectionQuery = objectionQuery.where('assessmentObjection.id', '=', -1);
    else objectionQuery = objectionQuery.where('assessmentObjection.regionCode', 'in', scope);
  }
  const [results, scores, objections, industries, previousId] = await Promise.all([
    db
      .selectFrom('assessmentResult')
      .innerJoin('region', 'region.code', 'assessmentResult.regionCode')
      .selectAll('assessmentResult')
      .select(['region.nameZh', 'region.nameEn'])
      .where('runId', '=', runId)
      .orderBy('assessmentResult.sortOrder')
      .execute(),
    db.selectFrom('assessmentScore').selectAll().where('runId', '=', runId).execute(),
    objectionQuery.orderBy('assessmentObjection.id').execute(),
    db.selectFrom('industry').select(['code', 'nameZh', 'nameEn']).where('planId', '=', run.planId).execute(),
    previousVisibleVersion(db, ctx, run),
  ]);
  const industryName = (code: string) => {
    const found = industries.find((i) => i.code === code);
    return found ? { zh: found.nameZh, en: found.nameEn } : { zh: code, en: code };
  };
  const ranking: CountyResult[] = results.map((r) => ({
    regionCode: r.regionCode,
    name: { zh: r.nameZh, en: r.nameEn },
    total: r.total,
    rank: r.rank,
    position: r.sortOrder,
    scores: criteria.map((c) => {
      const s = scores.find((x) => x.regionCode === r.regionCode && x.criterionCode === c.code);
      if (!s) throw new Error(`assessment ${runId}: no score for ${r.regionCode} ${c.code}`);
      const source = JSON.parse(s.sourceJson) as ActualSource;
      return {
        criterionCode: c.code,
        actual: s.actual,
        points: s.points,
        source,
        why: explainScore({ criterion: c, actual: s.actual, points: s.points, source, industryName }),
      };
    }),
  }));
  return {
    ...summaryOf(run, now),
    planId: run.planId,
    criteria,
    ranking,
    objections: objections.map((o) => ({
      id: Number(o.id),
      regionCode: o.regionCode,
      regionName: { zh: o.nameZh, en: o.nameEn },
      criterionCode: o.criterionCode,
      reason: o.reason,
      filedBy: o.filedBy,
      filedByName: o.filedByName,
      filedAt: o.filedAt,
      answer: o.answer,
      answeredBy: o.answeredBy,
      answeredByName: o.answeredByName,
      answeredAt: o.answeredAt,
    })),
    previousVersionId: previousId,
    publishBlockers: await blockersOf(db, run, now),
  };
}

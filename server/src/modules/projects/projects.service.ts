import type { Kysely, Selectable } from 'kysely';
import type { z } from 'zod';
import { chunks } from '../../db/chunks.js';
import { nowIso } from '../../db/columns.js';
import type { Database } from '../../db/schema.js';
import { BadRequestError, NotFoundError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { actsAsOffice, readableRegions, writableRegions, type RequestContext } from '../auth/actor.js';
import {
  currentStage,
  flagOf,
  investmentProgress,
  isStage,
  monthEnd,
  overdue,
  stageDates,
  type MeasureProject,
  type Stage,
  type StageEvent,
} from './measures.js';
import type {
  ProgressBody,
  ProjectDetail,
  ProjectInput,
  ProjectListQuery,
  ProjectPatch,
  ProjectSummary,
  StageEventBody,
} from './projects.schema.js';
import { listProblems } from './coordination.service.js';
import { listProgressRevisions, progressChanges, recordProgressRevisions } from './progress-revisions.js';

type Q = Kysely<Database>;
type ProjectRow = Selectable<Database['project']>;
type Summary = z.infer<typeof ProjectSummary>;

const COUNTY_KINDS = ['district', 'county', 'county_city'];

/** The as-of month of a list year: December for a past year, the current month for this year. */
export function defaultMonth(year: number, today = new Date()): number {
  return year === today.getUTCFullYear() ? today.getUTCMonth() + 1 : 12;
}

export function notFound(id: number | string, what = 'project'): NotFoundError {
  const zh = { project: '项目', lead: '招商线索', problem: '问题', meeting: '会议' }[what] ?? what;
  return new NotFoundError('not_found', `未找到${zh} ${id} / no ${what} ${id}`);
}

/** The counties whose rows the caller may read: the CLI and the platform itself act as the office. */
export function readScope(ctx: RequestContext): 'all' | string[] {
  return actsAsOffice(ctx) ? 'all' : readableRegions(ctx.actor);
}

export function writeScope(ctx: RequestContext): 'all' | string[] {
  return actsAsOffice(ctx) ? 'all' : writableRegions(ctx.actor);
}

/** Restricts a query's region column to the scope ('all' leaves it alone; none matches nothing). */
export function inScope(scope: 'all' | string[]): (code: string) => boolean {
  return (code) => scope === 'all' || scope.includes(code);
}

/** A county the project (or lead, or problem) may belong to, named in the error by its field. */
export async function assertCounty(db: Q, code: string, field = 'regionCode'): Promise<void> {
  const region = await db.selectFrom('region').select('kind').where('code', '=', code).executeTakeFirst();
  if (!region || !COUNTY_KINDS.includes(region.kind)) {
    throw new BadRequestError('invalid_region', `${field}: 「${code}」不是县（市、区）代码 / not a county code`);
  }
}

export async function assertIndustry(db: Q, code: string, field = 'industryCode'): Promise<void> {
  const found = await db.selectFrom('industry').select('code').where('code', '=', code).executeTakeFirst();
  if (!found) throw new BadRequestError('invalid_industry', `${field}: 未知产业「${code}」 / unknown industry ${code}`);
}

/** For writes: a county outside the caller's write scope answers 404, like a county that does not exist. */
export function assertWritableRegion(ctx: RequestContext, code: string): void {
  if (!inScope(writeScope(ctx))(code)) {
    throw new NotFoundError('not_found', `未找到县（市、区） ${code} / no county ${code}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Loading projects with what the measures need

export interface LoadedProject {
  row: ProjectRow & { regionZh: string; regionEn: string };
  events: (StageEvent & { note: string | null; recordedBy: string; recordedAt: string })[];
  measure: MeasureProject;
}

/** The projects of a list year within the caller's read scope, with their events, plan and returns of that year. */
export async function loadProjects(
  db: Q,
  ctx: RequestContext,
  filter: { year?: number; ids?: number[]; region?: string; industry?: string; search?: string },
): Promise<LoadedProject[]> {
  const scope = readScope(ctx);
  if (scope !== 'all' && scope.length === 0) return [];
  let q = db
    .selectFrom('project')
    .innerJoin('region', 'region.code', 'project.regionCode')
    .selectAll('project')
    .select(['region.nameZh as regionZh', 'region.nameEn as regionEn']);
  if (scope !== 'all') q = q.where('project.regionCode', 'in', scope);
  if (filter.year !== undefined) q = q.where('project.listYear', '=', filter.year);
  if (filter.ids) q = q.where('project.id', 'in', filter.ids.length ? filter.ids : [-1]);
  if (filter.region) q = q.where('project.regionCode', '=', filter.region);
  if (filter.industry) q = q.where('project.industryCode', '=', filter.industry);
  if (filter.search) {
    const like = `%${filter.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('project.name', 'like', like),
        eb('project.code', 'like', like),
        eb('project.investorName', 'like', like),
      ]),
    );
  }
  const rows = await q.orderBy('project.code').execute();
  const events = new Map<number, LoadedProject['events']>();
  const plans = new Map<string, number>();
  const monthly = new Map<number, { month: number; investment: number }[]>();
  for (const part of chunks(rows.map((r) => r.id))) {
    for (const e of await db.selectFrom('projectStageEvent').selectAll().where('projectId', 'in', part).execute()) {
      if (!isStage(e.stage)) continue;
      const list = events.get(e.projectId) ?? [];
      list.push({ ...e, stage: e.stage });
      events.set(e.projectId, list);
    }
    for (const p of await db.selectFrom('projectInvestmentPlan').selectAll().where('projectId', 'in', part).execute()) {
      plans.set(`${p.projectId}/${p.year}`, p.plannedInvestment);
    }
    for (const r of await db
      .selectFrom('projectProgress')
      .select(['projectId', 'year', 'month', 'investment'])
      .where('projectId', 'in', part)
      .execute()) {
      const row = rows.find((x) => x.id === r.projectId);
      if (!row || r.year !== row.listYear) continue;
      const list = monthly.get(r.projectId) ?? [];
      list.push({ month: r.month, investment: r.investment });
      monthly.set(r.projectId, list);
    }
  }
  return rows.map((row) => {
    const ev = (events.get(row.id) ?? []).sort((a, b) => a.occurredOn.localeCompare(b.occurredOn) || a.id - b.id);
    return {
      row,
      events: ev,
      measure: {
        id: row.id,
        regionCode: row.regionCode,
        industryCode: row.industryCode,
        listYear: row.listYear,
        listedOn: row.listedOn,
        plannedStart: row.plannedStartOn,
        plannedCompletion: row.plannedCompletionOn,
        dates: stageDates(ev),
        plannedInvestment: plans.get(`${row.id}/${row.listYear}`) ?? 0,
        monthly: monthly.get(row.id) ?? [],
      },
    };
  });
}

/** A project as the list shows it, measured at the end of `month` of its list year. */
export function summarize(p: LoadedProject, month: number): Summary {
  const { row, measure } = p;
  const inv = investmentProgress(measure, row.listYear, month);
  const flag = flagOf(measure, row.listYear, month);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    investorName: row.investorName,
    regionCode: row.regionCode,
    regionName: { zh: row.regionZh, en: row.regionEn },
    industryCode: row.industryCode,
    clusterCode: row.clusterCode,
    totalInvestment: row.totalInvestment,
    listYear: row.listYear,
    listedOn: row.listedOn,
    demonstration: row.demonstration === 1,
    plannedStartOn: row.plannedStartOn,
    plannedCompletionOn: row.plannedCompletionOn,
    plannedProductionOn: row.plannedProductionOn,
    stage: currentStage(measure.dates, monthEnd(row.listYear, month)),
    stageDates: measure.dates,
    plannedInvestment: inv.planned,
    investmentExpected: inv.expected,
    investmentCompleted: inv.completed,
    investmentRatio: inv.ratio,
    flag: flag.level,
    flagReasons: flag.reasons,
  };
}

export async function listProjects(db: Q, ctx: RequestContext, query: z.infer<typeof ProjectListQuery>) {
  const month = query.month ?? defaultMonth(query.year);
  const asOf = monthEnd(query.year, month);
  const loaded = await loadProjects(db, ctx, {
    year: query.year,
    ...(query.region ? { region: query.region } : {}),
    ...(query.industry ? { industry: query.industry } : {}),
    ...(query.search ? { search: query.search } : {}),
  });
  const items = loaded
    .filter((p) => {
      if (query.overdue === 'start') return overdue(p.measure, p.measure.plannedStart, 'started', asOf) !== null;
      if (query.overdue === 'completion') {
        return overdue(p.measure, p.measure.plannedCompletion, 'completed', asOf) !== null;
      }
      return true;
    })
    .map((p) => summarize(p, month))
    .filter((s) => !query.stage || s.stage === query.stage)
    .filter((s) => !query.flag || (query.flag === 'any' ? s.flag !== null : s.flag === query.flag));
  return { year: query.year, month, asOf, items };
}

async function loadOne(db: Q, ctx: RequestContext, id: number): Promise<LoadedProject> {
  const [p] = await loadProjects(db, ctx, { ids: [id] });
  if (!p) throw notFound(id);
  return p;
}

export async function getProject(db: Q, ctx: RequestContext, id: number): Promise<z.infer<typeof ProjectDetail>> {
  const p = await loadOne(db, ctx, id);
  const { row } = p;
  const plans = await db
    .selectFrom('projectInvestmentPlan')
    .select(['year', 'plannedInvestment'])
    .where('projectId', '=', id)
    .orderBy('year')
    .execute();
  const progressRows = await db
    .selectFrom('projectProgress')
    .selectAll()
    .where('projectId', '=', id)
    .orderBy('year')
    .orderBy('month')
    .execute();
  const ytd = new Map<number, number>();
  const progress = progressRows.map((r) => {
    const sum = (ytd.get(r.year) ?? 0) + r.investment;
    ytd.set(r.year, sum);
    return {
      year: r.year,
      month: r.month,
      investment: r.investment,
      investmentYtd: sum,
      investmentToDate: r.investmentToDate,
      stage: r.stage && isStage(r.stage) ? r.stage : null,
      imageNote: r.imageNote,
      problems: r.problems,
      source: r.source,
      updatedAt: r.updatedAt,
    };
  });
  const lead = row.leadId
    ? ((await db
        .selectFrom('projectLead')
        .select(['id', 'targetCompany'])
        .where('id', '=', row.leadId)
        .executeTakeFirst()) ?? null)
    : null;
  const latest = new Map<Stage, number>();
  for (const e of p.events) latest.set(e.stage, Math.max(latest.get(e.stage) ?? 0, e.id));
  const { items: coordinationProblems } = await listProblems(db, ctx, { projectId: id, format: 'json' });
  return {
    ...summarize(p, defaultMonth(row.listYear)),
    investorUscc: row.investorUscc,
    plannedSignOn: row.plannedSignOn,
    countyOfficer: row.countyOfficer,
    cityLiaison: row.cityLiaison,
    investmentPlans: plans,
    events: p.events.map((e) => ({
      id: e.id,
      stage: e.stage,
      occurredOn: e.occurredOn,
      note: e.note,
      recordedBy: e.recordedBy,
      recordedAt: e.recordedAt,
      superseded: latest.get(e.stage) !== e.id,
    })),
    progress,
    revisions: await listProgressRevisions(db, id),
    lead,
    coordinationProblems,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

type Input = z.infer<typeof ProjectInput>;

function projectFields(input: Partial<Input>) {
  const set = <K extends string, V>(key: K, value: V | undefined) =>
    value === undefined ? {} : ({ [key]: value } as Record<K, V>);
  return {
    ...set('name', input.name),
    ...set('investorName', input.investorName),
    ...set('investorUscc', input.investorUscc),
    ...set('regionCode', input.regionCode),
    ...set('industryCode', input.industryCode),
    ...set('clusterCode', input.clusterCode),
    ...set('totalInvestment', input.totalInvestment),
    ...set('listYear', input.listYear),
    ...set('listedOn', input.listedOn),
    ...set('demonstration', input.demonstration === undefined ? undefined : input.demonstration ? 1 : 0),
    ...set('plannedSignOn', input.plannedSignOn),
    ...set('plannedStartOn', input.plannedStartOn),
    ...set('plannedCompletionOn', input.plannedCompletionOn),
    ...set('plannedProductionOn', input.plannedProductionOn),
    ...set('countyOfficer', input.countyOfficer),
    ...set('cityLiaison', input.cityLiaison),
  };
}

async function checkReferences(db: Q, input: Partial<Input>): Promise<void> {
  if (input.regionCode !== undefined) await assertCounty(db, input.regionCode);
  if (input.industryCode !== undefined) await assertIndustry(db, input.industryCode);
  if (input.clusterCode) {
    const found = await db
      .selectFrom('cluster')
      .select('code')
      .where('code', '=', input.clusterCode)
      .executeTakeFirst();
    if (!found) throw new BadRequestError('invalid_cluster', `clusterCode: 未知集聚区「${input.clusterCode}」`);
  }
  const years = (input.investmentPlans ?? []).map((p) => p.year);
  if (new Set(years).size !== years.length) {
    throw new BadRequestError('invalid_plans', 'investmentPlans: 同一年份出现两次 / a year appears twice');
  }
}

async function writePlans(trx: Q, projectId: number, plans: Input['investmentPlans']): Promise<void> {
  if (plans === undefined) return;
  await trx.deleteFrom('projectInvestmentPlan').where('projectId', '=', projectId).execute();
  if (plans.length) {
    await trx
      .insertInto('projectInvestmentPlan')
      .values(plans.map((p) => ({ projectId, year: p.year, plannedInvestment: p.plannedInvestment })))
      .execute();
  }
}

/** Creates a project (the office anywhere, a county officer in their county); audited. */
export async function createProject(db: Q, ctx: RequestContext, input: Input): Promise<number> {
  await checkNewProject(db, ctx, input);
  return db.transaction().execute((trx) => insertProject(trx, ctx, input, null));
}

/** What a new project must satisfy before it is written: a county in the caller's scope, known references. */
export async function checkNewProject(db: Q, ctx: RequestContext, input: Input): Promise<void> {
  assertWritableRegion(ctx, input.regionCode);
  await checkReferences(db, input);
}

/**
 * Writes a checked project, its plans and its audit event inside the caller's transaction `trx` (a lead's
 * conversion writes the lead in the same one), so all land or none.
 */
export async function insertProject(trx: Q, ctx: RequestContext, input: Input, leadId: number | null) {
  const now = nowIso();
  const clash = await trx.selectFrom('project').select('id').where('code', '=', input.code).executeTakeFirst();
  if (clash) throw new BadRequestError('duplicate_code', `code: 项目代码「${input.code}」已存在 / code exists`);
  const { id } = await trx
    .insertInto('project')
    .values({
      code: input.code,
      investorUscc: null,
      clusterCode: null,
      demonstration: 0,
      plannedSignOn: null,
      plannedStartOn: null,
      plannedCompletionOn: null,
      plannedProductionOn: null,
      countyOfficer: null,
      cityLiaison: null,
      ...projectFields(input),
      name: input.name,
      investorName: input.investorName,
      regionCode: input.regionCode,
      industryCode: input.industryCode,
      totalInvestment: input.totalInvestment,
      listYear: input.listYear,
      listedOn: input.listedOn ?? `${input.listYear}-01-01`,
      leadId,
      createdAt: now,
      updatedAt: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await writePlans(trx, id, input.investmentPlans);
  await recordAudit(trx, ctx, {
    action: 'create',
    entityType: 'project',
    entityId: id,
    after: leadId === null ? input : { ...input, leadId },
  });
  return id;
}

async function loadWritable(db: Q, ctx: RequestContext, id: number): Promise<ProjectRow> {
  const row = await db.selectFrom('project').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !inScope(readScope(ctx))(row.regionCode)) throw notFound(id);
  // Readable but not writable (a leader) never gets here: the route allows only admin and county.
  if (!inScope(writeScope(ctx))(row.regionCode)) throw notFound(id);
  return row;
}

export async function updateProject(db: Q, ctx: RequestContext, id: number, patch: z.infer<typeof ProjectPatch>) {
  const before = await loadWritable(db, ctx, id);
  if (patch.regionCode !== undefined) assertWritableRegion(ctx, patch.regionCode);
  await checkReferences(db, patch);
  await db.transaction().execute(async (trx) => {
    const fields = projectFields(patch);
    await trx
      .updateTable('project')
      .set({ ...fields, updatedAt: nowIso() })
      .where('id', '=', id)
      .execute();
    await writePlans(trx, id, patch.investmentPlans);
    await recordAudit(trx, ctx, { action: 'update', entityType: 'project', entityId: id, before, after: patch });
  });
  return getProject(db, ctx, id);
}

/** Records a stage reached on a day: a new event, never an edit; a later record of the same stage corrects it. */
export async function addStageEvent(db: Q, ctx: RequestContext, id: number, body: z.infer<typeof StageEventBody>) {
  await loadWritable(db, ctx, id);
  await db.transaction().execute(async (trx) => {
    const event = await trx
      .insertInto('projectStageEvent')
      .values({
        projectId: id,
        stage: body.stage,
        occurredOn: body.occurredOn,
        note: body.note ?? null,
        recordedBy: ctx.actor?.login ?? ctx.system ?? 'system',
        recordedAt: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'stage',
      entityType: 'project',
      entityId: id,
      after: { eventId: event.id, ...body },
    });
  });
  return getProject(db, ctx, id);
}

/** The monthly return of one project, by form: inserted or replaced (changed fields kept as revisions), audited. */
export async function saveProgress(
  db: Q,
  ctx: RequestContext,
  id: number,
  period: string,
  body: z.infer<typeof ProgressBody>,
) {
  await loadWritable(db, ctx, id);
  const [year, month] = period.split('-').map(Number) as [number, number];
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('projectProgress')
      .selectAll()
      .where('projectId', '=', id)
      .where('year', '=', year)
      .where('month', '=', month)
      .executeTakeFirst();
    const figures = {
      investment: body.investment,
      investmentToDate: body.investmentToDate ?? null,
      stage: body.stage ?? null,
      imageNote: body.imageNote ?? null,
      problems: body.problems ?? null,
    };
    const by = ctx.actor?.login ?? ctx.system ?? 'system';
    const now = nowIso();
    const values = { ...figures, source: 'form', batchId: null, recordedBy: by, updatedAt: now };
    if (before) {
      // The old values of what this entry changes stay as revisions.
      await recordProgressRevisions(trx, { projectId: id, year, month }, progressChanges(before, figures), {
        source: 'form',
        batchId: null,
        by,
        now,
      });
      await trx
        .updateTable('projectProgress')
        .set(values)
        .where('projectId', '=', id)
        .where('year', '=', year)
        .where('month', '=', month)
        .execute();
    } else {
      await trx
        .insertInto('projectProgress')
        .values({ projectId: id, year, month, ...values })
        .execute();
    }
    await recordAudit(trx, ctx, {
      action: before ? 'update' : 'create',
      entityType: 'project_progress',
      entityId: `${id}/${period}`,
      ...(before ? { before } : {}),
      after: body,
    });
  });
  return getProject(db, ctx, id);
}

import ExcelJS from 'exceljs';
import { UpdateQueryNode, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { grant, makeUser, sessionFor } from '../../../test/factories.js';
import { systemContext } from '../auth/actor.js';
import { convertLead, createLead } from './leads.service.js';
import { projectMeasuresByCounty } from './project-measures.service.js';

const NANHU = '330402';
const JIASHAN = '330421';

describe(`major projects over HTTP (${testDialect})`, () => {
  let t: TestApp;
  let office: Record<string, string>;
  let nanhu: Record<string, string>;
  let jiashan: Record<string, string>;
  let leader: Record<string, string>;

  const call = async (
    headers: Record<string, string>,
    method: 'GET' | 'POST' | 'PATCH' | 'PUT',
    url: string,
    payload?: unknown,
  ) => t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  const project = (code: string, over: Record<string, unknown> = {}) => ({
    code,
    name: `项目${code}`,
    investorName: '某某新材料有限公司',
    regionCode: NANHU,
    industryCode: 'new-materials',
    totalInvestment: 500_000_000,
    listYear: 2013,
    plannedStartOn: '2013-03-31',
    plannedCompletionOn: '2014-06-30',
    investmentPlans: [{ year: 2013, plannedInvestment: 120_000_000 }],
    ...over,
  });

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    const headersOf = async (roles: Parameters<typeof makeUser>[1]) =>
      (await sessionFor(db, (await makeUser(db, roles)).id)).headers;
    office = await headersOf([grant('admin')]);
    nanhu = await headersOf([grant('county', NANHU)]);
    jiashan = await headersOf([grant('county', JIASHAN)]);
    leader = await headersOf([grant('leader')]);
  });
  afterAll(() => t.close());

  let a = 0;
  let b = 0;

  it('puts projects on the list, keeps the stage history as events and measures them', async () => {
    const created = await call(nanhu, 'POST', '/api/v1/projects', project('2013-001'));
    expect(created.statusCode, created.body).toBe(201);
    a = created.json<{ id: number }>().id;
    // Added mid-year in Jiashan by the office, planned 60m over July–December.
    const mid = await call(
      office,
      'POST',
      '/api/v1/projects',
      project('2013-002', {
        regionCode: JIASHAN,
        industryCode: 'iot',
        listedOn: '2013-07-01',
        plannedStartOn: '2013-10-31',
        investmentPlans: [{ year: 2013, plannedInvestment: 60_000_000 }],
      }),
    );
    expect(mid.statusCode, mid.body).toBe(201);
    b = mid.json<{ id: number }>().id;

    // A county officer cannot create in another county, and does not see it exists.
    expect((await call(jiashan, 'POST', '/api/v1/projects', project('2013-003'))).statusCode).toBe(404);
    expect((await call(nanhu, 'POST', '/api/v1/projects', project('2013-001'))).json()).toMatchObject({
      error: { code: 'duplicate_code' },
    });
    expect(
      (await call(office, 'POST', '/api/v1/projects', project('x', { regionCode: '330400' }))).json(),
    ).toMatchObject({
      error: { code: 'invalid_region' },
    });

    await call(nanhu, 'POST', `/api/v1/projects/${a}/stage-events`, { stage: 'signed', occurredOn: '2013-01-20' });
    await call(nanhu, 'POST', `/api/v1/projects/${a}/stage-events`, { stage: 'started', occurredOn: '2013-05-10' });
    // A correction is a new event: the date changes, the old record stays (superseded).
    const corrected = await call(nanhu, 'POST', `/api/v1/projects/${a}/stage-events`, {
      stage: 'started',
      occurredOn: '2013-05-02',
      note: '更正开工日期',
    });
    expect(corrected.statusCode).toBe(201);
    const detail = corrected.json<{
      stage: string;
      stageDates: Record<string, string>;
      events: { stage: string; occurredOn: string; superseded: boolean }[];
    }>();
    expect(detail.stage).toBe('started');
    expect(detail.stageDates).toEqual({ signed: '2013-01-20', started: '2013-05-02' });
    expect(detail.events.map((e) => [e.stage, e.occurredOn, e.superseded])).toEqual([
      ['signed', '2013-01-20', false],
      ['started', '2013-05-02', false],
      ['started', '2013-05-10', true],
    ]);

    // Monthly returns by form: 10m in January, 20m in March, 15m in June.
    for (const [period, investment] of [
      ['2013-01', 10_000_000],
      ['2013-03', 20_000_000],
      ['2013-06', 15_000_000],
    ] as const) {
      const res = await call(nanhu, 'PUT', `/api/v1/projects/${a}/progress/${period}`, { investment });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await call(jiashan, 'PUT', `/api/v1/projects/${a}/progress/2013-02`, { investment: 1 })).statusCode).toBe(
      404,
    );
    expect((await call(leader, 'PUT', `/api/v1/projects/${a}/progress/2013-02`, { investment: 1 })).statusCode).toBe(
      403,
    );
  });

  it('lists the year with the time-proportional plan, rates and marks, within scope', async () => {
    // End of June: A expects 120m × 6/12 = 60m, completed 45m → 75%: yellow card. B is not listed yet.
    const june = await call(leader, 'GET', '/api/v1/projects?year=2013&month=6');
    const items = june.json<{ items: Record<string, unknown>[] }>().items;
    expect(items.map((p) => p.code)).toEqual(['2013-001', '2013-002']);
    expect(items[0]).toMatchObject({
      investmentExpected: 60_000_000,
      investmentCompleted: 45_000_000,
      investmentRatio: 0.75,
      flag: 'yellow',
      stage: 'started',
    });
    // B, added in July, owes nothing in June.
    expect(items[1]).toMatchObject({ investmentExpected: 0, flag: null });

    // A county officer sees only their county's projects, and another county's project answers 404.
    const own = await call(jiashan, 'GET', '/api/v1/projects?year=2013');
    expect(own.json<{ items: { code: string }[] }>().items.map((p) => p.code)).toEqual(['2013-002']);
    expect((await call(jiashan, 'GET', `/api/v1/projects/${a}`)).statusCode).toBe(404);
    expect((await call(nanhu, 'GET', `/api/v1/projects/${a}`)).statusCode).toBe(200);

    // December: B has not started (planned 10-31, 2 months late: yellow) and has no investment (red).
    const dec = await call(office, 'GET', '/api/v1/projects?year=2013&month=12&overdue=start');
    expect(dec.json<{ items: { code: string; flag: string }[] }>().items).toMatchObject([
      { code: '2013-002', flag: 'red' },
    ]);

    const measures = await call(office, 'GET', '/api/v1/project-measures?year=2013&month=7');
    const m = measures.json<{
      total: Record<string, unknown>;
      byCounty: { key: string; listed: number; started: number }[];
      funnel: Record<string, unknown>;
    }>();
    // July: A and B listed; A started. 时序: A 70m + B 10m (60m × 1/6) expected; 45m completed.
    expect(m.total).toMatchObject({
      listed: 2,
      started: 1,
      startRate: 0.5,
      investmentExpected: 80_000_000,
      investmentCompleted: 45_000_000,
      investmentProgress: 45 / 80,
    });
    expect(m.byCounty.map((c) => [c.key, c.listed, c.started])).toEqual([
      [NANHU, 1, 1],
      [JIASHAN, 1, 0],
    ]);
    expect(m.funnel).toMatchObject({ listed: 2, signed: 1, started: 1, signToStart: { medianDays: 102, n: 1 } });

    const byCounty = await projectMeasuresByCounty(t.database.db, 2013);
    expect(byCounty).toEqual([
      {
        regionCode: NANHU,
        listed: 1,
        started: 1,
        producing: 0,
        startRate: 1,
        productionRate: 0,
        investmentPlanned: 120_000_000,
        investmentCompleted: 45_000_000,
        investmentProgress: 0.375,
      },
      {
        regionCode: JIASHAN,
        listed: 1,
        started: 0,
        producing: 0,
        startRate: 0,
        productionRate: 0,
        investmentPlanned: 60_000_000,
        investmentCompleted: 0,
        investmentProgress: 0,
      },
    ]);
  });

  it('exports the list to Excel', async () => {
    const res = await call(office, 'GET', '/api/v1/projects?year=2013&format=xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('项目代码');
    expect(sheet?.getRow(2).getCell(1).value).toBe('2013-001');
    expect(sheet?.rowCount).toBe(3);
  });

  it('imports monthly progress all or nothing, with reasons, and a dry run writes nothing', async () => {
    const upload = (headers: Record<string, string>, csv: string, dryRun = false) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/project-progress/imports?fileName=p.csv${dryRun ? '&dryRun=true' : ''}`,
        headers: { ...headers, 'content-type': 'application/octet-stream' },
        payload: Buffer.from(csv, 'utf8'),
      });
    const before = await t.database.db.selectFrom('projectProgress').selectAll().execute();

    const bad = await upload(
      office,
      [
        '项目代码,报告期,本月完成投资(万元),项目阶段',
        '2013-001,2013-07,1500,开工',
        '2013-999,2013-07,10,开工', // unknown code
        '2013-001,2013-13,10,开工', // not a month
        '2013-002,2013-08,-5,开工', // negative
        '2013-002,2013-09,abc,动工', // not a number, unknown stage
        '2013-001,2013-07,20,', // duplicate of row 2
      ].join('\n'),
    );
    expect(bad.statusCode).toBe(200);
    const outcome = bad.json<{
      status: string;
      problems: { row: number; column: string; code: string; value: string }[];
    }>();
    expect(outcome.status).toBe('rejected');
    expect(outcome.problems.map((p) => [p.row, p.column, p.code, p.value])).toEqual([
      [3, '项目代码', 'unknown_project', '2013-999'],
      [4, '报告期', 'period', '2013-13'],
      [5, '本月完成投资(万元)', 'negative', '-5'],
      [6, '本月完成投资(万元)', 'not_a_number', 'abc'],
      [6, '项目阶段', 'unknown_stage', '动工'],
      [7, null, 'duplicate_row', null],
    ]);
    expect(await t.database.db.selectFrom('projectProgress').selectAll().execute()).toEqual(before);

    // A money column without its unit is refused at the header.
    const noUnit = await upload(office, '项目代码,报告期,本月完成投资\n2013-001,2013-07,1\n');
    expect(noUnit.json<{ problems: { code: string }[] }>().problems.map((p) => p.code)).toEqual(['unit_missing']);

    // Jiashan's officer cannot report on Nanhu's project: it is unknown to them.
    const other = await upload(jiashan, '项目代码,报告期,本月完成投资(万元)\n2013-001,2013-07,1\n');
    expect(other.json<{ problems: { code: string }[] }>().problems.map((p) => p.code)).toEqual(['unknown_project']);

    const good =
      '项目代码,报告期,本月完成投资(万元),形象进度\n2013-001,2013-06,1500,主体封顶\n2013-002,2013年8月,0.07,\n';
    const dry = await upload(office, good, true);
    expect(dry.json()).toMatchObject({ status: 'dry_run', inserted: 1, changed: 1, unchanged: 0 });
    expect(await t.database.db.selectFrom('projectProgress').selectAll().execute()).toEqual(before);

    const done = await upload(office, good);
    expect(done.json()).toMatchObject({ status: 'committed', rows: 2, inserted: 1, changed: 1 });
    const rows = await t.database.db
      .selectFrom('projectProgress')
      .select(['projectId', 'year', 'month', 'investment', 'source', 'imageNote'])
      .orderBy('projectId')
      .orderBy('month')
      .execute();
    expect(rows.filter((r) => r.projectId === b)).toEqual([
      { projectId: b, year: 2013, month: 8, investment: 700, source: 'import', imageNote: null },
    ]);
    expect(rows.find((r) => r.projectId === a && r.month === 6)).toMatchObject({
      investment: 15_000_000,
      source: 'import',
      imageNote: '主体封顶',
    });
  });

  it('keeps the old values of re-imported and re-entered returns as revisions', async () => {
    const db = t.database.db;
    const upload = (csv: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/project-progress/imports?fileName=again.csv',
        headers: { ...office, 'content-type': 'application/octet-stream' },
        payload: Buffer.from(csv, 'utf8'),
      });
    const revisions = () => db.selectFrom('projectProgressRevision').selectAll().orderBy('id').execute();
    const before = await revisions();

    // The same two rows as the last import, one figure changed: 1500 → 1600 万元 for 2013-001 in June.
    const again = await upload(
      '项目代码,报告期,本月完成投资(万元),形象进度\n2013-001,2013-06,1600,主体封顶\n2013-002,2013年8月,0.07,\n',
    );
    const outcome = again.json<{ status: string; batchId: number; changed: number; unchanged: number }>();
    expect(outcome).toMatchObject({ status: 'committed', changed: 1, unchanged: 1 });
    const added = (await revisions()).slice(before.length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({
      projectId: a,
      year: 2013,
      month: 6,
      field: 'investment',
      oldValue: 15_000_000,
      newValue: 16_000_000,
      source: 'import',
      batchId: outcome.batchId,
    });
    expect(added[0]?.revisedBy).toBeTruthy();

    // Re-entered by form: the same values again change nothing; a new 形象进度 is one revision of text.
    const period = (body: object) => call(nanhu, 'PUT', `/api/v1/projects/${a}/progress/2013-06`, body);
    expect((await period({ investment: 16_000_000, imageNote: '主体封顶' })).statusCode).toBe(200);
    expect(await revisions()).toHaveLength(before.length + 1);
    const res = await period({ investment: 16_000_000, imageNote: '设备安装' });
    expect(res.statusCode, res.body).toBe(200);
    const detail = res.json<{ revisions: Record<string, unknown>[] }>();
    expect(detail.revisions.slice(0, 2)).toMatchObject([
      {
        period: '2013-06',
        field: 'imageNote',
        oldText: '主体封顶',
        newText: '设备安装',
        source: 'form',
        batchId: null,
      },
      {
        period: '2013-06',
        field: 'investment',
        oldValue: 15_000_000,
        newValue: 16_000_000,
        source: 'import',
        fileName: 'again.csv',
      },
    ]);
    // Another county's officer does not see the project, nor its revisions.
    expect((await call(jiashan, 'GET', `/api/v1/projects/${a}`)).statusCode).toBe(404);
  });

  it('converts a lead into a project that keeps the link', async () => {
    const lead = await call(nanhu, 'POST', '/api/v1/project-leads', {
      targetCompany: '某世界500强化工集团',
      kind: 'fortune500',
      industryCode: 'new-materials',
      regionCode: NANHU,
      owner: '张三',
      nextStep: '赴总部洽谈',
      nextStepDue: '2013-09-30',
    });
    expect(lead.statusCode, lead.body).toBe(201);
    const id = lead.json<{ id: number }>().id;
    expect((await call(jiashan, 'PATCH', `/api/v1/project-leads/${id}`, { stage: 'negotiating' })).statusCode).toBe(
      404,
    );
    expect((await call(jiashan, 'GET', '/api/v1/project-leads')).json<{ items: unknown[] }>().items).toEqual([]);
    const converted = await call(nanhu, 'POST', `/api/v1/project-leads/${id}/convert`, {
      code: '2013-010',
      name: '高性能聚碳酸酯项目',
      totalInvestment: 2_000_000_000,
      listYear: 2013,
      listedOn: '2013-09-15',
    });
    expect(converted.statusCode, converted.body).toBe(201);
    expect(converted.json()).toMatchObject({
      code: '2013-010',
      investorName: '某世界500强化工集团',
      regionCode: NANHU,
      lead: { id, targetCompany: '某世界500强化工集团' },
    });
    const leads = await call(office, 'GET', '/api/v1/project-leads');
    expect(leads.json<{ items: unknown[] }>().items).toMatchObject([
      { id, stage: 'converted', projectCode: '2013-010' },
    ]);
  });

  it('converts a lead in one transaction: a failure after the project is written leaves neither', async () => {
    const db = t.database.db;
    const ctx = systemContext('test');
    const lead = await createLead(db, ctx, {
      targetCompany: '某央企新能源公司',
      kind: 'central_soe',
      industryCode: 'new-energy',
      regionCode: JIASHAN,
      owner: '李四',
    });
    // Every UPDATE of project_lead fails: the project and its audit event are already written by then.
    const failLeadUpdate: KyselyPlugin = {
      transformQuery: ({ node }) => {
        if (UpdateQueryNode.is(node) && /"(project_lead|projectLead)"/.test(JSON.stringify(node.table))) {
          throw new Error('simulated failure marking the lead');
        }
        return node;
      },
      transformResult: ({ result }) => Promise.resolve(result),
    };
    const auditsBefore = await db.selectFrom('auditEvent').select('id').execute();
    await expect(
      convertLead(db.withPlugin(failLeadUpdate), ctx, lead.id, {
        code: '2013-020',
        name: '央企光伏项目',
        totalInvestment: 300_000_000,
        listYear: 2013,
      }),
    ).rejects.toThrow('simulated failure');
    expect(await db.selectFrom('project').select('id').where('code', '=', '2013-020').execute()).toEqual([]);
    expect(
      await db.selectFrom('projectLead').select(['stage', 'projectId']).where('id', '=', lead.id).execute(),
    ).toEqual([{ stage: 'contact', projectId: null }]);
    expect(await db.selectFrom('auditEvent').select('id').execute()).toEqual(auditsBefore);

    // Without the failure it converts: project and lead together, each audited.
    const detail = await convertLead(db, ctx, lead.id, {
      code: '2013-020',
      name: '央企光伏项目',
      totalInvestment: 300_000_000,
      listYear: 2013,
    });
    expect(detail).toMatchObject({ code: '2013-020', lead: { id: lead.id }, regionCode: JIASHAN });
    const audits = await db
      .selectFrom('auditEvent')
      .select(['action', 'entityType', 'entityId'])
      .where('id', 'not in', auditsBefore.length ? auditsBefore.map((a) => a.id) : [-1])
      .orderBy('id')
      .execute();
    expect(audits).toEqual([
      { action: 'create', entityType: 'project', entityId: String(detail.id) },
      { action: 'convert', entityType: 'project_lead', entityId: String(lead.id) },
    ]);
    // A second conversion is refused and writes nothing.
    await expect(
      convertLead(db, ctx, lead.id, { code: '2013-021', name: '再转', totalInvestment: 1, listYear: 2013 }),
    ).rejects.toMatchObject({ code: 'already_converted' });
    expect(await db.selectFrom('project').select('id').where('code', '=', '2013-021').execute()).toEqual([]);
  });

  it('tracks problems to resolution and checks a meeting’s follow-ups at the next meeting', async () => {
    const p1 = await call(nanhu, 'POST', '/api/v1/coordination-problems', {
      title: '用地指标不足',
      projectId: a,
      department: '市国土资源局',
      dueOn: '2013-08-31',
      raisedOn: '2013-07-05',
    });
    expect(p1.statusCode, p1.body).toBe(201);
    expect(p1.json()).toMatchObject({ regionCode: NANHU, status: 'open', overdue: true });
    const p2 = await call(jiashan, 'POST', '/api/v1/coordination-problems', {
      title: '电力增容',
      regionCode: JIASHAN,
      department: '嘉兴电力局',
      dueOn: '2013-09-15',
    });
    const p3 = await call(office, 'POST', '/api/v1/coordination-problems', {
      title: '环评审批',
      regionCode: NANHU,
      dueOn: '2099-12-31',
    });
    const [id1, id2, id3] = [p1, p2, p3].map((r) => r.json<{ id: number }>().id) as [number, number, number];
    expect(
      (await call(jiashan, 'PATCH', `/api/v1/coordination-problems/${id1}`, { status: 'resolved' })).statusCode,
    ).toBe(404);

    const m1 = await call(office, 'POST', '/api/v1/coordination-meetings', {
      heldOn: '2013-07-20',
      title: '第三季度第一次协调会',
      attendees: '市经信委、市国土资源局、嘉兴电力局',
      decisions: '国土局8月底前落实用地指标',
      problems: [
        { problemId: id1, followUp: '8月底前落实指标' },
        { problemId: id2, followUp: '9月中旬完成增容' },
        { problemId: id3, followUp: '加快审批' },
      ],
    });
    expect(m1.statusCode, m1.body).toBe(201);
    // Resolved before the next meeting: problem 1. Problem 2 stays open past its due date; problem 3 is not due.
    const resolved = await call(nanhu, 'PATCH', `/api/v1/coordination-problems/${id1}`, {
      status: 'resolved',
      resolution: '已调剂用地指标 120 亩',
      resolvedOn: '2013-08-28',
    });
    expect(resolved.json()).toMatchObject({ status: 'resolved', overdue: false, meetings: [{ heldOn: '2013-07-20' }] });
    const m2 = await call(office, 'POST', '/api/v1/coordination-meetings', {
      heldOn: '2013-09-20',
      title: '第三季度第二次协调会',
      attendees: '市经信委',
      problems: [{ problemId: id2, discussion: '电力局说明原因' }],
    });
    const m2id = m2.json<{ id: number }>().id;
    const page = await call(office, 'GET', `/api/v1/coordination-meetings/${m2id}`);
    const previous = page.json<{
      previous: { followUps: { problem: { id: number }; check: string; discussedAgain: boolean }[] };
    }>().previous;
    expect(previous.followUps.map((f) => [f.problem.id, f.check, f.discussedAgain])).toEqual([
      [id1, 'done', false],
      [id2, 'overdue', true],
      [id3, 'open', false],
    ]);
    // Jiashan's officer sees only their county's items of the meetings.
    const theirs = await call(jiashan, 'GET', `/api/v1/coordination-meetings/${m2id}`);
    expect(theirs.json<{ previous: { followUps: unknown[] } }>().previous.followUps).toHaveLength(1);
    const overdue = await call(office, 'GET', '/api/v1/coordination-problems?overdue=true');
    expect(overdue.json<{ items: { id: number }[] }>().items.map((p) => p.id)).toEqual([id2]);
    const audit = await t.database.db
      .selectFrom('auditEvent')
      .select('entityType')
      .where('entityType', 'in', ['coordination_problem', 'coordination_meeting', 'project', 'project_lead'])
      .execute();
    expect(audit.length).toBeGreaterThan(10);
  });
});

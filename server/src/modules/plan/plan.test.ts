import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { buildTestApp, jiaxingPlanFile, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import type { Db } from '../../db/database.js';
import { parsePlanText } from './plan-file.js';
import type { PlanFile } from './plan-file.schema.js';
import type { PlanOverview } from './plan.schema.js';
import { loadPlan } from './plan.service.js';

const jiaxingText = fs.readFileSync(jiaxingPlanFile, 'utf8');

function planFrom(edit: (doc: ReturnType<typeof parseDocument>) => void = () => {}): PlanFile {
  const doc = parseDocument(jiaxingText);
  edit(doc);
  const result = parsePlanText(doc.toString());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.plan;
}

const tables = [
  'plan',
  'planVersion',
  'region',
  'indicator',
  'industry',
  'industrySubsector',
  'keyProduct',
  'catalogueEntry',
  'cluster',
  'focusIndustry',
  'target',
  'specialFundUse',
  'taxRefundStep',
  'assessmentScheme',
  'assessmentCriterion',
] as const;

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

describe(`plan module over HTTP (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('GET /api/health names the database and the plan', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: testDialect, plan: 'jiaxing-2011' });
  });

  it('GET /api/v1/plan answers the plan from the reference tables', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/plan' });
    expect(res.statusCode).toBe(200);
    const plan = res.json<PlanOverview>();
    expect(plan.id).toBe('jiaxing-2011');
    expect(plan.document.number).toBe('嘉政发〔2011〕47号');
    expect(plan.industries.map((i) => i.code)).toEqual([
      'new-energy',
      'new-materials',
      'iot',
      'energy-saving',
      'bio',
      'nuclear',
    ]);
    expect(plan.regions.filter((r) => r.parentCode === '330400').map((r) => r.code)).toEqual([
      '330402',
      '330411',
      '330421',
      '330424',
      '330481',
      '330482',
      '330483',
    ]);
    const level = plan.targets.find((x) => x.id === 'sei-output-level');
    expect(level).toMatchObject({ kind: 'level', value: 3600e8, unit: 'yuan', displayUnit: '亿元', tolerance: 0.05 });
    expect(plan.targets).toHaveLength(12);
    expect(plan.instruments.specialFund.annualBudgetFen).toBe(50_000_000_000);
    expect(plan.instruments.taxRefund.schedule).toEqual([
      { years: 3, rate: 1 },
      { years: 3, rate: 0.5 },
    ]);
    expect(plan.focusIndustries).toHaveLength(7);
    expect(plan.clusters.every((c) => plan.regions.some((r) => r.code === c.regionCode))).toBe(true);
    expect(plan.assessmentScheme.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });

  it('GET /api/v1/plan/catalogue lists the latest year, filtered by industry', async () => {
    const all = await t.app.inject({ method: 'GET', url: '/api/v1/plan/catalogue' });
    expect(all.statusCode).toBe(200);
    const body = all.json<{ year: number; items: { industryCode: string; keywords: string[] }[] }>();
    expect(body.year).toBe(2011);
    expect(body.items.length).toBeGreaterThan(60);
    const bio = await t.app.inject({ method: 'GET', url: '/api/v1/plan/catalogue?industry=bio' });
    const bioItems = bio.json<typeof body>().items;
    expect(bioItems.length).toBeGreaterThan(0);
    expect(bioItems.every((e) => e.industryCode === 'bio' && e.keywords.length > 0)).toBe(true);
  });

  it('refuses a malformed query with the error shape naming the field', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/plan/catalogue?year=abc' });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.message).toContain('querystring.year');
  });

  it('answers unknown API routes with the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'no route GET /api/v1/nothing-here' } });
  });

  it('serves the OpenAPI description at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const spec = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/v1/plan', '/api/v1/plan/catalogue']),
    );
  });
});

describe(`loading a plan (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ loadPlan: false });
  });
  afterAll(() => t.close());

  it('answers 404 with a clear message while no plan is loaded', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/plan' });
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('plan load');
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toMatchObject({ status: 'ok', plan: null });
  });

  it('loads the Jiaxing plan, and loading it again changes nothing', async () => {
    const db = t.database.db;
    const first = await loadPlan(db, planFrom(), jiaxingPlanFile);
    expect(first).toEqual({ planId: 'jiaxing-2011', version: 1, status: 'created' });
    const afterFirst = await rowCounts(db);
    expect(afterFirst).toMatchObject({
      plan: 1,
      planVersion: 1,
      region: 10,
      industry: 6,
      target: 12,
      taxRefundStep: 2,
    });

    const second = await loadPlan(db, planFrom(), jiaxingPlanFile);
    expect(second).toEqual({ planId: 'jiaxing-2011', version: 1, status: 'unchanged' });
    expect(await rowCounts(db)).toEqual(afterFirst);
  });

  it('a changed file becomes a new version; removed rows go, kept rows stay', async () => {
    const db = t.database.db;
    const before = await rowCounts(db);
    const changed = planFrom((doc) => {
      doc.setIn(['targets', 1, 'value'], 3700e8);
      doc.deleteIn(['clusters', 0]);
    });
    const result = await loadPlan(db, changed, 'jiaxing-2011-revised.yaml');
    expect(result).toEqual({ planId: 'jiaxing-2011', version: 2, status: 'updated' });
    const after = await rowCounts(db);
    expect(after.cluster).toBe((before.cluster ?? 0) - 1);
    expect(after.planVersion).toBe(2);
    expect(after.target).toBe(before.target);

    const level = await db
      .selectFrom('target')
      .select('value')
      .where('id', '=', 'sei-output-level')
      .executeTakeFirstOrThrow();
    expect(level.value).toBe(3700e8);
    const versions = await t.app.inject({ method: 'GET', url: '/api/v1/plan/versions' });
    expect(
      versions.json<{ items: { version: number; fileName: string }[] }>().items.map((v) => [v.version, v.fileName]),
    ).toEqual([
      [2, 'jiaxing-2011-revised.yaml'],
      [1, 'jiaxing-2011.yaml'],
    ]);
  });

  it('records each plan version it loads in the audit trail, and nothing for an unchanged load', async () => {
    const events = await t.database.db
      .selectFrom('auditEvent')
      .select(['action', 'entityId', 'login', 'beforeJson', 'afterJson'])
      .where('entityType', '=', 'plan')
      .orderBy('id')
      .execute();
    expect(events.map((e) => [e.action, e.entityId, e.login])).toEqual([
      ['create', 'jiaxing-2011', 'system:cli'],
      ['update', 'jiaxing-2011', 'system:cli'],
    ]);
    expect(JSON.parse(events[1]?.beforeJson ?? '{}')).toEqual({ version: 1 });
    expect(JSON.parse(events[1]?.afterJson ?? '{}')).toMatchObject({
      version: 2,
      fileName: 'jiaxing-2011-revised.yaml',
    });
  });

  it('refuses a changed assessment scheme under the same version, and writes nothing', async () => {
    const db = t.database.db;
    const before = await rowCounts(db);
    const changed = planFrom((doc) => {
      doc.setIn(['targets', 1, 'value'], 3800e8);
      doc.setIn(['assessment', 'criteria', 0, 'floor'], 0.01);
    });
    await expect(loadPlan(db, changed, 'x.yaml')).rejects.toThrow(
      /assessment\.version: scheme version 1 is already loaded/,
    );
    expect(await rowCounts(db)).toEqual(before);
    const level = await db
      .selectFrom('target')
      .select('value')
      .where('id', '=', 'sei-output-level')
      .executeTakeFirstOrThrow();
    expect(level.value).toBe(3700e8);
  });

  it('keeps every assessment scheme version when the scheme changes with a new version', async () => {
    const db = t.database.db;
    const changed = planFrom((doc) => {
      doc.setIn(['assessment', 'version'], 2);
      doc.setIn(['assessment', 'criteria', 0, 'floor'], 0.01);
    });
    await loadPlan(db, changed, 'x.yaml');
    const schemes = await db.selectFrom('assessmentScheme').select('version').orderBy('version').execute();
    expect(schemes.map((s) => s.version)).toEqual([1, 2]);
    const plan = (await t.app.inject({ method: 'GET', url: '/api/v1/plan' })).json<PlanOverview>();
    expect(plan.assessmentScheme.version).toBe(2);
    expect(plan.assessmentScheme.criteria[0]?.floor).toBe(0.01);
  });

  it("keeps a county's stated focus industries when the plan is reloaded", async () => {
    const db = t.database.db;
    await db.deleteFrom('focusIndustry').where('regionCode', '=', '330424').execute();
    await db
      .insertInto('focusIndustry')
      .values({
        planId: 'jiaxing-2011',
        regionCode: '330424',
        industryCode: 'bio',
        basis: 'stated',
        note: '县政府确定',
        sortOrder: 0,
      })
      .execute();
    await loadPlan(
      db,
      planFrom((doc) => doc.setIn(['targets', 1, 'value'], 3900e8)),
      'y.yaml',
    );
    const haiyan = await db.selectFrom('focusIndustry').selectAll().where('regionCode', '=', '330424').execute();
    expect(haiyan.map((r) => [r.industryCode, r.basis])).toEqual([['bio', 'stated']]);
  });
});

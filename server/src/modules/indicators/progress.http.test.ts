import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, jiaxingPlanFile, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { grant, makeUser, sessionFor, type TestSession } from '../../../test/factories.js';
import { buildApp } from '../../app.js';
import { projectRoot } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { defaultAuthSettings } from '../auth/auth.settings.js';
import { seedDemo } from '../demo/demo-seed.js';
import { loadPlanFileOrThrow } from '../plan/plan-file.js';
import { loadPlan } from '../plan/plan.service.js';

const run = promisify(execFile);
const { plan } = loadPlanFileOrThrow(jiaxingPlanFile);

/**
 * Progress over HTTP on demo data: every §三 target of the Jiaxing plan has an item with a status computed from data,
 * the wire names of INTERFACES.md, counties see the targets broken down, and warnings name their figure.
 */
describe(`progress, warnings and dashboards over HTTP on demo data (${testDialect})`, () => {
  let t: TestApp;
  let leader: TestSession;
  let county: TestSession;

  beforeAll(async () => {
    t = await buildTestApp();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-progress-'));
    await seedDemo(t.database.db, plan, { enterprises: 120, from: 2010, to: 2013, seed: 5 }, dir);
    leader = await sessionFor(t.database.db, (await makeUser(t.database.db, [grant('leader')])).id);
    county = await sessionFor(t.database.db, (await makeUser(t.database.db, [grant('county', '330421')])).id);
  }, 120_000);
  afterAll(() => t.close());

  const get = async (url: string, who: TestSession = leader) => {
    const res = await t.app.inject({ method: 'GET', url, headers: who.headers });
    return { status: res.statusCode, body: res.json() };
  };

  it('answers every target of the plan with a status from the data, in the wire names of INTERFACES.md', async () => {
    const { status, body } = await get('/api/v1/progress?period=2013');
    expect(status).toBe(200);
    expect(body.period).toBe('2013');
    expect(body.items.map((i: { target: string }) => i.target)).toEqual(plan.targets.map((x) => x.id));
    for (const item of body.items) {
      expect(Object.keys(item)).toEqual(
        expect.arrayContaining([
          'target',
          'kind',
          'indicator',
          'scope',
          'unit',
          'actual',
          'trajectory',
          'target_value',
          'target_year',
          'status',
          'required_annual_growth',
          'forecast',
        ]),
      );
      expect(['on_track', 'at_risk', 'off_track', 'met']).toContain(item.status);
      expect(item.actual).not.toBeNull();
    }
    // The multiple target asks 3 × the 2010 SEI output, read from the same cube the figures come from.
    const figures = await get('/api/v1/figures?period=2010&codes=output_value');
    const multiple = body.items.find((i: { target: string }) => i.target === 'sei-output-multiple');
    expect(multiple.target_value).toBeCloseTo(3 * figures.body.items[0].value, 4);
  });

  it('breaks city amounts down to a county in proportion to its base-year weight', async () => {
    const { body } = await get('/api/v1/progress?period=2013&region=330421', county);
    const level = body.items.find((i: { target: string }) => i.target === 'sei-output-level');
    const base = await get('/api/v1/figures?period=2010&regions=330400,330421&codes=output_value', county);
    const [city, own] = base.body.items;
    expect(level.cascade.basis).toBe('proportional');
    expect(level.cascade.weight).toBeCloseTo(own.value / city.value, 12);
    expect(level.target_value).toBeCloseTo(3600e8 * (own.value / city.value), 2);
    const cascade = await get('/api/v1/targets/sei-output-level/cascade', county);
    const sum = cascade.body.rows.reduce((s: number, r: { value: number | null }) => s + (r.value ?? 0), 0);
    // County × industry values add up to the city's SEI target (all SEI output lies in the seven counties).
    expect(sum).toBeCloseTo(3600e8, -2);
  });

  it('refuses another county’s figures with 404 and a bad period with a message naming it', async () => {
    expect((await get('/api/v1/progress?region=330402', county)).status).toBe(404);
    const bad = await get('/api/v1/progress?period=2013-13');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('period: "2013-13"');
  });

  it('lists warnings with the figure that caused them, only where the status moved', async () => {
    const { body } = await get('/api/v1/warnings?period=2013');
    expect(body.items.length).toBeGreaterThan(0);
    for (const w of body.items) {
      expect(['at_risk', 'off_track']).toContain(w.status);
      expect(w.previousStatus).not.toBe(w.status);
      expect(w.figure).toContain(w.regionName.zh);
    }
    const own = await get('/api/v1/warnings?period=2013', county);
    expect(own.body.items.every((w: { region: string }) => ['330400', '330421'].includes(w.region))).toBe(true);
  });

  it('names the enterprises behind a change, whose changes add up to the total', async () => {
    const { body } = await get('/api/v1/figures/contributors?period=2013&region=330421&limit=200', county);
    const [figure] = (await get('/api/v1/figures?period=2013&regions=330421&codes=output_value', county)).body.items;
    expect(body.total.value).toBeCloseTo(figure.value, 2);
    const changes = body.items.reduce((s: number, i: { change: number }) => s + i.change, 0);
    expect(changes).toBeCloseTo(body.total.change, 2);
    expect(Math.abs(body.items[0].change)).toBeGreaterThanOrEqual(Math.abs(body.items.at(-1).change));
  });

  it('exports a chart’s table as an Excel workbook', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/exports/table',
      headers: leader.headers,
      payload: {
        title: '产值趋势',
        columns: [
          { key: 'y', title: '年份' },
          { key: 'v', title: '产值', unit: '亿元' },
        ],
        rows: [{ y: '2013', v: 12.5 }],
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet?.getRow(2).values).toEqual([undefined, '年份', '产值（亿元）']);
    expect(sheet?.getRow(3).values).toEqual([undefined, '2013', 12.5]);
  });
});

describe('the CLI prints exactly what the API answers', () => {
  it('progress --format json equals GET /api/v1/progress on the same database', { timeout: 180_000 }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-cli-progress-'));
    const url = `sqlite:${path.join(dir, 'cli.db')}`;
    const env = { ...process.env, DATABASE_URL: url, BEIZENG_FROM_SOURCE: '1' };
    const db = openDatabase(url);
    await migrateToLatest(db.db);
    await loadPlan(db.db, plan, jiaxingPlanFile);
    await seedDemo(db.db, plan, { enterprises: 60, from: 2010, to: 2012, seed: 3 }, dir);
    const bin = path.join(projectRoot, 'bin/beizeng.js');
    const { stdout } = await run('node', [bin, 'progress', '--period', '2012-06', '--format', 'json'], { env });

    const app = await buildApp({ db: db.db, dialect: db.dialect, auth: defaultAuthSettings });
    try {
      const user = await makeUser(db.db, [grant('admin')]);
      const session = await sessionFor(db.db, user.id);
      const res = await app.inject({ method: 'GET', url: '/api/v1/progress?period=2012-06', headers: session.headers });
      expect(res.statusCode).toBe(200);
      expect(JSON.parse(stdout)).toEqual(res.json());
      expect(res.json().items).toHaveLength(plan.targets.length);
    } finally {
      await app.close();
      await db.db.destroy();
    }
  });
});

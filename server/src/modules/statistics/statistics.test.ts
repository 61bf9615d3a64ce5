import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { grant, makeEnterprise, makeUser, sessionFor, type TestSession } from '../../../test/factories.js';

type Job = {
  id: string;
  state: string;
  rows: number;
  outcome: {
    status: string;
    batchId: number | null;
    counts: Record<string, number>;
    problems: { row: number; column: string; value: string; code: string; reason: { zh: string } }[];
  } | null;
};

describe(`statistics over HTTP (${testDialect})`, () => {
  let t: TestApp;
  let admin: TestSession;
  let officer: TestSession;
  let uscc: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    admin = await sessionFor(db, (await makeUser(db, [grant('admin')])).id);
    officer = await sessionFor(db, (await makeUser(db, [grant('county', '330424')])).id);
    uscc = (
      await makeEnterprise(db, {
        region: '330424',
        name: '海盐核电设备有限公司',
        shares: [{ industry: 'nuclear', share: 1 }],
      })
    ).uscc;
  });
  afterAll(() => t.close());

  const upload = (session: TestSession, body: Buffer, query: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/imports?${query}`,
      headers: { ...session.headers, 'content-type': 'application/octet-stream' },
      payload: body,
    });

  it('imports a GB18030 CSV with Chinese headers and 万元 into yuan, as a job that can be polled', async () => {
    const csv = iconv.encode(
      `统一社会信用代码,报告期,工业总产值(万元),工业增加值(万元)\r\n${uscc},2014年3月,1250.5,300\r\n`,
      'gb18030',
    );
    const started = await upload(officer, csv, 'kind=returns&fileName=%E6%B5%B7%E7%9B%90.csv');
    expect(started.statusCode).toBe(202);
    const jobId = started.json<Job>().id;
    let job: Job | undefined;
    for (let i = 0; i < 100; i += 1) {
      job = (
        await t.app.inject({ method: 'GET', url: `/api/v1/imports/jobs/${jobId}`, headers: officer.headers })
      ).json<Job>();
      if (job.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(job?.state).toBe('done');
    expect(job?.outcome).toMatchObject({ status: 'committed', counts: { inserted: 1, changed: 0, unchanged: 0 } });
    // Another person's job is as absent as one that never was.
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/imports/jobs/${jobId}`, headers: admin.headers })).statusCode,
    ).toBe(404);

    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${uscc}`, headers: officer.headers });
    expect(detail.json<{ returns: { period: string; outputValue: number; valueAdded: number }[] }>().returns).toEqual([
      expect.objectContaining({ period: '2014-03', outputValue: 12_505_000, valueAdded: 3_000_000 }),
    ]);
  });

  it('refuses a file with a bad row, naming row, column, value and reason in Chinese, and writes nothing', async () => {
    const csv = Buffer.from(
      `统一社会信用代码,报告期,工业总产值(万元)\n${uscc},2014-04,-5\n${uscc.slice(0, 17)}X,2014-04,10\n`,
      'utf8',
    );
    const res = await upload(officer, csv, 'kind=returns&fileName=bad.csv&wait=true');
    expect(res.statusCode).toBe(200);
    const outcome = res.json<Job>().outcome;
    expect(outcome?.status).toBe('rejected');
    expect(outcome?.problems[0]).toMatchObject({ row: 2, column: '工业总产值(万元)', value: '-5', code: 'negative' });
    expect(outcome?.problems[0]?.reason.zh).toMatch(/负/);
    expect(outcome?.problems.some((p) => p.row === 3 && p.column === '统一社会信用代码')).toBe(true);
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${uscc}`, headers: officer.headers });
    expect(detail.json<{ returns: unknown[] }>().returns).toHaveLength(1);
    const batches = await t.app.inject({ method: 'GET', url: '/api/v1/import-batches', headers: officer.headers });
    expect(batches.json<{ items: { status: string; fileName: string }[] }>().items[0]).toMatchObject({
      status: 'rejected',
      fileName: 'bad.csv',
    });
  });

  it('a dry run reports what would change and writes nothing', async () => {
    const csv = Buffer.from(`uscc,period,工业总产值(万元)\n${uscc},2014-03,1300\n`, 'utf8');
    const res = await upload(officer, csv, 'kind=returns&fileName=dry.csv&dryRun=true&wait=true');
    expect(res.json<Job>().outcome).toMatchObject({
      status: 'dry_run',
      batchId: null,
      counts: { inserted: 0, changed: 1, unchanged: 0 },
    });
    const detail = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${uscc}`, headers: officer.headers });
    expect(detail.json<{ returns: { outputValue: number }[] }>().returns[0]?.outputValue).toBe(12_505_000);
  });

  it('serves each kind’s template as an XLSX with Chinese headers and units', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/imports/templates/returns',
      headers: officer.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = workbook.worksheets[0]?.getRow(1).values as unknown[];
    expect(header).toEqual(expect.arrayContaining(['统一社会信用代码', '报告期']));
    expect(header.some((h) => typeof h === 'string' && /^工业总产值\((千元|万元)\)$/.test(h))).toBe(true);
  });

  it('locks a period so imports into it are refused with the reason; unlocking is audited', async () => {
    const lock = await t.app.inject({
      method: 'POST',
      url: '/api/v1/period-locks',
      headers: admin.headers,
      payload: { period: '2014年', reason: '2014年度通报已发布' },
    });
    expect(lock.statusCode).toBe(201);
    expect(lock.json()).toMatchObject({ period: '2014', reason: '2014年度通报已发布' });
    const csv = Buffer.from(`uscc,period,工业总产值(万元)\n${uscc},2014-05,2000\n`, 'utf8');
    const refused = (await upload(officer, csv, 'kind=returns&fileName=late.csv&wait=true')).json<Job>().outcome;
    expect(refused?.status).toBe('rejected');
    expect(refused?.problems[0]?.code).toBe('period_locked');
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/v1/period-locks/2014', headers: officer.headers })).statusCode,
    ).toBe(403);
    expect(
      (await t.app.inject({ method: 'DELETE', url: '/api/v1/period-locks/2014', headers: admin.headers })).statusCode,
    ).toBe(204);
    const audit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?entityType=period&entityId=2014',
      headers: admin.headers,
    });
    expect(audit.json<{ items: { action: string }[] }>().items.map((i) => i.action)).toEqual(['unlock', 'lock']);
    const accepted = (await upload(officer, csv, 'kind=returns&fileName=late.csv&wait=true')).json<Job>().outcome;
    expect(accepted?.status).toBe('committed');
  });

  it('imports region totals (plan office only) and lists them', async () => {
    const csv = Buffer.from(
      '行政区划代码,报告期,地区生产总值(亿元),规上工业总产值(亿元)\n330400,2013,3147.7,7000\n330424,2013,320.5,\n',
      'utf8',
    );
    const refused = await upload(officer, csv, 'kind=region-stats&fileName=gdp.csv&wait=true');
    expect(refused.statusCode).toBe(403);
    expect(refused.json<{ error: { code: string } }>().error.code).toBe('forbidden');
    const res = await upload(admin, csv, 'kind=region-stats&fileName=gdp.csv&wait=true');
    expect(res.json<Job>().outcome).toMatchObject({ status: 'committed', counts: { inserted: 2 } });
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/region-stats?year=2013', headers: officer.headers });
    expect(
      list.json<{ items: { regionCode: string; gdp: number; industrialOutput: number | null }[] }>().items,
    ).toEqual([
      expect.objectContaining({ regionCode: '330400', gdp: 314_770_000_000, industrialOutput: 700_000_000_000 }),
      expect.objectContaining({ regionCode: '330424', gdp: 32_050_000_000, industrialOutput: null }),
    ]);
  });
});

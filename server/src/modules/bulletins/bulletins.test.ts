import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSONstat from 'jsonstat-toolkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import {
  grant,
  importReturnsCsv,
  makeEnterprise,
  makeUser,
  sessionFor,
  type TestSession,
} from '../../../test/factories.js';
import type { Db } from '../../db/database.js';
import { systemContext } from '../auth/actor.js';
import { readFigures } from '../indicators/figures.service.js';
import { unlockPeriod } from '../statistics/statistics.service.js';
import { formatField, sentenceText, type BulletinModel } from './bulletin.model.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-bulletins-'));
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

interface Detail {
  id: number;
  status: string;
  period: string;
  version: number;
  model: BulletinModel;
  lockedPeriods?: string[];
}

/**
 * Bulletins through the real app: generated from figures of imported returns, the draft → reviewed → published
 * workflow with its locks and audit, the liaison in the sections, and the open data that shows only what was published.
 */
describe(`bulletins and open data (${testDialect})`, () => {
  let t: TestApp;
  let db: Db;
  let office: TestSession;
  let leader: TestSession;
  let county: TestSession;
  const uscc: string[] = [];

  const importReturns = async (
    name: string,
    rows: { uscc: string; period: string; values: Record<string, number> }[],
  ) => {
    const outcome = await importReturnsCsv(db, path.join(dir, name), rows);
    expect(outcome.problems).toEqual([]);
  };
  const returnsOf = (year: number, scale: number) =>
    uscc.map((u, i) => ({
      uscc: u,
      period: String(year),
      values: {
        output_value: scale * (i + 1) * 1e9,
        value_added: scale * (i + 1) * 2.5e8,
        revenue: scale * (i + 1) * 1.1e9,
        rd_expense: scale * (i + 1) * 3e7,
        taxes: scale * (i + 1) * 5e7,
      },
    }));

  beforeAll(async () => {
    t = await buildTestApp();
    db = t.database.db;
    uscc.push((await makeEnterprise(db, { region: '330402', shares: [{ industry: 'new-energy', share: 1 }] })).uscc);
    uscc.push((await makeEnterprise(db, { region: '330421', shares: [{ industry: 'new-materials', share: 1 }] })).uscc);
    uscc.push((await makeEnterprise(db, { region: '330481', shares: [{ industry: 'bio', share: 0.5 }] })).uscc);
    uscc.push((await makeEnterprise(db, { region: '330481' })).uscc);
    await importReturns('r2012.csv', returnsOf(2012, 1));
    await importReturns('r2013.csv', returnsOf(2013, 1.2));
    office = await sessionFor(db, (await makeUser(db, [grant('admin')])).id);
    leader = await sessionFor(db, (await makeUser(db, [grant('leader')])).id);
    county = await sessionFor(db, (await makeUser(db, [grant('county', '330402')])).id);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: TestSession, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: who?.headers ?? {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('names each industry’s liaison leader; the liaison is edited by the office only and audited', async () => {
    const bad = await call('PUT', '/api/v1/liaison', office, {
      group: null,
      members: [],
      industries: [{ industryCode: 'no-such', leaderName: '某', leaderTitleZh: '副市长' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toContain('industries[0].industryCode');
    expect(
      (await call('PUT', '/api/v1/liaison', leader, { group: null, members: [], industries: [] })).statusCode,
    ).toBe(403);
    const ok = await call('PUT', '/api/v1/liaison', office, {
      group: { nameZh: '测试领导小组', officeZh: '测试办公室' },
      members: [{ body: 'group', positionZh: '组长', name: '甲市长', titleZh: '市长' }],
      industries: [{ industryCode: 'new-energy', leaderName: '乙副市长', leaderTitleZh: '副市长' }],
    });
    expect(ok.statusCode).toBe(200);
    const view = (await call('GET', '/api/v1/liaison', county)).json<{
      planIndustries: { code: string; liaison: { leaderName: string } | null }[];
    }>();
    expect(view.planIndustries.find((i) => i.code === 'new-energy')?.liaison?.leaderName).toBe('乙副市长');
    const audit = await db.selectFrom('auditEvent').selectAll().where('entityType', '=', 'liaison').execute();
    expect(audit).toHaveLength(1);
  });

  let bulletin: Detail;

  it('generates a draft whose every number is a figure, with its liaison leader and the sections', async () => {
    const res = await call('POST', '/api/v1/bulletins', office, { period: '2013' });
    expect(res.statusCode).toBe(201);
    bulletin = res.json<Detail>();
    expect(bulletin.status).toBe('draft');
    const model = bulletin.model;
    // The headline is traced to the city's SEI output value of 2013, and shows it as the figure reads live.
    const live = await readFigures(db, {
      period: '2013',
      regions: ['330400'],
      industries: ['sei'],
      codes: ['output_value'],
    });
    const figure = live[0];
    expect(figure?.value).toBeCloseTo(1.2 * (1 + 2 + 0.5 * 3) * 1e9, 0);
    const headline = sentenceText(model.headline);
    expect(headline).toContain(
      `2013年，全市战略性新兴产业实现产值${((figure?.value ?? 0) / 1e8).toFixed(2)}亿元，同比增长20.0%`,
    );
    const segs = model.headline.segments.filter((s) => s.kind === 'figure');
    expect(segs[0]).toMatchObject({ figure: '330400|sei|output_value|2013', field: 'value' });
    // Every number segment anywhere renders its figure's field exactly.
    const sentences = [
      model.headline,
      ...model.overview,
      ...model.counties,
      ...model.industries.flatMap((i) => i.sentences),
    ];
    let numbers = 0;
    for (const s of sentences) {
      for (const seg of s.segments) {
        if (seg.kind === 'text') {
          // The only digits outside figures are the period's own (2013年, 1—6月).
          expect(seg.text.replace(/\d{4}年|1—\d{1,2}月|\d{1,2}月/g, '')).not.toMatch(/\d/);
          continue;
        }
        const f = model.figures[seg.figure];
        expect(f, seg.figure).toBeDefined();
        if (f) expect(seg.text).toBe(formatField(f, seg.field));
        numbers += 1;
      }
    }
    expect(numbers).toBeGreaterThan(10);
    expect(model.industries.find((i) => i.industry === 'new-energy')?.liaison?.leaderName).toBe('乙副市长');
    expect(model.assessment).toEqual({ published: null });
    expect(model.tables.map((x) => x.title)).toHaveLength(2);
  });

  it('keeps drafts from everyone but the office, here and on the public site', async () => {
    expect((await call('GET', `/api/v1/bulletins/${bulletin.id}`, leader)).statusCode).toBe(404);
    expect((await call('GET', '/api/v1/bulletins', county)).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await call('GET', `/api/v1/bulletins/${bulletin.id}/files/pdf`, county)).statusCode).toBe(404);
    expect((await call('GET', `/open/v1/bulletins/${bulletin.id}/pdf`)).statusCode).toBe(404);
    const index = (await call('GET', '/open/v1/')).json<{ bulletins: unknown[] }>();
    expect(index.bulletins).toEqual([]);
    const json = (await call('GET', '/open/v1/indicators.json')).json<{ value: unknown[]; size: number[] }>();
    expect(json.value).toEqual([]);
    const csv = (await call('GET', '/open/v1/indicators.csv')).body;
    expect(csv.trim().split('\n')).toHaveLength(1);
  });

  it('refuses to publish an unreviewed draft; review, then publish locks the periods it used', async () => {
    expect((await call('POST', `/api/v1/bulletins/${bulletin.id}/publish`, office)).statusCode).toBe(409);
    expect((await call('POST', `/api/v1/bulletins/${bulletin.id}/review`, leader)).statusCode).toBe(403);
    const regenerated = await call('POST', `/api/v1/bulletins/${bulletin.id}/regenerate`, office);
    expect(regenerated.json<Detail>().version).toBe(2);
    expect((await call('POST', `/api/v1/bulletins/${bulletin.id}/review`, office)).json<Detail>().status).toBe(
      'reviewed',
    );
    const published = await call('POST', `/api/v1/bulletins/${bulletin.id}/publish`, office);
    expect(published.statusCode).toBe(200);
    expect(published.json<Detail>()).toMatchObject({ status: 'published', lockedPeriods: ['2013', '2012'] });
    const locks = await db.selectFrom('periodLock').select('period').execute();
    expect(locks.map((l) => l.period).sort()).toEqual(['2012', '2013']);
    const actions = await db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityType', '=', 'bulletin')
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['create', 'regenerate', 'review', 'publish']);
    // A second draft of another period must not leak.
    expect((await call('POST', '/api/v1/bulletins', office, { period: '2013Q2' })).statusCode).toBe(201);
  });

  it('serves the published files; the PDF has the headline as text and the DOCX opens in LibreOffice', async (ctx) => {
    const pdf = await call('GET', `/open/v1/bulletins/${bulletin.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await call('GET', `/open/v1/bulletins/${bulletin.id}/docx`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const xlsx = await call('GET', `/open/v1/bulletins/${bulletin.id}/xlsx`, leader);
    expect(xlsx.statusCode).toBe(200);
    const file = path.join(dir, 'b.pdf');
    fs.writeFileSync(file, pdf.rawPayload);
    if (!has('pdftotext')) {
      ctx.skip('pdftotext is not installed (Debian package poppler-utils): the PDF text check was skipped');
      return;
    }
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const headline = sentenceText(bulletin.model.headline).replace(/\s+/g, '');
    expect(text).toContain(headline.slice(0, 40));
    expect(text).toContain('联系市领导：乙副市长（副市长）');
  });

  it('publishes only the snapshot: later data changes do not reach the open data; JSON-stat reads back the same values', async () => {
    const before = (await call('GET', '/open/v1/indicators.json')).json<unknown>();
    // The office reopens 2013 and imports different returns: live figures change, the published ones do not.
    await unlockPeriod(db, systemContext('test'), '2013');
    await importReturns('r2013b.csv', returnsOf(2013, 2));
    const live = await readFigures(db, {
      period: '2013',
      regions: ['330400'],
      industries: ['sei'],
      codes: ['output_value'],
    });
    const json = (await call('GET', '/open/v1/indicators.json')).json<unknown>();
    expect(json).toEqual(before);

    const ds = JSONstat(json);
    expect(ds.class).toBe('dataset');
    expect(ds.id).toEqual(['region', 'industry', 'indicator', 'period']);
    const model = (await call('GET', `/api/v1/bulletins/${bulletin.id}`, leader)).json<Detail>().model;
    const published = model.figures['330400|sei|output_value|2013'];
    const read = ds.Data({ region: '330400', industry: 'sei', indicator: 'output_value', period: '2013' });
    expect(read?.value).toBe(published?.value);
    expect(read?.value).not.toBe(live[0]?.value);
    let compared = 0;
    for (const f of Object.values(model.figures)) {
      expect(ds.Data({ region: f.region, industry: f.industry, indicator: f.code, period: f.period })?.value).toBe(
        f.value,
      );
      expect(
        ds.Data({ region: f.region, industry: f.industry, indicator: `${f.code}.growth`, period: f.period })?.value,
      ).toBe(f.growth);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(20);
    expect(ds.Dimension('region')?.Category('330400')?.label).toBe('嘉兴市');
    expect(ds.Dimension('indicator')?.Category('output_value')?.unit?.label).toBe('元');
    const en = JSONstat((await call('GET', '/open/v1/indicators.json?lang=en')).json<unknown>());
    expect(en.Dimension('region')?.Category('330400')?.label).toBe('Jiaxing');
    // No period of the 2013Q2 draft appears anywhere.
    expect(ds.Dimension('period')?.id).toEqual(['2013']);
    const csv = (await call('GET', '/open/v1/indicators.csv')).body;
    expect(csv).toContain('330400,嘉兴市,Jiaxing,sei,');
    expect(csv).not.toContain('2013Q2');
  });
});

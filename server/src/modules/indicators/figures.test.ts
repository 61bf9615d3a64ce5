import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { importReturnsCsv, makeEnterprise } from '../../../test/factories.js';
import type { Db } from '../../db/database.js';
import { versionSeiShares } from '../enterprises/enterprises.service.js';
import { rebuildCube } from './cube.service.js';
import { readFigures, type Figure } from './figures.service.js';
import { readProgress } from './progress.service.js';

/**
 * The cube and the figures read from it, against sums computed by hand. Six enterprises, output value year to date
 * (yuan), June 2012 and June 2013:
 *
 *   A 330402            new-materials 0.6        500 → 600   (attributed 300 → 360)
 *   B 330402            iot 1                    200 → 257
 *   C 330421            not SEI                 1000 → 1100
 *   D 330400Z01 (zone, within 330402)  bio 0.5 + nuclear 0.5   100 → 150   (50 → 75 each)
 *   E 330421            new-energy 1 from 2013-01 (not SEI before)   300 → 330
 *   F 330402            iot 1, new in 2013          — → 100
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-figures-'));

describe(`figures from the cube (${testDialect})`, () => {
  let t: TestApp;
  let db: Db;
  const uscc: Record<string, string> = {};

  const find = (figures: Figure[], region: string, industry: string, code: string) => {
    const f = figures.find((x) => x.region === region && x.industry === industry && x.code === code);
    if (!f) throw new Error(`no figure ${region} ${industry} ${code}`);
    return f;
  };

  const importReturns = async (
    name: string,
    rows: { uscc: string; period: string; values: Record<string, number> }[],
  ) => {
    const outcome = await importReturnsCsv(db, path.join(dir, name), rows);
    expect(outcome.problems).toEqual([]);
    expect(outcome.status).toBe('committed');
  };

  beforeAll(async () => {
    t = await buildTestApp();
    db = t.database.db;
    uscc.A = (await makeEnterprise(db, { region: '330402', shares: [{ industry: 'new-materials', share: 0.6 }] })).uscc;
    uscc.B = (await makeEnterprise(db, { region: '330402', shares: [{ industry: 'iot', share: 1 }] })).uscc;
    uscc.C = (await makeEnterprise(db, { region: '330421' })).uscc;
    uscc.D = (
      await makeEnterprise(db, {
        region: '330400Z01',
        shares: [
          { industry: 'bio', share: 0.5 },
          { industry: 'nuclear', share: 0.5 },
        ],
      })
    ).uscc;
    uscc.E = (await makeEnterprise(db, { region: '330421' })).uscc;
    uscc.F = (await makeEnterprise(db, { region: '330402', shares: [{ industry: 'iot', share: 1 }] })).uscc;
    const e = await db.selectFrom('enterprise').select('id').where('uscc', '=', uscc.E).executeTakeFirstOrThrow();
    await db.transaction().execute((trx) =>
      versionSeiShares(trx, e.id, [{ industry: 'new-energy', share: 1 }], {
        validFrom: '2013-01',
        basis: 'ruling',
        decidedBy: 'test',
        now: new Date().toISOString(),
      }),
    );
    const ytd = (who: string, period: string, output_value: number, extra: Record<string, number> = {}) => ({
      uscc: uscc[who] as string,
      period,
      values: { output_value, ...extra },
    });
    await importReturns('returns.csv', [
      ytd('A', '2012-06', 500, { revenue: 1000, rd_expense: 20 }),
      ytd('A', '2013-06', 600, { revenue: 1200, rd_expense: 30 }),
      ytd('B', '2012-06', 200),
      ytd('B', '2013-06', 257, { revenue: 800, rd_expense: 40 }),
      ytd('C', '2012-06', 1000),
      ytd('C', '2013-06', 1100),
      ytd('D', '2012-06', 100),
      ytd('D', '2013-06', 150),
      ytd('E', '2012-06', 300),
      ytd('E', '2013-06', 330),
      ytd('F', '2013-06', 100),
    ]);
  });
  afterAll(() => t.close());

  it('attributes each industry with the shares in force and compares the same enterprises a year earlier', async () => {
    const figures = await readFigures(db, {
      period: '2013-06',
      industries: ['new-materials', 'iot', 'bio', 'nuclear', 'new-energy'],
      codes: ['output_value'],
    });
    expect(find(figures, '330400', 'new-materials', 'output_value')).toMatchObject({
      value: 360,
      lastYear: 300,
      comparable: { current: 360, base: 300 },
      enterprises: 1,
    });
    expect(find(figures, '330400', 'new-materials', 'output_value').growth).toBeCloseTo(0.2, 12);
    // F entered: in the total, not in the comparable growth. 257/200 − 1 = 28.5%.
    const iot = find(figures, '330400', 'iot', 'output_value');
    expect(iot).toMatchObject({ value: 357, lastYear: 200, comparable: { current: 257, base: 200 }, enterprises: 2 });
    expect(iot.growth).toBeCloseTo(0.285, 12);
    expect(find(figures, '330400', 'bio', 'output_value')).toMatchObject({ value: 75, lastYear: 50 });
    // E joined new energy in 2013: June 2012 had no new-energy figure, but its comparable base is E's own June 2012
    // output weighted with today's share: 330 / 300 − 1 = 10%.
    const ne = find(figures, '330400', 'new-energy', 'output_value');
    expect(ne).toMatchObject({ value: 330, lastYear: null, comparable: { current: 330, base: 300 } });
    expect(ne.growth).toBeCloseTo(0.1, 12);
  });

  it('adds the SEI total and its comparable growth over the enterprises present in both years', async () => {
    const [sei] = await readFigures(db, { period: '2013-06', codes: ['output_value'] });
    // 360 + 357 + 75 + 75 + 330 = 1197; June 2012 with the 2012 classification: 300 + 200 + 100 = 600.
    expect(sei).toMatchObject({ region: '330400', industry: 'sei', value: 1197, lastYear: 600, enterprises: 5 });
    // P = {A, B, D, E}: (360 + 257 + 150 + 330) / (300 + 200 + 100 + 300) − 1 = 1097 / 900 − 1.
    expect(sei?.comparable).toEqual({ current: 1097, base: 900 });
    expect(sei?.growth).toBeCloseTo(1097 / 900 - 1, 12);
    // The cube's cells count them too: five enterprises, four of them comparable.
    const cells = await db
      .selectFrom('cubeCell')
      .select(['enterprises', 'comparableEnterprises'])
      .where('industry', '=', 'sei')
      .where('measure', '=', 'output_value')
      .where('year', '=', 2013)
      .where('month', '=', 6)
      .execute();
    expect(cells.reduce((n, c) => n + c.enterprises, 0)).toBe(5);
    expect(cells.reduce((n, c) => n + c.comparableEnterprises, 0)).toBe(4);
  });

  it('counts a zone reported within its county in the county, and in the city once', async () => {
    const figures = await readFigures(db, {
      period: '2013-06',
      regions: ['330400', '330402', '330400Z01', '330421'],
      codes: ['output_value'],
    });
    // 330402: A 360 + B 257 + F 100 + the zone's D 150 = 867.
    expect(find(figures, '330402', 'sei', 'output_value').value).toBe(867);
    expect(find(figures, '330400Z01', 'sei', 'output_value').value).toBe(150);
    expect(find(figures, '330421', 'sei', 'output_value').value).toBe(330);
    expect(find(figures, '330400', 'sei', 'output_value').value).toBe(1197);

    await db.updateTable('region').set({ reporting: 'beside' }).where('code', '=', '330400Z01').execute();
    try {
      const beside = await readFigures(db, {
        period: '2013-06',
        regions: ['330400', '330402'],
        codes: ['output_value'],
      });
      expect(find(beside, '330402', 'sei', 'output_value').value).toBe(717);
      expect(find(beside, '330400', 'sei', 'output_value').value).toBe(1197);
    } finally {
      await db.updateTable('region').set({ reporting: 'within' }).where('code', '=', '330400Z01').execute();
    }
  });

  it('reads a quarter as the year to date at its last month', async () => {
    const [q2] = await readFigures(db, { period: '2013Q2', codes: ['output_value'] });
    expect(q2).toMatchObject({ period: '2013Q2', value: 1197, lastYear: 600 });
    const [q1] = await readFigures(db, { period: '2013Q1', codes: ['output_value'] });
    expect(q1).toMatchObject({ value: null, lastYear: null, growth: null, enterprises: 0 });
  });

  it('divides SEI output by the above-size output of the returns when no region total is loaded, and says so', async () => {
    const [share] = await readFigures(db, { period: '2013-06', codes: ['output_share'] });
    // Above-size total: 600 + 257 + 1100 + 150 + 330 + 100 = 2537; a year earlier 600 / 2100.
    expect(share?.basis).toBe('returns');
    expect(share?.value).toBeCloseTo(1197 / 2537, 14);
    expect(share?.lastYear).toBeCloseTo(600 / 2100, 14);
    expect(share?.growth).toBeCloseTo(1197 / 2537 - 600 / 2100, 14);
  });

  it('computes R&D intensity from attributed R&D and revenue', async () => {
    const [rd] = await readFigures(db, { period: '2013-06', codes: ['rd_intensity'] });
    // A: R&D 30·0.6 = 18, revenue 1200·0.6 = 720; B: 40 and 800. (18 + 40) / (720 + 800).
    expect(rd?.value).toBeCloseTo(58 / 1520, 14);
    // June 2012: only A reported both: 12 / 600.
    expect(rd?.lastYear).toBeCloseTo(12 / 600, 14);
  });

  it('keeps the cube current through imports: a revised June 2012 moves June 2013’s comparable base', async () => {
    await importReturns('revised.csv', [{ uscc: uscc.B as string, period: '2012-06', values: { output_value: 250 } }]);
    const [sei] = await readFigures(db, { period: '2013-06', codes: ['output_value'] });
    expect(sei?.comparable).toEqual({ current: 1097, base: 950 });
    expect(sei?.lastYear).toBe(650);
    // And a rebuild from scratch gives the very same cells.
    const cells = () =>
      db
        .selectFrom('cubeCell')
        .selectAll()
        .orderBy('regionCode')
        .orderBy('industry')
        .orderBy('year')
        .orderBy('month')
        .orderBy('measure')
        .execute();
    const before = await cells();
    await rebuildCube(db);
    const after = await cells();
    expect(after).toEqual(before);
  });

  it('uses the region totals for the share when they are loaded', async () => {
    await db
      .insertInto('regionStat')
      .values({
        regionCode: '330400',
        period: '2013-06',
        year: 2013,
        gdp: 20000,
        industrialOutput: 4000,
        industrialValueAdded: null,
        revision: 1,
        batchId: null,
        updatedAt: new Date().toISOString(),
      })
      .execute();
    const [share, gdpShare] = await readFigures(db, {
      period: '2013-06',
      codes: ['output_share', 'value_added_share_of_gdp'],
    });
    expect(share).toMatchObject({ basis: 'region_stats', value: 1197 / 4000 });
    // No value added was reported: no share of GDP rather than 0.
    expect(gdpShare).toMatchObject({ value: null });
  });

  it('defaults progress to the last year with data within the plan, not a later one', async () => {
    const cell = (year: number) => ({
      regionCode: '330402',
      industry: 'sei',
      year,
      month: 12,
      measure: 'output_value',
      value: 1,
      comparableCurrent: 0,
      comparableBase: 0,
      enterprises: 1,
      comparableEnterprises: 0,
    });
    await db
      .insertInto('cubeCell')
      .values([cell(2013), cell(2020)])
      .execute();
    // The plan runs to 2015: 2020 has data but lies beyond it; 2013 is the last year within it.
    expect((await readProgress(db, {})).period).toBe('2013');
  });

  it('refuses an unknown region, code or period, naming the field', async () => {
    await expect(readFigures(db, { period: '2013-13' })).rejects.toThrow(/period: "2013-13"/);
    await expect(readFigures(db, { period: '2013', regions: ['999999'] })).rejects.toThrow(/region: unknown region/);
  });
});

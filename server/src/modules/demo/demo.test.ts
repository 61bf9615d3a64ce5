import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, jiaxingPlanFile, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { createDemoUsers, seedDemo } from './demo-seed.js';
import { usccProblem } from '../enterprises/uscc.js';
import { loadPlanFileOrThrow } from '../plan/plan-file.js';
import { generateDemo } from './demo.js';

const { plan } = loadPlanFileOrThrow(jiaxingPlanFile);
const options = { enterprises: 600, from: 2010, to: 2015, seed: 7 };

describe('demo data', () => {
  it('is reproducible: the same seed gives the same data, another seed other data', () => {
    const a = generateDemo(plan, options);
    const b = generateDemo(plan, options);
    const c = generateDemo(plan, { ...options, seed: 8 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('places enterprises in the seven counties with valid credit codes, SEI and non-SEI', () => {
    const { enterprises } = generateDemo(plan, options);
    const counties = new Set(plan.city.counties.map((c) => c.code));
    expect(new Set(enterprises.map((e) => e.region))).toEqual(counties);
    expect(enterprises.every((e) => usccProblem(e.uscc) === undefined && e.uscc.slice(2, 8) === e.region)).toBe(true);
    expect(new Set(enterprises.map((e) => e.uscc)).size).toBe(enterprises.length);
    const sei = enterprises.filter((e) => e.seiShares.length > 0);
    expect(sei.length).toBeGreaterThan(100);
    expect(sei.length).toBeLessThan(300);
    for (const e of sei) {
      const total = e.seiShares.reduce((s, x) => s + x.share, 0);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(1);
    }
    expect(enterprises.every((e) => e.name.startsWith('（演示）'))).toBe(true);
  });

  it('is calibrated: 2010 SEI output ≈ 1200亿元, published GDP for 2011–2015', () => {
    const { years } = generateDemo(plan, options);
    const y2010 = years.find((y) => y.year === 2010);
    expect((y2010?.seiOutput ?? 0) / 1e8).toBeCloseTo(1200, 0);
    expect(years.find((y) => y.year === 2013)).toMatchObject({ gdp: 3147.7e8, gdpSource: 'published' });
    expect(y2010?.gdpSource).toBe('extrapolated');
    const y2015 = years.find((y) => y.year === 2015);
    expect((y2015?.seiOutput ?? 0) / (y2010?.seiOutput ?? 1)).toBeGreaterThan(1.8);
  });

  it('refuses a year range that runs backwards', () => {
    expect(() => generateDemo(plan, { ...options, from: 2015, to: 2010 })).toThrow('--to must not be before --from');
  });
});

describe(`demo seeding through the import path (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('writes template-shaped files, imports them all, and creates the demo logins', async () => {
    const db = t.database.db;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-demo-'));
    const seeded = await seedDemo(db, plan, { enterprises: 40, from: 2012, to: 2013, seed: 3 }, dir);
    expect(seeded.files.map((f) => path.basename(f))).toEqual([
      'enterprises.xlsx',
      'returns-2012-gb18030.csv',
      'returns-2013.csv',
      'region-stats.xlsx',
    ]);
    expect(seeded.outcomes.every((o) => o.status === 'committed')).toBe(true);
    const enterprises = await db
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(enterprises.n)).toBe(40);
    const expectedReturns = seeded.data.enterprises.reduce(
      (n, e) => n + [2012, 2013].filter((y) => e.output[y] !== undefined).length * 12,
      0,
    );
    const returns = await db
      .selectFrom('statisticalReturn')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(returns.n)).toBe(expectedReturns);
    // December's YTD output is the year's output, to the 千元 the files are written in.
    const e = seeded.data.enterprises.find((x) => x.output[2013] !== undefined);
    const dec = await db
      .selectFrom('statisticalReturn')
      .innerJoin('enterprise', 'enterprise.id', 'statisticalReturn.enterpriseId')
      .select('statisticalReturn.outputValue')
      .where('enterprise.uscc', '=', e?.uscc ?? '')
      .where('year', '=', 2013)
      .where('month', '=', 12)
      .executeTakeFirstOrThrow();
    expect(dec.outputValue).toBe(Math.round((e?.output[2013] ?? 0) / 1000) * 1000);
    const logins = await createDemoUsers(db, plan, seeded.data);
    expect(logins.map((l) => l.login)).toEqual(
      expect.arrayContaining(['demo-office', 'demo-330402', 'demo-enterprise']),
    );
  });
});

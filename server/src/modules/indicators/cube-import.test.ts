import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { importReturnsCsv, makeEnterprise } from '../../../test/factories.js';
import type { Db } from '../../db/database.js';
import { systemContext } from '../auth/actor.js';
import { commitEnterprises, versionSeiShares } from '../enterprises/enterprises.service.js';
import { buildUscc } from '../enterprises/uscc.js';
import { CubeDraft, rebuildCube, refreshCube } from './cube.service.js';

/**
 * An import refreshes the cube from the rows it has just written when they are all a month holds, and from the table
 * otherwise. Whichever way, the cells must be exactly those a rebuild from the table gives: imports below cover new
 * months, months shared with stored returns, changed figures with blank cells (the stored figure stays), several
 * years in one file, and a change a year back (the comparable base of the next year).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-cube-import-'));

describe(`the cube after an import (${testDialect})`, () => {
  let t: TestApp;
  let db: Db;
  const usccs: string[] = [];

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

  const importReturns = async (
    name: string,
    rows: { uscc: string; period: string; values: Record<string, number> }[],
  ) => {
    const outcome = await importReturnsCsv(db, path.join(dir, name), rows);
    expect(outcome.problems).toEqual([]);
    expect(outcome.status).toBe('committed');
    return outcome;
  };

  /** Imports, then checks the refreshed cube against a rebuild of it. */
  const importAndCompare = async (name: string, rows: Parameters<typeof importReturns>[1]) => {
    const outcome = await importReturns(name, rows);
    const refreshed = await cells();
    expect(refreshed.length).toBeGreaterThan(0);
    await rebuildCube(db);
    expect(await cells()).toEqual(refreshed);
    return outcome;
  };

  // Figures with cents and thirds of shares, so that the sums depend on exact addition.
  const figure = (e: number, year: number, month: number, k: number) =>
    Math.round((1000 + e * 37.13 + (year - 2012) * 211.7 + k * 3.01) * month * 100) / 100;
  const row = (e: number, year: number, month: number, k = 0) => ({
    uscc: usccs[e] as string,
    period: `${year}-${String(month).padStart(2, '0')}`,
    values: {
      output_value: figure(e, year, month, k),
      value_added: figure(e, year, month, k + 1) / 3,
      employees: 10 + e,
    },
  });

  beforeAll(async () => {
    t = await buildTestApp();
    db = t.database.db;
    const specs: Parameters<typeof makeEnterprise>[1][] = [
      { region: '330402', shares: [{ industry: 'new-materials', share: 0.6 }] },
      { region: '330402', shares: [{ industry: 'iot', share: 1 }] },
      { region: '330421' },
      {
        region: '330400Z01',
        shares: [
          { industry: 'bio', share: 1 / 3 },
          { industry: 'nuclear', share: 2 / 3 },
        ],
      },
      { region: '330421', aboveScale: false, shares: [{ industry: 'new-energy', share: 0.7 }] },
      { region: '330482', shares: [{ industry: 'iot', share: 0.25 }] },
    ];
    for (const spec of specs) usccs.push((await makeEnterprise(db, spec)).uscc);
    // One enterprise is reclassified from 2014-04: months before and after weigh it differently.
    const e = await db
      .selectFrom('enterprise')
      .select('id')
      .where('uscc', '=', usccs[2] as string)
      .executeTakeFirstOrThrow();
    await db.transaction().execute((trx) =>
      versionSeiShares(trx, e.id, [{ industry: 'new-energy', share: 0.45 }], {
        validFrom: '2014-04',
        basis: 'ruling',
        decidedBy: 'test',
        now: new Date().toISOString(),
      }),
    );
  });

  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('equals a rebuild after imports of new months, shared months, changes and blanks', async () => {
    const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    // New months: 2013 for four enterprises.
    await importAndCompare(
      'a.csv',
      [0, 1, 2, 3].flatMap((e) => months(1, 12).map((m) => row(e, 2013, m))),
    );
    // 2014 for everyone: months of their own, with a comparable base for four of six.
    await importAndCompare(
      'b.csv',
      [0, 1, 2, 3, 4, 5].flatMap((e) => months(1, 6).map((m) => row(e, 2014, m))),
    );
    // Two enterprises again: months 3–6 are shared with the others' stored returns; 7–8 are the file's alone.
    // Changed figures, and a blank value added: the stored one stays.
    const c = await importAndCompare(
      'c.csv',
      [1, 4].flatMap((e) =>
        months(3, 8).map((m) => {
          const r = row(e, 2014, m, 5);
          return { ...r, values: { output_value: r.values.output_value, employees: r.values.employees } };
        }),
      ),
    );
    expect(c.counts).toMatchObject({ inserted: 4, changed: 8 });
    // Two years in one file, and a change in 2013 that moves 2014's comparable base.
    await importAndCompare('d.csv', [
      ...[4, 5].flatMap((e) => months(1, 3).map((m) => row(e, 2013, m))),
      ...[2, 3].map((e) => row(e, 2013, 6, 9)),
      ...[0, 5].flatMap((e) => months(9, 10).map((m) => row(e, 2014, m))),
    ]);
    // The whole of 2014-09 again, changed, value added blank: the month comes from the import, blanks from the table.
    const e = await importAndCompare(
      'e.csv',
      [0, 5].map((e) => {
        const r = row(e, 2014, 9, 7);
        return { ...r, values: { output_value: r.values.output_value } };
      }),
    );
    expect(e.counts).toMatchObject({ changed: 2 });
    // A new month, 2015-01, and in the same file a change to its comparable base, 2014-01.
    await importAndCompare('f.csv', [row(1, 2014, 1, 4), ...[0, 1, 2].map((e) => row(e, 2015, 1))]);
  });

  it('takes the comparable base of every batch in a file the worker hands over in several', async () => {
    // 300 enterprises × 12 months: more rows than one batch, and batches that split an enterprise's year.
    const regions = ['330402', '330411', '330421', '330424', '330481'];
    const many = Array.from({ length: 300 }, (_, i) => ({
      rowNumber: i + 2,
      uscc: buildUscc(regions[i % regions.length] as string, `${String(i).padStart(7, '0')}M`),
      name: `批量企业${i}`,
      region: regions[i % regions.length] as string,
      above_scale: i % 4 !== 0,
      ...(i % 3 === 0 ? {} : { sei_industries: [{ industry: i % 2 ? 'iot' : 'bio', share: 1 / 3 }] }),
    }));
    await db.transaction().execute((trx) => commitEnterprises(trx, systemContext('test'), many, '2010-01'));
    const yearOf = (year: number, skip: number) =>
      many.flatMap((e, i) =>
        // Some enterprises miss a year, so that the comparable set differs from the whole.
        i % 7 === skip
          ? []
          : Array.from({ length: 12 }, (_, m) => ({
              uscc: e.uscc,
              period: `${year}-${String(m + 1).padStart(2, '0')}`,
              values: {
                output_value: Math.round((1000 + i * 13.7 + (year - 2016) * 97.3) * (m + 1) * 100) / 100,
                employees: 10 + (i % 50),
                // A figure some leave blank the year before: no comparable base for it, the others' stands.
                ...(year > 2016 || i % 5 !== 0 ? { value_added: 300 + i + m } : {}),
              },
            })),
      );
    await importAndCompare('many-2016.csv', yearOf(2016, 1));
    const second = await importAndCompare('many-2017.csv', yearOf(2017, 2));
    expect(second.counts.inserted).toBeGreaterThan(2000);
    // The comparable base of 2017 is the enterprises that filed in both years: not the whole of 2016.
    const all2017 = await db
      .selectFrom('cubeCell')
      .select(['value', 'comparableBase'])
      .where('regionCode', '=', '330402')
      .where('industry', '=', 'all')
      .where('year', '=', 2017)
      .where('month', '=', 12)
      .where('measure', '=', 'output_value')
      .executeTakeFirstOrThrow();
    expect(all2017.comparableBase).toBeGreaterThan(0);
  });

  it('takes a month from the draft only when the import is the first to fill it and its base stays', async () => {
    // A draft is told of rows that are not in the table: the cells show whether the refresh took them.
    const [first] = await db
      .selectFrom('enterprise')
      .select(['id', 'regionCode'])
      .where('uscc', '=', usccs[0] as string)
      .execute();
    if (!first) throw new Error('no enterprise');
    const output = async (year: number, month: number) =>
      (
        await db
          .selectFrom('cubeCell')
          .select('value')
          .where('regionCode', '=', first.regionCode)
          .where('industry', '=', 'all')
          .where('year', '=', year)
          .where('month', '=', month)
          .where('measure', '=', 'output_value')
          .executeTakeFirst()
      )?.value;
    const figures = Float64Array.from([7, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN]);
    const refreshWith = (months: { year: number; month: number }[], year: number, month: number) =>
      db.transaction().execute(async (trx) => {
        const draft = new CubeDraft(trx);
        await draft.prepare(months, [first.id]);
        for (const m of months) draft.add(m.year, m.month, first.id, first.regionCode, 1, figures, 0);
        await refreshCube(trx, [{ year, month }], [first.regionCode], draft);
      });
    // 2014-11 holds nothing: drafted.
    await refreshWith([{ year: 2014, month: 11 }], 2014, 11);
    expect(await output(2014, 11)).toBe(7);
    // 2014-10 holds returns: read from the table.
    const stored = await output(2014, 10);
    expect(stored).toBeGreaterThan(7);
    await refreshWith([{ year: 2014, month: 10 }], 2014, 10);
    expect(await output(2014, 10)).toBe(stored);
    // 2015-10 holds nothing, but the same import writes 2014-10, its comparable base: read from the table.
    await refreshWith(
      [
        { year: 2014, month: 10 },
        { year: 2015, month: 10 },
      ],
      2015,
      10,
    );
    expect(await output(2015, 10)).toBeUndefined();
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { importReturnsCsv, makeEnterprise } from '../../../test/factories.js';

/**
 * The year-to-date rule against stored months, where the writer reads only the stored months it needs: each file
 * month's own and the stored months next to it — further only when a neighbour lacks a figure the file gives.
 * Each file here breaks the rule against a stored month that a read of the neighbours alone would not see, or sits
 * in a batch of its own.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-stored-ytd-'));

describe(`the year-to-date rule against stored months (${testDialect})`, () => {
  let t: TestApp;
  let file = 0;
  const importReturns = (rows: { uscc: string; period: string; values: Record<string, number> }[]) =>
    importReturnsCsv(t.database.db, path.join(dir, `returns-${(file += 1)}.csv`), rows);
  const count = async () =>
    Number(
      (
        await t.database.db
          .selectFrom('statisticalReturn')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirst()
      )?.n,
    );

  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('looks past a stored month without the figure, before and after, to the nearest month with it', async () => {
    const { uscc } = await makeEnterprise(t.database.db, { region: '330421' });
    // January and June give output; February and May only revenue: the file's months sit between them.
    const stored = await importReturns([
      { uscc, period: '2015-01', values: { output_value: 100_000, revenue: 1_000 } },
      { uscc, period: '2015-02', values: { revenue: 2_000 } },
      { uscc, period: '2015-05', values: { revenue: 5_000 } },
      { uscc, period: '2015-06', values: { output_value: 600_000, revenue: 6_000 } },
    ]);
    expect(stored.status).toBe('committed');
    const before = await count();

    const outcome = await importReturns([
      { uscc, period: '2015-03', values: { output_value: 80_000, revenue: 3_000 } },
      { uscc, period: '2015-04', values: { output_value: 700_000, revenue: 4_000 } },
    ]);
    expect(outcome.status).toBe('rejected');
    expect(outcome.problems.map((p) => [p.row, p.column, p.code, p.reason.zh])).toEqual([
      [2, 'output_value', 'ytd_decrease', '累计值低于同年2015年1月的累计值 100000（已入库）'],
      [3, 'output_value', 'ytd_above_stored_next', '累计值高于已入库的同年2015年6月累计值 600000'],
    ]);
    expect(await count()).toBe(before);
  });

  it('finds the stored neighbours of an enterprise-year whose months come in different batches of the file', async () => {
    const { uscc } = await makeEnterprise(t.database.db, { region: '330421' });
    const { uscc: other } = await makeEnterprise(t.database.db, { region: '330421' });
    const year = Array.from({ length: 12 }, (_, m) => ({
      uscc,
      period: `2016-${String(m + 1).padStart(2, '0')}`,
      values: { output_value: (m + 1) * 1_000 },
    }));
    expect((await importReturns(year)).status).toBe('committed');
    const before = await count();

    // March first, September after 144 rows of another enterprise's years (the first batch holds 100 rows).
    const between = Array.from({ length: 144 }, (_, i) => ({
      uscc: other,
      period: `${2001 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      values: { output_value: ((i % 12) + 1) * 10 },
    }));
    const outcome = await importReturns([
      { uscc, period: '2016-03', values: { output_value: 4_500 } },
      ...between,
      { uscc, period: '2016-09', values: { output_value: 7_500 } },
    ]);
    expect(outcome.status).toBe('rejected');
    expect(outcome.problems.map((p) => [p.row, p.code, p.reason.zh])).toEqual([
      [2, 'ytd_above_stored_next', '累计值高于已入库的同年2016年4月累计值 4000'],
      [147, 'ytd_decrease', '累计值低于同年2016年8月的累计值 8000（已入库）'],
    ]);
    expect(await count()).toBe(before);

    // The same file with figures that fit between the stored months is written, the stored months unchanged.
    const fitting = await importReturns([
      { uscc, period: '2016-03', values: { output_value: 3_000 } },
      ...between,
      { uscc, period: '2016-09', values: { output_value: 9_000 } },
    ]);
    expect(fitting).toMatchObject({ status: 'committed', counts: { inserted: 144, changed: 0, unchanged: 2 } });
  });

  it('a month between stored months with gaps: the nearest stored months decide', async () => {
    const { uscc } = await makeEnterprise(t.database.db, { region: '330421' });
    const stored = await importReturns([
      { uscc, period: '2017-01', values: { output_value: 100, taxes: 10 } },
      { uscc, period: '2017-02', values: { output_value: 200, taxes: 20 } },
      { uscc, period: '2017-07', values: { output_value: 700, taxes: 70 } },
      { uscc, period: '2017-11', values: { output_value: 1_100, taxes: 110 } },
    ]);
    expect(stored.status).toBe('committed');
    // May between February and July; October between July and November.
    const fits = await importReturns([
      { uscc, period: '2017-05', values: { output_value: 500, taxes: 50 } },
      { uscc, period: '2017-10', values: { output_value: 1_000, taxes: 100 } },
    ]);
    expect(fits).toMatchObject({ status: 'committed', counts: { inserted: 2 } });
    const outcome = await importReturns([{ uscc, period: '2017-06', values: { output_value: 800, taxes: 40 } }]);
    expect(outcome.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'output_value', 'ytd_above_stored_next'],
      [2, 'taxes', 'ytd_decrease'],
    ]);
  });
});

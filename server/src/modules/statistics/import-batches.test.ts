import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import type { Db } from '../../db/database.js';
import { systemContext } from '../auth/actor.js';
import { commitEnterprises } from '../enterprises/enterprises.service.js';
import { buildUscc } from '../enterprises/uscc.js';
import { runImport } from './import.service.js';

/**
 * Returns are written batch by batch while the worker still reads: files large enough to arrive in several batches,
 * with an enterprise's months spread over them, must count, revise and refuse exactly as one batch would.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-import-batches-'));
const ENTERPRISES = 400;
const usccs = Array.from({ length: ENTERPRISES }, (_, i) => buildUscc('330421', `${String(i).padStart(7, '0')}W`));

/** Month-major rows (every enterprise's January, then every February, …): each batch holds part of a year. */
function csv(
  name: string,
  months: { year: number; month: number }[],
  value: (i: number, m: number, year: number) => number = (i, m) => i + m * 1000,
) {
  const lines = ['统一社会信用代码,报告期,工业总产值(元),营业收入(元)'];
  for (const { year, month } of months) {
    usccs.forEach((uscc, i) => {
      const v = value(i, month, year);
      lines.push(`${uscc},${year}-${String(month).padStart(2, '0')},${v},${v * 2}`);
    });
  }
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
const months = (year: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, k) => ({ year, month: from + k }));

async function tables(db: Db) {
  const [returns, revisions] = await Promise.all([
    db.selectFrom('statisticalReturn').selectAll().orderBy('enterpriseId').orderBy('year').orderBy('month').execute(),
    db.selectFrom('statisticRevision').selectAll().orderBy('id').execute(),
  ]);
  return JSON.stringify({ returns, revisions });
}

describe(`returns written batch by batch (${testDialect})`, () => {
  let t: TestApp;
  const ctx = systemContext('test');
  const run = (file: string, dryRun = false) =>
    runImport(t.database.db, ctx, { filePath: file, fileName: path.basename(file), kind: 'returns', dryRun });

  beforeAll(async () => {
    t = await buildTestApp();
    await t.database.db.transaction().execute((trx) =>
      commitEnterprises(
        trx,
        ctx,
        usccs.map((uscc, i) => ({ rowNumber: i + 2, uscc, name: `分批企业${i}`, region: '330421', above_scale: true })),
        '2010-01',
      ),
    );
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('inserts, leaves alone and revises across batches, and a dry run counts the same', async () => {
    const first = await run(csv('first.csv', months(2014, 1, 6)));
    expect(first).toMatchObject({ status: 'committed', counts: { inserted: 2400, changed: 0, unchanged: 0 } });

    // The whole year again, one March figure corrected, and the next year's first months after it.
    const file = csv('second.csv', [...months(2014, 1, 12), ...months(2015, 1, 2)], (i, m) =>
      i === 7 && m === 3 ? 7 + 3 * 1000 + 1 : i + m * 1000,
    );
    const dry = await run(file, true);
    expect(dry).toMatchObject({ status: 'dry_run', counts: { inserted: 3200, changed: 1, unchanged: 2399 } });
    const second = await run(file);
    expect(second).toMatchObject({ status: 'committed', counts: dry.counts });

    const db = t.database.db;
    const stored = await db
      .selectFrom('statisticalReturn')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(5600);
    const revisions = await db
      .selectFrom('statisticRevision')
      .selectAll()
      .where('batchId', '=', second.batchId)
      .execute();
    expect(revisions.map((r) => [r.subjectKey, r.period, r.indicator, r.oldValue, r.newValue])).toEqual([
      [usccs[7], '2014-03', 'output_value', 3007, 3008],
      [usccs[7], '2014-03', 'revenue', 6014, 6016],
    ]);
    const batch = await db
      .selectFrom('importBatch')
      .selectAll()
      .where('id', '=', second.batchId)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ rowsTotal: 5600, inserted: 3200, changed: 1, unchanged: 2399, format: 'csv' });
  });

  it('refuses a figure below a stored earlier month found in a late batch, and writes nothing', async () => {
    const db = t.database.db;
    const before = await tables(db);
    // 2015-03 for every enterprise, the last one's below its stored February: the row is the file's last.
    const file = csv('lower.csv', months(2015, 3, 3), (i, m) => (i === ENTERPRISES - 1 ? 1 : i + m * 1000));
    // The same row after 4,800 rows of another year: it arrives in a later batch than the file's first rows.
    const big = csv('big.csv', [...months(2016, 1, 12), ...months(2015, 3, 3)], (i, m, year) =>
      i === ENTERPRISES - 1 && year === 2015 ? 1 : i + m * 1000,
    );
    for (const f of [file, big]) {
      const outcome = await run(f);
      expect(outcome.status).toBe('rejected');
      expect(outcome.problems).toEqual([
        expect.objectContaining({ code: 'ytd_decrease', row: outcome.dataRows + 1, column: 'output_value' }),
        expect.objectContaining({ code: 'ytd_decrease', row: outcome.dataRows + 1, column: 'revenue' }),
      ]);
    }
    expect(await tables(db)).toBe(before);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { grant, makeEnterprise, makeUser } from '../../../test/factories.js';
import type { Db } from '../../db/database.js';
import { systemContext, type RequestContext } from '../auth/actor.js';
import { commitEnterprises } from '../enterprises/enterprises.service.js';
import { buildUscc } from '../enterprises/uscc.js';
import { writeImportFile } from './import/templates.js';
import { runImport } from './import.service.js';
import { getImportBatch, lockPeriod } from './statistics.service.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-import-'));

async function snapshot(db: Db) {
  const [returns, revisions, enterprises, shares, regionStats] = await Promise.all([
    db.selectFrom('statisticalReturn').selectAll().orderBy('enterpriseId').orderBy('year').orderBy('month').execute(),
    db.selectFrom('statisticRevision').selectAll().orderBy('id').execute(),
    db.selectFrom('enterprise').selectAll().orderBy('id').execute(),
    db.selectFrom('enterpriseSeiShare').selectAll().orderBy('id').execute(),
    db.selectFrom('regionStat').selectAll().orderBy('regionCode').orderBy('period').execute(),
  ]);
  return JSON.stringify({ returns, revisions, enterprises, shares, regionStats });
}

/** The audit trail's order of a period's lock and an import batch: which of the two came first. */
async function lockAndImportOrder(db: Db, period: string, batchId: number | null): Promise<string[]> {
  const events = await db
    .selectFrom('auditEvent')
    .select('action')
    .where((eb) =>
      eb.or([
        eb.and([eb('action', '=', 'lock'), eb('entityId', '=', period)]),
        eb.and([eb('action', '=', 'import'), eb('entityId', '=', String(batchId))]),
      ]),
    )
    .orderBy('id')
    .execute();
  return events.map((e) => e.action);
}

describe(`importing files (${testDialect})`, () => {
  let t: TestApp;
  let admin: RequestContext;
  let county: RequestContext;
  let a: string;
  let b: string;
  let elsewhere: string;

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    const adminUser = await makeUser(db, [grant('admin')]);
    const countyUser = await makeUser(db, [grant('county', '330421')]);
    admin = {
      actor: { userId: adminUser.id, login: adminUser.login, displayName: '', roles: adminUser.roles, via: 'session' },
      ip: '127.0.0.1',
    };
    county = {
      actor: {
        userId: countyUser.id,
        login: countyUser.login,
        displayName: '',
        roles: countyUser.roles,
        via: 'session',
      },
      ip: '127.0.0.1',
    };
    a = (await makeEnterprise(db, { region: '330421', shares: [{ industry: 'new-energy', share: 1 }] })).uscc;
    b = (await makeEnterprise(db, { region: '330421' })).uscc;
    elsewhere = (await makeEnterprise(db, { region: '330402' })).uscc;
  });
  afterAll(() => t.close());

  const returnsFile = async (
    name: string,
    rows: { uscc: string; period: string; values: Record<string, number> }[],
    format: 'xlsx' | 'csv' = 'xlsx',
  ) => {
    const file = path.join(dir, name);
    await writeImportFile('returns', rows, file, { format });
    return file;
  };

  it('writes a valid file in one batch, converting units, and a dry run first says exactly that', async () => {
    const db = t.database.db;
    const file = await returnsFile('ok.xlsx', [
      { uscc: a, period: '2013-01', values: { output_value: 1_000_000, value_added: 200_000 } },
      { uscc: a, period: '2013-02', values: { output_value: 2_100_000, value_added: 410_000 } },
      { uscc: b, period: '2013-01', values: { output_value: 500_000 } },
    ]);
    const before = await snapshot(db);
    const dry = await runImport(db, admin, { filePath: file, fileName: 'ok.xlsx', kind: 'returns', dryRun: true });
    expect(dry).toMatchObject({
      status: 'dry_run',
      batchId: null,
      counts: { inserted: 3, changed: 0, unchanged: 0 },
      problemCount: 0,
    });
    expect(await snapshot(db)).toBe(before);

    const real = await runImport(db, admin, { filePath: file, fileName: 'ok.xlsx', kind: 'returns', dryRun: false });
    expect(real).toMatchObject({ status: 'committed', counts: { inserted: 3, changed: 0, unchanged: 0 }, dataRows: 3 });
    const stored = await db
      .selectFrom('statisticalReturn')
      .selectAll()
      .where('year', '=', 2013)
      .orderBy('month')
      .execute();
    expect(stored.map((r) => r.outputValue).sort((x, y) => (x ?? 0) - (y ?? 0))).toEqual([
      500_000, 1_000_000, 2_100_000,
    ]);
    const feb = stored.find((r) => r.month === 2);
    expect(feb?.outputValue).toBe(2_100_000);
    expect(feb?.batchId).toBe(real.batchId);
    const batch = await db
      .selectFrom('importBatch')
      .selectAll()
      .where('id', '=', real.batchId ?? -1)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      status: 'committed',
      fileName: 'ok.xlsx',
      inserted: 3,
      rowsTotal: 3,
      login: admin.actor?.login,
    });
  });

  it('a re-import with one changed figure creates exactly one revision with the old value', async () => {
    const db = t.database.db;
    const file = await returnsFile('fix.xlsx', [
      { uscc: a, period: '2013-01', values: { output_value: 1_000_000, value_added: 200_000 } },
      { uscc: a, period: '2013-02', values: { output_value: 2_200_000, value_added: 410_000 } },
      { uscc: b, period: '2013-01', values: { output_value: 500_000 } },
    ]);
    const result = await runImport(db, admin, { filePath: file, fileName: 'fix.xlsx', kind: 'returns', dryRun: false });
    expect(result.counts).toEqual({ inserted: 0, changed: 1, unchanged: 2 });
    const revisions = await db.selectFrom('statisticRevision').selectAll().execute();
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      subject: 'return',
      subjectKey: a,
      period: '2013-02',
      indicator: 'output_value',
      oldValue: 2_100_000,
      newValue: 2_200_000,
      batchId: result.batchId,
    });
    // The changed return counts its revision (the first import wrote revision 1) and names the batch; the others stay.
    const stored = await db
      .selectFrom('statisticalReturn as r')
      .innerJoin('enterprise as e', 'e.id', 'r.enterpriseId')
      .select(['e.uscc', 'r.month', 'r.revision', 'r.batchId', 'r.outputValue'])
      .where('r.year', '=', 2013)
      .where('r.month', 'in', [1, 2])
      .where('e.uscc', 'in', [a, b])
      .orderBy('e.uscc')
      .orderBy('r.month')
      .execute();
    expect(stored.find((r) => r.uscc === a && r.month === 2)).toMatchObject({
      revision: 2,
      batchId: result.batchId,
      outputValue: 2_200_000,
    });
    expect(stored.filter((r) => r.revision !== 1)).toHaveLength(1);
    const batch = await getImportBatch(db, admin, result.batchId ?? -1);
    expect(batch.revisions).toEqual([
      expect.objectContaining({
        subject: 'return',
        subjectKey: a,
        subjectName: expect.stringMatching(/有限公司$/),
        oldValue: 2_100_000,
        newValue: 2_200_000,
      }),
    ]);
  });

  it('a file with any error writes nothing, and the batch is listed as rejected with its problems', async () => {
    const db = t.database.db;
    const before = await snapshot(db);
    const file = await returnsFile('bad.xlsx', [
      { uscc: a, period: '2013-03', values: { output_value: 3_000_000 } },
      { uscc: a, period: '2013-04', values: { output_value: 2_000_000 } }, // lower than March: YTD cannot fall
    ]);
    const result = await runImport(db, admin, { filePath: file, fileName: 'bad.xlsx', kind: 'returns', dryRun: false });
    expect(result.status).toBe('rejected');
    expect(result.problems[0]).toMatchObject({ row: 3, code: 'ytd_decrease' });
    expect(await snapshot(db)).toBe(before);
    const batch = await db
      .selectFrom('importBatch')
      .selectAll()
      .where('id', '=', result.batchId ?? -1)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ status: 'rejected', problemCount: 1, inserted: 0 });
  });

  it('refuses a figure lower than the month before it already stored', async () => {
    const file = await returnsFile('lower.xlsx', [{ uscc: a, period: '2013-03', values: { output_value: 1_500_000 } }]);
    const result = await runImport(t.database.db, admin, {
      filePath: file,
      fileName: 'lower.xlsx',
      kind: 'returns',
      dryRun: false,
    });
    expect(result.status).toBe('rejected');
    expect(result.problems.map((p) => p.code)).toContain('ytd_decrease');
  });

  it('refuses an import into a locked period, with the reason', async () => {
    await lockPeriod(t.database.db, admin, { period: '2012', reason: '2012年通报已发布' });
    const file = await returnsFile('locked.xlsx', [{ uscc: a, period: '2012-06', values: { output_value: 1 } }]);
    const result = await runImport(t.database.db, admin, {
      filePath: file,
      fileName: 'locked.xlsx',
      kind: 'returns',
      dryRun: false,
    });
    expect(result.status).toBe('rejected');
    expect(result.problems[0]?.code).toBe('period_locked');
  });

  it('refuses a caller who may not import the kind, and writes no batch', async () => {
    const db = t.database.db;
    const file = path.join(dir, 'gdp-by-county.csv');
    await writeImportFile('region-stats', [{ region: '330421', period: '2017', values: { gdp: 1 } }], file, {
      format: 'csv',
    });
    const batches = async () => (await db.selectFrom('importBatch').select('id').execute()).length;
    const before = await batches();
    await expect(
      runImport(db, county, { filePath: file, fileName: 'gdp-by-county.csv', kind: 'region-stats', dryRun: false }),
    ).rejects.toMatchObject({ statusCode: 403, code: 'forbidden' });
    expect(await batches()).toBe(before);
  });

  it('a period locked as an import starts is either seen by it or locked after it has written', async () => {
    const db = t.database.db;
    const file = await returnsFile('race.xlsx', [{ uscc: a, period: '2019-06', values: { output_value: 1 } }]);
    // Both at once: the lock may come before the import's transaction or after it, never between its check and write.
    const [outcome] = await Promise.all([
      runImport(db, admin, { filePath: file, fileName: 'race.xlsx', kind: 'returns', dryRun: false }),
      lockPeriod(db, admin, { period: '2019', reason: '2019年通报已发布' }),
    ]);
    const audit = await lockAndImportOrder(db, '2019', outcome.batchId);
    if (outcome.status === 'committed') {
      expect(audit).toEqual(['import', 'lock']);
    } else {
      expect(outcome.problems.map((p) => p.code)).toEqual(['period_locked']);
    }
  });

  it('region totals likewise: a period locked as their import starts is seen by it or locked after it', async () => {
    const db = t.database.db;
    const file = path.join(dir, 'region-race.csv');
    await writeImportFile('region-stats', [{ region: '330421', period: '2018', values: { gdp: 1_000_000 } }], file, {
      format: 'csv',
    });
    const [outcome] = await Promise.all([
      runImport(db, admin, { filePath: file, fileName: 'region-race.csv', kind: 'region-stats', dryRun: false }),
      lockPeriod(db, admin, { period: '2018', reason: '2018年通报已发布' }),
    ]);
    const audit = await lockAndImportOrder(db, '2018', outcome.batchId);
    if (outcome.status === 'committed') {
      expect(audit).toEqual(['import', 'lock']);
    } else {
      expect(outcome.problems.map((p) => p.code)).toEqual(['period_locked']);
    }
  });

  it('a period locked while a file is being read is locked after the import has written it', async () => {
    const db = t.database.db;
    const rows = Array.from({ length: 300 }, (_, i) => ({
      uscc: b,
      period: `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      values: { output_value: (i % 12) + 1 },
    }));
    const file = await returnsFile('read-while-locking.xlsx', rows);
    let locking: Promise<unknown> | undefined;
    const outcome = await runImport(db, admin, {
      filePath: file,
      fileName: 'read-while-locking.xlsx',
      kind: 'returns',
      dryRun: false,
      // While the worker reads: the lock waits for the import (its transaction read the locks before this).
      onProgress: () => {
        locking ??= lockPeriod(db, admin, { period: '2030', reason: '2030年通报已发布' });
      },
    });
    expect(locking).toBeDefined();
    await locking;
    expect(outcome.status).toBe('committed');
    const audit = await lockAndImportOrder(db, '2030', outcome.batchId);
    expect(audit).toEqual(['import', 'lock']);
  });

  it('two imports at once cannot both pass the check against stored returns', async () => {
    const db = t.database.db;
    // Each file alone is fine; together February (6,000,000) would stand above March (5,000,000).
    const march = await returnsFile('march.xlsx', [
      { uscc: b, period: '2016-03', values: { output_value: 5_000_000 } },
    ]);
    const february = await returnsFile('february.xlsx', [
      { uscc: b, period: '2016-02', values: { output_value: 6_000_000 } },
    ]);
    const outcomes = await Promise.all([
      runImport(db, admin, { filePath: march, fileName: 'march.xlsx', kind: 'returns', dryRun: false }),
      runImport(db, admin, { filePath: february, fileName: 'february.xlsx', kind: 'returns', dryRun: false }),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['committed', 'rejected']);
    const stored = await db
      .selectFrom('statisticalReturn')
      .innerJoin('enterprise', 'enterprise.id', 'statisticalReturn.enterpriseId')
      .select('month')
      .where('enterprise.uscc', '=', b)
      .where('year', '=', 2016)
      .execute();
    expect(stored).toHaveLength(1);
  });

  it("a county officer's file may not name another county's enterprise: reported as unknown", async () => {
    const file = await returnsFile(
      'other.csv',
      [{ uscc: elsewhere, period: '2013-01', values: { output_value: 1 } }],
      'csv',
    );
    const result = await runImport(t.database.db, county, {
      filePath: file,
      fileName: 'other.csv',
      kind: 'returns',
      dryRun: false,
    });
    expect(result.status).toBe('rejected');
    expect(result.problems[0]?.code).toBe('unknown_enterprise');
  });

  it('the worker keeps the register between imports: still checked when unchanged, sent again when it changes', async () => {
    const db = t.database.db;
    const dryRun = async (name: string, uscc: string) =>
      runImport(db, admin, {
        filePath: await returnsFile(name, [{ uscc, period: '2016-01', values: { output_value: 1 } }], 'csv'),
        fileName: name,
        kind: 'returns',
        dryRun: true,
      });
    // Not yet in the register: twice, the second time with the register unchanged (not sent again).
    const body = `${String(Date.now() % 1_000_000).padStart(6, '0')}K7`;
    const later = buildUscc('330421', body);
    expect((await dryRun('unknown-1.csv', later)).problems.map((p) => p.code)).toEqual(['unknown_enterprise']);
    expect((await dryRun('unknown-2.csv', later)).problems.map((p) => p.code)).toEqual(['unknown_enterprise']);
    // Known ones pass with the same kept register.
    expect((await dryRun('known.csv', a)).status).toBe('dry_run');
    // Registered now: the next import sees it.
    await db.transaction().execute(async (trx) => {
      await commitEnterprises(
        trx,
        systemContext('test'),
        [{ rowNumber: 2, uscc: later, name: '后来登记的企业', region: '330421', above_scale: true }],
        '2016-01',
      );
    });
    expect(await dryRun('registered.csv', later)).toMatchObject({ status: 'dry_run', problems: [] });
  });
});

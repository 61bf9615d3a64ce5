import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseUrl, testDialect, type TestDatabase } from '../../test/database.js';
import { nowIso } from './columns.js';
import { paddedList } from './chunks.js';
import {
  checkpointSoon,
  dialectOf,
  keptInsert,
  openDatabase,
  openReadDatabase,
  runKeptInsert,
  sameShape,
  selectArrays,
  sqliteHandleOf,
} from './database.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './schema.js';

describe(`database (${testDialect})`, () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.close());

  it('knows which engine it talks to, inside a transaction too', async () => {
    expect(t.dialect).toBe(testDialect);
    expect(dialectOf(t.db)).toBe(testDialect);
    await t.db.transaction().execute(async (trx) => {
      expect(dialectOf(trx)).toBe(testDialect);
    });
  });

  it('running the migrations again does nothing', async () => {
    expect(await migrateToLatest(t.db)).toEqual([]);
  });

  it.skipIf(testDialect !== 'postgres')(
    'migrates its own schema although another schema holds migration tables of the same names',
    async () => {
      // Kysely's migrator, unless told the schema, takes another schema's lock table for this one's and fails.
      const trap = `trap_${Date.now()}`;
      await sql`CREATE SCHEMA ${sql.id(trap)}`.execute(t.db);
      await sql`CREATE TABLE ${sql.id(trap, 'schema_migration_lock')} (id varchar(255) primary key, is_locked integer)`.execute(
        t.db,
      );
      try {
        const other = await createTestDatabase();
        expect(await migrateToLatest(other.db)).toEqual([]);
        await other.close();
      } finally {
        await sql`DROP SCHEMA ${sql.id(trap)} CASCADE`.execute(t.db);
      }
    },
  );

  it('hands back money (bigint fen) as an exact number and timestamps as ISO strings on both engines', async () => {
    const loadedAt = nowIso();
    await t.db
      .insertInto('plan')
      .values({
        id: 'p',
        nameZh: '测试',
        nameEn: 'test',
        currentVersion: 1,
        documentJson: '{}',
        baseYear: 2010,
        targetYear: 2015,
        defaultTolerance: 0.05,
        specialFundAnnualBudgetFen: 9_007_199_254_740_991,
        instrumentsJson: '{}',
        loadedAt,
      })
      .execute();
    const row = await t.db.selectFrom('plan').selectAll().where('id', '=', 'p').executeTakeFirstOrThrow();
    expect(row.specialFundAnnualBudgetFen).toBe(Number.MAX_SAFE_INTEGER);
    expect(row.loadedAt).toBe(loadedAt);
    expect(row.active).toBe(0);
  });

  it('enforces foreign keys (SQLite too)', async () => {
    await expect(
      t.db
        .insertInto('industry')
        .values({ planId: 'no-such-plan', code: 'x', nameZh: 'x', nameEn: 'x', source: 'x', sortOrder: 0 })
        .execute(),
    ).rejects.toThrow();
  });

  it('rolls a failed transaction back whole', async () => {
    const count = () =>
      t.db
        .selectFrom('region')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
        .then((r) => Number(r.n));
    const before = await count();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('region')
          .values({
            code: '999999',
            nameZh: '甲',
            nameEn: 'A',
            kind: 'county',
            parentCode: null,
            reporting: null,
            note: null,
            sortOrder: 0,
          })
          .execute();
        await sql`select * from no_such_table`.execute(trx);
      }),
    ).rejects.toThrow();
    expect(await count()).toBe(before);
  });

  it("selects rows as arrays in the select's order, seeing the transaction's own writes", async () => {
    const region = {
      code: '999998',
      nameZh: '乙',
      nameEn: 'B',
      kind: 'county' as const,
      parentCode: null,
      reporting: null,
      note: null,
      sortOrder: 7,
    };
    const query = (db: typeof t.db) =>
      db
        .selectFrom('region')
        .select(['sortOrder', 'nameZh', 'code'])
        .where('code', 'in', paddedList(['999998']));
    let outside: Promise<unknown[][]> | undefined;
    await expect(
      t.db.transaction().execute(async (trx) => {
        await trx.insertInto('region').values(region).execute();
        // A read outside the transaction must not see its uncommitted row (on SQLite the connection is shared).
        outside = selectArrays(t.db, query(t.db));
        await new Promise((resolve) => setTimeout(resolve, 20));
        // On SQLite the statement runs on the connection itself, inside the transaction.
        expect(sqliteHandleOf(trx) !== undefined).toBe(testDialect === 'sqlite');
        expect(await selectArrays(trx, query(trx))).toEqual([[7, '乙', '999998']]);
        // Again: the kept statement.
        expect(await selectArrays(trx, query(trx))).toEqual([[7, '乙', '999998']]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await outside).toEqual([]);
    // Outside a transaction, through Kysely: the rolled-back row is not there.
    expect(await selectArrays(t.db, query(t.db))).toEqual([]);
  });

  it('runs a query of the same shape from its compiled text, with the new parameters', async () => {
    const byCodes = (codes: string[]) =>
      sameShape(t.db, `test regions ${codes.length}`, codes, () =>
        t.db.selectFrom('region').select(['code']).where('code', 'in', codes).orderBy('code'),
      );
    const codes = ['999991', '999992', '999993', '999994'];
    await t.db
      .insertInto('region')
      .values(
        codes.map((code, i) => ({
          code,
          nameZh: code,
          nameEn: code,
          kind: 'county' as const,
          parentCode: null,
          reporting: null,
          note: null,
          sortOrder: i,
        })),
      )
      .execute();
    try {
      expect(await selectArrays(t.db, byCodes(codes.slice(0, 2)))).toEqual(codes.slice(0, 2).map((c) => [c]));
      // The second time from the text, with other codes: their rows, not the first's.
      expect(await selectArrays(t.db, byCodes(codes.slice(2, 4)))).toEqual(codes.slice(2, 4).map((c) => [c]));
    } finally {
      await t.db.deleteFrom('region').where('code', 'in', codes).execute();
    }
    // Parameters that are not what the query compiles to are refused, not run.
    expect(() =>
      sameShape(t.db, 'test regions mismatched', ['x'], () =>
        t.db.selectFrom('region').select(['code']).where('code', 'in', ['y']),
      ),
    ).toThrow(/not those the query compiles to/);
  });
});

describe('kept multi-row inserts (SQLite)', () => {
  it('inserts the first rows asked for with one statement kept per connection, constants beside', async () => {
    const { db } = openDatabase('sqlite::memory:');
    try {
      await migrateToLatest(db);
      const codes = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(990_000 + from + i));
      await db.transaction().execute(async (trx) => {
        const handle = sqliteHandleOf(trx);
        if (!handle) throw new Error('no SQLite connection');
        const insert = () =>
          keptInsert(handle, 'region', ['code', 'name_zh', 'sort_order'], {
            rowsPerStatement: 32,
            constants: { name_en: "'x'", kind: "'county'", note: '@note' },
          });
        const write = (list: string[]) => {
          const kept = insert();
          for (let at = 0; at < list.length; at += kept.rows) {
            const count = Math.min(kept.rows, list.length - at);
            list.slice(at, at + count).forEach((code, r) => {
              kept.params.splice(r * 3, 3, code, `区${code}`, at + r);
            });
            runKeptInsert(kept, count, { note: 'kept' });
          }
        };
        expect(insert()).toBe(insert());
        // 35 rows: a full run of 32, then 3 through the statement of a sixteenth the size (2 rows, then 1) — not the
        // rows left from the runs before.
        write(codes(0, 35));
        write(codes(100, 1));
        const rows = await trx
          .selectFrom('region')
          .select(['code', 'nameZh', 'nameEn', 'sortOrder', 'note'])
          .where('code', '>=', '990000')
          .orderBy('code')
          .execute();
        expect(rows.map((r) => r.code)).toEqual([...codes(0, 35), ...codes(100, 1)]);
        expect(rows[33]).toEqual({ code: '990033', nameZh: '区990033', nameEn: 'x', sortOrder: 33, note: 'kept' });
        expect(rows[35]).toEqual({ code: '990100', nameZh: '区990100', nameEn: 'x', sortOrder: 0, note: 'kept' });
      });
    } finally {
      await db.destroy();
    }
  });
});

/** The SQL texts the SQLite connection under `db` prepares from now on. */
function recordPrepares(db: Kysely<Database>): string[] {
  const handle = sqliteHandleOf(db);
  if (!handle) throw new Error('no SQLite connection');
  const texts: string[] = [];
  const prepare = handle.prepare.bind(handle);
  handle.prepare = ((text: string) => {
    texts.push(text);
    return prepare(text);
  }) as typeof handle.prepare;
  return texts;
}

describe("Kysely's statements kept on a SQLite connection", () => {
  it('prepares a query once and runs it again with new values; many texts are let go and prepared again', async () => {
    const { db } = openDatabase('sqlite::memory:');
    try {
      await migrateToLatest(db);
      const prepared = recordPrepares(db);
      const codeOf = (code: string) =>
        db.selectFrom('region').select('code').where('code', '=', code).executeTakeFirst();
      await db
        .insertInto('region')
        .values({ code: '990001', nameZh: '甲', nameEn: 'A', kind: 'county', sortOrder: 0 })
        .execute();
      expect(await codeOf('990001')).toEqual({ code: '990001' });
      expect(await codeOf('990002')).toBeUndefined();
      expect(prepared.filter((t) => t.startsWith('select'))).toHaveLength(1);
      // 400 texts: past the bound the kept statements are let go, and a text asked again is prepared again.
      for (let n = 1; n <= 400; n += 1) {
        const codes = Array.from({ length: n }, (_, i) => String(990_000 + i));
        expect(await db.selectFrom('region').select('code').where('code', 'in', codes).execute()).toHaveLength(
          n > 1 ? 1 : 0,
        );
      }
      expect(await codeOf('990001')).toEqual({ code: '990001' });
      expect(prepared.filter((t) => t.startsWith('select'))).toHaveLength(402);
    } finally {
      await db.destroy();
    }
  });
});

describe('SQLite transactions across processes', () => {
  it('begin immediate on the writing connection (so they wait for another process), deferred on a read connection', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-begin-'));
    const url = `sqlite:${path.join(dir, 'begin.db')}`;
    // Migrated through a connection of its own: a migration's transaction would prepare the statements watched here.
    const migrating = openDatabase(url).db;
    await migrateToLatest(migrating);
    await migrating.destroy();
    const { db } = openDatabase(url);
    const reads = openReadDatabase(url);
    try {
      const written = recordPrepares(db);
      const read = recordPrepares(reads ?? db);
      await db.transaction().execute((trx) => trx.selectFrom('region').select('code').execute());
      await reads?.transaction().execute((trx) => trx.selectFrom('region').select('code').execute());
      expect(written.filter((t) => t.startsWith('begin'))).toEqual(['begin immediate']);
      expect(read.filter((t) => t.startsWith('begin'))).toEqual(['begin']);
    } finally {
      await reads?.destroy();
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('two processes that each read then write in a transaction both succeed (deferred, one failed at once)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-race-'));
    const url = `sqlite:${path.join(dir, 'race.db')}`;
    const { db } = openDatabase(url);
    await migrateToLatest(db);
    await db.destroy();
    // Each process reads, waits while the other reads too, then writes: the second writer's snapshot is stale.
    const script = path.join(dir, 'race.mts');
    fs.writeFileSync(
      script,
      `import fs from 'node:fs';
import { openDatabase } from ${JSON.stringify(path.join(import.meta.dirname, 'database.ts'))};
const { db } = openDatabase(process.argv[2], { backgroundCheckpoint: false, immediateTransactions: process.argv[3] === '1' });
try {
  await db.transaction().execute(async (trx) => {
    await trx.selectFrom('region').select('code').execute();
    // Both have read before either writes — when both can: with BEGIN IMMEDIATE the second waits at its begin until
    // the first has committed, so the first waits here 3 s at most (less than the other's 5 s busy timeout).
    fs.writeFileSync(process.argv[4] + '.' + process.argv[5], '');
    for (let i = 0; i < 60 && !fs.existsSync(process.argv[4] + '.' + (1 - Number(process.argv[5]))); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    await trx.insertInto('region').values({ code: String(900000 + (process.pid % 99999)), nameZh: 'x', nameEn: 'x', kind: 'county', sortOrder: 0 }).execute();
  });
  console.log('ok');
} catch (error) {
  console.log(error instanceof Error ? error.message : String(error));
} finally {
  await db.destroy();
}
`,
    );
    const both = (immediate: boolean) =>
      Promise.all(
        [0, 1].map(
          (i) =>
            new Promise<string>((resolve, reject) =>
              execFile(
                process.execPath,
                ['--import', 'tsx', script, url, immediate ? '1' : '0', path.join(dir, `read-${immediate}`), String(i)],
                { cwd: path.join(import.meta.dirname, '../../..') },
                (error, stdout) => (error ? reject(error) : resolve(`${i}:${stdout.trim()}`)),
              ),
            ),
        ),
      );
    try {
      expect(await both(true)).toEqual(['0:ok', '1:ok']);
      // What BEGIN IMMEDIATE is for: deferred, the second writer is refused at once.
      expect((await both(false)).sort().join(' ')).toMatch(/database is locked/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('padded IN-lists', () => {
  it('repeats the last value up to a power of two, and leaves nothing as nothing', () => {
    expect(paddedList([])).toEqual([]);
    expect(paddedList(['a'])).toEqual(['a']);
    expect(paddedList(['a', 'b', 'c'])).toEqual(['a', 'b', 'c', 'c']);
    expect(paddedList([1, 2, 3, 4, 5])).toEqual([1, 2, 3, 4, 5, 5, 5, 5]);
  });
});

describe('database URLs', () => {
  it('refuses a URL of an unknown kind, without echoing credentials', () => {
    expect(() => openDatabase('mysql://root:secret@localhost/db')).toThrow(
      /must start with sqlite: or postgres:\/\/ \(got "mysql:…"\)/,
    );
  });

  it.skipIf(!testDatabaseUrl)('PostgreSQL: the suite runs against TEST_DATABASE_URL', () => {
    expect(testDialect).toBe('postgres');
  });
});

describe('SQLite write-ahead log, checkpointed off the event loop', () => {
  // In WAL mode the database file changes only when the log is checkpointed into it: its size shows who did.
  const fileWith = async (backgroundCheckpoint: boolean) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-wal-'));
    const file = path.join(dir, 'wal.db');
    const { db } = openDatabase(`sqlite:${file}`, { backgroundCheckpoint });
    // Kysely opens its driver on the first query (and destroy() closes only an opened one).
    await sql`select 1`.execute(db);
    const handle = sqliteHandleOf(db);
    if (!handle) throw new Error('no SQLite handle');
    handle.exec('create table page (body blob)');
    const insert = handle.prepare('insert into page (body) values (zeroblob(4000))');
    // ≈ 1,500 pages: past SQLite's automatic checkpoint (1,000 pages) in a single commit.
    handle.transaction(() => {
      for (let i = 0; i < 1500; i += 1) insert.run();
    })();
    return { db, handle, file, dir };
  };

  it('leaves the commit to write the log only, and checkpoints on its own thread', async () => {
    const { db, handle, file, dir } = await fileWith(true);
    try {
      expect(handle.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      // The commit did not copy the pages into the file …
      expect(fs.statSync(file).size).toBeLessThan(1_000_000);
      checkpointSoon(db);
      // … the checkpointer's thread does, soon after.
      await expect.poll(() => fs.statSync(file).size, { timeout: 5000, interval: 20 }).toBeGreaterThan(6_000_000);
      expect(handle.prepare('select count(*) from page').pluck().get()).toBe(1500);
    } finally {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  /** A file whose first write the thread has checkpointed (so it runs, its connection open) and a second is in the log. */
  const secondWriteInLog = async () => {
    const opened = await fileWith(true);
    const { db, handle, file } = opened;
    checkpointSoon(db);
    await expect.poll(() => fs.statSync(file).size, { timeout: 5000, interval: 20 }).toBeGreaterThan(6_000_000);
    const insert = handle.prepare('insert into page (body) values (zeroblob(4000))');
    handle.transaction(() => {
      for (let i = 0; i < 1500; i += 1) insert.run();
    })();
    return opened;
  };
  /** Both writes in the file, the log empty. */
  const expectAllInFile = (file: string) => {
    expect(fs.statSync(file).size).toBeGreaterThan(12_000_000);
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
  };

  it('closing puts the log into the file there and then, whatever the thread is doing', async () => {
    const { db, file, dir } = await secondWriteInLog();
    try {
      // The second write stays in the log …
      expect(fs.statSync(file).size).toBeLessThan(7_000_000);
      // … until the close.
      await db.destroy();
      expectAllInFile(file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('closing waits for a checkpoint the thread is in the middle of', async () => {
    const { db, file, dir } = await secondWriteInLog();
    try {
      // The thread starts copying the new 6 MB of log, and the connection closes meanwhile: SQLite answers the
      // close's checkpoint "busy" at once, and without asking again the log stayed (18–20 closes of 20, measured).
      checkpointSoon(db);
      await new Promise((resolve) => setTimeout(resolve, 1));
      await db.destroy();
      expectAllInFile(file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("without it (the dashboards' read connection), the commit checkpoints itself, as SQLite does by default", async () => {
    const { db, handle, file, dir } = await fileWith(false);
    try {
      expect(handle.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
      expect(fs.statSync(file).size).toBeGreaterThan(6_000_000);
    } finally {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

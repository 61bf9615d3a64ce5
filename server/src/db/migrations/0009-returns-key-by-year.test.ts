import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialect, type TestDatabase } from '../../../test/database.js';
import { nowIso } from '../columns.js';
import { migrateToLatest } from '../migrate.js';
import { yearsWithReturns } from '../../modules/statistics/statistics.service.js';

describe(`migration 0009: the returns' key leads with the year (${testDialect})`, () => {
  let t: TestDatabase;
  const returnRow = (enterpriseId: number, year: number, month: number, outputValue: number | null) => ({
    enterpriseId,
    year,
    month,
    outputValue,
    revision: 1,
    updatedAt: nowIso(),
  });
  const insertReturns = (rows: ReturnType<typeof returnRow> | ReturnType<typeof returnRow>[]) =>
    t.db.insertInto('statisticalReturn').values(rows).execute();
  const stored = () =>
    t.db
      .selectFrom('statisticalReturn')
      .select(['enterpriseId', 'year', 'month', 'outputValue', 'revision'])
      .orderBy('enterpriseId')
      .orderBy('year')
      .orderBy('month')
      .execute();

  beforeAll(async () => {
    // A database as migration 0008 left it, holding returns of two enterprises over three years.
    t = await createTestDatabase('0008-project-revisions');
    await t.db
      .insertInto('region')
      .values({ code: '330402', nameZh: '南湖区', nameEn: 'Nanhu', kind: 'district', sortOrder: 1 })
      .execute();
    for (const [i, uscc] of ['91330402000000001A', '91330402000000002B'].entries()) {
      await t.db
        .insertInto('enterprise')
        .values({
          uscc,
          name: `企业${i}`,
          regionCode: '330402',
          aboveScale: 1,
          tagsJson: '[]',
          createdAt: nowIso(),
          updatedAt: nowIso(),
        })
        .execute();
    }
    const ids = (await t.db.selectFrom('enterprise').select('id').orderBy('id').execute()).map((r) => Number(r.id));
    const rows = [2011, 2012, 2013].flatMap((year) =>
      ids.flatMap((id) => [3, 6].map((month) => returnRow(id, year, month, id * 1000 + year + month / 100))),
    );
    rows.push(returnRow(ids[0] as number, 2013, 9, null));
    await insertReturns(rows);
  });
  afterAll(() => t.close());

  it('keeps every return as it was, and the key is (year, enterprise, month) with the period index beside', async () => {
    const before = await stored();
    expect(before).toHaveLength(13);
    expect(await migrateToLatest(t.db)).toEqual(['0009-returns-key-by-year']);
    expect(await stored()).toEqual(before);

    if (testDialect === 'sqlite') {
      const table = await sql<{ sql: string }>`
        select sql from sqlite_master where type = 'table' and name = 'statistical_return'`.execute(t.db);
      expect(table.rows[0]?.sql).toContain('primary key ("year", "enterprise_id", "month")');
      const indexes = await sql<{ name: string }>`
        select name from sqlite_master where type = 'index' and tbl_name = 'statistical_return' order by name`.execute(
        t.db,
      );
      expect(indexes.rows.map((r) => r.name)).toEqual([
        'sqlite_autoindex_statistical_return_1',
        'statistical_return_period_idx',
      ]);
      // A lookup of the import (the enterprises of a batch in a year) seeks the key; so does an enterprise's years.
      const plan = await sql<{ detail: string }>`
        explain query plan select * from statistical_return where year = 2013 and enterprise_id in (1, 2)`.execute(
        t.db,
      );
      expect(plan.rows.map((r) => r.detail).join('\n')).toMatch(
        /SEARCH statistical_return USING INDEX sqlite_autoindex_\w+ \(year=\? AND enterprise_id=\?\)/,
      );
    } else {
      const key = await sql<{ definition: string }>`
        select pg_get_constraintdef(oid) as definition from pg_constraint where conname = 'statistical_return_pkey'
          and conrelid = 'statistical_return'::regclass`.execute(t.db);
      expect(key.rows[0]?.definition).toBe('PRIMARY KEY (year, enterprise_id, month)');
    }
    // The same key refuses a return twice; the enterprise's foreign key still holds.
    await expect(insertReturns(returnRow(1, 2011, 3, 5))).rejects.toThrow();
    await expect(insertReturns(returnRow(999, 2011, 3, 5))).rejects.toThrow();
  });

  it('lists the years that hold returns, oldest first, and none of an empty table', async () => {
    expect(await yearsWithReturns(t.db)).toEqual([2011, 2012, 2013]);
    await t.db.deleteFrom('statisticalReturn').execute();
    expect(await yearsWithReturns(t.db)).toEqual([]);
  });

  // A table changed by hand (its key not the one migration 0003 made) is not remade: the migration refuses, naming
  // what it found, and leaves the table and its rows as they were.
  it.skipIf(testDialect !== 'sqlite')('refuses a returns table whose key is not the expected one', async () => {
    const other = await createTestDatabase('0008-project-revisions');
    try {
      await sql`drop table statistical_return`.execute(other.db);
      await sql`create table statistical_return (enterprise_id bigint not null, year integer not null,
        month integer not null, revision integer not null, updated_at text not null,
        primary key (year, month, enterprise_id))`.execute(other.db);
      await sql`insert into statistical_return values (1, 2013, 6, 1, '2013-07-01')`.execute(other.db);
      await expect(migrateToLatest(other.db)).rejects.toThrow(
        /statistical_return's definition does not hold the expected key primary key \("enterprise_id", "year", "month"\): create table statistical_return/i,
      );
      const kept = await sql<{ sql: string }>`
        select sql from sqlite_master where type = 'table' and name = 'statistical_return'`.execute(other.db);
      expect(kept.rows[0]?.sql).toContain('primary key (year, month, enterprise_id)');
      const rows = await sql<{ n: number }>`select count(*) as n from statistical_return`.execute(other.db);
      expect(rows.rows[0]?.n).toBe(1);
    } finally {
      await other.close();
    }
  });
});

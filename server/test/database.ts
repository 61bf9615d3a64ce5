import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase, type OpenDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';

/** The engine the suite runs on: PostgreSQL when TEST_DATABASE_URL is set (CI), else an in-memory SQLite. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL;
export const testDialect = testDatabaseUrl ? 'postgres' : 'sqlite';

export interface TestDatabase extends OpenDatabase {
  close(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: an in-memory SQLite, or a schema of its own in PostgreSQL that is
 * dropped afterwards, so files can run in parallel without seeing each other's rows. `upTo`: only the migrations up to
 * that one (a test of the next).
 */
export async function createTestDatabase(upTo?: Parameters<typeof migrateToLatest>[1]): Promise<TestDatabase> {
  if (!testDatabaseUrl) {
    const opened = openDatabase('sqlite::memory:');
    await migrateToLatest(opened.db, upTo);
    return { ...opened, close: () => opened.db.destroy() };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const opened = openDatabase(testDatabaseUrl, { searchPath: schema });
  await migrateToLatest(opened.db, upTo);
  return {
    ...opened,
    close: async () => {
      await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(opened.db);
      await opened.db.destroy();
    },
  };
}

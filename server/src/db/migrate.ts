import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import { dialectOf, type DialectName } from './database.js';
import type { Database } from './schema.js';
import * as m0001 from './migrations/0001-plan.js';
import * as m0002 from './migrations/0002-auth.js';
import * as m0003 from './migrations/0003-statistics.js';
import * as m0004 from './migrations/0004-indicators.js';
import * as m0005 from './migrations/0005-projects.js';
import * as m0006 from './migrations/0006-assessment.js';
import * as m0007 from './migrations/0007-bulletins.js';
import * as m0008 from './migrations/0008-project-revisions.js';
import * as m0009 from './migrations/0009-returns-key-by-year.js';

type DialectMigration = { up(db: Kysely<unknown>, dialect: DialectName): Promise<void> };

// Listed explicitly, in order: a file-system provider does not survive bundling, and the list is the history.
// Forward-only: there are no down migrations.
const migrations = {
  '0001-plan': m0001,
  '0002-auth': m0002,
  '0003-statistics': m0003,
  '0004-indicators': m0004,
  '0005-projects': m0005,
  '0006-assessment': m0006,
  '0007-bulletins': m0007,
  '0008-project-revisions': m0008,
  '0009-returns-key-by-year': m0009,
} satisfies Record<string, DialectMigration>;

class DialectMigrationProvider implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const result: Record<string, Migration> = {};
    for (const [name, migration] of Object.entries(migrations)) {
      result[name] = { up: (db: Kysely<unknown>) => migration.up(db, this.dialect) };
    }
    return result;
  }
}

/**
 * Brings the schema up to date (or up to the migration `upTo`, for a test of the next one); returns the names of the
 * migrations it ran. Throws with the failing one's name.
 */
export async function migrateToLatest(db: Kysely<Database>, upTo?: keyof typeof migrations): Promise<string[]> {
  // PostgreSQL: name the schema the migrations are recorded in. Without it Kysely takes a `schema_migration_lock` of
  // ANY schema for this one's and then fails to lock (tests and benchmarks migrate schemas side by side).
  const schema =
    dialectOf(db) === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db: db as unknown as Kysely<unknown>,
    provider: new DialectMigrationProvider(dialectOf(db)),
    migrationTableName: 'schema_migration',
    migrationLockTableName: 'schema_migration_lock',
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const migrate = () => (upTo ? migrator.migrateTo(upTo) : migrator.migrateToLatest());
  let outcome: MigrationResultSet = await migrate();
  // Kysely's migrator first lists the tables of every schema it may use, asking has_schema_privilege by name: a schema
  // another process drops in that moment (tests and benchmarks drop theirs when done) fails the listing with
  // "schema does not exist" (3F000). Nothing has been done then; the listing is asked again.
  for (let attempt = 1; attempt < 5 && isMissingSchema(outcome.error); attempt += 1) {
    outcome = await migrate();
  }
  const { error, results } = outcome;
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** PostgreSQL's "schema does not exist" (3F000), from a schema dropped while Kysely listed the tables. */
function isMissingSchema(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '3F000';
}

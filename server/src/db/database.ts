import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, type LogEvent } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface OpenDatabase {
  db: Db;
  dialect: DialectName;
  /** Where the data lives, without credentials: for logs and the health answer. */
  description: string;
}

export interface OpenOptions {
  /** PostgreSQL only: the schema to work in (tests get one each). */
  searchPath?: string;
  /** Every query's SQL and duration, e.g. for the benchmarks' "no database call over 50 ms". */
  log?: (event: LogEvent) => void;
}

/** Opens `sqlite:PATH`, `sqlite::memory:` or `postgres://…` with the same Kysely interface on top. */
export function openDatabase(url: string, options: OpenOptions = {}): OpenDatabase {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      types: { getTypeParser: postgresTypeParser },
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
      ...(options.log ? { log: options.log } : {}),
    });
    const where = new URL(url);
    return { db, dialect: 'postgres', description: `postgres ${where.host}${where.pathname}` };
  }
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const database = new SQLite(file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    database.pragma('synchronous = NORMAL');
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database }),
      plugins: [new CamelCasePlugin()],
      ...(options.log ? { log: options.log } : {}),
    });
    return { db, dialect: 'sqlite', description: `sqlite ${file}` };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${url.split(':')[0]}:…")`);
}

/**
 * A second connection for the dashboards' reads, SQLite files only: a long import holds the writing connection in
 * its transaction, and better-sqlite3 answers one statement at a time, so reads there would wait for the whole
 * import. In WAL mode a reader on its own connection sees the last committed state and is never blocked by the
 * writer. PostgreSQL's pool already gives each request its own connection; an in-memory SQLite cannot be shared.
 */
export function openReadDatabase(url: string, options: OpenOptions = {}): Db | undefined {
  if (!url.startsWith('sqlite:') || url === 'sqlite::memory:') return undefined;
  return openDatabase(url, options).db;
}

/** Which engine a handle (or a transaction of it) talks to, for the few places where SQL differs. */
export function dialectOf(db: Kysely<Database>): DialectName {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

const INT8 = 20;
const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;

// Both engines must hand the same values to the code: integers as numbers (money in fen stays far below 2^53),
// timestamps as ISO strings as SQLite stores them.
function postgresTypeParser(oid: number, format?: 'text' | 'binary') {
  if (oid === INT8) {
    return (value: string) => {
      const n = Number(value);
      if (!Number.isSafeInteger(n)) throw new Error(`integer ${value} is outside the safe range`);
      return n;
    };
  }
  if (oid === TIMESTAMPTZ || oid === TIMESTAMP) return (value: string) => new Date(value).toISOString();
  return format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : pg.types.getTypeParser(oid, 'text');
}

import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CamelCasePlugin,
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  type Compilable,
  type LogEvent,
} from 'kysely';
import pg from 'pg';
import { startCheckpointer, type Checkpointer } from './checkpointer.js';
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
  /**
   * SQLite files: checkpoint the write-ahead log on a thread of its own (checkpointer.ts) rather than inside the
   * commits of this connection. Default true; a connection that only reads has nothing to checkpoint.
   */
  backgroundCheckpoint?: boolean;
  /**
   * SQLite: start Kysely's transactions with BEGIN IMMEDIATE (default true), taking the write lock at once and waiting
   * for it as long as the busy timeout allows. A deferred transaction that reads and then writes fails at once with
   * "database is locked" if another process (a CLI command beside the server) wrote in between; SQLite cannot wait
   * there. A connection that only reads keeps deferred transactions.
   */
  immediateTransactions?: boolean;
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
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    database.pragma('synchronous = NORMAL');
    if (file !== ':memory:' && options.backgroundCheckpoint !== false) {
      const checkpointer = startCheckpointer(database, file);
      checkpointers.set(database, checkpointer);
      // Kysely's destroy() closes the connection: the thread stops first, and the log goes into the file now, as
      // SQLite's own close would do it were this the last connection (the thread's may close after it).
      const close = database.close.bind(database);
      database.close = () => {
        checkpointer.stop();
        try {
          checkpointWhole(database);
        } catch {
          // Closing all the same: whatever is left in the log is read from it on the next open.
        }
        return close();
      };
    }
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({
        database: withKeptStatements(database, options.immediateTransactions !== false),
      }),
      plugins: [new CamelCasePlugin()],
      ...(options.log ? { log: options.log } : {}),
    });
    sqliteHandles.set(db.getExecutor().adapter, database);
    return { db, dialect: 'sqlite', description: `sqlite ${file}` };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${url.split(':')[0]}:…")`);
}

/** Statements kept for Kysely's queries on one connection: at most this many, of at most this much SQL in all. */
const KYSELY_KEPT_STATEMENTS = 300;
const KYSELY_KEPT_SQL_CHARS = 4_000_000;

/**
 * The connection as Kysely's SQLite driver sees it, preparing each SQL text once and keeping the statement: the
 * driver prepares every query anew, and preparing costs more than running most of them (an import's dozen small
 * queries cost ≈ 4 ms in preparing alone). Texts vary with the length of IN-lists and of multi-row inserts, so the
 * kept statements are bounded, and all let go when either bound is reached. A statement is only reused after the
 * query before has finished with it: the driver runs one query at a time, and never keeps a statement between them.
 * With `immediate`, the driver's `begin` becomes `begin immediate`.
 */
function withKeptStatements(database: SQLite.Database, immediate: boolean): Pick<SQLite.Database, 'prepare' | 'close'> {
  const kept = new Map<string, SQLite.Statement>();
  let chars = 0;
  return {
    prepare: ((sql: string) => {
      // Kysely begins every transaction with a plain `begin` (see OpenOptions.immediateTransactions).
      const text = immediate && sql === 'begin' ? 'begin immediate' : sql;
      let statement = kept.get(text);
      if (!statement) {
        if (kept.size >= KYSELY_KEPT_STATEMENTS || chars + text.length > KYSELY_KEPT_SQL_CHARS) {
          kept.clear();
          chars = 0;
        }
        statement = database.prepare(text);
        kept.set(text, statement);
        chars += text.length;
      }
      return statement;
    }) as SQLite.Database['prepare'],
    close: () => database.close(),
  };
}

/**
 * A second connection for the dashboards' reads, SQLite files only: a long import holds the writing connection in
 * its transaction, and better-sqlite3 answers one statement at a time, so reads there would wait for the whole
 * import. In WAL mode a reader on its own connection sees the last committed state and is never blocked by the
 * writer. PostgreSQL's pool already gives each request its own connection; an in-memory SQLite cannot be shared.
 */
export function openReadDatabase(url: string, options: OpenOptions = {}): Db | undefined {
  if (!url.startsWith('sqlite:') || url === 'sqlite::memory:') return undefined;
  return openDatabase(url, { ...options, backgroundCheckpoint: false, immediateTransactions: false }).db;
}

/** How long a SQLite connection waits for a lock another holds (and a close for the checkpointer thread). */
const BUSY_TIMEOUT_MS = 5000;

const checkpointers = new WeakMap<SQLite.Database, Checkpointer>();

/**
 * Copies the whole log into the database file and empties it. The checkpointer thread, told to stop, may still be in
 * a checkpoint of its own: SQLite then answers "busy" at once (it does not wait for another checkpoint), having copied
 * nothing, and the log would stay until the thread's connection closes. So it is asked again, a few milliseconds
 * apart, for at most the connection's busy timeout (seen in CI: a close that left 6 MB of a 12 MB file in the log).
 */
function checkpointWhole(database: SQLite.Database): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const [result] = database.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (!result || result.busy === 0 || Date.now() > deadline) return;
    Atomics.wait(pause, 0, 0, 5);
  }
}

/**
 * After a large write (an import): asks the background checkpointer of a SQLite file to copy the log into the
 * database now rather than at its next round. Nothing on PostgreSQL or in memory.
 */
export function checkpointSoon(db: Kysely<Database>): void {
  const handle = sqliteHandleOf(db);
  if (handle) checkpointers.get(handle)?.checkpointSoon();
}

// The better-sqlite3 connection under each SQLite Kysely instance, by its adapter: the one object a Kysely instance
// shares with its transactions (each transaction is a Kysely instance of its own).
const sqliteHandles = new WeakMap<object, SQLite.Database>();

/**
 * The better-sqlite3 connection under a SQLite handle or one of its transactions; undefined on PostgreSQL. For the
 * few hot paths (an import's inserts, the cube's reads) where Kysely's per-query work — compiling, preparing the
 * statement again, renaming every column of every row — costs more than the database itself: a prepared statement
 * is kept and run many times, rows come back as arrays. The connection is the transaction's own (SQLite has one
 * connection and Kysely holds it for the transaction), so statements run on it see and write the transaction's
 * data. Use it only inside a transaction of `db` (Kysely then holds the connection for it alone); outside one, the
 * connection may be in the middle of another request's transaction.
 */
export function sqliteHandleOf(db: Kysely<Database>): SQLite.Database | undefined {
  return sqliteHandles.get(db.getExecutor().adapter);
}

const MAX_KEPT_STATEMENTS = 200;
const keptStatements = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/**
 * Runs a select and gives its rows as arrays of values in the select's column order. On SQLite the statement runs
 * on the connection itself, prepared once per SQL text and kept, and rows come back as arrays: no object per row and
 * no renaming of its columns, which is most of the cost of reading tens of thousands of rows through Kysely. On
 * PostgreSQL, and outside a transaction, the query goes through Kysely and each row's values are taken in order.
 */
export async function selectArrays(db: Kysely<Database>, query: Compilable): Promise<unknown[][]> {
  const compiled = query.compile();
  // Outside a transaction the connection may be another's transaction's: only Kysely knows when it is free.
  const handle = db.isTransaction ? sqliteHandleOf(db) : undefined;
  if (!handle) {
    const result = await db.executeQuery<Record<string, unknown>>(compiled);
    return result.rows.map((row) => Object.values(row));
  }
  let kept = keptStatements.get(handle);
  if (!kept) keptStatements.set(handle, (kept = new Map()));
  let statement = kept.get(compiled.sql);
  if (!statement) {
    // Texts vary with the length of `in (…)` lists: a bounded cache, emptied when full.
    if (kept.size >= MAX_KEPT_STATEMENTS) kept.clear();
    statement = handle.prepare(compiled.sql).raw(true);
    kept.set(compiled.sql, statement);
  }
  return statement.all(...compiled.parameters) as unknown[][];
}

export interface KeptInsert {
  statement: SQLite.Statement;
  /** Rows the statement has room for. */
  rows: number;
  /** Parameters a row. */
  width: number;
  /** Refilled by the caller for every run: up to `rows` rows' parameters, in `columns` order. */
  params: unknown[];
  /** The same insert with room for a sixteenth of the rows, for runs of fewer rows (runKeptInsert). */
  short: { statement: SQLite.Statement; rows: number; params: unknown[] };
}
const keptInserts = new WeakMap<SQLite.Database, Map<string, KeptInsert>>();

/**
 * A multi-row insert on SQLite, prepared once per connection and kept: room for `rowsPerStatement` rows of `columns`
 * (positional parameters), of which each run inserts the first `count` (runKeptInsert; a null first column marks a
 * row left out, so the first column must never be null). One statement serves every chunk, a short last one
 * included, so it can be prepared before the rows come. (Through Kysely every chunk's statement of thousands of
 * parameters is compiled and prepared anew, which costs as much as inserting a thousand rows.) `constants` are further columns with the same SQL value in every row (a literal or a named parameter given
 * to runKeptInsert). Only inside a transaction (see sqliteHandleOf).
 */
export function keptInsert(
  handle: SQLite.Database,
  table: string,
  columns: readonly string[],
  options: { rowsPerStatement?: number; constants?: Readonly<Record<string, string>> } = {},
): KeptInsert {
  const constants = Object.entries(options.constants ?? {});
  const key = `${table} ${columns.join(',')} ${constants.join(';')}`;
  let kept = keptInserts.get(handle);
  if (!kept) keptInserts.set(handle, (kept = new Map()));
  let insert = kept.get(key);
  if (!insert) {
    const rows = options.rowsPerStatement ?? 500;
    const tuple = `(${columns.map(() => '?').join(',')})`;
    const statementOf = (room: number) =>
      handle.prepare(
        `insert into ${table} (${[...columns, ...constants.map(([c]) => c)].join(', ')}) ` +
          `select ${[...columns.map((_, i) => `column${i + 1}`), ...constants.map(([, v]) => v)].join(', ')} ` +
          // Rows past those asked for have a null first column (runKeptInsert); `limit` would do it too, but doubled
          // the statement's cost (measured: 6,000 returns rows 20 ms against 9 ms).
          `from (values ${Array(room).fill(tuple).join(',')}) where column1 is not null`,
      );
    // A run binds every parameter of its statement and SQLite reads every row of its list, those left out too: 100
    // rows through the 500-row statement cost as much as 500. Runs of fewer rows than the statement holds (the last
    // of a file, an early small batch, the cube's cells of a year) go through one a sixteenth the size instead (the
    // 756 cells of a year: ≈ 1.8 ms instead of ≈ 3.3 ms, and 2.5 million fewer instructions under callgrind).
    const shortRows = Math.max(1, Math.ceil(rows / 16));
    // Filled with numbers first: an array of numbers only keeps them unboxed (the returns' inserts bind only numbers).
    insert = {
      statement: statementOf(rows),
      rows,
      width: columns.length,
      params: new Array<unknown>(rows * columns.length).fill(0),
      short: {
        statement: statementOf(shortRows),
        rows: shortRows,
        params: new Array<unknown>(shortRows * columns.length).fill(0),
      },
    };
    kept.set(key, insert);
  }
  return insert;
}

/** Inserts the first `count` rows of a kept insert's parameters (the rest, left over from earlier runs, are not). */
export function runKeptInsert(insert: KeptInsert, count: number, named: Record<string, unknown> = {}): void {
  const { width } = insert;
  if (count === insert.rows) {
    insert.statement.run(insert.params, named);
    return;
  }
  const { short } = insert;
  for (let at = 0; at < count; at += short.rows) {
    const rows = Math.min(short.rows, count - at);
    for (let k = 0; k < rows * width; k += 1) short.params[k] = insert.params[at * width + k];
    // NaN binds as NULL, and keeps an array of numbers unboxed.
    for (let r = rows; r < short.rows; r += 1) short.params[r * width] = Number.NaN;
    short.statement.run(short.params, named);
  }
}

/** Which engine a handle (or a transaction of it) talks to, for the few places where SQL differs. */
const shapeTexts = new Map<string, string>();

/**
 * A query whose SQL depends on `shape` alone (its table, columns and the lengths of its IN-lists), compiled by Kysely
 * the first time and afterwards run from that text with new parameters: an import asks the same two questions for
 * every batch, and building and compiling the query tree each time cost more than SQLite's answer. `parameters` are
 * what `build()` compiles to, in order (checked when it is compiled).
 */
export function sameShape(
  db: Kysely<Database>,
  shape: string,
  parameters: readonly unknown[],
  build: () => Compilable,
): Compilable {
  const key = `${dialectOf(db)} ${shape}`;
  const text = shapeTexts.get(key);
  if (text !== undefined) return { compile: () => CompiledQuery.raw(text, [...parameters]) };
  const compiled = build().compile();
  if (
    compiled.parameters.length !== parameters.length ||
    compiled.parameters.some((value, i) => value !== parameters[i])
  ) {
    throw new Error(`sameShape ${shape}: the parameters given are not those the query compiles to`);
  }
  shapeTexts.set(key, compiled.sql);
  return { compile: () => compiled };
}

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

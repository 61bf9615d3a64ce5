import type { ColumnDefinitionBuilder, CreateTableBuilder } from 'kysely';
import type { DialectName } from './database.js';

/**
 * Column helpers: the only place where a table's column types depend on the engine. Ids are integers that the
 * database assigns; timestamps are timestamptz in PostgreSQL and ISO-8601 text in SQLite; money is integer fen.
 */
export function withId<T extends string>(table: CreateTableBuilder<T>, dialect: DialectName, name = 'id') {
  return dialect === 'postgres'
    ? table.addColumn(name, 'bigserial', (c) => c.primaryKey())
    : table.addColumn(name, 'integer', (c) => c.primaryKey().autoIncrement());
}

export function timestampType(dialect: DialectName) {
  return dialect === 'postgres' ? 'timestamptz' : 'text';
}

/** Money that the platform pays or promises, in integer fen (分). */
export const moneyType = 'bigint';

/** Statistical figures in their base unit (yuan, tonnes, mu, persons). */
export const figureType = 'double precision';

export function notNull(c: ColumnDefinitionBuilder) {
  return c.notNull();
}

/** The time the platform writes into timestamp columns: always the application's clock, always ISO-8601 UTC. */
export function nowIso(): string {
  return new Date().toISOString();
}

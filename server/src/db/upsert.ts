import type { Kysely } from 'kysely';
import { chunks } from './chunks.js';
import type { Database } from './schema.js';

type Row = Record<string, string | number | null>;
type LooseDatabase = Record<string, Row>;

/**
 * Makes a table's rows for one owner equal to `rows`: inserts new keys, updates changed ones and deletes keys that
 * are gone, without deleting a row that stays (other tables may refer to it). Portable: ON CONFLICT works in
 * SQLite ≥ 3.24 and PostgreSQL.
 */
export async function syncRows(
  db: Kysely<Database>,
  table: keyof Database & string,
  owner: Row,
  keyColumns: string[],
  rows: Row[],
  options: { prune?: boolean } = {},
): Promise<{ inserted: number; deleted: number }> {
  const loose = db as unknown as Kysely<LooseDatabase>;
  const keyOf = (row: Row) => JSON.stringify(keyColumns.map((k) => row[k] ?? null));
  const wanted = new Set(rows.map(keyOf));

  let existingQuery = loose.selectFrom(table).select(keyColumns);
  for (const [column, value] of Object.entries(owner)) existingQuery = existingQuery.where(column, '=', value);
  const existing = (await existingQuery.execute()) as Row[];
  const existingKeys = new Set(existing.map(keyOf));

  let deleted = 0;
  for (const row of existing) {
    if (options.prune === false || wanted.has(keyOf(row))) continue;
    let del = loose.deleteFrom(table);
    for (const k of keyColumns) del = del.where(k, '=', row[k] ?? null);
    await del.execute();
    deleted += 1;
  }
  if (rows.length > 0) {
    const updateColumns = Object.keys(rows[0] ?? {}).filter((c) => !keyColumns.includes(c));
    for (const chunk of chunks(rows)) {
      await loose
        .insertInto(table)
        .values(chunk)
        .onConflict((oc) => {
          const target = oc.columns(keyColumns);
          if (updateColumns.length === 0) return target.doNothing();
          return target.doUpdateSet((eb) => Object.fromEntries(updateColumns.map((c) => [c, eb.ref(`excluded.${c}`)])));
        })
        .execute();
    }
  }
  return { inserted: rows.filter((r) => !existingKeys.has(keyOf(r))).length, deleted };
}

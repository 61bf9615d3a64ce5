import type { Kysely } from 'kysely';
import { figureType, notNull } from '../columns.js';
import type { DialectName } from '../database.js';

/**
 * The indicator cube: year-to-date sums per (enterprise region, industry, year, month, measure), SEI-attributed, with
 * the comparable-basis sums beside them. Rows are kept at the enterprise's own region (a county or a zone); a city
 * or a county with its zones is the exact sum of its rows, read at query time.
 */
export async function up(db: Kysely<unknown>, _dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('cube_cell')
    .addColumn('region_code', 'text', notNull)
    // A plan industry code, 'sei' (every SEI industry) or 'all' (every above-size enterprise, unattributed).
    .addColumn('industry', 'text', notNull)
    .addColumn('year', 'integer', notNull)
    .addColumn('month', 'integer', notNull)
    .addColumn('measure', 'text', notNull)
    .addColumn('value', figureType, notNull)
    // Σ over the enterprises with a value both now and a year earlier, now and then (同口径).
    .addColumn('comparable_current', figureType, notNull)
    .addColumn('comparable_base', figureType, notNull)
    .addColumn('enterprises', 'integer', notNull)
    .addColumn('comparable_enterprises', 'integer', notNull)
    .addPrimaryKeyConstraint('cube_cell_pk', ['region_code', 'industry', 'year', 'month', 'measure'])
    .execute();
  await db.schema.createIndex('cube_cell_period_idx').on('cube_cell').columns(['year', 'month']).execute();
  // One row: bumped by every refresh, so readers can keep what they computed from the cube until it changes.
  await db.schema
    .createTable('cube_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', notNull)
    .execute();
  await db
    .insertInto('cube_state' as never)
    .values({ id: 1, version: 0 } as never)
    .execute();
}

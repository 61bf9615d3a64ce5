import type { Kysely } from 'kysely';
import { figureType, notNull, timestampType, withId } from '../columns.js';
import type { DialectName } from '../database.js';

/**
 * County assessment (R4.1): a run per year and version with its scheme version and criteria as they were, the
 * actuals it read (the data snapshot), scores per county and criterion, totals and ranks, and the objections
 * counties filed during the public notice (公示) with the office's answers. Rows of a run are written once, when it
 * is computed; later data or schemes make a new version, never a changed one.
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ts = timestampType(dialect);

  await withId(db.schema.createTable('assessment_run'), dialect)
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id'))
    .addColumn('year', 'integer', notNull)
    .addColumn('version', 'integer', notNull)
    .addColumn('scheme_version', 'integer', notNull)
    // draft → on_notice → published → superseded; draft or on_notice → withdrawn (a newer version was computed).
    .addColumn('status', 'text', notNull)
    // The criteria as computed (code, names, indicator, weight, floor, target), frozen with the run.
    .addColumn('criteria_json', 'text', notNull)
    .addColumn('notice_days', 'integer')
    .addColumn('notice_start', ts)
    .addColumn('notice_end', ts)
    .addColumn('computed_at', ts, notNull)
    .addColumn('computed_by', 'text', notNull)
    .addColumn('published_at', ts)
    .addColumn('published_by', 'text')
    .addUniqueConstraint('assessment_run_year_version_key', ['year', 'version'])
    .execute();

  await db.schema
    .createTable('assessment_result')
    .addColumn('run_id', 'bigint', (c) => c.notNull().references('assessment_run.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('total', figureType, notNull)
    .addColumn('rank', 'integer', notNull)
    .addColumn('sort_order', 'integer', notNull)
    .addPrimaryKeyConstraint('assessment_result_pkey', ['run_id', 'region_code'])
    .execute();

  await db.schema
    .createTable('assessment_score')
    .addColumn('run_id', 'bigint', (c) => c.notNull().references('assessment_run.id').onDelete('cascade'))
    .addColumn('region_code', 'text', notNull)
    .addColumn('criterion_code', 'text', notNull)
    // The actual the score was computed from (null: no data, 0 points), and where it came from (JSON).
    .addColumn('actual', figureType)
    .addColumn('points', figureType, notNull)
    .addColumn('source_json', 'text', notNull)
    .addPrimaryKeyConstraint('assessment_score_pkey', ['run_id', 'region_code', 'criterion_code'])
    .execute();

  await withId(db.schema.createTable('assessment_objection'), dialect)
    .addColumn('run_id', 'bigint', (c) => c.notNull().references('assessment_run.id').onDelete('cascade'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('criterion_code', 'text')
    .addColumn('reason', 'text', notNull)
    .addColumn('filed_by', 'text', notNull)
    .addColumn('filed_by_name', 'text')
    .addColumn('filed_at', ts, notNull)
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_by_name', 'text')
    .addColumn('answered_at', ts)
    .execute();
  await db.schema.createIndex('assessment_objection_run_idx').on('assessment_objection').column('run_id').execute();
}

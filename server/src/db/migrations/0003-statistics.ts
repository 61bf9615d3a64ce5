import type { Kysely } from 'kysely';
import { figureType, notNull, timestampType, withId } from '../columns.js';
import type { DialectName } from '../database.js';

/** The enterprise register, statistical returns, region totals, their revisions, import batches and period locks. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ts = timestampType(dialect);

  await withId(db.schema.createTable('import_batch'), dialect)
    .addColumn('kind', 'text', notNull)
    .addColumn('file_name', 'text', notNull)
    .addColumn('format', 'text', notNull)
    .addColumn('source_detail', 'text')
    .addColumn('status', 'text', notNull)
    .addColumn('rows_total', 'integer', notNull)
    .addColumn('inserted', 'integer', notNull)
    .addColumn('changed', 'integer', notNull)
    .addColumn('unchanged', 'integer', notNull)
    .addColumn('problem_count', 'integer', notNull)
    .addColumn('problems_json', 'text')
    .addColumn('user_id', 'bigint')
    .addColumn('login', 'text', notNull)
    .addColumn('created_at', ts, notNull)
    .addColumn('duration_ms', 'integer', notNull)
    .execute();

  await withId(db.schema.createTable('enterprise'), dialect)
    .addColumn('uscc', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', notNull)
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('industry_code', 'text')
    .addColumn('above_scale', 'integer', notNull)
    .addColumn('tags_json', 'text', notNull)
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();
  await db.schema.createIndex('enterprise_region_idx').on('enterprise').column('region_code').execute();

  // SEI classification, versioned: a row holds from `valid_from` (a month, 'YYYY-MM') until `valid_to` (exclusive),
  // so a past period is computed with the classification valid then. Open-ended rows have valid_to null.
  await withId(db.schema.createTable('enterprise_sei_share'), dialect)
    .addColumn('enterprise_id', 'bigint', (c) => c.notNull().references('enterprise.id').onDelete('cascade'))
    .addColumn('industry_code', 'text', notNull)
    .addColumn('share', figureType, notNull)
    .addColumn('valid_from', 'text', notNull)
    .addColumn('valid_to', 'text')
    .addColumn('basis', 'text', notNull)
    .addColumn('catalogue_entry_code', 'text')
    .addColumn('note', 'text')
    .addColumn('decided_by', 'text', notNull)
    .addColumn('created_at', ts, notNull)
    .execute();
  await db.schema
    .createIndex('enterprise_sei_share_enterprise_idx')
    .on('enterprise_sei_share')
    .column('enterprise_id')
    .execute();

  // Current figures, year to date as filed; a bare-year return is stored as month 12 (the full year).
  await db.schema
    .createTable('statistical_return')
    .addColumn('enterprise_id', 'bigint', (c) => c.notNull().references('enterprise.id').onDelete('cascade'))
    .addColumn('year', 'integer', notNull)
    .addColumn('month', 'integer', notNull)
    .addColumn('output_value', figureType)
    .addColumn('sales_output', figureType)
    .addColumn('value_added', figureType)
    .addColumn('revenue', figureType)
    .addColumn('rd_expense', figureType)
    .addColumn('taxes', figureType)
    .addColumn('employees', figureType)
    .addColumn('energy_tce', figureType)
    .addColumn('land_mu', figureType)
    .addColumn('revision', 'integer', notNull)
    .addColumn('batch_id', 'bigint', (c) => c.references('import_batch.id'))
    .addColumn('updated_at', ts, notNull)
    .addPrimaryKeyConstraint('statistical_return_pkey', ['enterprise_id', 'year', 'month'])
    .execute();
  await db.schema
    .createIndex('statistical_return_period_idx')
    .on('statistical_return')
    .columns(['year', 'month'])
    .execute();

  await db.schema
    .createTable('region_stat')
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('period', 'text', notNull)
    .addColumn('year', 'integer', notNull)
    .addColumn('gdp', figureType)
    .addColumn('industrial_output', figureType)
    .addColumn('industrial_value_added', figureType)
    .addColumn('revision', 'integer', notNull)
    .addColumn('batch_id', 'bigint', (c) => c.references('import_batch.id'))
    .addColumn('updated_at', ts, notNull)
    .addPrimaryKeyConstraint('region_stat_pkey', ['region_code', 'period'])
    .execute();

  // Corrections are revisions, never silent overwrites: every changed figure keeps its old value here.
  await withId(db.schema.createTable('statistic_revision'), dialect)
    .addColumn('subject', 'text', notNull)
    .addColumn('subject_key', 'text', notNull)
    .addColumn('period', 'text', notNull)
    .addColumn('indicator', 'text', notNull)
    .addColumn('old_value', figureType)
    .addColumn('new_value', figureType)
    .addColumn('batch_id', 'bigint', (c) => c.references('import_batch.id'))
    .addColumn('revised_by', 'text', notNull)
    .addColumn('revised_at', ts, notNull)
    .execute();
  await db.schema
    .createIndex('statistic_revision_subject_idx')
    .on('statistic_revision')
    .columns(['subject', 'subject_key'])
    .execute();

  await db.schema
    .createTable('period_lock')
    .addColumn('period', 'text', (c) => c.primaryKey())
    .addColumn('reason', 'text', notNull)
    .addColumn('locked_by', 'text', notNull)
    .addColumn('locked_at', ts, notNull)
    .execute();
}

import type { Kysely } from 'kysely';
import { figureType, moneyType, notNull, timestampType } from '../columns.js';
import type { DialectName } from '../database.js';

/** The plan as data: the plan and its versions, regions, industries, catalogue, clusters, targets, instruments. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ts = timestampType(dialect);
  await db.schema
    .createTable('plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_zh', 'text', notNull)
    .addColumn('name_en', 'text', notNull)
    .addColumn('current_version', 'integer', notNull)
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('document_json', 'text', notNull)
    .addColumn('base_year', 'integer', notNull)
    .addColumn('target_year', 'integer', notNull)
    .addColumn('default_tolerance', figureType, notNull)
    .addColumn('special_fund_annual_budget_fen', moneyType, notNull)
    .addColumn('instruments_json', 'text', notNull)
    .addColumn('loaded_at', ts, notNull)
    .execute();

  await db.schema
    .createTable('plan_version')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id'))
    .addColumn('version', 'integer', notNull)
    .addColumn('content_hash', 'text', notNull)
    .addColumn('file_name', 'text', notNull)
    .addColumn('content_json', 'text', notNull)
    .addColumn('loaded_at', ts, notNull)
    .addPrimaryKeyConstraint('plan_version_pkey', ['plan_id', 'version'])
    .execute();

  // Regions are geography, shared by every plan of the city: keyed by their code alone.
  await db.schema
    .createTable('region')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_zh', 'text', notNull)
    .addColumn('name_en', 'text', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('parent_code', 'text', (c) => c.references('region.code'))
    .addColumn('reporting', 'text')
    .addColumn('note', 'text')
    .addColumn('sort_order', 'integer', notNull)
    .execute();

  const planKeyed = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id'))
      .addColumn('code', 'text', notNull)
      .addColumn('name_zh', 'text', notNull)
      .addColumn('name_en', 'text', notNull)
      .addColumn('sort_order', 'integer', notNull);

  await planKeyed('indicator')
    .addColumn('unit', 'text', notNull)
    .addColumn('display_unit', 'text', notNull)
    .addColumn('definition_zh', 'text', notNull)
    .addColumn('definition_en', 'text', notNull)
    .addPrimaryKeyConstraint('indicator_pkey', ['plan_id', 'code'])
    .execute();

  await planKeyed('industry')
    .addColumn('source', 'text', notNull)
    .addPrimaryKeyConstraint('industry_pkey', ['plan_id', 'code'])
    .execute();

  await planKeyed('industry_subsector')
    .addColumn('industry_code', 'text', notNull)
    .addPrimaryKeyConstraint('industry_subsector_pkey', ['plan_id', 'code'])
    .addForeignKeyConstraint('industry_subsector_industry_fkey', ['plan_id', 'industry_code'], 'industry', [
      'plan_id',
      'code',
    ])
    .execute();

  await planKeyed('key_product')
    .addColumn('industry_code', 'text', notNull)
    .addColumn('subsector_code', 'text')
    .addColumn('tier', 'text', notNull)
    .addPrimaryKeyConstraint('key_product_pkey', ['plan_id', 'code'])
    .addForeignKeyConstraint('key_product_industry_fkey', ['plan_id', 'industry_code'], 'industry', ['plan_id', 'code'])
    .execute();

  await planKeyed('catalogue_entry')
    .addColumn('year', 'integer', notNull)
    .addColumn('industry_code', 'text', notNull)
    .addColumn('subsector_code', 'text')
    .addColumn('tier', 'text', notNull)
    .addColumn('keywords_json', 'text', notNull)
    .addColumn('industry_codes_json', 'text', notNull)
    .addPrimaryKeyConstraint('catalogue_entry_pkey', ['plan_id', 'year', 'code'])
    .addForeignKeyConstraint('catalogue_entry_industry_fkey', ['plan_id', 'industry_code'], 'industry', [
      'plan_id',
      'code',
    ])
    .execute();

  await planKeyed('cluster')
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('industry_code', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('source', 'text', notNull)
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('cluster_pkey', ['plan_id', 'code'])
    .addForeignKeyConstraint('cluster_industry_fkey', ['plan_id', 'industry_code'], 'industry', ['plan_id', 'code'])
    .execute();

  await db.schema
    .createTable('focus_industry')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('industry_code', 'text', notNull)
    .addColumn('basis', 'text', notNull)
    .addColumn('note', 'text')
    .addColumn('sort_order', 'integer', notNull)
    .addPrimaryKeyConstraint('focus_industry_pkey', ['plan_id', 'region_code', 'industry_code'])
    .addForeignKeyConstraint('focus_industry_industry_fkey', ['plan_id', 'industry_code'], 'industry', [
      'plan_id',
      'code',
    ])
    .execute();

  await db.schema
    .createTable('target')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id'))
    .addColumn('id', 'text', notNull)
    .addColumn('name_zh', 'text', notNull)
    .addColumn('name_en', 'text', notNull)
    .addColumn('indicator', 'text', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('region_code', 'text', (c) => c.references('region.code'))
    .addColumn('industry_code', 'text')
    .addColumn('base_year', 'integer', notNull)
    .addColumn('target_year', 'integer', notNull)
    .addColumn('value', figureType)
    .addColumn('multiple', figureType)
    .addColumn('growth', figureType)
    .addColumn('change', figureType)
    .addColumn('expected_value', figureType)
    .addColumn('comparator', 'text', notNull)
    .addColumn('tolerance', figureType)
    .addColumn('source', 'text', notNull)
    .addColumn('sort_order', 'integer', notNull)
    .addPrimaryKeyConstraint('target_pkey', ['plan_id', 'id'])
    .addForeignKeyConstraint('target_indicator_fkey', ['plan_id', 'indicator'], 'indicator', ['plan_id', 'code'])
    .execute();

  await planKeyed('special_fund_use').addPrimaryKeyConstraint('special_fund_use_pkey', ['plan_id', 'code']).execute();

  await db.schema
    .createTable('tax_refund_step')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id'))
    .addColumn('ordinal', 'integer', notNull)
    .addColumn('years', 'integer', notNull)
    .addColumn('rate', figureType, notNull)
    .addPrimaryKeyConstraint('tax_refund_step_pkey', ['plan_id', 'ordinal'])
    .execute();

  // Assessment schemes are kept by version: a published ranking is recomputed with the scheme of its time.
  await db.schema
    .createTable('assessment_scheme')
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id'))
    .addColumn('version', 'integer', notNull)
    .addColumn('name_zh', 'text', notNull)
    .addColumn('name_en', 'text', notNull)
    .addColumn('source', 'text', notNull)
    .addColumn('content_hash', 'text', notNull)
    .addColumn('created_at', ts, notNull)
    .addPrimaryKeyConstraint('assessment_scheme_pkey', ['plan_id', 'version'])
    .execute();

  await db.schema
    .createTable('assessment_criterion')
    .addColumn('plan_id', 'text', notNull)
    .addColumn('scheme_version', 'integer', notNull)
    .addColumn('code', 'text', notNull)
    .addColumn('name_zh', 'text', notNull)
    .addColumn('name_en', 'text', notNull)
    .addColumn('indicator', 'text', notNull)
    .addColumn('weight', figureType, notNull)
    .addColumn('floor', figureType, notNull)
    .addColumn('target', figureType, notNull)
    .addColumn('sort_order', 'integer', notNull)
    .addPrimaryKeyConstraint('assessment_criterion_pkey', ['plan_id', 'scheme_version', 'code'])
    .addForeignKeyConstraint('assessment_criterion_scheme_fkey', ['plan_id', 'scheme_version'], 'assessment_scheme', [
      'plan_id',
      'version',
    ])
    .execute();
}

import type { Kysely } from 'kysely';
import { figureType, notNull, timestampType, withId } from '../columns.js';
import type { DialectName } from '../database.js';

/**
 * Bulletins (发展情况通报): each generation is a version holding its model (sentences with their figures) and its
 * files; publishing snapshots the figures into `published_figure`, the only table the open data reads. The leading
 * group, its office and the city leaders' liaison of the industries (联系制度).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ts = timestampType(dialect);
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';

  await withId(db.schema.createTable('bulletin'), dialect)
    .addColumn('period', 'text', notNull)
    .addColumn('period_kind', 'text', notNull)
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('title', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('current_version', 'integer', notNull)
    .addColumn('created_by', 'text', notNull)
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', ts)
    .addColumn('published_by', 'text')
    .addColumn('published_at', ts)
    .execute();
  await db.schema.createIndex('bulletin_period_idx').on('bulletin').columns(['period', 'region_code']).execute();

  await withId(db.schema.createTable('bulletin_version'), dialect)
    .addColumn('bulletin_id', 'bigint', (c) => c.notNull().references('bulletin.id').onDelete('cascade'))
    .addColumn('version', 'integer', notNull)
    .addColumn('model_json', 'text', notNull)
    .addColumn('created_by', 'text', notNull)
    .addColumn('created_at', ts, notNull)
    .addUniqueConstraint('bulletin_version_unique', ['bulletin_id', 'version'])
    .execute();

  await db.schema
    .createTable('bulletin_file')
    .addColumn('version_id', 'bigint', (c) => c.notNull().references('bulletin_version.id').onDelete('cascade'))
    .addColumn('format', 'text', notNull)
    .addColumn('content', bytes, notNull)
    .addColumn('size', 'integer', notNull)
    .addColumn('sha256', 'text', notNull)
    .addColumn('created_at', ts, notNull)
    .addPrimaryKeyConstraint('bulletin_file_pkey', ['version_id', 'format'])
    .execute();

  // The figures of a published bulletin as they were at publication: open data never reads live figures.
  await db.schema
    .createTable('published_figure')
    .addColumn('bulletin_id', 'bigint', (c) => c.notNull().references('bulletin.id').onDelete('cascade'))
    .addColumn('region_code', 'text', notNull)
    .addColumn('industry', 'text', notNull)
    .addColumn('code', 'text', notNull)
    .addColumn('period', 'text', notNull)
    .addColumn('unit', 'text', notNull)
    .addColumn('value', figureType)
    .addColumn('last_year', figureType)
    .addColumn('growth', figureType)
    .addPrimaryKeyConstraint('published_figure_pkey', ['bulletin_id', 'region_code', 'industry', 'code', 'period'])
    .execute();

  await db.schema
    .createTable('leading_group')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name_zh', 'text', notNull)
    .addColumn('office_zh', 'text', notNull)
    .addColumn('updated_by', 'text', notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();

  await withId(db.schema.createTable('leading_group_member'), dialect)
    .addColumn('body', 'text', notNull)
    .addColumn('position_zh', 'text', notNull)
    .addColumn('name', 'text', notNull)
    .addColumn('title_zh', 'text', notNull)
    .addColumn('sort_order', 'integer', notNull)
    .execute();

  await db.schema
    .createTable('industry_liaison')
    .addColumn('industry_code', 'text', (c) => c.primaryKey())
    .addColumn('leader_name', 'text', notNull)
    .addColumn('leader_title_zh', 'text', notNull)
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text', notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();
}

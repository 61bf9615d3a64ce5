import type { Kysely } from 'kysely';
import { figureType, notNull, timestampType, withId } from '../columns.js';
import type { DialectName } from '../database.js';

/**
 * The old values of monthly project progress returns (项目月度进度) that a re-import or a re-entry by form changed:
 * one row per changed field, with who, when and which import batch (none for a form).
 */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  await withId(db.schema.createTable('project_progress_revision'), dialect)
    .addColumn('project_id', 'bigint', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('year', 'integer', notNull)
    .addColumn('month', 'integer', notNull)
    .addColumn('field', 'text', notNull)
    .addColumn('old_value', figureType)
    .addColumn('new_value', figureType)
    .addColumn('old_text', 'text')
    .addColumn('new_text', 'text')
    .addColumn('source', 'text', notNull)
    .addColumn('batch_id', 'bigint', (c) => c.references('project_import_batch.id'))
    .addColumn('revised_by', 'text', notNull)
    .addColumn('revised_at', timestampType(dialect), notNull)
    .execute();
  await db.schema
    .createIndex('project_progress_revision_project_idx')
    .on('project_progress_revision')
    .columns(['project_id', 'year', 'month'])
    .execute();
}

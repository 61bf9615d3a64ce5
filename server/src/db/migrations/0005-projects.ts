import type { Kysely } from 'kysely';
import { figureType, notNull, timestampType, withId } from '../columns.js';
import type { DialectName } from '../database.js';

/** Major projects, their stage events and monthly progress, investment leads, coordination problems and meetings. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ts = timestampType(dialect);

  await withId(db.schema.createTable('project_lead'), dialect)
    .addColumn('target_company', 'text', notNull)
    .addColumn('kind', 'text', notNull)
    .addColumn('industry_code', 'text', notNull)
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('stage', 'text', notNull)
    .addColumn('owner', 'text', notNull)
    .addColumn('next_step', 'text')
    .addColumn('next_step_due', 'text')
    .addColumn('note', 'text')
    .addColumn('project_id', 'bigint')
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();
  await db.schema.createIndex('project_lead_region_idx').on('project_lead').column('region_code').execute();

  await withId(db.schema.createTable('project'), dialect)
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', notNull)
    .addColumn('investor_name', 'text', notNull)
    .addColumn('investor_uscc', 'text')
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('industry_code', 'text', notNull)
    .addColumn('cluster_code', 'text')
    .addColumn('total_investment', figureType, notNull)
    .addColumn('list_year', 'integer', notNull)
    .addColumn('listed_on', 'text', notNull)
    .addColumn('demonstration', 'integer', notNull)
    .addColumn('planned_sign_on', 'text')
    .addColumn('planned_start_on', 'text')
    .addColumn('planned_completion_on', 'text')
    .addColumn('planned_production_on', 'text')
    .addColumn('county_officer', 'text')
    .addColumn('city_liaison', 'text')
    .addColumn('lead_id', 'bigint', (c) => c.references('project_lead.id'))
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();
  await db.schema.createIndex('project_year_region_idx').on('project').columns(['list_year', 'region_code']).execute();

  await db.schema
    .createTable('project_investment_plan')
    .addColumn('project_id', 'bigint', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('year', 'integer', notNull)
    .addColumn('planned_investment', figureType, notNull)
    .addPrimaryKeyConstraint('project_investment_plan_pkey', ['project_id', 'year'])
    .execute();

  await withId(db.schema.createTable('project_stage_event'), dialect)
    .addColumn('project_id', 'bigint', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('stage', 'text', notNull)
    .addColumn('occurred_on', 'text', notNull)
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', notNull)
    .addColumn('recorded_at', ts, notNull)
    .execute();
  await db.schema
    .createIndex('project_stage_event_project_idx')
    .on('project_stage_event')
    .column('project_id')
    .execute();

  await withId(db.schema.createTable('project_import_batch'), dialect)
    .addColumn('file_name', 'text', notNull)
    .addColumn('format', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('rows_total', 'integer', notNull)
    .addColumn('inserted', 'integer', notNull)
    .addColumn('changed', 'integer', notNull)
    .addColumn('unchanged', 'integer', notNull)
    .addColumn('login', 'text', notNull)
    .addColumn('created_at', ts, notNull)
    .execute();

  await db.schema
    .createTable('project_progress')
    .addColumn('project_id', 'bigint', (c) => c.notNull().references('project.id').onDelete('cascade'))
    .addColumn('year', 'integer', notNull)
    .addColumn('month', 'integer', notNull)
    .addColumn('investment', figureType, notNull)
    .addColumn('investment_to_date', figureType)
    .addColumn('stage', 'text')
    .addColumn('image_note', 'text')
    .addColumn('problems', 'text')
    .addColumn('source', 'text', notNull)
    .addColumn('batch_id', 'bigint', (c) => c.references('project_import_batch.id'))
    .addColumn('recorded_by', 'text', notNull)
    .addColumn('updated_at', ts, notNull)
    .addPrimaryKeyConstraint('project_progress_pkey', ['project_id', 'year', 'month'])
    .execute();

  await withId(db.schema.createTable('coordination_problem'), dialect)
    .addColumn('title', 'text', notNull)
    .addColumn('description', 'text')
    .addColumn('project_id', 'bigint', (c) => c.references('project.id'))
    .addColumn('region_code', 'text', (c) => c.notNull().references('region.code'))
    .addColumn('raised_on', 'text', notNull)
    .addColumn('department', 'text')
    .addColumn('due_on', 'text')
    .addColumn('status', 'text', notNull)
    .addColumn('resolution', 'text')
    .addColumn('resolved_on', 'text')
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();
  await db.schema
    .createIndex('coordination_problem_region_idx')
    .on('coordination_problem')
    .column('region_code')
    .execute();

  await withId(db.schema.createTable('coordination_meeting'), dialect)
    .addColumn('held_on', 'text', notNull)
    .addColumn('title', 'text', notNull)
    .addColumn('attendees', 'text', notNull)
    .addColumn('decisions', 'text')
    .addColumn('created_at', ts, notNull)
    .execute();

  await db.schema
    .createTable('meeting_problem')
    .addColumn('meeting_id', 'bigint', (c) => c.notNull().references('coordination_meeting.id').onDelete('cascade'))
    .addColumn('problem_id', 'bigint', (c) => c.notNull().references('coordination_problem.id'))
    .addColumn('discussion', 'text')
    .addColumn('follow_up', 'text')
    .addPrimaryKeyConstraint('meeting_problem_pkey', ['meeting_id', 'problem_id'])
    .execute();
}

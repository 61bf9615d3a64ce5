import type { Kysely } from 'kysely';
import { withId, notNull, timestampType } from '../columns.js';
import type { DialectName } from '../database.js';

/** Accounts, roles, sessions, API tokens and the audit trail. */
export async function up(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const ts = timestampType(dialect);

  await withId(db.schema.createTable('user_account'), dialect)
    .addColumn('login', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', notNull)
    .addColumn('password_hash', 'text', notNull)
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', ts)
    .addColumn('password_changed_at', ts, notNull)
    .addColumn('created_at', ts, notNull)
    .addColumn('updated_at', ts, notNull)
    .execute();

  // A user may hold several roles; a county role names its county, an enterprise role its enterprise.
  await withId(db.schema.createTable('user_role'), dialect)
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('role', 'text', notNull)
    .addColumn('region_code', 'text', (c) => c.references('region.code'))
    .addColumn('enterprise_uscc', 'text')
    .execute();
  await db.schema.createIndex('user_role_user_idx').on('user_role').column('user_id').execute();

  // Only a hash of the session token is stored: a copy of the table does not let anyone in.
  await db.schema
    .createTable('user_session')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', notNull)
    .addColumn('created_at', ts, notNull)
    .addColumn('last_seen_at', ts, notNull)
    .addColumn('expires_at', ts, notNull)
    .addColumn('revoked_at', ts)
    .addColumn('ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('user_session_user_idx').on('user_session').column('user_id').execute();

  await withId(db.schema.createTable('api_token'), dialect)
    .addColumn('user_id', 'bigint', (c) => c.notNull().references('user_account.id').onDelete('cascade'))
    .addColumn('name', 'text', notNull)
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', notNull)
    .addColumn('created_at', ts, notNull)
    .addColumn('expires_at', ts)
    .addColumn('last_used_at', ts)
    .addColumn('revoked_at', ts)
    .execute();

  // No foreign key to user_account: the trail must outlive the accounts it mentions.
  await withId(db.schema.createTable('audit_event'), dialect)
    .addColumn('at', ts, notNull)
    .addColumn('user_id', 'bigint')
    .addColumn('login', 'text', notNull)
    .addColumn('display_name', 'text')
    .addColumn('ip', 'text')
    .addColumn('action', 'text', notNull)
    .addColumn('entity_type', 'text', notNull)
    .addColumn('entity_id', 'text', notNull)
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute();
  await db.schema
    .createIndex('audit_event_entity_idx')
    .on('audit_event')
    .columns(['entity_type', 'entity_id'])
    .execute();
  await db.schema.createIndex('audit_event_at_idx').on('audit_event').column('at').execute();
  await db.schema.createIndex('audit_event_user_idx').on('audit_event').column('user_id').execute();
}

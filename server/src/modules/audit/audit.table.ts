import type { Generated } from 'kysely';

export interface AuditEventTable {
  id: Generated<number>;
  at: string;
  userId: number | null;
  /** The login at the time, or `system:cli` / `system:serve` for what the platform did itself. */
  login: string;
  /** The person's name at the time, as the pages show it (嘉善县经信局 王明). */
  displayName: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string;
  beforeJson: string | null;
  afterJson: string | null;
}

export interface AuditTables {
  auditEvent: AuditEventTable;
}

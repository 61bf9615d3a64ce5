import type { Generated } from 'kysely';

export interface AuditEventTable {
  id: Generated<number>;
  at: string;
  userId: number | null;
  /** The login at the time, or `system:cli` / `system:serve` for what the platform did itself. */
  login: string;
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

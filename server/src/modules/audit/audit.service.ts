import type { Kysely } from 'kysely';
import { nowIso } from '../../db/columns.js';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../auth/actor.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

// Secrets never enter the trail, whatever a service passes in.
const SECRET_KEYS = new Set(['password', 'passwordHash', 'token', 'tokenHash', 'csrfToken']);
function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.has(k) ? '[redacted]' : redact(v)]),
    );
  }
  return value;
}

/** Records who changed what, from where, before and after — in the caller's transaction, so both land or neither. */
export async function recordAudit(trx: Kysely<Database>, ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('auditEvent')
    .values({
      at: nowIso(),
      userId: ctx.actor?.userId ?? null,
      login: ctx.actor?.login ?? ctx.system ?? 'anonymous',
      displayName: ctx.actor?.displayName ?? null,
      ip: ctx.ip,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      beforeJson: entry.before === undefined ? null : JSON.stringify(redact(entry.before)),
      afterJson: entry.after === undefined ? null : JSON.stringify(redact(entry.after)),
    })
    .execute();
}

export interface AuditQuery {
  userId?: number | undefined;
  login?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
  pageSize: number;
}

/** The trail, newest first, filtered by user, entity and date. */
export async function listAuditEvents(db: Kysely<Database>, query: AuditQuery) {
  let q = db.selectFrom('auditEvent');
  if (query.userId !== undefined) q = q.where('userId', '=', query.userId);
  if (query.login) q = q.where('login', '=', query.login);
  if (query.entityType) q = q.where('entityType', '=', query.entityType);
  if (query.entityId) q = q.where('entityId', '=', query.entityId);
  if (query.from) q = q.where('at', '>=', query.from);
  // `to` is a date: the whole day counts.
  if (query.to) q = q.where('at', '<', nextDay(query.to));
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    total: Number(total.n),
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      userId: r.userId,
      login: r.login,
      displayName: r.displayName,
      ip: r.ip,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.beforeJson === null ? null : (JSON.parse(r.beforeJson) as unknown),
      after: r.afterJson === null ? null : (JSON.parse(r.afterJson) as unknown),
    })),
  };
}

function nextDay(date: string): string {
  const d = new Date(`${date.slice(0, 10)}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
}

import { NotFoundError } from '../../http/errors.js';

export const roles = ['admin', 'county', 'enterprise', 'expert', 'leader'] as const;
/** admin 领导小组办公室 · county 县（市、区）经信部门 · enterprise 企业 · expert 专家 · leader 市领导 (read-only). */
export type Role = (typeof roles)[number];

export interface RoleGrant {
  role: Role;
  /** The county a `county` role is bound to. */
  regionCode: string | null;
  /** The enterprise (统一社会信用代码) an `enterprise` role is bound to. */
  enterpriseUscc: string | null;
}

/** Who is asking: a logged-in person (by session or API token). Anonymous requests have no actor. */
export interface Actor {
  userId: number;
  login: string;
  displayName: string;
  roles: RoleGrant[];
  via: 'session' | 'token';
}

/** Everything a service needs to know about the caller: who, and from where (for the audit trail). */
export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  /** Who acts when no person does: `system:cli`, `system:serve`. */
  system?: string;
}

export const systemContext = (name: 'cli' | 'serve' | 'test'): RequestContext => ({
  actor: null,
  ip: null,
  system: `system:${name}`,
});

/** The plan office, or the platform itself acting on the operator's command (CLI): may do what an admin may. */
export function actsAsOffice(ctx: RequestContext): boolean {
  return hasRole(ctx.actor, 'admin') || (!ctx.actor && !!ctx.system);
}

export function hasRole(actor: Actor | null, ...wanted: Role[]): boolean {
  return !!actor && actor.roles.some((r) => wanted.includes(r.role));
}

/**
 * The regions whose rows an actor may read: every region for the plan office and city leaders, their own counties
 * for a county officer, none for the others. Listing queries filter by this in SQL.
 */
export function readableRegions(actor: Actor | null): 'all' | string[] {
  if (hasRole(actor, 'admin', 'leader')) return 'all';
  return regionsOf(actor, 'county');
}

/** The regions whose rows an actor may change: every region for the plan office, their own for a county officer. */
export function writableRegions(actor: Actor | null): 'all' | string[] {
  if (hasRole(actor, 'admin')) return 'all';
  return regionsOf(actor, 'county');
}

function regionsOf(actor: Actor | null, role: Role): string[] {
  if (!actor) return [];
  return actor.roles.filter((r) => r.role === role && r.regionCode).map((r) => r.regionCode as string);
}

/** 404, exactly like a row that does not exist, when the region is outside the actor's scope. */
export function assertRegionInScope(
  scope: 'all' | string[],
  regionCode: string,
  what: 'county' | 'region' = 'region',
): void {
  if (scope !== 'all' && !scope.includes(regionCode)) {
    const zh = what === 'county' ? '县（市、区）' : '地区';
    throw new NotFoundError('not_found', `未找到${zh} ${regionCode} / no ${what} ${regionCode}`);
  }
}

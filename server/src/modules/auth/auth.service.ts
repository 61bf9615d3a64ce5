import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { nowIso } from '../../db/columns.js';
import type { Db } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { AppError, BadRequestError, ConflictError, NotFoundError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { roles as allRoles, type Actor, type RequestContext, type Role, type RoleGrant } from './actor.js';
import type { AuthSettings } from './auth.settings.js';
import { hashPassword, passwordProblems, verifyNothing, verifyPassword } from './password.js';

type Q = Kysely<Database>;

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
const addMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

export interface NewUser {
  login: string;
  displayName: string;
  password: string;
  roles: RoleGrant[];
}

export class UnauthorizedError extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(401, code, message, details);
  }
}

/** A moment as people in the office read it: `2026-11-27 16:40（北京时间）`. */
function beijingTime(iso: string): string {
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));
  return `${text}（北京时间）`;
}

function lockedError(lockedUntil: string, repeated: boolean) {
  const when = beijingTime(lockedUntil);
  return new UnauthorizedError(
    'account_locked',
    repeated
      ? `密码错误次数过多，账户已锁定至 ${when}，请稍后重试或联系管理员 / too many wrong passwords: account locked until ${lockedUntil}`
      : `账户因多次密码错误已锁定至 ${when}，请稍后重试或联系管理员 / account locked after repeated wrong passwords until ${lockedUntil}`,
    { lockedUntil },
  );
}

/** The roles of several users at once (one query). */
async function rolesOf(db: Q, userIds: number[]): Promise<Map<number, RoleGrant[]>> {
  const map = new Map<number, RoleGrant[]>();
  if (userIds.length === 0) return map;
  const rows = await db.selectFrom('userRole').selectAll().where('userId', 'in', userIds).orderBy('id').execute();
  for (const r of rows) {
    const list = map.get(r.userId) ?? [];
    list.push({ role: r.role as Role, regionCode: r.regionCode, enterpriseUscc: r.enterpriseUscc });
    map.set(r.userId, list);
  }
  return map;
}

async function validateRoles(db: Q, grants: RoleGrant[]): Promise<void> {
  if (grants.length === 0) throw new BadRequestError('invalid_roles', 'roles: a user needs at least one role');
  for (const [i, g] of grants.entries()) {
    if (!allRoles.includes(g.role)) {
      throw new BadRequestError('invalid_roles', `roles[${i}].role: unknown role "${g.role}"`);
    }
    if (g.role === 'county') {
      if (!g.regionCode) {
        throw new BadRequestError('invalid_roles', `roles[${i}].regionCode: a county role needs its county`);
      }
      const region = await db
        .selectFrom('region')
        .select(['code', 'kind'])
        .where('code', '=', g.regionCode)
        .executeTakeFirst();
      if (!region || region.kind === 'city') {
        throw new BadRequestError(
          'invalid_roles',
          `roles[${i}].regionCode: "${g.regionCode}" is not a county of the plan`,
        );
      }
    } else if (g.regionCode) {
      throw new BadRequestError('invalid_roles', `roles[${i}].regionCode: only a county role is bound to a region`);
    }
    if (g.role === 'enterprise' && !g.enterpriseUscc) {
      throw new BadRequestError('invalid_roles', `roles[${i}].enterpriseUscc: an enterprise role needs its enterprise`);
    }
    if (g.role !== 'enterprise' && g.enterpriseUscc) {
      throw new BadRequestError(
        'invalid_roles',
        `roles[${i}].enterpriseUscc: only an enterprise role is bound to an enterprise`,
      );
    }
  }
}

function assertPassword(password: string, login: string): void {
  const problems = passwordProblems(password, login);
  if (problems.length > 0) {
    throw new BadRequestError(
      'weak_password',
      `password: ${problems.map((p) => `${p.zh}（${p.en}）`).join('；')}`,
      problems.map((p) => ({ path: 'password', ...p })),
    );
  }
}

/** Creates a user with its roles; audited. The login must be new. */
export async function createUser(db: Db, ctx: RequestContext, input: NewUser) {
  const login = input.login.trim();
  if (!/^[A-Za-z0-9_.@-]{3,64}$/.test(login)) {
    throw new BadRequestError('invalid_login', 'login: 3–64 letters, digits or _ . @ -');
  }
  assertPassword(input.password, login);
  await validateRoles(db, input.roles);
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('userAccount').select('id').where('login', '=', login).executeTakeFirst();
    if (existing) throw new ConflictError('login_taken', `login: "${login}" is already taken`);
    const now = nowIso();
    const { id } = await trx
      .insertInto('userAccount')
      .values({
        login,
        displayName: input.displayName,
        passwordHash,
        passwordChangedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertRoles(trx, id, input.roles);
    const user = await getUserIn(trx, id);
    await recordAudit(trx, ctx, { action: 'create', entityType: 'user', entityId: id, after: user });
    return user;
  });
}

async function insertRoles(trx: Q, userId: number, grants: RoleGrant[]) {
  if (grants.length === 0) return;
  await trx
    .insertInto('userRole')
    .values(grants.map((g) => ({ userId, role: g.role, regionCode: g.regionCode, enterpriseUscc: g.enterpriseUscc })))
    .execute();
}

async function getUserIn(db: Q, id: number) {
  const row = await db
    .selectFrom('userAccount')
    .select(['id', 'login', 'displayName', 'disabled', 'lockedUntil', 'createdAt', 'updatedAt'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('not_found', `no user ${id}`);
  const grants = (await rolesOf(db, [id])).get(id) ?? [];
  return { ...row, disabled: row.disabled === 1, roles: grants };
}

/** One user, for the admin pages. */
export function getUser(db: Db, id: number) {
  return getUserIn(db, id);
}

/** Users, filtered by a search over login and name and by role; admin pages only. */
export async function listUsers(db: Db, query: { search?: string | undefined; role?: Role | undefined }) {
  let q = db
    .selectFrom('userAccount')
    .select(['id', 'login', 'displayName', 'disabled', 'lockedUntil', 'createdAt', 'updatedAt']);
  if (query.search) {
    const like = `%${query.search.replace(/[%_]/g, '')}%`;
    q = q.where((eb) => eb.or([eb('login', 'like', like), eb('displayName', 'like', like)]));
  }
  if (query.role) {
    q = q.where('id', 'in', (eb) =>
      eb
        .selectFrom('userRole')
        .select('userId')
        .where('role', '=', query.role as string),
    );
  }
  const rows = await q.orderBy('login').execute();
  const grants = await rolesOf(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => ({ ...r, disabled: r.disabled === 1, roles: grants.get(r.id) ?? [] })) };
}

export interface UserChanges {
  displayName?: string | undefined;
  disabled?: boolean | undefined;
  roles?: RoleGrant[] | undefined;
  password?: string | undefined;
}

/** Changes a user (name, disabled, roles, a new password); audited with before and after. */
export async function updateUser(db: Db, ctx: RequestContext, id: number, changes: UserChanges) {
  if (changes.roles) await validateRoles(db, changes.roles);
  const current = await getUserIn(db, id);
  if (changes.password !== undefined) assertPassword(changes.password, current.login);
  if (
    ctx.actor?.userId === id &&
    (changes.disabled === true || (changes.roles && !changes.roles.some((r) => r.role === 'admin')))
  ) {
    throw new BadRequestError('self_lockout', 'you cannot disable yourself or remove your own admin role');
  }
  const passwordHash = changes.password === undefined ? undefined : await hashPassword(changes.password);
  return db.transaction().execute(async (trx) => {
    const before = await getUserIn(trx, id);
    const now = nowIso();
    await trx
      .updateTable('userAccount')
      .set({
        updatedAt: now,
        ...(changes.displayName !== undefined ? { displayName: changes.displayName } : {}),
        ...(changes.disabled !== undefined ? { disabled: changes.disabled ? 1 : 0 } : {}),
        // A reset password also clears a lockout: the office has just spoken with the person.
        ...(passwordHash ? { passwordHash, passwordChangedAt: now, failedLogins: 0, lockedUntil: null } : {}),
      })
      .where('id', '=', id)
      .execute();
    if (changes.roles) {
      await trx.deleteFrom('userRole').where('userId', '=', id).execute();
      await insertRoles(trx, id, changes.roles);
    }
    // Disabling or resetting ends the person's sessions and tokens at once.
    if (changes.disabled === true || passwordHash) await revokeAllOf(trx, id, now);
    const after = await getUserIn(trx, id);
    await recordAudit(trx, ctx, {
      action: 'update',
      entityType: 'user',
      entityId: id,
      before,
      after: passwordHash ? { ...after, password: 'changed' } : after,
    });
    return after;
  });
}

async function revokeAllOf(trx: Q, userId: number, now: string) {
  await trx
    .updateTable('userSession')
    .set({ revokedAt: now })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .execute();
  await trx
    .updateTable('apiToken')
    .set({ revokedAt: now })
    .where('userId', '=', userId)
    .where('revokedAt', 'is', null)
    .execute();
}

export interface SessionStart {
  token: string;
  csrfToken: string;
  expiresAt: string;
  actor: Actor;
}

/**
 * Checks a login and password and opens a session. Wrong passwords count; after too many in a row the account is
 * locked for a while, and the message says until when.
 */
export async function login(
  db: Db,
  settings: AuthSettings,
  input: { login: string; password: string; ip: string | null; userAgent: string | null },
): Promise<SessionStart> {
  const now = nowIso();
  const user = await db
    .selectFrom('userAccount')
    .selectAll()
    .where('login', '=', input.login.trim())
    .executeTakeFirst();
  const ctx: RequestContext = { actor: null, ip: input.ip, system: `login:${input.login.slice(0, 64)}` };
  if (!user) {
    await verifyNothing(input.password);
    throw new UnauthorizedError('invalid_credentials', '登录名或密码错误 / wrong login or password');
  }
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil, false);
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok) {
    const failed = user.failedLogins + 1;
    const lockedUntil = failed >= settings.maxFailedLogins ? addMinutes(now, settings.lockMinutes) : null;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('userAccount')
        .set({ failedLogins: lockedUntil ? 0 : failed, lockedUntil })
        .where('id', '=', user.id)
        .execute();
      await recordAudit(trx, ctx, {
        action: lockedUntil ? 'login_locked' : 'login_failed',
        entityType: 'user',
        entityId: user.id,
        after: { failedLogins: failed, lockedUntil },
      });
    });
    if (lockedUntil) throw lockedError(lockedUntil, true);
    throw new UnauthorizedError('invalid_credentials', '登录名或密码错误 / wrong login or password');
  }
  if (user.disabled === 1) throw new UnauthorizedError('account_disabled', '账户已停用 / this account is disabled');

  const token = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = addMinutes(now, settings.sessionAbsoluteHours * 60);
  const actor = await actorOf(db, user.id, 'session');
  if (!actor) throw new UnauthorizedError('invalid_credentials', '登录名或密码错误 / wrong login or password');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('userAccount')
      .set({ failedLogins: 0, lockedUntil: null })
      .where('id', '=', user.id)
      .execute();
    await trx
      .insertInto('userSession')
      .values({
        tokenHash: sha256(token),
        userId: user.id,
        csrfToken,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        ip: input.ip,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    await recordAudit(trx, { actor, ip: input.ip }, { action: 'login', entityType: 'user', entityId: user.id });
  });
  return { token, csrfToken, expiresAt, actor };
}

async function actorOf(db: Q, userId: number, via: Actor['via']): Promise<Actor | undefined> {
  const user = await db
    .selectFrom('userAccount')
    .select(['id', 'login', 'displayName', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled === 1) return undefined;
  return {
    userId: user.id,
    login: user.login,
    displayName: user.displayName,
    roles: (await rolesOf(db, [user.id])).get(user.id) ?? [],
    via,
  };
}

export type SessionCheck =
  | { ok: true; actor: Actor; csrfToken: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'idle' | 'revoked' | 'disabled' };

/** Resolves a session cookie: refuses it when revoked, idle too long, past its absolute end, or the user is disabled. */
/**
 * Resolves a session cookie. Reads go through `readDb` (the read connection when there is one, so that a request is
 * not held behind an import's transaction); the idle-rule touch, at most once a minute, writes through `db`.
 */
export async function resolveSession(
  db: Db,
  settings: AuthSettings,
  token: string,
  readDb: Db = db,
): Promise<SessionCheck> {
  const session = await readDb
    .selectFrom('userSession')
    .selectAll()
    .where('tokenHash', '=', sha256(token))
    .executeTakeFirst();
  if (!session) return { ok: false, reason: 'unknown' };
  const now = nowIso();
  if (session.revokedAt) return { ok: false, reason: 'revoked' };
  if (session.expiresAt <= now) return { ok: false, reason: 'expired' };
  if (addMinutes(session.lastSeenAt, settings.sessionIdleMinutes) <= now) return { ok: false, reason: 'idle' };
  const actor = await actorOf(readDb, session.userId, 'session');
  if (!actor) return { ok: false, reason: 'disabled' };
  // Written at most once a minute: enough for the idle rule, without a write on every request. Not awaited: behind
  // an import's transaction the write waits, the request need not; a touch that fails is retried by the next request.
  if (Date.parse(now) - Date.parse(session.lastSeenAt) > 60_000) {
    touch(db.updateTable('userSession').set({ lastSeenAt: now }).where('tokenHash', '=', session.tokenHash));
  }
  return { ok: true, actor, csrfToken: session.csrfToken };
}

/** Resolves a Bearer token; a revoked or expired one stops working at once. */
export async function resolveApiToken(db: Db, token: string, readDb: Db = db): Promise<Actor | undefined> {
  const row = await readDb.selectFrom('apiToken').selectAll().where('tokenHash', '=', sha256(token)).executeTakeFirst();
  const now = nowIso();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return undefined;
  const actor = await actorOf(readDb, row.userId, 'token');
  if (!actor) return undefined;
  if (!row.lastUsedAt || Date.parse(now) - Date.parse(row.lastUsedAt) > 60_000) {
    touch(db.updateTable('apiToken').set({ lastUsedAt: now }).where('id', '=', row.id));
  }
  return actor;
}

/** A best-effort bookkeeping write (last seen, last used), started but not awaited. */
function touch(update: { execute(): Promise<unknown> }): void {
  update.execute().catch(() => undefined);
}

/** Ends one session (logout). */
export async function logout(db: Db, ctx: RequestContext, token: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('userSession').set({ revokedAt: nowIso() }).where('tokenHash', '=', sha256(token)).execute();
    if (ctx.actor) await recordAudit(trx, ctx, { action: 'logout', entityType: 'user', entityId: ctx.actor.userId });
  });
}

/** Ends every session of the caller, on every device ("logout everywhere"). */
export async function logoutEverywhere(db: Db, ctx: RequestContext): Promise<{ ended: number }> {
  const actor = ctx.actor;
  if (!actor) throw new UnauthorizedError('unauthenticated', 'not logged in');
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('userSession')
      .set({ revokedAt: nowIso() })
      .where('userId', '=', actor.userId)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    const ended = Number(result.numUpdatedRows);
    await recordAudit(trx, ctx, {
      action: 'logout_everywhere',
      entityType: 'user',
      entityId: actor.userId,
      after: { ended },
    });
    return { ended };
  });
}

/** Changes the caller's own password after checking the current one; other sessions end. */
export async function changeOwnPassword(
  db: Db,
  ctx: RequestContext,
  currentToken: string | null,
  input: { currentPassword: string; newPassword: string },
) {
  const actor = ctx.actor;
  if (!actor) throw new UnauthorizedError('unauthenticated', 'not logged in');
  const user = await db.selectFrom('userAccount').selectAll().where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new BadRequestError('wrong_password', 'currentPassword: 当前密码不正确 / the current password is wrong', [
      { path: 'currentPassword', message: 'wrong password' },
    ]);
  }
  assertPassword(input.newPassword, user.login);
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    await trx
      .updateTable('userAccount')
      .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
      .where('id', '=', user.id)
      .execute();
    let others = trx
      .updateTable('userSession')
      .set({ revokedAt: now })
      .where('userId', '=', user.id)
      .where('revokedAt', 'is', null);
    if (currentToken) others = others.where('tokenHash', '<>', sha256(currentToken));
    await others.execute();
    await recordAudit(trx, ctx, { action: 'password_change', entityType: 'user', entityId: user.id });
  });
}

/** Issues an API token for the caller; the token itself is shown once and only its hash is kept. */
export async function createApiToken(
  db: Db,
  ctx: RequestContext,
  input: { name: string; expiresInDays?: number | undefined },
) {
  const actor = ctx.actor;
  if (!actor) throw new UnauthorizedError('unauthenticated', 'not logged in');
  const token = `bz_${randomToken()}`;
  const now = nowIso();
  const expiresAt = input.expiresInDays ? addMinutes(now, input.expiresInDays * 24 * 60) : null;
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('apiToken')
      .values({
        userId: actor.userId,
        name: input.name,
        tokenHash: sha256(token),
        prefix: token.slice(0, 10),
        createdAt: now,
        expiresAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'create',
      entityType: 'api_token',
      entityId: id,
      after: { name: input.name, expiresAt },
    });
    return {
      id,
      name: input.name,
      prefix: token.slice(0, 10),
      createdAt: now,
      expiresAt,
      lastUsedAt: null,
      revokedAt: null,
      token,
    };
  });
}

/** The caller's own tokens (never the secret). */
export async function listApiTokens(db: Db, ctx: RequestContext) {
  const actor = ctx.actor;
  if (!actor) throw new UnauthorizedError('unauthenticated', 'not logged in');
  const items = await db
    .selectFrom('apiToken')
    .select(['id', 'name', 'prefix', 'createdAt', 'expiresAt', 'lastUsedAt', 'revokedAt'])
    .where('userId', '=', actor.userId)
    .orderBy('id', 'desc')
    .execute();
  return { items };
}

/** Revokes one of the caller's tokens; another person's token answers 404, like one that does not exist. */
export async function revokeApiToken(db: Db, ctx: RequestContext, id: number): Promise<void> {
  const actor = ctx.actor;
  if (!actor) throw new UnauthorizedError('unauthenticated', 'not logged in');
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('apiToken')
      .select(['id', 'revokedAt'])
      .where('id', '=', id)
      .where('userId', '=', actor.userId)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('not_found', `no token ${id}`);
    if (row.revokedAt) return;
    const now = nowIso();
    await trx.updateTable('apiToken').set({ revokedAt: now }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, {
      action: 'revoke',
      entityType: 'api_token',
      entityId: id,
      before: { revokedAt: null },
      after: { revokedAt: now },
    });
  });
}

/**
 * On the first start of an empty platform: an `admin` account with a random password, returned so `serve` can print
 * it once. Nothing happens when any user exists.
 */
export async function ensureFirstAdmin(
  db: Db,
  ctx: RequestContext,
): Promise<{ login: string; password: string } | undefined> {
  const any = await db.selectFrom('userAccount').select('id').limit(1).executeTakeFirst();
  if (any) return undefined;
  const password = `${randomToken(9)}7a`;
  await createUser(db, ctx, {
    login: 'admin',
    displayName: '领导小组办公室管理员',
    password,
    roles: [{ role: 'admin', regionCode: null, enterpriseUscc: null }],
  });
  return { login: 'admin', password };
}

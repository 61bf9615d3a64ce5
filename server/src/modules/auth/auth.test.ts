import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { grant, loginOverHttp, makeUser, sessionFor, TEST_PASSWORD } from '../../../test/factories.js';
import { systemContext } from './actor.js';
import { ensureFirstAdmin } from './auth.service.js';
import { SESSION_COOKIE } from './auth.settings.js';

type ErrorBody = { error: { code: string; message: string } };

describe(`logging in (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ auth: { maxFailedLogins: 3, lockMinutes: 15, loginAttemptsPerMinute: 1000 } });
  });
  afterAll(() => t.close());

  it('creates the first admin once, on an empty platform only', async () => {
    const first = await ensureFirstAdmin(t.database.db, systemContext('test'));
    expect(first?.login).toBe('admin');
    expect(first?.password.length).toBeGreaterThanOrEqual(10);
    expect(await ensureFirstAdmin(t.database.db, systemContext('test'))).toBeUndefined();
    // The printed password works.
    const session = await loginOverHttp(t.app, 'admin', first?.password);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: session.headers });
    expect(me.json()).toMatchObject({ user: { login: 'admin', roles: [{ role: 'admin' }] } });
  });

  it('sets an HttpOnly, Secure, SameSite session cookie and answers who is logged in', async () => {
    const user = await makeUser(t.database.db, [grant('county', '330402')]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { login: user.login, password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    const body = res.json<{ csrfToken: string; user: { login: string } }>();
    expect(body.user.login).toBe(user.login);
    expect(body.csrfToken.length).toBeGreaterThan(20);
    // The response never carries the password hash or the session token.
    expect(res.body).not.toContain('argon2');
    expect(res.body).not.toContain(cookie?.value);
  });

  it('refuses a wrong password and an unknown login with the same answer', async () => {
    const user = await makeUser(t.database.db, [grant('leader')]);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { login: user.login, password: 'nope-123456' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { login: 'nobody-here', password: 'nope-123456' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<ErrorBody>().error).toEqual(unknown.json<ErrorBody>().error);
    expect(wrong.json<ErrorBody>().error.code).toBe('invalid_credentials');
  });

  it('locks an account after repeated wrong passwords, says until when, and records it', async () => {
    const user = await makeUser(t.database.db, [grant('leader')]);
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { login: user.login, password } });
    await attempt('wrong-pass-1');
    await attempt('wrong-pass-2');
    const third = await attempt('wrong-pass-3');
    expect(third.statusCode).toBe(401);
    expect(third.json<ErrorBody>().error.code).toBe('account_locked');
    expect(third.json<ErrorBody>().error.message).toMatch(/锁定至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}（北京时间）/);
    expect(third.json<{ error: { details: { lockedUntil: string } } }>().error.details.lockedUntil).toMatch(
      /^\d{4}-\d{2}-\d{2}T/,
    );
    // Even the right password is refused while locked.
    const right = await attempt(TEST_PASSWORD);
    expect(right.json<ErrorBody>().error.code).toBe('account_locked');
    const events = await t.database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('entityType', '=', 'user')
      .where('entityId', '=', String(user.id))
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['create', 'login_failed', 'login_failed', 'login_locked']);
  });

  it('GET /api/v1/session answers an anonymous visitor with no user (and says why a session ended)', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/session' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ user: null, csrfToken: null, expiresAt: null, ended: null });
    const user = await makeUser(t.database.db, [grant('leader')]);
    const s = await loginOverHttp(t.app, user.login);
    await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: s.headers });
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: s.headers });
    expect(after.json()).toMatchObject({ user: null, ended: 'revoked' });
  });

  it('refuses a session that has been idle too long or has passed its absolute end', async () => {
    const user = await makeUser(t.database.db, [grant('leader')]);
    const idle = await sessionFor(t.database.db, user.id);
    await t.database.db
      .updateTable('userSession')
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000).toISOString() })
      .where('userId', '=', user.id)
      .execute();
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: idle.headers });
    expect(res.statusCode).toBe(401);
    expect(res.json<ErrorBody>().error).toMatchObject({ code: 'session_ended' });
    expect(res.json<ErrorBody>().error.message).toContain('idle');

    const old = await sessionFor(t.database.db, user.id);
    await t.database.db
      .updateTable('userSession')
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where('csrfToken', '=', old.headers['x-csrf-token'])
      .execute();
    const expired = await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: old.headers });
    expect(expired.statusCode).toBe(401);
    expect(expired.json<ErrorBody>().error.message).toContain('expired');
  });

  it('logs out one session, and everywhere', async () => {
    const user = await makeUser(t.database.db, [grant('leader')]);
    const a = await loginOverHttp(t.app, user.login);
    const b = await loginOverHttp(t.app, user.login);
    const c = await loginOverHttp(t.app, user.login);
    const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: a.headers });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: a.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: b.headers })).statusCode).toBe(200);

    const everywhere = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessions', headers: b.headers });
    expect(everywhere.json()).toEqual({ ended: 2 });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: b.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: c.headers })).statusCode).toBe(401);
  });

  it('changes a password: the current one is checked, the rules apply, other sessions end', async () => {
    const user = await makeUser(t.database.db, [grant('leader')]);
    const mine = await loginOverHttp(t.app, user.login);
    const other = await loginOverHttp(t.app, user.login);
    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/session/password',
        headers: mine.headers,
        payload: { currentPassword, newPassword },
      });
    expect((await change('not-it-123456', 'Another-pass-99')).json<ErrorBody>().error.code).toBe('wrong_password');
    const weak = await change(TEST_PASSWORD, 'short1');
    expect(weak.statusCode).toBe(400);
    expect(weak.json<ErrorBody>().error.message).toContain('至少10位');
    expect((await change(TEST_PASSWORD, 'Another-pass-99')).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: mine.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: other.headers })).statusCode).toBe(401);
    await loginOverHttp(t.app, user.login, 'Another-pass-99');
  });
});

describe(`login rate limit (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ auth: { loginAttemptsPerMinute: 3 } });
  });
  afterAll(() => t.close());

  it('answers 429 in the platform error shape after too many attempts from one address', async () => {
    const statuses: number[] = [];
    let last: ErrorBody | undefined;
    for (let i = 0; i < 4; i += 1) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { login: 'x-someone', password: 'wrong-123456' },
      });
      statuses.push(res.statusCode);
      last = res.json<ErrorBody>();
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(last?.error.code).toBe('rate_limited');
    expect(last?.error.message).toMatch(/^登录尝试过于频繁，请\d+秒后再试 \/ too many login attempts/);
  });
});

describe(`CSRF and API tokens (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('refuses a change made with the session cookie but without the CSRF header', async () => {
    const admin = await makeUser(t.database.db, [grant('admin')]);
    const s = await sessionFor(t.database.db, admin.id);
    const url = '/api/v1/counties/330402/focus-industries';
    const payload = { industryCodes: ['iot'] };
    const without = await t.app.inject({ method: 'PUT', url, headers: { cookie: s.headers.cookie }, payload });
    expect(without.statusCode).toBe(403);
    expect(without.json<ErrorBody>().error.code).toBe('csrf');
    const wrong = await t.app.inject({
      method: 'PUT',
      url,
      headers: { ...s.headers, 'x-csrf-token': 'forged' },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    const right = await t.app.inject({ method: 'PUT', url, headers: s.headers, payload });
    expect(right.statusCode).toBe(200);
  });

  it('issues a token shown once, scoped like its owner, that stops working the moment it is revoked', async () => {
    const officer = await makeUser(t.database.db, [grant('county', '330421')]);
    const s = await sessionFor(t.database.db, officer.id);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: s.headers,
      payload: { name: '月报脚本' },
    });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json<{ id: number; token: string }>();
    expect(token).toMatch(/^bz_/);
    const bearer = { authorization: `Bearer ${token}` };

    const own = await t.app.inject({ method: 'GET', url: '/api/v1/counties/330421', headers: bearer });
    expect(own.statusCode).toBe(200);
    // Scoped like its owner: another county is 404 for the token too.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/counties/330402', headers: bearer })).statusCode).toBe(
      404,
    );
    // A token needs no CSRF header (browsers never send it by themselves).
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/counties/330421/focus-industries',
      headers: bearer,
      payload: { industryCodes: ['new-energy'] },
    });
    expect(put.statusCode).toBe(200);

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: s.headers });
    expect(list.body).not.toContain(token);
    expect(list.json<{ items: { id: number; prefix: string }[] }>().items[0]).toMatchObject({
      id,
      prefix: token.slice(0, 10),
    });

    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: s.headers })).statusCode).toBe(
      204,
    );
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/counties/330421', headers: bearer });
    expect(after.statusCode).toBe(401);
    expect(after.json<ErrorBody>().error.code).toBe('invalid_token');
  });

  it("answers 404 for another person's token", async () => {
    const a = await makeUser(t.database.db, [grant('leader')]);
    const b = await makeUser(t.database.db, [grant('leader')]);
    const sa = await sessionFor(t.database.db, a.id);
    const sb = await sessionFor(t.database.db, b.id);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: sa.headers,
      payload: { name: 'a' },
    });
    const id = created.json<{ id: number }>().id;
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: sb.headers })).statusCode,
    ).toBe(404);
  });
});

describe(`users and the audit trail (${testDialect})`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof sessionFor>>;
  beforeAll(async () => {
    t = await buildTestApp();
    const user = await makeUser(t.database.db, [grant('admin')], 'office-admin');
    admin = await sessionFor(t.database.db, user.id);
  });
  afterAll(() => t.close());

  it('creates a county officer; refuses a duplicate login, a weak password and a county role without its county', async () => {
    const body = {
      login: 'jiashan-officer',
      displayName: '嘉善县经信局 张三',
      password: 'Jiashan-2013-ok',
      roles: [{ role: 'county', regionCode: '330421' }],
    };
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      login: 'jiashan-officer',
      disabled: false,
      roles: [{ role: 'county', regionCode: '330421' }],
    });
    expect(created.body).not.toContain('Jiashan-2013-ok');

    const again = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload: body });
    expect(again.statusCode).toBe(409);
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { ...body, login: 'x-weak', password: 'abc' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<ErrorBody>().error.message).toMatch(/^password:/);
    const noCounty = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { ...body, login: 'x-nocounty', roles: [{ role: 'county' }] },
    });
    expect(noCounty.json<ErrorBody>().error.message).toBe('roles[0].regionCode: a county role needs its county');
  });

  it('disabling a user ends their session at once, and the audit page shows the change with before and after', async () => {
    const user = await makeUser(t.database.db, [grant('county', '330483')]);
    const theirs = await sessionFor(t.database.db, user.id);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: theirs.headers })).statusCode).toBe(
      200,
    );

    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(patch.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: theirs.headers })).statusCode).toBe(
      401,
    );

    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit-events?entityType=user&entityId=${user.id}&login=office-admin`,
      headers: admin.headers,
    });
    expect(audit.statusCode).toBe(200);
    const events = audit.json<{
      total: number;
      items: { action: string; ip: string; before: { disabled: boolean }; after: { disabled: boolean } }[];
    }>();
    expect(events.total).toBe(1);
    expect(events.items[0]).toMatchObject({
      action: 'update',
      ip: '127.0.0.1',
      before: { disabled: false },
      after: { disabled: true },
    });
  });

  it('records a county focus-industry change with before and after, and filters the trail by date', async () => {
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/counties/330424/focus-industries',
      headers: admin.headers,
      payload: { industryCodes: ['nuclear', 'new-materials'], note: '县政府常务会议确定' },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      focusIndustries: { industryCodes: ['nuclear', 'new-materials'], basis: 'stated' },
    });
    const today = new Date().toISOString().slice(0, 10);
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit-events?entityType=focus_industries&entityId=330424&from=${today}&to=${today}`,
      headers: admin.headers,
    });
    const item = audit.json<{
      items: { before: { basis: string }; after: { industryCodes: string[]; basis: string } }[];
    }>().items[0];
    expect(item?.before.basis).toBe('default');
    expect(item?.after).toMatchObject({ industryCodes: ['nuclear', 'new-materials'], basis: 'stated' });
    const yesterday = await t.app.inject({
      method: 'GET',
      url: '/api/v1/audit-events?entityType=focus_industries&to=2011-07-08',
      headers: admin.headers,
    });
    expect(yesterday.json<{ total: number }>().total).toBe(0);
  });

  it('keeps secrets out of the trail', async () => {
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${(await makeUser(t.database.db, [grant('leader')])).id}`,
      headers: admin.headers,
      payload: { password: 'Reset-password-77' },
    });
    const rows = await t.database.db.selectFrom('auditEvent').select(['beforeJson', 'afterJson']).execute();
    const all = JSON.stringify(rows);
    expect(all).not.toContain('Reset-password-77');
    expect(all).not.toContain('argon2');
  });
});

describe(`county scope (${testDialect})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('a county officer lists and opens only their own county; others answer 404', async () => {
    const officer = await makeUser(t.database.db, [grant('county', '330481')]);
    const s = await sessionFor(t.database.db, officer.id);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/counties', headers: s.headers });
    expect(list.json<{ items: { code: string }[] }>().items.map((c) => c.code)).toEqual(['330481']);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/counties/330482', headers: s.headers })).statusCode).toBe(
      404,
    );
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/counties/330499', headers: s.headers });
    const other = await t.app.inject({ method: 'GET', url: '/api/v1/counties/330482', headers: s.headers });
    expect(other.json()).toEqual({
      error: { code: 'not_found', message: '未找到县（市、区） 330482 / no county 330482' },
    });
    expect(missing.statusCode).toBe(404);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/counties/330482/focus-industries',
      headers: s.headers,
      payload: { industryCodes: ['bio'] },
    });
    expect(put.statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/counties/330482/history', headers: s.headers })).statusCode,
    ).toBe(404);
  });

  it("shows a county's own change history to its officer", async () => {
    const officer = await makeUser(t.database.db, [grant('county', '330483')]);
    const s = await sessionFor(t.database.db, officer.id);
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/counties/330483/focus-industries',
      headers: s.headers,
      payload: { industryCodes: ['new-materials'] },
    });
    const history = await t.app.inject({ method: 'GET', url: '/api/v1/counties/330483/history', headers: s.headers });
    const items = history.json<{ items: { login: string; after: { industryCodes: string[] } }[] }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      login: officer.login,
      displayName: officer.displayName,
      after: { industryCodes: ['new-materials'] },
    });
  });

  it('a city leader sees every county but changes none; an enterprise user sees no county', async () => {
    const leader = await makeUser(t.database.db, [grant('leader')]);
    const ls = await sessionFor(t.database.db, leader.id);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/counties', headers: ls.headers });
    expect(list.json<{ items: unknown[] }>().items).toHaveLength(7);
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/counties/330402/focus-industries',
      headers: ls.headers,
      payload: { industryCodes: ['bio'] },
    });
    expect(put.statusCode).toBe(403);
    const ent = await makeUser(t.database.db, [grant('enterprise', undefined, '91330402000001A1XX')]);
    const es = await sessionFor(t.database.db, ent.id);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/counties', headers: es.headers })).statusCode).toBe(403);
  });

  it('refuses more than two focus industries or an unknown one, naming the field', async () => {
    const officer = await makeUser(t.database.db, [grant('county', '330411')]);
    const s = await sessionFor(t.database.db, officer.id);
    const put = (industryCodes: string[]) =>
      t.app.inject({
        method: 'PUT',
        url: '/api/v1/counties/330411/focus-industries',
        headers: s.headers,
        payload: { industryCodes },
      });
    expect((await put(['bio', 'iot', 'nuclear'])).statusCode).toBe(400);
    const unknown = await put(['space']);
    expect(unknown.json<ErrorBody>().error.message).toBe('industryCodes: unknown industry space');
  });
});

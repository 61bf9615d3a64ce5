import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { testDialect } from '../../test/database.js';
import { grant, makeUser, sessionFor } from '../../test/factories.js';
import type { Db } from '../db/database.js';

/**
 * The authorization matrix: every registered route × every kind of caller, with the answer each must get. The
 * routes come from the app itself (every /api and /open route must declare its access, or the app refuses to
 * start), so a new route without a row here fails this test. Later modules add rows, not mechanisms.
 *
 * Callers: anonymous; the plan office (admin); a city leader; a county officer of 330402 acting on 330402 (own) and a
 * county officer of 330421 acting on 330402 (other); an enterprise user; an expert.
 */
const callers = ['anonymous', 'admin', 'leader', 'countyOwn', 'countyOther', 'enterprise', 'expert'] as const;
type Caller = (typeof callers)[number];
type Expected = Record<Caller, number>;

const OWN_COUNTY = '330402';
const OTHER_COUNTY = '330421';

const everyone = (status: number): Expected => Object.fromEntries(callers.map((c) => [c, status])) as Expected;
const loggedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 401 });
const adminOnly = (status: number): Expected => ({ ...everyone(403), anonymous: 401, admin: status });

interface Fixture {
  otherUsersTokenId: number;
  someUserId: number;
}

interface Case {
  request: (f: Fixture, n: number) => Omit<InjectOptions, 'method'>;
  expect: Expected;
}

const matrix: Record<string, Case> = {
  'GET /api/health': { request: () => ({ url: '/api/health' }), expect: everyone(200) },
  'GET /api/v1/plan': { request: () => ({ url: '/api/v1/plan' }), expect: everyone(200) },
  'GET /api/v1/plan/catalogue': { request: () => ({ url: '/api/v1/plan/catalogue' }), expect: everyone(200) },
  'GET /api/v1/plan/versions': { request: () => ({ url: '/api/v1/plan/versions' }), expect: everyone(200) },
  'GET /api/v1/counties': {
    request: () => ({ url: '/api/v1/counties' }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 200, enterprise: 403, expert: 403 },
  },
  'GET /api/v1/counties/:code': {
    request: () => ({ url: `/api/v1/counties/${OWN_COUNTY}` }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'GET /api/v1/counties/:code/history': {
    request: () => ({ url: `/api/v1/counties/${OWN_COUNTY}/history` }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'PUT /api/v1/counties/:code/focus-industries': {
    request: () => ({ url: `/api/v1/counties/${OWN_COUNTY}/focus-industries`, payload: { industryCodes: ['iot'] } }),
    expect: { anonymous: 401, admin: 200, leader: 403, countyOwn: 200, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'POST /api/v1/session': {
    request: () => ({ url: '/api/v1/session', payload: { login: 'nobody-at-all', password: 'wrong-password-1' } }),
    expect: everyone(401),
  },
  'GET /api/v1/session': { request: () => ({ url: '/api/v1/session' }), expect: loggedIn(200) },
  'DELETE /api/v1/session': { request: () => ({ url: '/api/v1/session' }), expect: loggedIn(204) },
  'DELETE /api/v1/sessions': { request: () => ({ url: '/api/v1/sessions' }), expect: loggedIn(200) },
  'POST /api/v1/session/password': {
    request: () => ({
      url: '/api/v1/session/password',
      payload: { currentPassword: 'not-mine-12345', newPassword: 'Whatever-12345' },
    }),
    expect: loggedIn(400),
  },
  'GET /api/v1/tokens': { request: () => ({ url: '/api/v1/tokens' }), expect: loggedIn(200) },
  'POST /api/v1/tokens': {
    request: () => ({ url: '/api/v1/tokens', payload: { name: 'matrix' } }),
    expect: loggedIn(201),
  },
  'DELETE /api/v1/tokens/:id': {
    // Someone else's token: 404 for every logged-in caller, exactly like a token that does not exist.
    request: (f) => ({ url: `/api/v1/tokens/${f.otherUsersTokenId}` }),
    expect: loggedIn(404),
  },
  'GET /api/v1/users': { request: () => ({ url: '/api/v1/users' }), expect: adminOnly(200) },
  'POST /api/v1/users': {
    request: (_f, n) => ({
      url: '/api/v1/users',
      payload: {
        login: `matrix-${n}`,
        displayName: '矩阵',
        password: 'Matrix-password-1',
        roles: [{ role: 'leader' }],
      },
    }),
    expect: adminOnly(201),
  },
  'GET /api/v1/users/:id': { request: (f) => ({ url: `/api/v1/users/${f.someUserId}` }), expect: adminOnly(200) },
  'PATCH /api/v1/users/:id': {
    request: (f) => ({ url: `/api/v1/users/${f.someUserId}`, payload: { displayName: '改名' } }),
    expect: adminOnly(200),
  },
  'GET /api/v1/audit-events': { request: () => ({ url: '/api/v1/audit-events' }), expect: adminOnly(200) },
};

describe(`authorization matrix (${testDialect})`, () => {
  let t: TestApp;
  let fixture: Fixture;
  const userIds = new Map<Caller, number>();

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    const grants = {
      admin: [grant('admin')],
      leader: [grant('leader')],
      countyOwn: [grant('county', OWN_COUNTY)],
      countyOther: [grant('county', OTHER_COUNTY)],
      enterprise: [grant('enterprise', undefined, '91330402MA28A1234X')],
      expert: [grant('expert')],
    };
    for (const [caller, roles] of Object.entries(grants)) userIds.set(caller as Caller, (await makeUser(db, roles)).id);
    const stranger = await makeUser(db, [grant('leader')]);
    const token = await db
      .insertInto('apiToken')
      .values({
        userId: stranger.id,
        name: 'theirs',
        tokenHash: 'x'.repeat(64),
        prefix: 'bz_xxxxxxx',
        createdAt: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    fixture = { otherUsersTokenId: token.id, someUserId: stranger.id };
  });
  afterAll(() => t.close());

  it('has a row for every registered route, and no row for a route that does not exist', () => {
    const registered = t.app.routeAccess.map((r) => `${r.method} ${r.url}`).sort();
    expect(registered.length).toBeGreaterThan(0);
    expect(Object.keys(matrix).sort()).toEqual(registered);
  });

  it('gives every caller the expected answer on every route', async () => {
    const db: Db = t.database.db;
    const mismatches: string[] = [];
    let n = 0;
    for (const route of t.app.routeAccess) {
      const key = `${route.method} ${route.url}`;
      const row = matrix[key];
      if (!row) continue; // reported by the test above
      for (const caller of callers) {
        n += 1;
        const userId = userIds.get(caller);
        // A fresh session for each request: logging out in one request must not change the next.
        const headers = userId === undefined ? {} : (await sessionFor(db, userId)).headers;
        const res = await t.app.inject({
          method: route.method as InjectOptions['method'],
          headers,
          ...row.request(fixture, n),
        });
        if (res.statusCode !== row.expect[caller]) {
          mismatches.push(
            `${key} as ${caller}: expected ${row.expect[caller]}, got ${res.statusCode} ${res.body.slice(0, 120)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.js';
import { testDialect } from '../../test/database.js';
import { grant, makeEnterprise, makeUser, sessionFor } from '../../test/factories.js';
import type { Db } from '../db/database.js';
import { makeProjectFixture } from '../modules/projects/projects.fixtures.js';

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
const projectReaders = (status: number): Expected => ({
  ...everyone(403),
  anonymous: 401,
  admin: status,
  leader: status,
  countyOwn: status,
  countyOther: status,
});
const projectWriters = (status: number): Expected => ({
  ...everyone(403),
  anonymous: 401,
  admin: status,
  countyOwn: status,
  countyOther: 404,
});

interface Fixture {
  otherUsersTokenId: number;
  someUserId: number;
  /** An enterprise of the own county, not the enterprise caller's own. */
  ownCountyEnterprise: string;
  /** An import batch run by the plan office. */
  adminBatchId: number;
  /** A returns file naming ownCountyEnterprise, as bytes. */
  returnsFile: Buffer;
  /** A project of the own county with a converted lead, a coordination problem and a meeting. */
  project: Awaited<ReturnType<typeof makeProjectFixture>>;
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
  'GET /api/v1/session': { request: () => ({ url: '/api/v1/session' }), expect: everyone(200) },
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
  'POST /api/v1/imports': {
    // A dry run of a returns file for an enterprise of the own county: importers pass the guard; the county
    // officer of another county and the enterprise user get the file back with the enterprise unknown to them.
    request: (f) => ({
      url: '/api/v1/imports?kind=returns&fileName=r.csv&dryRun=true&wait=true',
      headers: { 'content-type': 'application/octet-stream' },
      payload: f.returnsFile,
    }),
    expect: { anonymous: 401, admin: 200, leader: 403, countyOwn: 200, countyOther: 200, enterprise: 200, expert: 403 },
  },
  'GET /api/v1/imports/jobs/:id': {
    // Nobody's job: 404 for every logged-in caller (jobs are private to the person who started them).
    request: () => ({ url: '/api/v1/imports/jobs/00000000-0000-4000-8000-000000000000' }),
    expect: loggedIn(404),
  },
  'GET /api/v1/imports/templates/:kind': {
    request: () => ({ url: '/api/v1/imports/templates/returns' }),
    expect: loggedIn(200),
  },
  'GET /api/v1/import-batches': {
    request: () => ({ url: '/api/v1/import-batches' }),
    expect: { anonymous: 401, admin: 200, leader: 403, countyOwn: 200, countyOther: 200, enterprise: 200, expert: 403 },
  },
  'GET /api/v1/import-batches/:id': {
    request: (f) => ({ url: `/api/v1/import-batches/${f.adminBatchId}` }),
    expect: { anonymous: 401, admin: 200, leader: 403, countyOwn: 404, countyOther: 404, enterprise: 404, expert: 403 },
  },
  'GET /api/v1/period-locks': { request: () => ({ url: '/api/v1/period-locks' }), expect: loggedIn(200) },
  'POST /api/v1/period-locks': {
    request: (_f, n) => ({
      url: '/api/v1/period-locks',
      payload: { period: `${2000 + (n % 90)}`, reason: '矩阵测试' },
    }),
    expect: adminOnly(201),
  },
  'DELETE /api/v1/period-locks/:period': {
    request: () => ({ url: '/api/v1/period-locks/2099' }),
    expect: adminOnly(404),
  },
  'GET /api/v1/progress': {
    request: () => ({ url: `/api/v1/progress?period=2013&region=${OWN_COUNTY}` }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'GET /api/v1/figures': {
    request: () => ({ url: `/api/v1/figures?period=2013&regions=330400,${OWN_COUNTY}` }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'GET /api/v1/figures/trend': {
    request: () => ({ url: `/api/v1/figures/trend?region=${OWN_COUNTY}&code=output_value&from=2011&to=2013` }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'GET /api/v1/figures/counties': {
    request: () => ({ url: '/api/v1/figures/counties?period=2013' }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 200, enterprise: 403, expert: 403 },
  },
  'GET /api/v1/figures/contributors': {
    request: () => ({ url: `/api/v1/figures/contributors?period=2013&region=${OWN_COUNTY}` }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'GET /api/v1/warnings': {
    request: () => ({ url: '/api/v1/warnings?period=2013' }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 200, enterprise: 403, expert: 403 },
  },
  'GET /api/v1/targets/:id/cascade': {
    request: () => ({ url: '/api/v1/targets/sei-output-level/cascade' }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 200, enterprise: 403, expert: 403 },
  },
  'POST /api/v1/exports/table': {
    request: () => ({
      url: '/api/v1/exports/table',
      payload: { title: '矩阵', columns: [{ key: 'a', title: '甲' }], rows: [{ a: 1 }] },
    }),
    expect: loggedIn(200),
  },
  'GET /api/v1/region-stats': {
    request: () => ({ url: '/api/v1/region-stats' }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 200, enterprise: 403, expert: 403 },
  },
  'GET /api/v1/enterprises': {
    request: () => ({ url: '/api/v1/enterprises' }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 200, enterprise: 200, expert: 403 },
  },
  'GET /api/v1/enterprises/:uscc': {
    request: (f) => ({ url: `/api/v1/enterprises/${f.ownCountyEnterprise}` }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 404, enterprise: 404, expert: 403 },
  },
  'PATCH /api/v1/enterprises/:uscc': {
    request: (f) => ({ url: `/api/v1/enterprises/${f.ownCountyEnterprise}`, payload: { name: '改名后的企业' } }),
    expect: { anonymous: 401, admin: 200, leader: 403, countyOwn: 200, countyOther: 404, enterprise: 403, expert: 403 },
  },
  // Assessment (docs/assessment.md): office and leaders read all runs, counties those on notice or published; a run
  // that does not exist answers 404 to whoever may read runs. Only the office computes, notices, answers, publishes;
  // only county officers object.
  'GET /api/v1/assessments': {
    request: () => ({ url: '/api/v1/assessments' }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 200, enterprise: 403, expert: 403 },
  },
  'POST /api/v1/assessments': {
    request: () => ({ url: '/api/v1/assessments', payload: { year: 2013 } }),
    // The fixture holds no figures: the office passes the guard and is refused for the data (400 no_data).
    expect: adminOnly(400),
  },
  'GET /api/v1/assessments/:id': {
    request: () => ({ url: '/api/v1/assessments/999999' }),
    expect: { anonymous: 401, admin: 404, leader: 404, countyOwn: 404, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'GET /api/v1/assessments/:id/diff': {
    request: () => ({ url: '/api/v1/assessments/999999/diff' }),
    expect: { anonymous: 401, admin: 404, leader: 404, countyOwn: 404, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'POST /api/v1/assessments/:id/notice': {
    request: () => ({ url: '/api/v1/assessments/999999/notice', payload: { days: 5 } }),
    expect: adminOnly(404),
  },
  'POST /api/v1/assessments/:id/objections': {
    request: () => ({ url: '/api/v1/assessments/999999/objections', payload: { reason: '矩阵测试异议' } }),
    expect: { anonymous: 401, admin: 403, leader: 403, countyOwn: 404, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'POST /api/v1/assessments/:id/objections/:objectionId/answer': {
    request: () => ({ url: '/api/v1/assessments/999999/objections/1/answer', payload: { answer: '矩阵测试答复' } }),
    expect: adminOnly(404),
  },
  'POST /api/v1/assessments/:id/publish': {
    request: () => ({ url: '/api/v1/assessments/999999/publish' }),
    expect: adminOnly(404),
  },
  // Major projects (docs/projects.md): the office writes everything, county officers their county's rows (another
  // county's answers 404), leaders read; enterprises and experts are refused.
  'GET /api/v1/projects': { request: () => ({ url: '/api/v1/projects?year=2013' }), expect: projectReaders(200) },
  'POST /api/v1/projects': {
    request: (_f, n) => ({
      url: '/api/v1/projects',
      payload: {
        code: `M-${n}`,
        name: '矩阵项目',
        investorName: '矩阵企业',
        regionCode: OWN_COUNTY,
        industryCode: 'iot',
        totalInvestment: 1,
        listYear: 2013,
      },
    }),
    expect: projectWriters(201),
  },
  'GET /api/v1/projects/:id': {
    request: (f) => ({ url: `/api/v1/projects/${f.project.projectId}` }),
    expect: { ...projectReaders(200), countyOther: 404 },
  },
  'PATCH /api/v1/projects/:id': {
    request: (f) => ({ url: `/api/v1/projects/${f.project.projectId}`, payload: { countyOfficer: '矩阵' } }),
    expect: projectWriters(200),
  },
  'POST /api/v1/projects/:id/stage-events': {
    request: (f) => ({
      url: `/api/v1/projects/${f.project.projectId}/stage-events`,
      payload: { stage: 'signed', occurredOn: '2013-02-01' },
    }),
    expect: projectWriters(201),
  },
  'PUT /api/v1/projects/:id/progress/:period': {
    request: (f) => ({ url: `/api/v1/projects/${f.project.projectId}/progress/2013-05`, payload: { investment: 1 } }),
    expect: projectWriters(200),
  },
  'POST /api/v1/project-progress/imports': {
    // A dry run naming the own county's project: the other county's officer gets it back with the project unknown.
    request: (f) => ({
      url: '/api/v1/project-progress/imports?fileName=p.csv&dryRun=true',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from(`项目代码,报告期,本月完成投资(万元)\n${f.project.projectCode},2013-06,1\n`, 'utf8'),
    }),
    expect: { ...projectWriters(200), countyOther: 200 },
  },
  'GET /api/v1/project-progress/template': {
    request: () => ({ url: '/api/v1/project-progress/template' }),
    expect: { ...projectWriters(200), countyOther: 200 },
  },
  'GET /api/v1/project-measures': {
    request: () => ({ url: '/api/v1/project-measures?year=2013' }),
    expect: projectReaders(200),
  },
  'GET /api/v1/project-leads': { request: () => ({ url: '/api/v1/project-leads' }), expect: projectReaders(200) },
  'POST /api/v1/project-leads': {
    request: () => ({
      url: '/api/v1/project-leads',
      payload: {
        targetCompany: '矩阵央企',
        kind: 'central_soe',
        industryCode: 'iot',
        regionCode: OWN_COUNTY,
        owner: '矩阵',
      },
    }),
    expect: projectWriters(201),
  },
  'PATCH /api/v1/project-leads/:id': {
    request: (f) => ({ url: `/api/v1/project-leads/${f.project.leadId}`, payload: { nextStep: '再次拜访' } }),
    expect: projectWriters(200),
  },
  'POST /api/v1/project-leads/:id/convert': {
    // The fixture's lead is converted already: 400 to those who may write it, 404 to the other county.
    request: (f) => ({
      url: `/api/v1/project-leads/${f.project.leadId}/convert`,
      payload: { code: 'M-CONVERT', name: '矩阵', totalInvestment: 1, listYear: 2013 },
    }),
    expect: projectWriters(400),
  },
  'GET /api/v1/coordination-problems': {
    request: () => ({ url: '/api/v1/coordination-problems' }),
    expect: projectReaders(200),
  },
  'POST /api/v1/coordination-problems': {
    request: () => ({ url: '/api/v1/coordination-problems', payload: { title: '矩阵问题', regionCode: OWN_COUNTY } }),
    expect: projectWriters(201),
  },
  'PATCH /api/v1/coordination-problems/:id': {
    request: (f) => ({
      url: `/api/v1/coordination-problems/${f.project.problemId}`,
      payload: { department: '矩阵局' },
    }),
    expect: projectWriters(200),
  },
  'GET /api/v1/coordination-meetings': {
    request: () => ({ url: '/api/v1/coordination-meetings' }),
    expect: projectReaders(200),
  },
  'POST /api/v1/coordination-meetings': {
    request: () => ({
      url: '/api/v1/coordination-meetings',
      payload: { heldOn: '2013-09-01', title: '矩阵会议', attendees: '市经信委' },
    }),
    expect: adminOnly(201),
  },
  'GET /api/v1/coordination-meetings/:id': {
    request: (f) => ({ url: `/api/v1/coordination-meetings/${f.project.meetingId}` }),
    expect: projectReaders(200),
  },
  // Bulletins (docs/bulletins.md): the office, leaders and counties read (drafts only the office: others get 404);
  // only the office generates, reviews and publishes. The public site (/open/v1, docs/open-data.md) needs no login.
  'GET /api/v1/bulletins': {
    request: () => ({ url: '/api/v1/bulletins' }),
    expect: { anonymous: 401, admin: 200, leader: 200, countyOwn: 200, countyOther: 200, enterprise: 403, expert: 403 },
  },
  'POST /api/v1/bulletins': {
    request: () => ({ url: '/api/v1/bulletins', payload: { period: '2013' } }),
    expect: adminOnly(201),
  },
  'GET /api/v1/bulletins/:id': {
    request: () => ({ url: '/api/v1/bulletins/999999' }),
    expect: { anonymous: 401, admin: 404, leader: 404, countyOwn: 404, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'POST /api/v1/bulletins/:id/regenerate': {
    request: () => ({ url: '/api/v1/bulletins/999999/regenerate' }),
    expect: adminOnly(404),
  },
  'POST /api/v1/bulletins/:id/review': {
    request: () => ({ url: '/api/v1/bulletins/999999/review' }),
    expect: adminOnly(404),
  },
  'POST /api/v1/bulletins/:id/publish': {
    request: () => ({ url: '/api/v1/bulletins/999999/publish' }),
    expect: adminOnly(404),
  },
  'GET /api/v1/bulletins/:id/files/:format': {
    request: () => ({ url: '/api/v1/bulletins/999999/files/pdf' }),
    expect: { anonymous: 401, admin: 404, leader: 404, countyOwn: 404, countyOther: 404, enterprise: 403, expert: 403 },
  },
  'GET /api/v1/liaison': { request: () => ({ url: '/api/v1/liaison' }), expect: loggedIn(200) },
  'PUT /api/v1/liaison': {
    request: () => ({ url: '/api/v1/liaison', payload: { group: null, members: [], industries: [] } }),
    expect: adminOnly(200),
  },
  'GET /open/v1/': { request: () => ({ url: '/open/v1/' }), expect: everyone(200) },
  'GET /open/v1/bulletins/:id/:format': {
    // Nothing unpublished is served: a bulletin that is not published answers 404 exactly like one that does not exist.
    request: () => ({ url: '/open/v1/bulletins/999999/pdf' }),
    expect: everyone(404),
  },
  'GET /open/v1/indicators.csv': { request: () => ({ url: '/open/v1/indicators.csv' }), expect: everyone(200) },
  'GET /open/v1/indicators.json': { request: () => ({ url: '/open/v1/indicators.json' }), expect: everyone(200) },
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
    const enterprise = await makeEnterprise(db, { region: OWN_COUNTY, shares: [{ industry: 'iot', share: 1 }] });
    const batch = await db
      .insertInto('importBatch')
      .values({
        kind: 'returns',
        fileName: 'x.xlsx',
        format: 'xlsx',
        sourceDetail: null,
        status: 'committed',
        rowsTotal: 0,
        inserted: 0,
        changed: 0,
        unchanged: 0,
        problemCount: 0,
        problemsJson: null,
        userId: userIds.get('admin') ?? null,
        login: 'admin',
        createdAt: new Date().toISOString(),
        durationMs: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const returnsFile = Buffer.from(
      `统一社会信用代码,报告期,工业总产值(万元)\n${enterprise.uscc},2013-06,12.5\n`,
      'utf8',
    );
    fixture = {
      otherUsersTokenId: token.id,
      someUserId: stranger.id,
      ownCountyEnterprise: enterprise.uscc,
      adminBatchId: batch.id,
      returnsFile,
      project: await makeProjectFixture(db, OWN_COUNTY),
    };
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
        const request = row.request(fixture, n);
        const res = await t.app.inject({
          method: route.method as InjectOptions['method'],
          ...request,
          headers: { ...headers, ...(request.headers as Record<string, string> | undefined) },
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

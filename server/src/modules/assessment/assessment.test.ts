import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { grant, makeEnterprise, makeUser, sessionFor, type TestSession } from '../../../test/factories.js';
import type { Db } from '../../db/database.js';
import type { RequestContext, RoleGrant } from '../auth/actor.js';
import { rebuildCube } from '../indicators/cube.service.js';
import type { AssessmentDetail, AssessmentDiff } from './assessment.schema.js';
import {
  answerObjection,
  computeAssessment,
  fileObjection,
  getAssessment,
  latestPublishedAssessment,
  publishAssessment,
  putOnNotice,
} from './assessment.service.js';

/**
 * Data, hand-made (yuan; year-end returns, month 12):
 *   南湖 330402 (focus iot): SEI enterprise (iot) output 2012 1亿 → 2013 1.2亿, value added 2000万 → 2200万,
 *     revenue 2013 1亿, R&D 200万; a non-SEI above-size enterprise output 2013 3亿 (2012 2.8亿).
 *   秀洲 330411 (focus energy-saving): SEI enterprise (energy-saving) output 2亿 → 2亿, value added 4000万 → 5000万,
 *     revenue 2013 2亿, R&D 800万; no other enterprise.
 *   The other five counties: nothing.
 * Hand-computed with the Jiaxing scheme (w, floor, target):
 *   南湖: growth 0.2 → 30·0.2/0.2457 = 24.4200244; share 1.2/(1.2+3) = 0.2857143 → 20·(0.2857143−0.15)/0.15 =
 *     18.0952381; VA growth 0.1 → 15·0.1/0.15 = 10; focus (iot) growth 0.2 → 20·0.2/0.2457 = 16.2800163;
 *     R&D 0.02 → 15·(0.02−0.01)/0.02 = 7.5. Total 76.2952788, rank 1.
 *   秀洲: growth 0 → 0; share 1 → 20; VA growth 0.25 → 15 (capped); focus growth 0 → 0; R&D 0.04 → 15. Total 50.
 *   The other five: no data, 0 points each, all ranked 3 (equal after both tie-breaks).
 */
const NANHU = '330402';
const XIUZHOU = '330411';
const JIASHAN = '330421';
const DAY = 86_400_000;

describe(`county assessment (${testDialect})`, () => {
  let t: TestApp;
  let db: Db;
  let admin: TestSession;
  let nanhuOfficer: TestSession;
  let jiashanOfficer: TestSession;
  let leader: TestSession;
  let enterpriseUser: TestSession;
  let adminCtx: RequestContext;
  let nanhuCtx: RequestContext;
  let xiushouEnterpriseId: number;

  async function returns(enterpriseId: number, year: number, figures: Record<string, number>) {
    await db
      .insertInto('statisticalReturn')
      .values({
        enterpriseId,
        year,
        month: 12,
        outputValue: figures.outputValue ?? null,
        salesOutput: null,
        valueAdded: figures.valueAdded ?? null,
        revenue: figures.revenue ?? null,
        rdExpense: figures.rdExpense ?? null,
        taxes: null,
        employees: null,
        energyTce: null,
        landMu: null,
        revision: 0,
        batchId: null,
        updatedAt: new Date().toISOString(),
      })
      .execute();
  }
  const idOf = async (uscc: string) =>
    Number((await db.selectFrom('enterprise').select('id').where('uscc', '=', uscc).executeTakeFirstOrThrow()).id);

  beforeAll(async () => {
    t = await buildTestApp();
    db = t.database.db;
    const users = {
      admin: await makeUser(db, [grant('admin')]),
      nanhu: await makeUser(db, [grant('county', NANHU)]),
      jiashan: await makeUser(db, [grant('county', JIASHAN)]),
      leader: await makeUser(db, [grant('leader')]),
      enterprise: await makeUser(db, [grant('enterprise', undefined, '91330402MA28A1234X')]),
    };
    admin = await sessionFor(db, users.admin.id);
    nanhuOfficer = await sessionFor(db, users.nanhu.id);
    jiashanOfficer = await sessionFor(db, users.jiashan.id);
    leader = await sessionFor(db, users.leader.id);
    enterpriseUser = await sessionFor(db, users.enterprise.id);
    const actor = (u: { id: number; login: string; displayName: string }, roles: RoleGrant[]): RequestContext => ({
      actor: { userId: u.id, login: u.login, displayName: u.displayName, roles, via: 'session' },
      ip: null,
    });
    adminCtx = actor(users.admin, [grant('admin')]);
    nanhuCtx = actor(users.nanhu, [grant('county', NANHU)]);

    const nanhuSei = await idOf(
      (await makeEnterprise(db, { region: NANHU, shares: [{ industry: 'iot', share: 1 }] })).uscc,
    );
    const nanhuOther = await idOf((await makeEnterprise(db, { region: NANHU })).uscc);
    xiushouEnterpriseId = await idOf(
      (await makeEnterprise(db, { region: XIUZHOU, shares: [{ industry: 'energy-saving', share: 1 }] })).uscc,
    );
    await returns(nanhuSei, 2012, { outputValue: 100e6, valueAdded: 20e6, revenue: 90e6, rdExpense: 1e6 });
    await returns(nanhuSei, 2013, { outputValue: 120e6, valueAdded: 22e6, revenue: 100e6, rdExpense: 2e6 });
    await returns(nanhuOther, 2012, { outputValue: 280e6 });
    await returns(nanhuOther, 2013, { outputValue: 300e6 });
    await returns(xiushouEnterpriseId, 2012, { outputValue: 200e6, valueAdded: 40e6, revenue: 190e6, rdExpense: 5e6 });
    await returns(xiushouEnterpriseId, 2013, { outputValue: 200e6, valueAdded: 50e6, revenue: 200e6, rdExpense: 8e6 });
    await rebuildCube(db);
  });
  afterAll(() => t.close());

  const get = (url: string, s: TestSession) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, s: TestSession, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, ...(payload ? { payload } : {}) });

  let v1: AssessmentDetail;

  it('computes a draft with the hand-computed scores, ranks and why', async () => {
    const res = await post('/api/v1/assessments', admin, { year: 2013 });
    expect(res.statusCode, res.body).toBe(201);
    v1 = res.json<AssessmentDetail>();
    expect(v1).toMatchObject({ year: 2013, version: 1, schemeVersion: 1, status: 'draft', notice: null });
    const nanhu = v1.ranking.find((r) => r.regionCode === NANHU);
    expect(nanhu?.rank).toBe(1);
    expect(nanhu?.total).toBeCloseTo(76.2952788, 5);
    expect(nanhu?.scores.map((s) => Number(s.points.toFixed(6)))).toEqual([24.420024, 18.095238, 10, 16.280016, 7.5]);
    expect(nanhu?.scores.map((s) => Number((s.actual ?? NaN).toFixed(6)))).toEqual([0.2, 0.285714, 0.1, 0.2, 0.02]);
    // The why names the actual and the sums behind it.
    expect(nanhu?.scores[0]?.why.zh).toMatch(/同口径增长20\.00%（本期1\.20亿元，上年同期1\.00亿元，1家企业）/);
    expect(nanhu?.scores[3]?.source.industries).toEqual(['iot']);
    expect(nanhu?.scores[3]?.why.zh).toMatch(/物联网/);

    const xiuzhou = v1.ranking.find((r) => r.regionCode === XIUZHOU);
    expect(xiuzhou).toMatchObject({ rank: 2, total: 50 });
    expect(xiuzhou?.scores.map((s) => s.points)).toEqual([0, 20, 15, 0, 15]);

    const others = v1.ranking.filter((r) => r.regionCode !== NANHU && r.regionCode !== XIUZHOU);
    expect(others).toHaveLength(5);
    for (const county of others) {
      expect(county).toMatchObject({ total: 0, rank: 3 });
      expect(county.scores.every((s) => s.actual === null && s.points === 0)).toBe(true);
      expect(county.scores[0]?.why.zh).toMatch(/没有该项数据，本项记0分/);
    }
    expect(v1.publishBlockers).toEqual(['not_on_notice']);
  });

  it('keeps drafts from counties (404), lets leaders read, refuses enterprises', async () => {
    expect((await get(`/api/v1/assessments/${v1.id}`, nanhuOfficer)).statusCode).toBe(404);
    expect((await get(`/api/v1/assessments`, nanhuOfficer)).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await get(`/api/v1/assessments/${v1.id}`, leader)).statusCode).toBe(200);
    expect((await get(`/api/v1/assessments/${v1.id}`, enterpriseUser)).statusCode).toBe(403);
    expect((await post(`/api/v1/assessments`, leader, { year: 2013 })).statusCode).toBe(403);
  });

  it('takes objections during the notice window only, from the county itself, and refuses to publish early', async () => {
    const start = new Date('2014-03-01T00:00:00Z');
    const at = (days: number) => ({ now: () => new Date(start.getTime() + days * DAY) });
    const onNotice = await putOnNotice(db, adminCtx, v1.id, { days: 7 }, at(0));
    expect(onNotice.status).toBe('on_notice');
    expect(onNotice.notice).toMatchObject({
      days: 7,
      start: '2014-03-01T00:00:00.000Z',
      end: '2014-03-08T00:00:00.000Z',
    });
    await expect(putOnNotice(db, adminCtx, v1.id, { days: 7 }, at(0))).rejects.toMatchObject({ code: 'not_draft' });

    // On notice: now visible to counties.
    expect((await get(`/api/v1/assessments/${v1.id}`, nanhuOfficer)).statusCode).toBe(200);
    // A county objects for itself only: another county is outside its scope (404).
    await expect(
      fileObjection(db, nanhuCtx, v1.id, { regionCode: JIASHAN, reason: '数据有误' }, at(1)),
    ).rejects.toMatchObject({ statusCode: 404 });
    const objected = await fileObjection(
      db,
      nanhuCtx,
      v1.id,
      { criterionCode: 'sei-rd-intensity', reason: '研发经费漏报一家企业' },
      at(1),
    );
    expect(objected.objections).toHaveLength(1);
    expect(objected.objections[0]).toMatchObject({
      regionCode: NANHU,
      criterionCode: 'sei-rd-intensity',
      answer: null,
    });

    // The window is open and an objection is unanswered: publishing is refused, naming both.
    await expect(publishAssessment(db, adminCtx, v1.id, at(2))).rejects.toMatchObject({
      statusCode: 409,
      details: { blockers: ['notice_open', 'objections_unanswered'] },
    });
    // After the window: no more objections; still refused while one is unanswered.
    await expect(fileObjection(db, nanhuCtx, v1.id, { reason: '太晚了' }, at(7))).rejects.toMatchObject({
      code: 'notice_closed',
    });
    await expect(publishAssessment(db, adminCtx, v1.id, at(8))).rejects.toMatchObject({
      code: 'objections_unanswered',
    });
    const objectionId = objected.objections[0]?.id ?? 0;
    const answered = await answerObjection(db, adminCtx, v1.id, objectionId, { answer: '经核实，报表无误。' }, at(8));
    expect(answered.objections[0]).toMatchObject({ answer: '经核实，报表无误。' });
    await expect(
      answerObjection(db, adminCtx, v1.id, objectionId, { answer: '再答一次' }, at(8)),
    ).rejects.toMatchObject({ code: 'already_answered' });
    const published = await publishAssessment(db, adminCtx, v1.id, at(8));
    expect(published).toMatchObject({ status: 'published', publishBlockers: ['not_on_notice'] });
  });

  it('objects over HTTP while the window is open; the other county does not see the objection', async () => {
    const v = (await post('/api/v1/assessments', admin, { year: 2012 })).json<AssessmentDetail>();
    expect((await post(`/api/v1/assessments/${v.id}/notice`, admin, { days: 5 })).statusCode).toBe(200);
    const filed = await post(`/api/v1/assessments/${v.id}/objections`, nanhuOfficer, { reason: '请复核南湖区得分' });
    expect(filed.statusCode, filed.body).toBe(201);
    const refused = await post(`/api/v1/assessments/${v.id}/publish`, admin);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ error: { code: string; message: string } }>().error.message).toMatch(/公示期至/);
    const asJiashan = (await get(`/api/v1/assessments/${v.id}`, jiashanOfficer)).json<AssessmentDetail>();
    expect(asJiashan.objections).toEqual([]);
    const asLeader = (await get(`/api/v1/assessments/${v.id}`, leader)).json<AssessmentDetail>();
    expect(asLeader.objections).toHaveLength(1);
    expect((await post(`/api/v1/assessments/${v.id}/objections`, admin, { reason: '办公室不提异议' })).statusCode).toBe(
      403,
    );
    // Recomputing withdraws the run on notice: counties no longer see it, the new draft is not theirs to see yet.
    const v2 = (await post('/api/v1/assessments', admin, { year: 2012 })).json<AssessmentDetail>();
    expect(v2.version).toBe(2);
    expect((await get(`/api/v1/assessments/${v.id}`, leader)).json<AssessmentDetail>().status).toBe('withdrawn');
    expect((await get(`/api/v1/assessments/${v.id}`, nanhuOfficer)).statusCode).toBe(404);
  });

  it('keeps a published version frozen when the data change, and shows the differences of a new version', async () => {
    const before = await getAssessment(db, adminCtx, v1.id);
    // 秀洲's 2013 output is revised from 2亿 to 2.4亿: growth 0 → 0.2, +24.4200244 and +16.2800163 points.
    await db
      .updateTable('statisticalReturn')
      .set({ outputValue: 240e6 })
      .where('enterpriseId', '=', xiushouEnterpriseId)
      .where('year', '=', 2013)
      .execute();
    await rebuildCube(db);

    const after = await getAssessment(db, adminCtx, v1.id);
    expect(after.ranking).toEqual(before.ranking);
    expect((await latestPublishedAssessment(db, 2013))?.ranking).toEqual(before.ranking);

    const v2 = await computeAssessment(db, adminCtx, { year: 2013 });
    expect(v2).toMatchObject({ version: 2, status: 'draft', previousVersionId: v1.id });
    // 秀洲: 50 + 24.4200244 + 16.2800163 = 90.7000407 → first; 南湖 second.
    expect(v2.ranking[0]).toMatchObject({ regionCode: XIUZHOU, rank: 1 });
    expect(v2.ranking[0]?.total).toBeCloseTo(90.7000407, 5);

    const diff = (await get(`/api/v1/assessments/${v2.id}/diff`, leader)).json<AssessmentDiff>();
    expect(diff.from.version).toBe(1);
    expect(diff.to.version).toBe(2);
    expect(diff.schemeChanged).toBe(false);
    const x = diff.counties.find((c) => c.regionCode === XIUZHOU);
    expect(x).toMatchObject({ rankBefore: 2, rankAfter: 1, rankChange: 1 });
    expect(x?.totalChange).toBeCloseTo(40.7000407, 5);
    expect(x?.criteria.find((c) => c.criterionCode === 'sei-output-growth')?.actualChange).toBeCloseTo(0.2, 10);
    const n = diff.counties.find((c) => c.regionCode === NANHU);
    expect(n).toMatchObject({ rankBefore: 1, rankAfter: 2, rankChange: -1, totalChange: 0 });

    // The bulletin still reads version 1 until version 2 is published; then version 1 is superseded.
    expect((await latestPublishedAssessment(db, 2013))?.version).toBe(1);
    const clock = { now: () => new Date(Date.now() + 10 * DAY) };
    await putOnNotice(db, adminCtx, v2.id, { days: 3 });
    await publishAssessment(db, adminCtx, v2.id, clock);
    expect((await latestPublishedAssessment(db, 2013))?.version).toBe(2);
    expect((await getAssessment(db, adminCtx, v1.id)).status).toBe('superseded');
  });

  it('refuses to assess a year without any figure, naming the year', async () => {
    await expect(computeAssessment(db, adminCtx, { year: 2030 })).rejects.toThrow(/no figures for 2030/);
  });

  it('audits every transition', async () => {
    const events = await db
      .selectFrom('auditEvent')
      .select(['action', 'entityId'])
      .where('entityType', '=', 'assessment')
      .orderBy('id')
      .execute();
    const ofV1 = events.filter((e) => e.entityId === String(v1.id)).map((e) => e.action);
    expect(ofV1).toEqual(['compute', 'notice', 'object', 'answer', 'publish', 'supersede']);
    expect(events.map((e) => e.action)).toContain('withdraw');
  });
});

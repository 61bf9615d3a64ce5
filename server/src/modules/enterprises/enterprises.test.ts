import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import { grant, makeEnterprise, makeUser, sessionFor, type TestSession } from '../../../test/factories.js';

type Page = {
  total: number;
  items: { uscc: string; regionCode: string; seiShares: { industryCode: string; share: number }[] }[];
};

describe(`enterprise register (${testDialect})`, () => {
  let t: TestApp;
  let admin: TestSession;
  let haining: TestSession;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    admin = await sessionFor(db, (await makeUser(db, [grant('admin')])).id);
    haining = await sessionFor(db, (await makeUser(db, [grant('county', '330481')])).id);
    ids.solar = (
      await makeEnterprise(db, {
        region: '330481',
        name: '海宁晶科光伏有限公司',
        shares: [{ industry: 'new-energy', share: 1 }],
      })
    ).uscc;
    ids.mixed = (
      await makeEnterprise(db, {
        region: '330481',
        name: '海宁经编新材料有限公司',
        shares: [
          { industry: 'new-materials', share: 0.6 },
          { industry: 'bio', share: 0.2 },
        ],
      })
    ).uscc;
    ids.plain = (await makeEnterprise(db, { region: '330481', name: '海宁皮革制品厂' })).uscc;
    ids.port = (
      await makeEnterprise(db, {
        region: '330400Z02',
        name: '嘉兴港区化工新材料有限公司',
        shares: [{ industry: 'new-materials', share: 1 }],
      })
    ).uscc;
    ids.pinghu = (
      await makeEnterprise(db, {
        region: '330482',
        name: '平湖生物医药有限公司',
        shares: [{ industry: 'bio', share: 1 }],
      })
    ).uscc;
  });
  afterAll(() => t.close());

  it('lists by county (zones included), by SEI industry and by name', async () => {
    const get = async (qs: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises?${qs}`, headers: admin.headers })).json<Page>();
    expect((await get('region=330481')).total).toBe(3);
    expect((await get('region=330482')).items.map((e) => e.uscc).sort()).toEqual([ids.pinghu, ids.port].sort());
    expect((await get('industry=new-materials')).items.map((e) => e.uscc).sort()).toEqual([ids.mixed, ids.port].sort());
    expect((await get('search=经编')).items.map((e) => e.uscc)).toEqual([ids.mixed]);
    expect((await get(`search=${ids.pinghu?.slice(0, 12)}`)).items.map((e) => e.uscc)).toEqual([ids.pinghu]);
    const mixed = (await get('search=经编')).items[0];
    expect(mixed?.seiShares).toEqual([
      { industryCode: 'new-materials', share: 0.6 },
      { industryCode: 'bio', share: 0.2 },
    ]);
  });

  it("a county officer sees only their county's enterprises; another's answers 404", async () => {
    const page = (
      await t.app.inject({ method: 'GET', url: '/api/v1/enterprises', headers: haining.headers })
    ).json<Page>();
    expect(page.items.every((e) => e.regionCode === '330481')).toBe(true);
    expect(page.total).toBe(3);
    // Asking for another county by filter gives nothing, not an error that confirms it exists.
    expect(
      (
        await t.app.inject({ method: 'GET', url: '/api/v1/enterprises?region=330482', headers: haining.headers })
      ).json<Page>().total,
    ).toBe(0);
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${ids.pinghu}`,
      headers: haining.headers,
    });
    expect(other.statusCode).toBe(404);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${ids.pinghu}`,
      headers: haining.headers,
      payload: { name: 'x' },
    });
    expect(patch.statusCode).toBe(404);
  });

  it('an enterprise user sees itself only', async () => {
    const db = t.database.db;
    const own = await sessionFor(db, (await makeUser(db, [grant('enterprise', undefined, ids.solar)])).id);
    const page = (await t.app.inject({ method: 'GET', url: '/api/v1/enterprises', headers: own.headers })).json<Page>();
    expect(page.items.map((e) => e.uscc)).toEqual([ids.solar]);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${ids.mixed}`, headers: own.headers })).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'PATCH',
          url: `/api/v1/enterprises/${ids.solar}`,
          headers: own.headers,
          payload: { name: 'x' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('a ruling on the classification is versioned: the past keeps the shares valid then, and the change is audited', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${ids.mixed}`,
      headers: haining.headers,
      payload: {
        classification: {
          validFrom: '2013-01',
          shares: [{ industryCode: 'new-materials', share: 0.9 }],
          note: '经编新材料占比复核',
        },
      },
    });
    expect(res.statusCode).toBe(200);
    const detail = res.json<{
      seiShares: { industryCode: string; share: number }[];
      seiShareHistory: {
        industryCode: string;
        share: number;
        validFrom: string;
        validTo: string | null;
        basis: string;
      }[];
    }>();
    expect(detail.seiShares).toEqual([{ industryCode: 'new-materials', share: 0.9 }]);
    expect(detail.seiShareHistory.map((h) => [h.industryCode, h.share, h.validFrom, h.validTo, h.basis])).toEqual([
      ['new-materials', 0.9, '2013-01', null, 'ruling'],
      ['new-materials', 0.6, '1900-01', '2013-01', 'import'],
      ['bio', 0.2, '1900-01', '2013-01', 'import'],
    ]);
    const audit = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit-events?entityType=enterprise&entityId=${ids.mixed}`,
      headers: admin.headers,
    });
    expect(audit.json<{ items: { action: string }[] }>().items.map((i) => i.action)).toEqual(['classify']);
  });

  it('refuses shares over 1 or of an unknown industry, naming the field, and changes nothing', async () => {
    const bad = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${ids.solar}`,
      headers: admin.headers,
      payload: {
        classification: {
          validFrom: '2014-01',
          shares: [
            { industryCode: 'new-energy', share: 0.7 },
            { industryCode: 'iot', share: 0.4 },
          ],
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(
      /^classification\.shares: the shares add up to 1\.1/,
    );
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${ids.solar}`,
      headers: admin.headers,
    });
    expect(detail.json<{ seiShareHistory: unknown[] }>().seiShareHistory).toHaveLength(1);
  });
});

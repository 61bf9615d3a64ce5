import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.js';
import { testDialect } from '../../../test/database.js';
import {
  grant,
  importReturnsCsv,
  makeEnterprise,
  makeUser,
  sessionFor,
  type TestSession,
} from '../../../test/factories.js';
import type { Db } from '../../db/database.js';
import { systemContext } from '../auth/actor.js';
import { readFigures } from '../indicators/figures.service.js';
import { unlockPeriod } from '../statistics/statistics.service.js';
import type { BulletinModel } from '../bulletins/bulletin.model.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-open-'));

interface Detail {
  id: number;
  status: string;
  period: string;
  model: BulletinModel;
}
interface JsonStat {
  value: (number | null)[];
  size: number[];
  dimension: Record<string, { category: { index: Record<string, number> } }>;
}

/** Every /open route with the requests that exercise it (a new route fails the first test until it is listed). */
const OPEN_ROUTES = [
  'GET /open/v1/',
  'GET /open/v1/bulletins/:id/:format',
  'GET /open/v1/indicators.csv',
  'GET /open/v1/indicators.json',
] as const;

/**
 * Nothing unpublished reaches /open/v1, on every route: with a draft, a reviewed bulletin, and — the subtle one — a
 * new draft of an already published period whose live figures have changed since (a corrected edition in the
 * making), the public site shows exactly the published bulletin and the figures as it published them.
 */
describe(`open data shows nothing unpublished, on every /open route (${testDialect})`, () => {
  let t: TestApp;
  let db: Db;
  let office: TestSession;
  const uscc: string[] = [];
  let published: Detail;
  const unpublished: Detail[] = [];

  const call = (method: 'GET' | 'POST', url: string, who?: TestSession, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: who?.headers ?? {},
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const importReturns = async (name: string, year: number, scale: number) => {
    const file = path.join(dir, name);
    const rows = uscc.map((u, i) => ({
      uscc: u,
      period: String(year),
      values: {
        output_value: scale * (i + 1) * 1e9,
        value_added: scale * (i + 1) * 2.5e8,
        revenue: scale * (i + 1) * 1.1e9,
        rd_expense: scale * (i + 1) * 3e7,
        taxes: scale * (i + 1) * 5e7,
      },
    }));
    const outcome = await importReturnsCsv(db, file, rows);
    expect(outcome.problems).toEqual([]);
  };
  const generate = async (period: string) => {
    const res = await call('POST', '/api/v1/bulletins', office, { period });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Detail>();
  };
  const act = async (id: number, action: 'review' | 'publish') => {
    const res = await call('POST', `/api/v1/bulletins/${id}/${action}`, office);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Detail>();
  };
  /** The answer for a bulletin that does not exist, which an unpublished one must equal. */
  const missing = async (format: string) => {
    const res = await call('GET', `/open/v1/bulletins/999999/${format}`);
    return { status: res.statusCode, code: res.json<{ error: { code: string } }>().error.code };
  };
  const periodsOf = (res: LightMyRequestResponse) =>
    Object.keys(res.json<JsonStat>().dimension.period?.category.index ?? {});

  beforeAll(async () => {
    t = await buildTestApp();
    db = t.database.db;
    uscc.push((await makeEnterprise(db, { region: '330402', shares: [{ industry: 'new-energy', share: 1 }] })).uscc);
    uscc.push((await makeEnterprise(db, { region: '330421', shares: [{ industry: 'new-materials', share: 1 }] })).uscc);
    uscc.push((await makeEnterprise(db, { region: '330481', shares: [{ industry: 'bio', share: 0.5 }] })).uscc);
    await importReturns('r2012.csv', 2012, 1);
    await importReturns('r2013.csv', 2013, 1.2);
    office = await sessionFor(db, (await makeUser(db, [grant('admin')])).id);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the routes tested here are every /open route the app has', () => {
    const open = t.app.routeAccess.filter((r) => r.url.startsWith('/open')).map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual([...OPEN_ROUTES].sort());
    for (const r of t.app.routeAccess.filter((x) => x.url.startsWith('/open'))) expect(r.access).toBe('public');
  });

  it('with only a draft and a reviewed bulletin, every route shows nothing', async () => {
    const draft = await generate('2013');
    const reviewed = await act((await generate('2013Q2')).id, 'review');
    expect(reviewed.status).toBe('reviewed');
    const index = (await call('GET', '/open/v1/')).json<{ bulletins: unknown[] }>();
    expect(index.bulletins).toEqual([]);
    for (const b of [draft, reviewed]) {
      for (const format of ['pdf', 'docx', 'xlsx']) {
        const res = await call('GET', `/open/v1/bulletins/${b.id}/${format}`);
        expect(
          { status: res.statusCode, code: res.json<{ error: { code: string } }>().error.code },
          `${b.status} ${format}`,
        ).toEqual(await missing(format));
        expect(res.body).not.toContain('%PDF');
      }
    }
    const csv = await call('GET', '/open/v1/indicators.csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body.trim().split('\n')).toHaveLength(1);
    for (const lang of ['', '?lang=zh', '?lang=en']) {
      const json = await call('GET', `/open/v1/indicators.json${lang}`);
      expect(json.statusCode).toBe(200);
      expect(json.json<JsonStat>().value).toEqual([]);
    }
    // Publish the yearly one (the quarter stays reviewed).
    await act(draft.id, 'review');
    published = await act(draft.id, 'publish');
    expect(published.status).toBe('published');
    unpublished.push(reviewed);
  });

  it('after publication, drafts of other periods and of the same period with changed figures stay out of every route', async () => {
    // A draft of a month, and a new edition of 2013 drafted after 2013 was reopened and its returns changed.
    unpublished.push(await generate('2013-06'));
    await unlockPeriod(db, systemContext('test'), '2013');
    await importReturns('r2013b.csv', 2013, 2);
    const edition = await generate('2013');
    unpublished.push(edition);
    const key = '330400|sei|output_value|2013';
    const publishedValue = published.model.figures[key]?.value;
    const draftValue = edition.model.figures[key]?.value;
    const live = await readFigures(db, {
      period: '2013',
      regions: ['330400'],
      industries: ['sei'],
      codes: ['output_value'],
    });
    expect(draftValue).toBe(live[0]?.value);
    expect(draftValue).not.toBe(publishedValue);

    // GET /open/v1/: only the published bulletin.
    const index = (await call('GET', '/open/v1/')).json<{ bulletins: { id: number }[] }>();
    expect(index.bulletins.map((b) => b.id)).toEqual([published.id]);

    // GET /open/v1/bulletins/:id/:format: the published one's files, 404 for every unpublished one as if missing.
    for (const format of ['pdf', 'docx', 'xlsx']) {
      expect((await call('GET', `/open/v1/bulletins/${published.id}/${format}`)).statusCode).toBe(200);
      for (const b of unpublished) {
        const res = await call('GET', `/open/v1/bulletins/${b.id}/${format}`);
        expect(
          { status: res.statusCode, code: res.json<{ error: { code: string } }>().error.code },
          `${b.period} ${format}`,
        ).toEqual(await missing(format));
      }
    }

    // GET /open/v1/indicators.csv: rows of the published bulletin only, with its values.
    const csv = (await call('GET', '/open/v1/indicators.csv')).body;
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row.bulletin_id).toBe(String(published.id));
      expect(row.period).toBe('2013');
    }
    const cityOutput = rows.find(
      (r) => r.region === '330400' && r.industry === 'sei' && r.indicator === 'output_value',
    );
    expect(Number(cityOutput?.value)).toBe(publishedValue);
    expect(csv).not.toContain(String(draftValue));

    // GET /open/v1/indicators.json (both languages): only the period published, the published values.
    for (const lang of ['', '?lang=en']) {
      const json = await call('GET', `/open/v1/indicators.json${lang}`);
      expect(periodsOf(json)).toEqual(['2013']);
      const values = json.json<JsonStat>().value;
      expect(values).toContain(publishedValue);
      expect(values).not.toContain(draftValue);
    }
  });
});

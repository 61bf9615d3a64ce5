import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jiaxingPlanFile } from '../../../test/app.js';
import { grant, makeUser } from '../../../test/factories.js';
import { buildApp } from '../../app.js';
import { openDatabase, openReadDatabase, type Db } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { defaultAuthSettings } from '../auth/auth.settings.js';
import { createApiToken } from '../auth/auth.service.js';
import { loadPlanFileOrThrow } from '../plan/plan-file.js';
import { loadPlan } from '../plan/plan.service.js';
import type { FastifyInstance } from 'fastify';

/**
 * On a SQLite file the dashboards and the login checks read through their own connection (`openReadDatabase`), so
 * a request is answered while an import holds the writing connection in its transaction — as `serve` runs it.
 */
describe('dashboards on SQLite answer while the writing connection is inside a transaction', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-read-connection-'));
  const url = `sqlite:${path.join(dir, 'platform.db')}`;
  let db: Db;
  let readDb: Db;
  let app: FastifyInstance;
  let token: string;

  beforeAll(async () => {
    db = openDatabase(url).db;
    await migrateToLatest(db);
    await loadPlan(db, loadPlanFileOrThrow(jiaxingPlanFile).plan, jiaxingPlanFile);
    const user = await makeUser(db, [grant('leader')]);
    const created = await createApiToken(
      db,
      { actor: { userId: user.id, login: user.login, displayName: '', roles: user.roles, via: 'session' }, ip: '' },
      { name: 'read-connection' },
    );
    token = created.token;
    const read = openReadDatabase(url);
    if (!read) throw new Error('a SQLite file must get a read connection');
    readDb = read;
    app = await buildApp({ db, readDb, dialect: 'sqlite', auth: defaultAuthSettings });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await readDb.destroy();
    await db.destroy();
  });

  it('answers figures and progress before the transaction ends', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inside: () => void = () => undefined;
    const entered = new Promise<void>((resolve) => (inside = resolve));
    const writing = db.transaction().execute(async (trx) => {
      await trx.updateTable('cubeState').set({ version: 41 }).where('id', '=', 1).execute();
      inside();
      await gate;
    });
    await entered;
    const headers = { authorization: `Bearer ${token}` };
    const answered = await Promise.race([
      Promise.all([
        app.inject({ method: 'GET', url: '/api/v1/figures?period=2013', headers }),
        app.inject({ method: 'GET', url: '/api/v1/progress?period=2013', headers }),
      ]),
      new Promise<'held'>((resolve) => setTimeout(() => resolve('held'), 5000)),
    ]);
    release();
    await writing;
    expect(answered).not.toBe('held');
    if (answered === 'held') return;
    expect(answered.map((r) => r.statusCode)).toEqual([200, 200]);
  });

  it('gives no read connection for memory databases and PostgreSQL, whose pool already has one per request', () => {
    expect(openReadDatabase('sqlite::memory:')).toBeUndefined();
    expect(openReadDatabase('postgres://postgres@127.0.0.1:5432/test')).toBeUndefined();
  });
});

import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../src/db/database.js';
import { nowIso } from '../src/db/columns.js';
import { systemContext, type Role, type RoleGrant } from '../src/modules/auth/actor.js';
import { createUser, sha256 } from '../src/modules/auth/auth.service.js';
import { SESSION_COOKIE } from '../src/modules/auth/auth.settings.js';
import { buildUscc } from '../src/modules/enterprises/uscc.js';
import { commitEnterprises } from '../src/modules/enterprises/enterprises.service.js';
import { writeImportFile } from '../src/modules/statistics/import/templates.js';
import { runImport } from '../src/modules/statistics/import.service.js';

export const TEST_PASSWORD = 'Beizeng-test-2011';

/** A grant, written short: `grant('county', '330402')`, `grant('enterprise', undefined, uscc)`. */
export function grant(role: Role, regionCode?: string, enterpriseUscc?: string): RoleGrant {
  return { role, regionCode: regionCode ?? null, enterpriseUscc: enterpriseUscc ?? null };
}

let counter = 0;
/** A user with the given roles and the test password, created through the service (audited like any other). */
export async function makeUser(db: Db, roles: RoleGrant[], login?: string) {
  counter += 1;
  return createUser(db, systemContext('test'), {
    login: login ?? `user${counter}_${randomBytes(3).toString('hex')}`,
    displayName: `测试用户${counter}`,
    password: TEST_PASSWORD,
    roles,
  });
}

export interface TestSession {
  /** Headers for app.inject: the session cookie and the CSRF token. */
  headers: { cookie: string; 'x-csrf-token': string };
  token: string;
}

/** A session opened directly in the database — quick, for tests that are not about logging in. */
export async function sessionFor(db: Db, userId: number): Promise<TestSession> {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const now = nowIso();
  await db
    .insertInto('userSession')
    .values({
      tokenHash: sha256(token),
      userId,
      csrfToken: csrf,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      ip: '127.0.0.1',
      userAgent: 'test',
    })
    .execute();
  return { token, headers: { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrf } };
}

/** Logs in through the API, as a browser would. */
export async function loginOverHttp(
  app: FastifyInstance,
  login: string,
  password = TEST_PASSWORD,
): Promise<TestSession> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { login, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error('no session cookie');
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  return { token: cookie.value, headers: { cookie: `${SESSION_COOKIE}=${cookie.value}`, 'x-csrf-token': csrf } };
}

let enterpriseCounter = 0;
/** An enterprise in the register, written by the same code an import uses; valid credit code in its region. */
export async function makeEnterprise(
  db: Db,
  options: { region: string; name?: string; shares?: { industry: string; share: number }[]; aboveScale?: boolean },
) {
  enterpriseCounter += 1;
  const body = `${String(enterpriseCounter).padStart(6, '0')}T${(randomBytes(1)[0] ?? 0) % 10}`;
  const uscc = buildUscc(options.region.slice(0, 6), body);
  await db.transaction().execute((trx) =>
    commitEnterprises(
      trx,
      systemContext('test'),
      [
        {
          rowNumber: 2,
          uscc,
          name: options.name ?? `测试企业${enterpriseCounter}有限公司`,
          region: options.region,
          above_scale: options.aboveScale ?? true,
          ...(options.shares ? { sei_industries: options.shares } : {}),
        },
      ],
      '2010-01',
    ),
  );
  return { uscc };
}

/** Writes returns as a CSV at `file` and imports it through the real import (worker, transaction, cube). */
export async function importReturnsCsv(
  db: Db,
  file: string,
  rows: { uscc: string; period: string; values: Record<string, number> }[],
) {
  await writeImportFile('returns', rows, file, { format: 'csv' });
  return runImport(db, systemContext('test'), {
    filePath: file,
    fileName: path.basename(file),
    kind: 'returns',
    dryRun: false,
  });
}

import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { defaultAuthSettings, type AuthSettings } from '../src/modules/auth/auth.settings.js';
import { projectRoot } from '../src/config.js';
import { loadPlanFileOrThrow } from '../src/modules/plan/plan-file.js';
import { loadPlan } from '../src/modules/plan/plan.service.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export const jiaxingPlanFile = path.join(projectRoot, 'plans/jiaxing-2011.yaml');

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real app over a fresh migrated database with the Jiaxing plan loaded, for `app.inject` tests. */
export async function buildTestApp(
  options: { loadPlan?: boolean; auth?: Partial<AuthSettings> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  if (options.loadPlan !== false) {
    const { plan } = loadPlanFileOrThrow(jiaxingPlanFile);
    await loadPlan(database.db, plan, jiaxingPlanFile);
  }
  const app = await buildApp({
    db: database.db,
    dialect: database.dialect,
    auth: { ...defaultAuthSettings, ...options.auth },
  });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

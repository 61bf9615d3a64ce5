import type { Config } from './config.js';
import { openDatabase, type OpenDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { loadPlanFileOrThrow } from './modules/plan/plan-file.js';
import type { PlanFile } from './modules/plan/plan-file.schema.js';
import { loadPlan, type LoadResult } from './modules/plan/plan.service.js';

export interface Platform extends OpenDatabase {
  migrated: string[];
  plan: LoadResult;
  /** The plan file's validated content, so a command need not read the file again. */
  planContent: PlanFile;
}

/**
 * Opens the configured database, brings its schema up to date and loads the plan file: every command starts here,
 * so each works on an empty database. Loading is idempotent: an unchanged file writes nothing.
 */
export async function openPlatform(config: Config): Promise<Platform> {
  const { plan } = loadPlanFileOrThrow(config.planFile);
  const database = openDatabase(config.databaseUrl);
  try {
    const migrated = await migrateToLatest(database.db);
    const loaded = await loadPlan(database.db, plan, config.planFile);
    return { ...database, migrated, plan: loaded, planContent: plan };
  } catch (error) {
    await database.db.destroy();
    throw error;
  }
}

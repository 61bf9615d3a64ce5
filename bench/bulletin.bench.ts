// Bulletin generation: the yearly city bulletin of the demo data (1,200 enterprises, 2012–2013, seed 2011), from
// reading the figures to each finished file — model (figures, warnings, assessment, liaison) and then PDF (embedded,
// subset CJK font), DOCX and XLSX. Median of 3 runs after one warm-up; runs from the build like `npm start`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as DbDatabaseModule from '../server/src/db/database.js';
import type * as DbMigrateModule from '../server/src/db/migrate.js';
import type * as DemoSeedModule from '../server/src/modules/demo/demo-seed.js';
import type * as PlanFileModule from '../server/src/modules/plan/plan-file.js';
import type * as PlanServiceModule from '../server/src/modules/plan/plan.service.js';
import type * as BulletinsServiceModule from '../server/src/modules/bulletins/bulletins.service.js';

const fromBuild = <T>(module: string): Promise<T> => import(`../dist/server/${module}.js`) as Promise<T>;
const { openDatabase } = await fromBuild<typeof DbDatabaseModule>('db/database');
const { migrateToLatest } = await fromBuild<typeof DbMigrateModule>('db/migrate');
const { seedDemo } = await fromBuild<typeof DemoSeedModule>('modules/demo/demo-seed');
const { loadPlanFileOrThrow } = await fromBuild<typeof PlanFileModule>('modules/plan/plan-file');
const { loadPlan } = await fromBuild<typeof PlanServiceModule>('modules/plan/plan.service');
const { generateBulletinModel, renderBulletin, bulletinFormats } = await fromBuild<typeof BulletinsServiceModule>(
  'modules/bulletins/bulletins.service',
);

const planFile = path.join(import.meta.dirname, '../plans/jiaxing-2011.yaml');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-bench-bulletin-'));
const { db } = openDatabase(`sqlite:${path.join(dir, 'bench.db')}`);
try {
  await migrateToLatest(db);
  const { plan } = loadPlanFileOrThrow(planFile);
  await loadPlan(db, plan, planFile);
  const seedStart = performance.now();
  await seedDemo(db, plan, { enterprises: 1200, from: 2012, to: 2013, seed: 2011 }, path.join(dir, 'demo'));
  console.log(
    `demo data (1,200 enterprises, 2012–2013) seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const runs: Record<string, number[]> = { model: [], pdf: [], docx: [], xlsx: [], total: [] };
  const sizes: Record<string, number> = {};
  for (let i = 0; i < 4; i += 1) {
    const t0 = performance.now();
    const model = await generateBulletinModel(db, '2013');
    const t1 = performance.now();
    let previous = t1;
    const times: Record<string, number> = { model: t1 - t0 };
    for (const format of bulletinFormats) {
      const content = await renderBulletin(model, format);
      const now = performance.now();
      times[format] = now - previous;
      sizes[format] = content.length;
      previous = now;
    }
    times.total = previous - t0;
    if (i === 0) continue; // warm-up: module and font loading
    for (const [k, v] of Object.entries(times)) runs[k]?.push(v);
  }
  console.log('yearly city bulletin 2013 (median of 3):');
  for (const [k, v] of Object.entries(runs)) {
    const size = sizes[k] ? `  ${(sizes[k] / 1024).toFixed(0)} KiB` : '';
    console.log(`  ${k.padEnd(6)} ${median(v).toFixed(0).padStart(6)} ms${size}`);
  }
} finally {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}

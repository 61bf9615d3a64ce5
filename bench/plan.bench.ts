// Benchmarks: each figure is printed as a ratio to a baseline measured in the same run on the same machine, because
// absolute timings here are noisy. Never a test: nothing fails on speed. Run with `npm run bench`.
import { performance } from 'node:perf_hooks';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { buildApp } from '../server/src/app.js';
import { openDatabase } from '../server/src/db/database.js';
import { migrateToLatest } from '../server/src/db/migrate.js';
import { loadPlanFileOrThrow } from '../server/src/modules/plan/plan-file.js';
import { loadPlan } from '../server/src/modules/plan/plan.service.js';
import { jiaxingPlanFile } from '../server/test/app.js';

interface Timing {
  p50: number;
  p95: number;
}

async function measure(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < Math.min(50, runs); i += 1) await fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

const ms = (t: Timing) => `p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms`;

// Baseline: a bare Fastify route answering a small JSON object through the same inject path.
const bare = Fastify();
bare.get('/hello', () => ({ hello: 'world' }));
await bare.ready();
const hello = await measure(2000, () => bare.inject({ method: 'GET', url: '/hello' }));

// PostgreSQL (BENCH_DATABASE_URL=postgres://…) runs in a schema of its own, dropped at the end.
const benchUrl = process.env.BENCH_DATABASE_URL ?? 'sqlite::memory:';
const schema = `bench_${process.pid}`;
if (benchUrl.startsWith('postgres')) {
  const admin = openDatabase(benchUrl);
  await sql`CREATE SCHEMA ${sql.id(schema)}`.execute(admin.db);
  await admin.db.destroy();
}
const { db, dialect } = openDatabase(benchUrl, dialectIsPostgres(benchUrl) ? { searchPath: schema } : {});
await migrateToLatest(db);
const { plan } = loadPlanFileOrThrow(jiaxingPlanFile);
const loadStart = performance.now();
await loadPlan(db, plan, jiaxingPlanFile);
const firstLoad = { p50: performance.now() - loadStart, p95: Number.NaN };
const reload = await measure(20, () => loadPlan(db, plan, jiaxingPlanFile));
const app = await buildApp({ db, dialect });
await app.ready();
const health = await measure(2000, () => app.inject({ method: 'GET', url: '/api/health' }));
const overview = await measure(500, () => app.inject({ method: 'GET', url: '/api/v1/plan' }));

console.log(`engine: ${dialect}`);
console.log(`baseline  bare Fastify hello:        ${ms(hello)}`);
console.log(
  `GET /api/health:                      ${ms(health)}  (p95 ${(health.p95 / hello.p95).toFixed(1)} × baseline)`,
);
console.log(
  `GET /api/v1/plan (whole plan, ~60 KB): ${ms(overview)}  (p95 ${(overview.p95 / hello.p95).toFixed(1)} × baseline)`,
);
console.log(`plan load, first:                     ${firstLoad.p50.toFixed(1)} ms`);
console.log(
  `plan load, unchanged (idempotent):    ${ms(reload)}  (${(reload.p50 / firstLoad.p50).toFixed(3)} × first load)`,
);
await app.close();
await bare.close();
if (dialect === 'postgres') await sql`DROP SCHEMA ${sql.id(schema)} CASCADE`.execute(db);
await db.destroy();

function dialectIsPostgres(url: string) {
  return url.startsWith('postgres');
}

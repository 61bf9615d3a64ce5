// Import speed and memory: the whole import (read and validate in a worker, check against the database, write in one
// transaction) against the bare parsers measured in the same run on the same files:
//   xlsx: exceljs streaming WorkbookReader reading every cell (goal: import ≤ 1.5 × it)
//   csv:  csv-parse reading every record (goal: import ≤ 2 × it)
// Peak memory is the process's RSS above its level before each run, sampled every 10 ms (worker threads included).
// The import runs from the build (dist/server, as `npm start` does): from the sources the worker would first compile
// its modules through tsx, which is a development cost, not the platform's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import type { ImportRowInput } from '../server/src/modules/statistics/import/templates.js';
import type * as DbDatabaseModule from '../server/src/db/database.js';
import type * as DbMigrateModule from '../server/src/db/migrate.js';
import type * as ModulesAuthActorModule from '../server/src/modules/auth/actor.js';
import type * as ModulesEnterprisesUsccModule from '../server/src/modules/enterprises/uscc.js';
import type * as ModulesEnterprisesEnterprisesServiceModule from '../server/src/modules/enterprises/enterprises.service.js';
import type * as ModulesPlanPlanFileModule from '../server/src/modules/plan/plan-file.js';
import type * as ModulesPlanPlanServiceModule from '../server/src/modules/plan/plan.service.js';
import type * as ModulesStatisticsImportTemplatesModule from '../server/src/modules/statistics/import/templates.js';
import type * as ModulesStatisticsImportServiceModule from '../server/src/modules/statistics/import.service.js';
const jiaxingPlanFile = path.join(import.meta.dirname, '../plans/jiaxing-2011.yaml');

// Typed by the sources, loaded from the build: the type-check needs no build, the run measures the built code.
const fromBuild = <T>(module: string): Promise<T> => import(`../dist/server/${module}.js`) as Promise<T>;
const { openDatabase } = await fromBuild<typeof DbDatabaseModule>('db/database');
const { migrateToLatest } = await fromBuild<typeof DbMigrateModule>('db/migrate');
const { systemContext } = await fromBuild<typeof ModulesAuthActorModule>('modules/auth/actor');
const { buildUscc } = await fromBuild<typeof ModulesEnterprisesUsccModule>('modules/enterprises/uscc');
const { commitEnterprises } = await fromBuild<typeof ModulesEnterprisesEnterprisesServiceModule>(
  'modules/enterprises/enterprises.service',
);
const { loadPlanFileOrThrow } = await fromBuild<typeof ModulesPlanPlanFileModule>('modules/plan/plan-file');
const { loadPlan } = await fromBuild<typeof ModulesPlanPlanServiceModule>('modules/plan/plan.service');
const { writeImportFile } = await fromBuild<typeof ModulesStatisticsImportTemplatesModule>(
  'modules/statistics/import/templates',
);
const { runImport } = await fromBuild<typeof ModulesStatisticsImportServiceModule>('modules/statistics/import.service');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-bench-import-'));
const counties = ['330402', '330411', '330421', '330424', '330481', '330482', '330483'];

interface Measured {
  ms: number;
  peakMb: number;
  /** The main thread's event-loop delay while it ran (p99, max): how long any other request would have waited. */
  lagP99Ms: number;
  lagMaxMs: number;
}

async function measure(fn: () => Promise<unknown>): Promise<Measured> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  lag.disable();
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakMb: (peak - base) / 2 ** 20, lagP99Ms: lag.percentile(99) / 1e6, lagMaxMs: lag.max / 1e6 };
}

async function bareXlsx(file: string): Promise<number> {
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
  });
  for await (const sheet of reader) {
    for await (const row of sheet) cells += (row.values as unknown[]).length;
  }
  return cells;
}

async function bareCsv(file: string): Promise<number> {
  let fields = 0;
  for await (const record of fs.createReadStream(file).pipe(parse({ bom: true }))) {
    fields += (record as string[]).length;
  }
  return fields;
}

async function scenario(rows: number) {
  const enterprises = Math.ceil(rows / 12);
  const usccs = Array.from({ length: enterprises }, (_, i) =>
    buildUscc(counties[i % counties.length] ?? '330402', `${String(i).padStart(7, '0')}B`),
  );
  const returns: ImportRowInput<'returns'>[] = [];
  for (const uscc of usccs) {
    for (let month = 1; month <= 12 && returns.length < rows; month += 1) {
      const v = 1_000_000 * month;
      returns.push({
        uscc,
        period: `2014-${String(month).padStart(2, '0')}`,
        values: {
          output_value: v,
          sales_output: v,
          value_added: v / 5,
          revenue: v,
          rd_expense: v / 50,
          taxes: v / 25,
          employees: 120,
          energy_tce: month * 10,
          land_mu: 50,
        },
      });
    }
  }
  const xlsx = path.join(dir, `returns-${rows}.xlsx`);
  const csv = path.join(dir, `returns-${rows}.csv`);
  await writeImportFile('returns', returns, xlsx, { format: 'xlsx' });
  await writeImportFile('returns', returns, csv, { format: 'csv', encoding: 'utf-8' });

  const results: Record<string, { bare: Measured; ours: Measured }> = {};
  for (const [format, file, bare] of [
    ['xlsx', xlsx, bareXlsx],
    ['csv', csv, bareCsv],
  ] as const) {
    // A fresh database holding the register, so every run inserts the same rows.
    const { db } = openDatabase(`sqlite:${path.join(dir, `bench-${rows}-${format}.db`)}`);
    await migrateToLatest(db);
    await loadPlan(db, loadPlanFileOrThrow(jiaxingPlanFile).plan, jiaxingPlanFile);
    await db.transaction().execute((trx) =>
      commitEnterprises(
        trx,
        systemContext('cli'),
        usccs.map((uscc, i) => ({
          rowNumber: i + 2,
          uscc,
          name: `企业${i}`,
          region: uscc.slice(2, 8),
          above_scale: true,
        })),
        '2014-01',
      ),
    );
    const bareRun = await measure(() => bare(file));
    const oursRun = await measure(async () => {
      const outcome = await runImport(db, systemContext('cli'), {
        filePath: file,
        fileName: path.basename(file),
        kind: 'returns',
        dryRun: false,
      });
      if (outcome.status !== 'committed' || outcome.counts.inserted !== rows) {
        throw new Error(`bench import failed: ${JSON.stringify(outcome.problems[0])}`);
      }
    });
    await db.destroy();
    results[format] = { bare: bareRun, ours: oursRun };
  }
  const size = (f: string) => `${(fs.statSync(f).size / 2 ** 20).toFixed(1)} MB`;
  console.log(`\n${rows.toLocaleString('en')} returns rows (xlsx ${size(xlsx)}, csv ${size(csv)})`);
  for (const [format, r] of Object.entries(results)) {
    const goal = format === 'xlsx' ? 1.5 : 2;
    const ratio = r.ours.ms / r.bare.ms;
    console.log(
      `  ${format}: bare parse ${r.bare.ms.toFixed(0)} ms (+${r.bare.peakMb.toFixed(0)} MB) · import ${r.ours.ms.toFixed(0)} ms (+${r.ours.peakMb.toFixed(0)} MB)` +
        ` → ${ratio.toFixed(2)} × bare (goal ≤ ${goal}×: ${ratio <= goal ? 'met' : 'NOT met'});` +
        ` main-thread lag during the import p99 ${r.ours.lagP99Ms.toFixed(0)} ms, max ${r.ours.lagMaxMs.toFixed(0)} ms`,
    );
  }
  return results;
}

const small = await scenario(6_000);
const large = await scenario(50_000);
for (const format of ['xlsx', 'csv']) {
  const a = small[format]?.ours.peakMb ?? 0;
  const b = large[format]?.ours.peakMb ?? 0;
  console.log(
    `  ${format} import peak memory: +${a.toFixed(0)} MB at 6,000 rows, +${b.toFixed(0)} MB at 50,000 rows (${(b / Math.max(a, 1)).toFixed(1)} × for 8.3 × the rows)`,
  );
}
fs.rmSync(dir, { recursive: true, force: true });

// Import speed and memory, against the bare parsers measured in the same process at the same moment.
//
// What "import" measures: the whole runImport() of a returns file on SQLite (the engine `npm start` uses) — detect the
// format, read and validate in the import worker, look the enterprises and stored returns up, write every row in one
// transaction, the batch record and the audit — from the build (dist/server, as `npm start` runs it), in the steady
// state of a server that has imported before: the worker started, the code warm, and the database connection the
// one that imported the year before (its statements prepared, that year's returns stored: the cube's comparable
// base and the stored-figure checks read them). So each child first imports the same enterprises' returns of
// BENCH_WARM years (default ten: 2004 to 2013) into its database, and the bare parser reads each of those files; then
// the bare parse and the import of 2014 are measured. BENCH_FRESH=1 measures the other case instead: the first import
// on a connection just opened, into a database without returns (the warm-up imports into a scratch copy).
// The indicator cube's refresh, which the indicators module hooks into the same transaction, is part of it (and timed
// on its own beside). Beside the goals, a month's file (BENCH_MONTH_ROWS enterprises × one month, default 6,000) into
// a database holding the earlier months of its year and the same month a year before: the import counties make.
//   xlsx goal: import ≤ 1.5 × the bare exceljs streaming WorkbookReader reading every cell of the same file
//   csv goal:  import ≤ 2 × bare csv-parse reading every record of the same file
// Each measurement runs in a fresh child process (warm-up, then bare parse, then the import), REPEAT times; the
// figures are medians with the range. Peak memory is the process's peak RSS (main
// thread and worker together, from the kernel's high-water mark, reset before each step) above its RSS at the start
// of the step. The CPU time of both (all threads of the process) is shown beside: on a shared machine the elapsed
// times move with the other load. With BENCH_DATABASE_URL or TEST_DATABASE_URL set, the imports also run on
// PostgreSQL (a schema of their own, one run each).
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import pg from 'pg';
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
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
// The steady state of a server that has imported before. V8 optimises the import's few thousand lines of code over its
// first imports, on compiler threads of its own that compete for the machine's cores with the import's two threads:
// with two earlier years, `perf` showed Turbofan's threads using ≈ 45 ms of CPU during a 60 ms import of 6,000 CSV rows,
// and the main thread waiting for a core ≈ 20 ms of it; with ten, neither. A harness of the child's shape (CSV, 6,000
// rows, medians of five) took 44, 40, 31, 32, 39, 29, 27, 27 ms after 1, 2, 3, 4, 6, 8, 10, 12 earlier years. So ten by
// default; the figure early in a process's life (EARLY_ROUNDS earlier years) is printed beside, not judged.
const WARM_ROUNDS = Math.max(1, Number(process.env.BENCH_WARM ?? 10));
const EARLY_ROUNDS = 2;
const FRESH = process.env.BENCH_FRESH === '1';
/** The year measured; the warm-up imports the years before it. */
const YEAR = 2014;
// BENCH_IMPORT_ROWS=6000,50000,200000 adds a size (memory against file size).
const SIZES = (process.env.BENCH_IMPORT_ROWS ?? '6000,50000').split(',').map(Number);
// BENCH_FORMATS=csv measures one format only (its files alone are written).
const FORMATS = (process.env.BENCH_FORMATS ?? 'xlsx,csv').split(',') as Format[];
// The month's file beside them (0: none).
const MONTH_ROWS = Number(process.env.BENCH_MONTH_ROWS ?? 6000);
// Memory against file size at a fixed register: files of 3, 6 and 12 months of the same enterprises (by default the
// register whose full year is the largest file: 16,667 enterprises for 200,000 rows; BENCH_MEMORY_REGISTER=0: not
// measured). The memory goal is judged on it: the largest file's peak no more than MEMORY_SLACK_MB above the
// smallest's, about the spread between runs of the same file.
const MEMORY_ROWS = (process.env.BENCH_MEMORY_ROWS ?? '50000,100000,200000').split(',').map(Number);
const MEMORY_REGISTER = Number(process.env.BENCH_MEMORY_REGISTER ?? Math.ceil(Math.max(...MEMORY_ROWS) / 12));
const MEMORY_SLACK_MB = 10;
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const counties = ['330402', '330411', '330421', '330424', '330481', '330482', '330483'];

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

type Format = 'xlsx' | 'csv';
type Engine = 'sqlite' | 'postgres';

interface ChildSpec {
  rows: number;
  /** The register's size (the seeded database holds it). */
  enterprises: number;
  format: Format;
  engine: Engine;
  file: string;
  /** The same enterprises' returns of the years before, oldest first: the warm-up imports them. */
  earlierFiles: string[];
  warmFile: string;
  /** SQLite: the seeded database to copy. */
  template: string;
  dir: string;
}

interface ChildResult {
  bareMs: number;
  /** CPU time of the whole process (every thread): steadier than the elapsed time on a shared machine. */
  bareCpuMs: number;
  importCpuMs: number;
  barePeakMb: number;
  importMs: number;
  cubeMs: number;
  cubeCpuMs: number;
  importPeakMb: number;
  /** The process's RSS at its peak during the import. */
  importPeakRssMb: number;
  lagP99Ms: number;
  lagMaxMs: number;
}

/** The bench's register: one enterprise per twelve rows of a year's file unless a size is given. */
const enterprisesFor = (rows: number) => Math.ceil(rows / 12);
const usccsFor = (enterprises: number) =>
  Array.from({ length: enterprises }, (_, i) =>
    buildUscc(counties[i % counties.length] ?? '330402', `${String(i).padStart(7, '0')}B`),
  );

/** A SQLite file holding the plan and a register of `enterprises`: each child copies it. */
async function seededTemplate(file: string, enterprises: number): Promise<string> {
  const seeded = openDatabase(`sqlite:${file}`).db;
  await seed(seeded, enterprises);
  await seeded.destroy();
  return file;
}

/** A database holding the plan and a register of `enterprises`, so every run inserts the same rows. */
async function seed(db: DbDatabaseModule.Db, enterprises: number) {
  await migrateToLatest(db);
  await loadPlan(db, loadPlanFileOrThrow(jiaxingPlanFile).plan, jiaxingPlanFile);
  await db.transaction().execute((trx) =>
    commitEnterprises(
      trx,
      systemContext('cli'),
      usccsFor(enterprises).map((uscc, i) => ({
        rowNumber: i + 2,
        uscc,
        name: `企业${i}`,
        region: uscc.slice(2, 8),
        above_scale: true,
      })),
      '2014-01',
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The child: one measurement in a fresh process.

const status = () => fs.readFileSync('/proc/self/status', 'utf8');
const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status())?.[1] ?? 0);
/** Resets the kernel's peak-RSS mark to the current RSS (Linux); the peak is then read from VmHWM. */
const resetPeak = () => fs.writeFileSync('/proc/self/clear_refs', '5');

async function step(fn: () => Promise<unknown>) {
  resetPeak();
  const before = kb('VmRSS');
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  lag.disable();
  const peak = kb('VmHWM');
  return { ms, cpuMs: (used.user + used.system) / 1000, peakMb: (peak - before) / 1024, peakRssMb: peak / 1024, lag };
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

async function child(spec: ChildSpec): Promise<ChildResult> {
  const { runImport } = await fromBuild<typeof ModulesStatisticsImportServiceModule>(
    'modules/statistics/import.service',
  );
  let db: DbDatabaseModule.Db;
  let drop = async () => undefined as unknown;
  if (spec.engine === 'sqlite') {
    const copy = path.join(spec.dir, `run-${process.pid}.db`);
    fs.copyFileSync(spec.template, copy);
    db = openDatabase(`sqlite:${copy}`).db;
  } else {
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    // Kysely's migrator may take another schema's migration tables for this one's while other processes migrate
    // their own schemas; a failed seed is retried in a fresh schema.
    for (let attempt = 1; ; attempt += 1) {
      const schema = `bench_${process.pid}_${Date.now()}`;
      await admin.query(`CREATE SCHEMA ${schema}`);
      const opened = openDatabase(pgUrl ?? '', { searchPath: schema }).db;
      drop = async () => {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      };
      try {
        await seed(opened, spec.enterprises);
        db = opened;
        break;
      } catch (error) {
        await opened.destroy();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        if (attempt >= 5) throw error;
      }
    }
  }
  const bare = spec.format === 'xlsx' ? bareXlsx : bareCsv;
  const run = (on: DbDatabaseModule.Db, file: string, dryRun: boolean, onPhase?: (phase: string, ms: number) => void) =>
    runImport(on, systemContext('cli'), {
      filePath: file,
      fileName: path.basename(file),
      kind: 'returns',
      dryRun,
      ...(onPhase ? { onPhase } : {}),
    });
  // Warm-up, the same for both: each reads files of the same shape first, so that both are measured in the steady
  // state of a server that has imported before, not while the JIT is still compiling a few hundred lines of csv-parse
  // against a few thousand of the import. The import's warm-up is real: the years before the measured one, into the
  // same database through the same connection (BENCH_FRESH: the measured year into a scratch copy); on PostgreSQL
  // into the same schema.
  await bare(spec.warmFile);
  await run(db, spec.warmFile, true);
  for (const earlier of spec.earlierFiles) {
    if (FRESH && spec.engine === 'sqlite') {
      const scratch = path.join(spec.dir, `warm-${process.pid}.db`);
      fs.copyFileSync(spec.template, scratch);
      const warmDb = openDatabase(`sqlite:${scratch}`).db;
      await run(warmDb, spec.file, false);
      await warmDb.destroy();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${scratch}${suffix}`, { force: true });
      await bare(spec.file);
    } else {
      const outcome = await run(db, FRESH ? spec.file : earlier, FRESH);
      if (outcome.status === 'rejected') {
        throw new Error(`bench warm-up refused: ${JSON.stringify(outcome.problems[0])}`);
      }
      await bare(earlier);
    }
  }

  const b = await step(() => bare(spec.file));
  let cubeMs = 0;
  let cubeCpuMs = 0;
  // The cube refresh runs right after the check, on the main thread alone: its CPU time is the process's between.
  let cpuAtCheck = process.cpuUsage();
  const i = await step(async () => {
    const outcome = await run(db, spec.file, false, (phase, ms) => {
      if (phase === 'check') cpuAtCheck = process.cpuUsage();
      if (phase === 'cube') {
        cubeMs += ms;
        const used = process.cpuUsage(cpuAtCheck);
        cubeCpuMs += (used.user + used.system) / 1000;
      }
    });
    if (outcome.status !== 'committed' || outcome.counts.inserted !== spec.rows) {
      throw new Error(`bench import failed: ${JSON.stringify(outcome.problems[0] ?? outcome.counts)}`);
    }
  });
  await db.destroy();
  await drop();
  return {
    bareMs: b.ms,
    bareCpuMs: b.cpuMs,
    importCpuMs: i.cpuMs,
    barePeakMb: b.peakMb,
    importMs: i.ms,
    cubeMs,
    cubeCpuMs,
    importPeakMb: i.peakMb,
    importPeakRssMb: i.peakRssMb,
    lagP99Ms: i.lag.percentile(99) / 1e6,
    lagMaxMs: i.lag.max / 1e6,
  };
}

if (process.argv[2] === '--child') {
  const spec = JSON.parse(process.argv[3] ?? '{}') as ChildSpec;
  const result = await child(spec);
  process.send?.(result);
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------------------------
// The parent: files, seeded databases, children, figures.

function inChild(spec: ChildSpec): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const c = fork(import.meta.filename, ['--child', JSON.stringify(spec)], { stdio: 'inherit' });
    let result: ChildResult | undefined;
    c.on('message', (m) => (result = m as ChildResult));
    c.on('error', reject);
    c.on('exit', (code) => (result ? resolve(result) : reject(new Error(`bench child exited ${code}`))));
  });
}

/** The same measurement in `times` fresh processes, one after another. */
async function inChildren(times: number, spec: ChildSpec): Promise<ChildResult[]> {
  const results: ChildResult[] = [];
  for (let r = 0; r < times; r += 1) results.push(await inChild(spec));
  return results;
}

/**
 * A returns file of `rows` rows: rows / 12 enterprises × the twelve months of the year; with `enterprises`, that many
 * × the first months of the year (rows / enterprises of them); with `onlyMonth`, `rows` enterprises × that month (a
 * month's file, as a county office sends every month).
 */
async function writeReturns(
  rows: number,
  dir: string,
  { year = YEAR, onlyMonth, enterprises }: { year?: number; onlyMonth?: number; enterprises?: number } = {},
) {
  const returns: ImportRowInput<'returns'>[] = [];
  const register = onlyMonth ? rows : (enterprises ?? enterprisesFor(rows));
  const lastMonth = onlyMonth ?? Math.min(12, Math.ceil(rows / register));
  for (const uscc of usccsFor(register)) {
    for (let month = onlyMonth ?? 1; month <= lastMonth && returns.length < rows; month += 1) {
      const v = 1_000_000 * month;
      returns.push({
        uscc,
        period: `${year}-${String(month).padStart(2, '0')}`,
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
  const { writeImportFile } = await fromBuild<typeof ModulesStatisticsImportTemplatesModule>(
    'modules/statistics/import/templates',
  );
  const name = `returns-${rows}-${register}-${year}${onlyMonth ? `-${onlyMonth}` : ''}`;
  const files = { xlsx: path.join(dir, `${name}.xlsx`), csv: path.join(dir, `${name}.csv`) };
  if (FORMATS.includes('xlsx')) await writeImportFile('returns', returns, files.xlsx, { format: 'xlsx' });
  await writeImportFile('returns', returns, files.csv, { format: 'csv', encoding: 'utf-8' });
  return files;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const fig = (xs: number[], digits = 0, unit = '') => {
  const lo = Math.min(...xs).toFixed(digits);
  const hi = Math.max(...xs).toFixed(digits);
  return `${median(xs).toFixed(digits)}${unit}${xs.length > 1 ? ` (${lo}–${hi})` : ''}`;
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-bench-import-'));
try {
  const warm = await writeReturns(120, dir);
  const peaks: Record<string, Record<number, number[]>> = { xlsx: {}, csv: {} };
  console.log(
    `import = whole runImport of a ${YEAR} returns file on SQLite, ` +
      (FRESH
        ? `the first import on a fresh connection into a database without returns (worker warm: ${WARM_ROUNDS} warm-up round${WARM_ROUNDS > 1 ? 's' : ''} into a scratch copy)`
        : `after ${WARM_ROUNDS} earlier year${WARM_ROUNDS > 1 ? 's' : ''} imported through the same connection`) +
      `; median (range) of ${REPEAT} runs, each in a fresh process`,
  );
  for (const rows of SIZES) {
    const files = await writeReturns(rows, dir);
    // The years before the measured one, oldest first (BENCH_FRESH: the warm-up imports the measured file instead).
    const earlier = [];
    for (let round = WARM_ROUNDS; round >= 1; round -= 1) {
      earlier.push(FRESH ? files : await writeReturns(rows, dir, { year: YEAR - round }));
    }
    const template = await seededTemplate(path.join(dir, `template-${rows}.db`), enterprisesFor(rows));
    const size = (f: string) => `${(fs.statSync(f).size / 2 ** 20).toFixed(1)} MB`;
    const sizes = FORMATS.map((format) => `${format} ${size(files[format])}`);
    console.log(`\n${rows.toLocaleString('en')} returns rows (${sizes.join(', ')})`);
    const engines: Engine[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];
    for (const engine of engines) {
      for (const format of FORMATS) {
        const measure = (earlierFiles: string[]) =>
          inChildren(engine === 'sqlite' ? REPEAT : 1, {
            rows,
            enterprises: enterprisesFor(rows),
            format,
            engine,
            file: files[format],
            earlierFiles,
            warmFile: warm[format],
            template,
            dir,
          });
        const results = await measure(earlier.map((e) => e[format]));
        const goal = format === 'xlsx' ? 1.5 : 2;
        const ratio = results.map((x) => x.importMs / x.bareMs);
        const ratioOwn = results.map((x) => (x.importMs - x.cubeMs) / x.bareMs);
        const cpu = results.map((x) => x.importCpuMs / x.bareCpuMs);
        const cpuOwn = results.map((x) => (x.importCpuMs - x.cubeCpuMs) / x.bareCpuMs);
        // The goal is judged on the whole import, the cube's refresh included: it is part of what a person waits for.
        const met = median(ratio) <= goal ? 'met' : 'NOT met';
        if (engine === 'sqlite') (peaks[format] ?? {})[rows] = results.map((x) => x.importPeakMb);
        console.log(
          `  ${engine} ${format}: bare ${fig(results.map((x) => x.bareMs))} ms · import ${fig(results.map((x) => x.importMs))} ms` +
            ` (of which the cube refresh ${fig(results.map((x) => x.cubeMs))} ms)\n` +
            `      ratio to bare: ${fig(ratio, 2, '×')} whole (goal ≤ ${goal}×: ${met}),` +
            ` ${fig(ratioOwn, 2, '×')} without the cube refresh` +
            `\n      CPU time (all threads) to bare: ${fig(cpuOwn, 2, '×')} without the cube refresh,` +
            ` ${fig(cpu, 2, '×')} whole\n` +
            `      peak memory above the start: bare +${fig(results.map((x) => x.barePeakMb))} MB,` +
            ` import +${fig(results.map((x) => x.importPeakMb))} MB (peak RSS ${fig(results.map((x) => x.importPeakRssMb))} MB);` +
            ` main-thread lag during the import p99 ${fig(results.map((x) => x.lagP99Ms))} ms, max ${fig(results.map((x) => x.lagMaxMs))} ms`,
        );
        // Early in a process's life, while V8 still compiles (see WARM_ROUNDS): shown at the smallest size, not judged.
        if (engine === 'sqlite' && !FRESH && rows === SIZES[0] && WARM_ROUNDS > EARLY_ROUNDS) {
          const early = await measure(earlier.slice(-EARLY_ROUNDS).map((e) => e[format]));
          console.log(
            `      early in a process's life (after ${EARLY_ROUNDS} earlier imports, not judged): bare ${fig(early.map((x) => x.bareMs))} ms` +
              ` · import ${fig(early.map((x) => x.importMs))} ms · ratio ${fig(
                early.map((x) => x.importMs / x.bareMs),
                2,
                '×',
              )}`,
          );
        }
      }
    }
  }
  // A month's file, the import a county office makes every month: MONTH_ROWS enterprises' returns of 2014-05 into a
  // database holding their 2014-01 to 2014-04 (the year-to-date rule against stored months) and 2013-05 (the cube's
  // comparable base), imported through the same connection first. Printed beside the goals, not judged by them.
  if (MONTH_ROWS > 0 && !FRESH) {
    const template = await seededTemplate(path.join(dir, `template-month-${MONTH_ROWS}.db`), MONTH_ROWS);
    const earlier = [await writeReturns(MONTH_ROWS, dir, { year: YEAR - 1, onlyMonth: 5 })];
    for (let month = 1; month <= 4; month += 1) earlier.push(await writeReturns(MONTH_ROWS, dir, { onlyMonth: month }));
    const file = await writeReturns(MONTH_ROWS, dir, { onlyMonth: 5 });
    const results = await inChildren(REPEAT, {
      rows: MONTH_ROWS,
      enterprises: MONTH_ROWS,
      format: 'csv',
      engine: 'sqlite',
      file: file.csv,
      earlierFiles: earlier.map((e) => e.csv),
      warmFile: warm.csv,
      template,
      dir,
    });
    console.log(
      `\nA month's file: ${MONTH_ROWS.toLocaleString('en')} enterprises' returns of ${YEAR}-05 (csv), four months and last year's stored` +
        `\n  sqlite csv: bare ${fig(results.map((x) => x.bareMs))} ms · import ${fig(results.map((x) => x.importMs))} ms` +
        ` (of which the cube refresh ${fig(results.map((x) => x.cubeMs))} ms)` +
        `\n      ratio to bare: ${fig(
          results.map((x) => x.importMs / x.bareMs),
          2,
          '×',
        )} (not judged: the goals are on the files above); peak memory above the start +${fig(results.map((x) => x.importPeakMb))} MB`,
    );
  }

  // Memory against file size alone: the same register, files of more and more months of it. (In the series above the
  // register grows with the file, one enterprise per twelve rows, and with it the tables an import keeps per
  // enterprise.) CSV: the fastest reader, so the most rows a second for the collectors to keep up with.
  const memoryPeaks: number[][] = [];
  if (MEMORY_REGISTER > 0 && !FRESH) {
    const template = await seededTemplate(path.join(dir, `template-register-${MEMORY_REGISTER}.db`), MEMORY_REGISTER);
    console.log(
      `\nMemory against file size: a register of ${MEMORY_REGISTER.toLocaleString('en')} enterprises, files of the first months` +
        ` of ${YEAR} (csv), the same months of ${YEAR - 1} imported first`,
    );
    for (const rows of MEMORY_ROWS) {
      const shape = { enterprises: MEMORY_REGISTER };
      const file = await writeReturns(rows, dir, shape);
      const earlier = await writeReturns(rows, dir, { ...shape, year: YEAR - 1 });
      const results = await inChildren(REPEAT, {
        rows,
        enterprises: MEMORY_REGISTER,
        format: 'csv',
        engine: 'sqlite',
        file: file.csv,
        earlierFiles: [earlier.csv],
        warmFile: warm.csv,
        template,
        dir,
      });
      memoryPeaks.push(results.map((x) => x.importPeakMb));
      console.log(
        `  ${rows.toLocaleString('en')} rows (${Math.ceil(rows / MEMORY_REGISTER)} months): import ${fig(results.map((x) => x.importMs))} ms,` +
          ` ratio to bare ${fig(
            results.map((x) => x.importMs / x.bareMs),
            2,
            '×',
          )}; peak memory above the start +${fig(results.map((x) => x.importPeakMb))} MB` +
          ` (peak RSS ${fig(results.map((x) => x.importPeakRssMb))} MB)`,
      );
    }
  }

  console.log('');
  if (memoryPeaks.length > 1) {
    const first = median(memoryPeaks[0] ?? [0]);
    const last = median(memoryPeaks[memoryPeaks.length - 1] ?? [0]);
    const grows = last - first > MEMORY_SLACK_MB;
    console.log(
      `  csv import peak memory, register fixed: +${first.toFixed(0)} MB at ${MEMORY_ROWS[0]?.toLocaleString('en')} rows,` +
        ` +${last.toFixed(0)} MB at ${MEMORY_ROWS[MEMORY_ROWS.length - 1]?.toLocaleString('en')}` +
        ` (goal: not growing with file size, within ${MEMORY_SLACK_MB} MB: ${grows ? 'NOT met' : 'met'})`,
    );
  }
  for (const format of FORMATS) {
    const peak = SIZES.map(
      (rows) => `+${median(peaks[format]?.[rows] ?? [0]).toFixed(0)} MB at ${rows.toLocaleString('en')}`,
    );
    console.log(
      `  ${format} import peak memory above the start, register growing with the file: ${peak.join(', ')} rows`,
    );
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

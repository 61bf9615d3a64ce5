import fs from 'node:fs';
import path from 'node:path';
import closeWithGrace from 'close-with-grace';
import { Command, InvalidArgumentError } from 'commander';
import { buildApp } from './app.js';
import { projectRoot, readConfig } from './config.js';
import { openDatabase, openReadDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { describeDemo, generateDemo, type DemoOptions } from './modules/demo/demo.js';
import { createDemoUsers, DEMO_PASSWORD, seedDemo } from './modules/demo/demo-seed.js';
import type { PlanFile } from './modules/plan/plan-file.schema.js';
import type { Db } from './db/database.js';
import { formatProblem, loadPlanFileOrThrow, PlanFileError, readPlanFile } from './modules/plan/plan-file.js';
import { loadPlan } from './modules/plan/plan.service.js';
import { openPlatform } from './platform.js';
import { importKinds, isImportKind } from './modules/statistics/import/columns.js';
import { formatProblemEn, formatProblemZh } from './modules/statistics/import/problems.js';
import { runImport, type ImportOutcome } from './modules/statistics/import.service.js';
import { AppError } from './http/errors.js';
import { roles, systemContext, type Role } from './modules/auth/actor.js';
import { createUser, ensureFirstAdmin } from './modules/auth/auth.service.js';
import { evaluateAssessment } from './modules/assessment/assessment.service.js';
import { formatAssessment } from './modules/assessment/assessment-format.js';
import { shiftedClock } from './modules/assessment/test-clock.js';
import { registerIndicatorCommands } from './modules/indicators/indicators.cli.js';
import { registerBulletinCommands } from './modules/bulletins/bulletins.cli.js';
import { importProjectProgressCli, PROJECT_PROGRESS_KIND } from './modules/projects/projects.cli.js';

const integer = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`${name} must be a whole number`);
  return n;
};

export function buildCli(): Command {
  const program = new Command('beizeng')
    .description('倍增 — run a strategic emerging industries doubling plan')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('serve')
    .description('serve the platform (what `npm start` runs)')
    .option('--port <n>', 'port to listen on (PORT overrides the default 3000)', integer('--port'))
    .option('--demo-if-empty', 'fill the demo data set when the register is empty (what `npm start` does)')
    .action(async (options: { port?: number; demoIfEmpty?: boolean }) => {
      const config = readConfig();
      const platform = await openPlatform(config);
      // The office's own account first, so an empty platform always has one, demo data or not.
      const firstAdmin = await ensureFirstAdmin(platform.db, systemContext('serve'));
      const demo = options.demoIfEmpty
        ? await fillDemo(platform.db, platform.planContent, DEMO_DEFAULTS, (line) => console.log(line))
        : undefined;
      const readDb = openReadDatabase(config.databaseUrl);
      const app = await buildApp({
        db: platform.db,
        readDb,
        dialect: platform.dialect,
        webDist: config.webDist,
        auth: config.auth,
        logger: { level: config.logLevel },
        assessmentClock: config.testClockFile ? shiftedClock(config.testClockFile) : undefined,
      });
      closeWithGrace({ delay: 10_000 }, async ({ err }) => {
        if (err) app.log.error({ err }, 'closing after an error');
        await app.close();
        await readDb?.destroy();
        await platform.db.destroy();
      });
      const port = options.port ?? config.port;
      await app.listen({ port, host: config.host });
      const shown = `http://localhost:${port}`;
      process.stdout.write(
        [
          '',
          `  倍增 Beizeng is serving ${shown}`,
          `  database: ${platform.description} · plan: ${platform.plan.planId} v${platform.plan.version} (${platform.plan.status})`,
          `  API description: ${shown}/api/docs`,
          ...(demo
            ? [
                '',
                `  演示数据 DEMO DATA: ${demo.enterprises} synthetic enterprises, ${demo.from}–${demo.to} (clearly marked 演示).`,
                `  Demo logins (password ${DEMO_PASSWORD}): ${demo.logins.map((l) => l.login).join(', ')}`,
              ]
            : []),
          ...(firstAdmin
            ? [
                '',
                '  First start: an administrator account was created. Its password is shown this once —',
                `  login: ${firstAdmin.login}   password: ${firstAdmin.password}`,
                '  (change it after logging in; `npx beizeng user add` creates more accounts)',
              ]
            : []),
          '',
        ].join('\n'),
      );
    });

  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => {
      const config = readConfig();
      const { db, description } = openDatabase(config.databaseUrl);
      try {
        const ran = await migrateToLatest(db);
        console.log(ran.length ? `${description}: applied ${ran.join(', ')}` : `${description}: schema is up to date`);
      } finally {
        await db.destroy();
      }
    });

  const plan = program.command('plan').description('the plan file');
  plan
    .command('check <file>')
    .description('validate a plan file; errors name the path inside it')
    .action((file: string) => {
      const result = readPlanFile(file);
      if (!result.ok) {
        console.error(`${file}: ${result.problems.length} problem(s)`);
        for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
        process.exitCode = 1;
        return;
      }
      const p = result.plan;
      console.log(
        `${file}: OK — ${p.id}: ${p.industries.length} industries, ${p.city.counties.length} counties, ` +
          `${p.clusters.length} clusters, ${p.targets.length} targets, ${p.catalogue.entries.length} catalogue entries`,
      );
    });
  plan
    .command('load <file>')
    .description('load a plan file into the database (idempotent; a changed file becomes a new version)')
    .action(async (file: string) => {
      const config = readConfig();
      const { plan: content } = loadPlanFileOrThrow(file);
      const { db, description } = openDatabase(config.databaseUrl);
      try {
        await migrateToLatest(db);
        const result = await loadPlan(db, content, file);
        const verb = { created: 'loaded as', updated: 'updated to', unchanged: 'unchanged at' }[result.status];
        console.log(`${description}: plan ${result.planId} ${verb} version ${result.version}`);
      } finally {
        await db.destroy();
      }
    });

  program
    .command('import <file>')
    .description('import a file (.xlsx, .csv, .json); exit 0 when imported, 1 with row errors and nothing written')
    .requiredOption('--kind <kind>', `one of ${[...importKinds, PROJECT_PROGRESS_KIND].join(', ')}`)
    .option('--dry-run', 'report what would be inserted, changed and left alone; write nothing')
    .option('--format <format>', 'text or json', 'text')
    .action(async (file: string, options: { kind: string; dryRun?: boolean; format: string }) => {
      if (options.kind === PROJECT_PROGRESS_KIND) return importProjectProgressCli(file, options);
      if (!isImportKind(options.kind)) {
        throw new Error(`--kind must be one of ${[...importKinds, PROJECT_PROGRESS_KIND].join(', ')}`);
      }
      if (options.format !== 'text' && options.format !== 'json') throw new Error('--format must be text or json');
      if (!fs.existsSync(file)) throw new Error(`no file ${file}`);
      const platform = await openPlatform(readConfig());
      try {
        const outcome = await runImport(platform.db, systemContext('cli'), {
          filePath: path.resolve(file),
          fileName: path.basename(file),
          kind: options.kind,
          dryRun: options.dryRun === true,
        });
        if (options.format === 'json') console.log(JSON.stringify(outcome, null, 2));
        else console.log(describeOutcome(outcome));
        if (outcome.problemCount > 0) process.exitCode = 1;
      } finally {
        await platform.db.destroy();
      }
    });

  const user = program.command('user').description('accounts');
  user
    .command('add')
    .description('create a user; the password is read from standard input')
    .requiredOption('--login <login>', 'login name')
    .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
    .option('--region <code>', 'the county of a county officer (GB/T 2260)')
    .option('--enterprise <uscc>', 'the enterprise of an enterprise user (统一社会信用代码)')
    .option('--name <name>', 'display name (default: the login)')
    .action(async (options: { login: string; role: string; region?: string; enterprise?: string; name?: string }) => {
      if (!(roles as readonly string[]).includes(options.role)) {
        throw new Error(`--role must be one of ${roles.join(', ')}`);
      }
      const password = (await readStdin()).replace(/\r?\n$/, '');
      if (!password) {
        throw new InvalidArgumentError('give the password on standard input, e.g. `echo … | npx beizeng user add …`');
      }
      const platform = await openPlatform(readConfig());
      try {
        const created = await createUser(platform.db, systemContext('cli'), {
          login: options.login,
          displayName: options.name ?? options.login,
          password,
          roles: [
            {
              role: options.role as Role,
              regionCode: options.region ?? null,
              enterpriseUscc: options.enterprise ?? null,
            },
          ],
        });
        console.log(
          `created user ${created.login} (id ${created.id}) with role ${options.role}${options.region ? ` for ${options.region}` : ''}`,
        );
      } finally {
        await platform.db.destroy();
      }
    });

  program
    .command('demo')
    .description('synthetic, reproducible demo data (seeded), imported through the import path into an empty register')
    .option('--enterprises <n>', 'number of enterprises', integer('--enterprises'), 1200)
    .option('--from <year>', 'first year', integer('--from'), 2010)
    .option('--to <year>', 'last year (default: the last full year)', integer('--to'), new Date().getFullYear() - 1)
    .option('--seed <s>', 'random seed', integer('--seed'), 2011)
    .option('--summary-only', 'print the calibration summary without writing anything')
    .action(async (options: DemoOptions & { summaryOnly?: boolean }) => {
      const config = readConfig();
      if (options.summaryOnly) {
        console.log(describeDemo(generateDemo(loadPlanFileOrThrow(config.planFile).plan, options)));
        return;
      }
      const platform = await openPlatform(config);
      try {
        const seeded = await fillDemo(platform.db, platform.planContent, options, console.log);
        if (!seeded) {
          throw new Error('the register already holds enterprises: demo data goes only into an empty database');
        }
      } finally {
        await platform.db.destroy();
      }
    });

  registerIndicatorCommands(program);
  registerBulletinCommands(program);

  program
    .command('assess')
    .description('score and rank the counties for a year (county assessment); prints, stores and publishes nothing')
    .requiredOption('--year <year>', 'the year assessed', integer('--year'))
    .option(
      '--scheme-version <n>',
      'assessment scheme version (default: the newest loaded)',
      integer('--scheme-version'),
    )
    .option('--format <format>', 'table or json', 'table')
    .action(async (options: { year: number; schemeVersion?: number; format: string }) => {
      if (options.format !== 'table' && options.format !== 'json') throw new Error('--format must be table or json');
      const platform = await openPlatform(readConfig());
      try {
        const evaluation = await evaluateAssessment(platform.db, options);
        console.log(options.format === 'json' ? JSON.stringify(evaluation, null, 2) : formatAssessment(evaluation));
      } finally {
        await platform.db.destroy();
      }
    });

  return program;
}

function describeOutcome(o: ImportOutcome): string {
  const where = [o.source.sheet && `工作表 ${o.source.sheet}`, o.source.encoding && `编码 ${o.source.encoding}`]
    .filter(Boolean)
    .join('，');
  const head = `${o.fileName}${where ? `（${where}）` : ''}: ${o.dataRows} 行 rows`;
  if (o.problemCount > 0) {
    const lines = o.problems.map((p) => `  ${formatProblemZh(p)}    | ${formatProblemEn(p)}`);
    const more = o.truncated ? [`  … 共 ${o.problemCount} 个问题 / ${o.problemCount} problems in all`] : [];
    return [
      `${head} — 未导入，文件有 ${o.problemCount} 个问题 / NOT imported: ${o.problemCount} problem(s), nothing written`,
      ...lines,
      ...more,
    ].join('\n');
  }
  const verb =
    o.status === 'dry_run'
      ? '试运行，未写入 / dry run, nothing written'
      : `已导入，批次 ${o.batchId} / imported as batch ${o.batchId}`;
  return `${head} — ${verb}: 新增 inserted ${o.counts.inserted}, 修改 changed ${o.counts.changed}, 未变 unchanged ${o.counts.unchanged}`;
}

const DEMO_DEFAULTS: DemoOptions = { enterprises: 1200, from: 2010, to: new Date().getFullYear() - 1, seed: 2011 };

/** Fills the demo data set and demo logins when the register is empty; undefined when it is not. */
async function fillDemo(db: Db, plan: PlanFile, options: DemoOptions, log: (line: string) => void) {
  const any = await db.selectFrom('enterprise').select('id').limit(1).executeTakeFirst();
  if (any) return undefined;
  log(
    `演示数据 demo data: generating ${options.enterprises} enterprises, ${options.from}–${options.to}, seed ${options.seed} …`,
  );
  const seeded = await seedDemo(db, plan, options, path.join(projectRoot, 'data/demo'), log);
  const logins = await createDemoUsers(db, plan, seeded.data);
  log(describeDemo(seeded.data));
  log(`Demo logins (password ${DEMO_PASSWORD}): ${logins.map((l) => `${l.login} (${l.role})`).join(', ')}`);
  return { enterprises: seeded.data.enterprises.length, from: options.from, to: options.to, logins };
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function runCli(argv: string[]): Promise<void> {
  try {
    await buildCli().parseAsync(argv);
  } catch (error) {
    if (error instanceof Error && 'exitCode' in error && typeof error.exitCode === 'number') {
      // commander has already printed help or the usage error.
      process.exitCode = error.exitCode;
      return;
    }
    if (error instanceof PlanFileError) {
      console.error(error.message);
    } else if (error instanceof AppError) {
      console.error(`beizeng: ${error.message}`);
    } else {
      console.error(`beizeng: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = 1;
  }
}

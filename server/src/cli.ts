import closeWithGrace from 'close-with-grace';
import { Command, InvalidArgumentError } from 'commander';
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { describeDemo, generateDemo } from './modules/demo/demo.js';
import { formatProblem, loadPlanFileOrThrow, PlanFileError, readPlanFile } from './modules/plan/plan-file.js';
import { loadPlan } from './modules/plan/plan.service.js';
import { openPlatform } from './platform.js';

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
    .action(async (options: { port?: number }) => {
      const config = readConfig();
      const platform = await openPlatform(config);
      const app = await buildApp({
        db: platform.db,
        dialect: platform.dialect,
        webDist: config.webDist,
        logger: { level: config.logLevel },
      });
      closeWithGrace({ delay: 10_000 }, async ({ err }) => {
        if (err) app.log.error({ err }, 'closing after an error');
        await app.close();
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
          '  Demo data and demo logins arrive with the statistics (#4) and accounts (#3) modules.',
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
    .command('demo')
    .description('synthetic, reproducible demo data (seeded)')
    .option('--enterprises <n>', 'number of enterprises', integer('--enterprises'), 1200)
    .option('--from <year>', 'first year', integer('--from'), 2010)
    .option('--to <year>', 'last year (default: the last full year)', integer('--to'), new Date().getFullYear() - 1)
    .option('--seed <s>', 'random seed', integer('--seed'), 2011)
    .action((options: { enterprises: number; from: number; to: number; seed: number }) => {
      const config = readConfig();
      const { plan: content } = loadPlanFileOrThrow(config.planFile);
      const demo = generateDemo(content, options);
      console.log(describeDemo(demo));
      console.log(
        '\nThe demo tables (enterprises, returns, region totals) arrive with the statistics module (issue #4);',
      );
      console.log('until then `demo` generates and summarises the data set without storing it.');
    });

  return program;
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
    } else {
      console.error(`beizeng: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = 1;
  }
}

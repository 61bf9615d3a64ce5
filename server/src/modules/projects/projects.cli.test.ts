import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jiaxingPlanFile } from '../../../test/app.js';
import { projectRoot } from '../../config.js';
import { openDatabase, type OpenDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { systemContext } from '../auth/actor.js';
import { loadPlanFileOrThrow } from '../plan/plan-file.js';
import { loadPlan } from '../plan/plan.service.js';
import { createProject } from './projects.service.js';

const run = promisify(execFile);
const bin = path.join(projectRoot, 'bin/beizeng.js');

/** Runs `node bin/beizeng.js …` from source against the database; resolves with the exit code and output. */
async function beizeng(args: string[], env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

// The CLI runs on a SQLite file (its own process opens DATABASE_URL); the import itself is tested on both engines
// through HTTP in projects.test.ts.
describe('npx beizeng import --kind project-progress', () => {
  let dir: string;
  let database: OpenDatabase;
  let env: NodeJS.ProcessEnv;
  let projectId: number;
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text, 'utf8');
    return p;
  };
  const stored = () =>
    database.db
      .selectFrom('projectProgress')
      .select(['projectId', 'year', 'month', 'investment', 'source'])
      .orderBy('month')
      .execute();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-cli-projects-'));
    const url = `sqlite:${path.join(dir, 'cli.db')}`;
    env = { ...process.env, DATABASE_URL: url, BEIZENG_FROM_SOURCE: '1' };
    database = openDatabase(url);
    await migrateToLatest(database.db);
    await loadPlan(database.db, loadPlanFileOrThrow(jiaxingPlanFile).plan, jiaxingPlanFile);
    projectId = await createProject(database.db, systemContext('test'), {
      code: 'CLI-001',
      name: '命令行测试项目',
      investorName: '某企业',
      regionCode: '330402',
      industryCode: 'iot',
      totalInvestment: 100_000_000,
      listYear: 2013,
    });
  });
  afterAll(async () => {
    await database.db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    'exits 1 with the row errors and writes nothing; a dry run writes nothing; then imports',
    { timeout: 120_000 },
    async () => {
      const bad = file(
        'bad.csv',
        '项目代码,报告期,本月完成投资(万元),项目阶段\nCLI-001,2013-05,100,开工\nCLI-999,2013-06,5,开工\nCLI-001,2013-07,-1,动工\n',
      );
      const rejected = await beizeng(['import', bad, '--kind', 'project-progress'], env);
      expect(rejected.code, rejected.stderr).toBe(1);
      expect(rejected.stdout).toContain('NOT imported: 3 problem(s), nothing written');
      expect(rejected.stdout).toContain('第 3 行 · 项目代码 · "CLI-999"');
      expect(rejected.stdout).toContain('row 4 · 本月完成投资(万元) · "-1": must not be negative');
      expect(rejected.stdout).toContain('row 4 · 项目阶段 · "动工"');
      expect(await stored()).toEqual([]);

      const good = file(
        'good.csv',
        '项目代码,报告期,本月完成投资(万元)\nCLI-001,2013-05,100\nCLI-001,2013年6月,250.5\n',
      );
      const dry = await beizeng(['import', good, '--kind', 'project-progress', '--dry-run', '--format', 'json'], env);
      expect(dry.code, dry.stderr).toBe(0);
      expect(JSON.parse(dry.stdout)).toMatchObject({ status: 'dry_run', rows: 2, inserted: 2, problems: [] });
      expect(await stored()).toEqual([]);

      const done = await beizeng(['import', good, '--kind', 'project-progress'], env);
      expect(done.code, done.stderr).toBe(0);
      expect(done.stdout).toMatch(/imported as batch \d+: 新增 inserted 2, 修改 changed 0, 未变 unchanged 0/);
      expect(await stored()).toEqual([
        { projectId, year: 2013, month: 5, investment: 1_000_000, source: 'import' },
        { projectId, year: 2013, month: 6, investment: 2_505_000, source: 'import' },
      ]);

      const json = await beizeng(['import', bad, '--kind', 'project-progress', '--format', 'json'], env);
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({ status: 'rejected', batchId: null });

      const unknown = await beizeng(['import', good, '--kind', 'projects'], env);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('project-progress');
    },
  );
});

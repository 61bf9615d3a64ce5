import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { jiaxingPlanFile } from '../test/app.js';
import { projectRoot } from './config.js';

const run = promisify(execFile);
const bin = path.join(projectRoot, 'bin/beizeng.js');

/** Runs `beizeng …` from the sources as a user would; never throws, returns the exit code and output. */
async function beizeng(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, BEIZENG_FROM_SOURCE: '1', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npx beizeng', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-cli-'));
  const sqlite = { DATABASE_URL: `sqlite:${path.join(dir, 'cli.db')}` };

  it('plan check accepts the Jiaxing plan', async () => {
    const result = await beizeng(['plan', 'check', jiaxingPlanFile]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/OK — jiaxing-2011: 6 industries, 7 counties/);
  });

  it('plan check rejects a broken file with exit 1 and errors that name the path', async () => {
    const doc = parseDocument(fs.readFileSync(jiaxingPlanFile, 'utf8'));
    doc.setIn(['targets', 3, 'growth'], 'a lot');
    doc.setIn(['clusters', 2, 'status'], 'rumoured');
    const broken = path.join(dir, 'broken.yaml');
    fs.writeFileSync(broken, doc.toString());
    const result = await beizeng(['plan', 'check', broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/targets\[3\]\.growth \(line \d+\): expected a number, got the text "a lot"/);
    expect(result.stderr).toMatch(/clusters\[2\]\.status \(line \d+\): expected one of "existing", "planned"/);
  });

  it('migrate, then plan load twice: the second load changes nothing', async () => {
    expect((await beizeng(['migrate'], sqlite)).stdout).toMatch(/applied 0001-plan/);
    expect((await beizeng(['migrate'], sqlite)).stdout).toMatch(/schema is up to date/);
    expect((await beizeng(['plan', 'load', jiaxingPlanFile], sqlite)).stdout).toMatch(
      /plan jiaxing-2011 loaded as version 1/,
    );
    expect((await beizeng(['plan', 'load', jiaxingPlanFile], sqlite)).stdout).toMatch(
      /plan jiaxing-2011 unchanged at version 1/,
    );
  });

  it('demo prints a reproducible, calibrated summary', async () => {
    const a = await beizeng(['demo', '--summary-only', '--enterprises', '300', '--to', '2015', '--seed', '5']);
    const b = await beizeng(['demo', '--summary-only', '--enterprises', '300', '--to', '2015', '--seed', '5']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/^2013 +3147\.7 \(pub\)/m);
  });

  it('user add reads the password from standard input and enforces the rules', () => {
    const add = (args: string[], password: string) =>
      spawnSync(process.execPath, [bin, 'user', 'add', ...args], {
        input: `${password}\n`,
        env: { ...process.env, BEIZENG_FROM_SOURCE: '1', ...sqlite },
        encoding: 'utf8',
      });
    const ok = add(['--login', 'haining-officer', '--role', 'county', '--region', '330481'], 'Haining-2012-pw');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/created user haining-officer \(id \d+\) with role county for 330481/);
    const weak = add(['--login', 'weak-one', '--role', 'leader'], 'short');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('password: 密码至少10位');
    const badRole = add(['--login', 'x-role', '--role', 'mayor'], 'Whatever-12345');
    expect(badRole.stderr).toContain('--role must be one of admin, county, enterprise, expert, leader');
  });

  it('refuses a bad option with a clear message', async () => {
    const result = await beizeng(['demo', '--seed', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--seed must be a whole number');
  });
});

describe('npx beizeng import', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-cli-import-'));
  const sqlite = { DATABASE_URL: `sqlite:${path.join(dir, 'import.db')}` };

  it('imports a register, refuses a broken returns file with exit 1 naming row and column, and a dry run writes nothing', async () => {
    // A valid credit code for 330402, built the way the register checks it.
    const { buildUscc } = await import('./modules/enterprises/uscc.js');
    const code = buildUscc('330402', 'MA28A123');
    fs.writeFileSync(
      path.join(dir, 'register.csv'),
      `统一社会信用代码,单位详细名称,行政区划代码,是否规上,战略性新兴产业类别\n${code},嘉兴物联网传感有限公司,330402,是,物联网及相关产业\n`,
    );
    const register = await beizeng(['import', path.join(dir, 'register.csv'), '--kind', 'enterprises'], sqlite);
    expect(register.code).toBe(0);
    expect(register.stdout).toMatch(/已导入，批次 1 .*新增 inserted 1/);

    fs.writeFileSync(path.join(dir, 'bad.csv'), `统一社会信用代码,报告期,工业总产值(千元)\n${code},2013-13,100\n`);
    const bad = await beizeng(['import', path.join(dir, 'bad.csv'), '--kind', 'returns'], sqlite);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('NOT imported');
    expect(bad.stdout).toMatch(/第 2 行 · 报告期 · "2013-13"/);

    fs.writeFileSync(path.join(dir, 'ok.csv'), `统一社会信用代码,报告期,工业总产值(千元)\n${code},2013-06,100\n`);
    const dry = await beizeng(
      ['import', path.join(dir, 'ok.csv'), '--kind', 'returns', '--dry-run', '--format', 'json'],
      sqlite,
    );
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      status: 'dry_run',
      counts: { inserted: 1, changed: 0, unchanged: 0 },
    });
    const real = await beizeng(['import', path.join(dir, 'ok.csv'), '--kind', 'returns', '--format', 'json'], sqlite);
    expect(JSON.parse(real.stdout)).toMatchObject({ status: 'committed', counts: { inserted: 1 } });
  });
});

describe('npx beizeng demo', () => {
  it('fills an empty register through the import path, and refuses a register that holds enterprises', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-cli-demo-'));
    const env = { DATABASE_URL: `sqlite:${path.join(dir, 'demo.db')}` };
    const args = ['demo', '--enterprises', '15', '--from', '2015', '--to', '2015', '--seed', '9'];
    const first = await beizeng(args, env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/enterprises\.xlsx: 15 rows imported \(batch 1\)/);
    expect(first.stdout).toMatch(/Demo logins \(password Demo-2011-beizeng\): demo-office \(admin\)/);
    const second = await beizeng(args, env);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain('the register already holds enterprises');
  });
});

describe('bin/beizeng.js', () => {
  // A copy of the launcher in a scratch project whose build and sources only say which of them ran.
  function scratchProject() {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-bin-'));
    fs.mkdirSync(path.join(root, 'bin'));
    fs.copyFileSync(bin, path.join(root, 'bin/beizeng.js'));
    fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'));
    fs.writeFileSync(path.join(root, 'package.json'), '{"type":"module"}');
    fs.mkdirSync(path.join(root, 'server/src'), { recursive: true });
    fs.mkdirSync(path.join(root, 'dist/server'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'server/src/cli.ts'),
      "export async function runCli(): Promise<void> { console.log('source'); }\n",
    );
    fs.writeFileSync(
      path.join(root, 'dist/server/cli.js'),
      "export async function runCli() { console.log('built'); }\n",
    );
    return root;
  }
  const runIn = (root: string) =>
    spawnSync(process.execPath, [path.join(root, 'bin/beizeng.js')], {
      encoding: 'utf8',
      env: { ...process.env, BEIZENG_FROM_SOURCE: '' },
    });

  it('runs the build when it is newer than every source file, and the sources when one is newer', () => {
    const root = scratchProject();
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(root, 'server/src/cli.ts'), past, past);
    expect(runIn(root).stdout.trim()).toBe('built');
    const future = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'server/src/cli.ts'), future, future);
    expect(runIn(root).stdout.trim()).toBe('source');
  });
});

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jiaxingPlanFile } from '../../../test/app.js';
import { grant, makeUser, sessionFor } from '../../../test/factories.js';
import { buildApp } from '../../app.js';
import { projectRoot } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { defaultAuthSettings } from '../auth/auth.settings.js';
import { seedDemo } from '../demo/demo-seed.js';
import { loadPlanFileOrThrow } from '../plan/plan-file.js';
import { loadPlan } from '../plan/plan.service.js';
import type { AssessmentDetail } from './assessment.schema.js';
import type { Evaluation } from './assessment.service.js';

const run = promisify(execFile);
const { plan } = loadPlanFileOrThrow(jiaxingPlanFile);
const YEAR = 2012;

/**
 * `npx beizeng assess --year Y --format json|table`, the real bin (from the sources) against a SQLite file seeded
 * here: it prints what the API computes for the same year, and stores nothing.
 */
describe('the assess CLI prints exactly what the API computes', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-cli-assess-'));
  const url = `sqlite:${path.join(dir, 'cli.db')}`;
  const env = { ...process.env, DATABASE_URL: url, BEIZENG_FROM_SOURCE: '1' };
  const bin = path.join(projectRoot, 'bin/beizeng.js');
  const db = openDatabase(url);

  beforeAll(async () => {
    await migrateToLatest(db.db);
    await loadPlan(db.db, plan, jiaxingPlanFile);
    await seedDemo(db.db, plan, { enterprises: 60, from: 2010, to: YEAR, seed: 3 }, dir);
  }, 120_000);
  afterAll(async () => {
    await db.db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(
    '--format json equals POST /api/v1/assessments of the same year, and writes no run',
    { timeout: 180_000 },
    async () => {
      const { stdout } = await run('node', [bin, 'assess', '--year', String(YEAR), '--format', 'json'], { env });
      const printed = JSON.parse(stdout) as Evaluation;
      // The CLI stores and publishes nothing.
      expect(await db.db.selectFrom('assessmentRun').select('id').execute()).toEqual([]);

      const app = await buildApp({ db: db.db, dialect: db.dialect, auth: defaultAuthSettings });
      try {
        const office = await sessionFor(db.db, (await makeUser(db.db, [grant('admin')])).id);
        const res = await app.inject({
          method: 'POST',
          url: '/api/v1/assessments',
          headers: office.headers,
          payload: { year: YEAR },
        });
        expect(res.statusCode, res.body).toBe(201);
        const api = res.json<AssessmentDetail>();
        // The API's run, less what only a stored run has (id, status, notice, objections, the why in words).
        const computed = {
          planId: api.planId,
          year: api.year,
          schemeVersion: api.schemeVersion,
          criteria: api.criteria,
          ranking: api.ranking.map((r) => ({
            regionCode: r.regionCode,
            name: r.name,
            total: r.total,
            rank: r.rank,
            position: r.position,
            scores: r.scores.map((s) => ({
              criterionCode: s.criterionCode,
              actual: s.actual,
              points: s.points,
              source: s.source,
            })),
          })),
        };
        expect(printed).toEqual(computed);
        // Not a trivial equality: seven counties, scored from data.
        expect(printed.ranking).toHaveLength(7);
        expect(printed.ranking.some((r) => r.total > 0)).toBe(true);
        expect(printed.ranking.flatMap((r) => r.scores).filter((s) => s.actual !== null).length).toBeGreaterThan(20);
      } finally {
        await app.close();
      }
    },
  );

  it('--format table shows each county with its rank, total and points as computed', { timeout: 180_000 }, async () => {
    const [{ stdout: table }, { stdout: json }] = await Promise.all([
      run('node', [bin, 'assess', '--year', String(YEAR), '--format', 'table'], { env }),
      run('node', [bin, 'assess', '--year', String(YEAR), '--format', 'json'], { env }),
    ]);
    const evaluation = JSON.parse(json) as Evaluation;
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toContain(`${YEAR}年县（市、区）战略性新兴产业发展考核`);
    expect(lines[1]).toMatch(/^名次 rank\s+县（市、区） county\s+总分 total/);
    for (const c of evaluation.criteria) expect(lines[1]).toContain(`${c.name.zh}（${c.weight}）`);
    // One line per county, in the ranking's order, with the same rank, total and points.
    const rows = lines.slice(2, 2 + evaluation.ranking.length);
    evaluation.ranking.forEach((r, i) => {
      const cells = rows[i]?.split(/\s{2,}/) ?? [];
      expect(cells.slice(0, 3)).toEqual([String(r.rank), r.name.zh, r.total.toFixed(2)]);
      expect(cells.slice(3)).toEqual(
        r.scores.map((s) => `${s.points.toFixed(2)} (${s.actual === null ? '—' : `${(s.actual * 100).toFixed(2)}%`})`),
      );
    });
    expect(lines.at(-1)).toMatch(/^分数 = 权重/);
  });

  it('refuses an unknown format', { timeout: 60_000 }, async () => {
    await expect(
      run('node', [bin, 'assess', '--year', String(YEAR), '--format', 'csv'], { env }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('--format must be table or json') as unknown,
    });
  });
});

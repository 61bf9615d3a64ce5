import { execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jiaxingPlanFile } from '../../../test/app.js';
import { projectRoot } from '../../config.js';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { seedDemo } from '../demo/demo-seed.js';
import { loadPlanFileOrThrow } from '../plan/plan-file.js';
import { loadPlan } from '../plan/plan.service.js';
import { sentenceText, type BulletinModel } from './bulletin.model.js';
import { generateBulletinModel } from './bulletins.service.js';

const run = promisify(execFile);
const { plan } = loadPlanFileOrThrow(jiaxingPlanFile);
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const YEAR = 2012;

/**
 * `npx beizeng bulletin --period P --format pdf|docx|xlsx --out FILE`, the real bin (from the sources) against a
 * SQLite file seeded here: the three files are written, the headline printed is the model's, the PDF's text holds
 * the headline sentence with its figure, and nothing is stored.
 */
describe('the bulletin CLI writes the files of a period', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-cli-bulletin-'));
  const url = `sqlite:${path.join(dir, 'cli.db')}`;
  const env = { ...process.env, DATABASE_URL: url, BEIZENG_FROM_SOURCE: '1' };
  const bin = path.join(projectRoot, 'bin/beizeng.js');
  const db = openDatabase(url);
  let model: BulletinModel;
  let headline: string;
  const outputs = new Map<string, string>();

  beforeAll(async () => {
    await migrateToLatest(db.db);
    await loadPlan(db.db, plan, jiaxingPlanFile);
    await seedDemo(db.db, plan, { enterprises: 60, from: 2010, to: YEAR, seed: 3 }, dir);
    // The model the platform builds in-process from the same database: what the CLI must write.
    model = await generateBulletinModel(db.db, String(YEAR));
    headline = sentenceText(model.headline);
    // The three formats, one after another (each run loads the sources through tsx).
    for (const format of ['pdf', 'docx', 'xlsx']) {
      const out = path.join(dir, 'out', `bulletin-${YEAR}.${format}`);
      const { stdout } = await run(
        'node',
        [bin, 'bulletin', '--period', String(YEAR), '--format', format, '--out', out],
        { env },
      );
      outputs.set(format, stdout);
    }
  }, 300_000);
  afterAll(async () => {
    await db.db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const file = (format: string) => path.join(dir, 'out', `bulletin-${YEAR}.${format}`);

  it('writes each file, prints the headline and what it wrote, and stores nothing', async () => {
    expect(headline).toMatch(
      new RegExp(`^${YEAR}年，全市战略性新兴产业实现产值\\d+\\.\\d{2}亿元，同比增长-?\\d+\\.\\d%`),
    );
    for (const format of ['pdf', 'docx', 'xlsx']) {
      expect(fs.existsSync(file(format)), format).toBe(true);
      const content = fs.readFileSync(file(format));
      expect(content.subarray(0, format === 'pdf' ? 5 : 2).toString()).toBe(format === 'pdf' ? '%PDF-' : 'PK');
      const [first, second] = (outputs.get(format) ?? '').trimEnd().split('\n');
      expect(first).toBe(headline);
      expect(second).toContain(`${file(format)}: ${model.title}, ${format}, ${content.length} bytes`);
    }
    expect(await db.db.selectFrom('bulletin').select('id').execute()).toEqual([]);
    expect(await db.db.selectFrom('periodLock').select('period').execute()).toEqual([]);
  });

  it('the PDF’s text holds the headline sentence with the city’s output value', async (ctx) => {
    if (!has('pdftotext')) {
      ctx.skip('pdftotext is not installed (Debian package poppler-utils): the PDF text check was skipped');
      return;
    }
    const text = execFileSync('pdftotext', ['-layout', file('pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(headline.replace(/\s+/g, ''));
    const output = model.figures[`330400|sei|output_value|${YEAR}`];
    expect(output?.value).toBeGreaterThan(0);
    expect(text).toContain(`实现产值${((output?.value ?? 0) / 1e8).toFixed(2)}亿元`);
  });

  it('the XLSX carries the headline and a sheet tracing each sentence to its figures', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('xlsx'));
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells.push(String(cell.value));
        }),
      ),
    );
    expect(cells).toContain(headline);
    expect(workbook.worksheets.map((s) => s.name)).toContain('句子与指标');
    expect(cells.join('\n')).toContain(`330400|sei|output_value|${YEAR}`);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildUscc } from '../../enterprises/uscc.js';
import { makeTempDir, testContext } from '../../../../test/fixtures/imports/support.js';
import { readImportFile } from './import-file.js';
import { writeTemplate } from './templates.js';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const ROWS = 10_000;

/** Temp files of exceljs (the `tmp` package) belonging to this process. */
const parkedSheets = () => fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith(`tmp-${process.pid}-`));

/** 10,000 returns rows written with exceljs's streaming writer (shared strings, so the reader parks the sheet). */
async function writeLargeXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('报表');
  sheet.addRow(['统一社会信用代码', '报告期', '工业总产值(千元)', '营业收入(万元)', '从业人员平均人数']).commit();
  const enterprises = Array.from({ length: Math.ceil(ROWS / 12) }, (_, i) =>
    buildUscc('330402', `MC${String(i).padStart(6, '0')}`),
  );
  for (let i = 0; i < ROWS; i += 1) {
    const month = (i % 12) + 1;
    const uscc = enterprises[Math.floor(i / 12)] ?? '';
    // Every fourth figure stored as text, as pasted from another program.
    const output = month * 100.5;
    sheet
      .addRow([uscc, `2013-${String(month).padStart(2, '0')}`, i % 4 === 0 ? String(output) : output, month * 10, 100])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

describe('a large xlsx', () => {
  it('reads 10,000 rows through the streaming reader', async () => {
    const file = path.join(temp.dir, 'large.xlsx');
    await writeLargeXlsx(file);
    expect(parkedSheets()).toEqual([]);
    const progress: number[] = [];
    const result = await readImportFile(file, 'returns', testContext(), {
      onProgress: (p) => progress.push(p.rows),
      progressEvery: 2500,
    });
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ dataRows: ROWS, validRows: ROWS, rowsWithProblems: 0 });
    expect(result.rows).toHaveLength(ROWS);
    expect(result.rows[ROWS - 1]?.rowNumber).toBe(ROWS + 1);
    expect(result.rows[12]?.values).toEqual({ output_value: 100_500, revenue: 100_000, employees: 100 });
    expect(progress).toEqual([2500, 5000, 7500, 10_000, 10_000]);
    // The sheet exceljs parked in a temp file (its shared strings come last in the zip) is removed again; the
    // removal itself is asynchronous.
    await expect.poll(parkedSheets, { timeout: 2000 }).toEqual([]);
  });

  it('reads a two-sheet workbook again and again with the same result, no unheard error and no temp file left', async () => {
    // exceljs parks both sheets of such a file in temp files and may remove the second before the stream that was
    // to read it has opened it; and its zip reading may miss a small part at the end (see openXlsx). Repetition
    // gives either a chance to show.
    const file = path.join(temp.dir, 'template.xlsx');
    await writeTemplate('enterprises', file);
    const unheard: unknown[] = [];
    const listener = (error: unknown) => unheard.push(error);
    process.on('uncaughtException', listener);
    try {
      const outcomes = new Set<string>();
      for (let i = 0; i < 60; i += 1) {
        const result = await readImportFile(file, 'enterprises', testContext());
        outcomes.add(JSON.stringify([result.ok, result.rows, result.problems, result.source]));
      }
      expect(outcomes.size).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unheard).toEqual([]);
      await expect.poll(parkedSheets, { timeout: 2000 }).toEqual([]);
    } finally {
      process.off('uncaughtException', listener);
    }
  });
});

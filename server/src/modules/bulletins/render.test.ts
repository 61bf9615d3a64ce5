import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureModel } from './bulletin.fixture.js';
import { sentenceFigures, sentenceText } from './bulletin.model.js';
import { renderDocx } from './render-docx.js';
import { renderPdf } from './render-pdf.js';
import { renderXlsx } from './render-xlsx.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beizeng-render-'));
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** The document engines on a hand-made model (no database): the headline's numbers survive into every format. */
describe('bulletin documents', () => {
  const model = fixtureModel('2013');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('traces the headline to its figures', () => {
    expect(sentenceText(model.headline)).toBe(
      '2013年，全市战略性新兴产业实现产值1234.56亿元，同比增长12.3%，占规模以上工业总产值的45.6%。',
    );
    expect(sentenceFigures(model.headline)).toEqual([
      '330400|sei|output_value|2013',
      '330400|sei|output_value|2013',
      '330400|sei|output_share|2013',
    ]);
    expect(fixtureModel('2013-06').headline.segments[0]).toEqual({
      kind: 'text',
      text: '1—6月，全市战略性新兴产业实现产值',
    });
  });

  it('writes a PDF with an embedded CJK font whose text pdftotext extracts', async (ctx) => {
    const pdf = await renderPdf(model);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.includes(Buffer.from('/FontFile3'))).toBe(true); // an embedded (CFF) font program
    const file = path.join(dir, 'b.pdf');
    fs.writeFileSync(file, pdf);
    if (!has('pdftotext')) {
      ctx.skip('pdftotext is not installed (Debian package poppler-utils): text extraction not checked');
      return;
    }
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain(
      '2013年，全市战略性新兴产业实现产值1234.56亿元，同比增长12.3%，占规模以上工业总产值的45.6%。',
    );
    expect(text).toContain('联系市领导：（演示）王副市长（副市长）');
    expect(text).toContain('分县（市、区）战略性新兴产业主要指标');
  });

  it('writes a DOCX that LibreOffice converts to PDF without error', async (ctx) => {
    const docx = await renderDocx(model);
    const file = path.join(dir, 'b.docx');
    fs.writeFileSync(file, docx);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const soffice = ['soffice', 'libreoffice'].find(has);
    if (!soffice) {
      ctx.skip('LibreOffice (soffice) is not installed: the DOCX conversion was not checked');
      return;
    }
    execFileSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      timeout: 120_000,
      env: { ...process.env, HOME: dir },
    });
    expect(fs.existsSync(path.join(dir, 'b.pdf'))).toBe(true);
    if (has('pdftotext')) {
      const text = execFileSync('pdftotext', [path.join(dir, 'b.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain('实现产值1234.56亿元');
    }
  }, 150_000);

  it('writes an XLSX with the numbers as numbers and the sentence → figure trace', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(model)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '通报',
      '分产业',
      '分县（市、区）',
      '考核结果',
      '句子与指标',
      '指标数据',
    ]);
    expect(wb.getWorksheet('分产业')?.getRow(3).getCell(2).value).toBe(1234.56);
    expect(wb.getWorksheet('句子与指标')?.getRow(2).getCell(3).value).toContain('330400|sei|output_value|2013');
  });
});

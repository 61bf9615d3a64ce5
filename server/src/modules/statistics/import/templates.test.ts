import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CITY,
  JIASHAN,
  makeTempDir,
  NANHU,
  testContext,
  USCC_A,
  USCC_B,
  USCC_C,
} from '../../../../test/fixtures/imports/support.js';
import { importKinds, type ImportKind } from './columns.js';
import { readImportFile } from './import-file.js';
import { openTable } from './readers.js';
import { templateBuffer, writeImportFile, writeTemplate, type ImportRowInput } from './templates.js';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

/** Every row of every sheet, read with the streaming reader. */
async function sheetsOf(file: string): Promise<Map<string, unknown[][]>> {
  const sheets = new Map<string, unknown[][]>();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {});
  for await (const sheet of reader) {
    const rows: unknown[][] = [];
    for await (const row of sheet) rows.push((row.values as unknown[]).slice(1));
    sheets.set((sheet as unknown as { name: string }).name, rows);
  }
  return sheets;
}

describe('templates', () => {
  it('writes Chinese headers with units, an example row that imports cleanly, and a 说明 sheet', async () => {
    const file = path.join(temp.dir, 'returns-template.xlsx');
    await writeTemplate('returns', file);
    const opened = await openTable(file);
    expect(opened.sheet).toBe('企业统计报表');
    expect(opened.otherSheets).toEqual(['说明']);
    expect(opened.headers.map((h) => h.text)).toEqual([
      '统一社会信用代码',
      '报告期',
      '工业总产值(千元)',
      '工业销售产值(千元)',
      '工业增加值(千元)',
      '营业收入(千元)',
      '研究开发费用(千元)',
      '税金总额(千元)',
      '从业人员平均人数(人)',
      '综合能源消费量(吨标准煤)',
      '用地面积(亩)',
    ]);
    opened.close();

    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        uscc: '91330402MA28A0B02U',
        period: '2013-06',
        values: {
          output_value: 123_456_700,
          sales_output: 120_000_000,
          value_added: 30_000_000,
          revenue: 125_000_000,
          rd_expense: 4_500_000,
          taxes: 6_000_000,
          employees: 320,
          energy_tce: 1520.5,
          land_mu: 85.5,
        },
      },
    ]);

    const help = (await sheetsOf(file)).get('说明') ?? [];
    const text = help.map((r) => r.join(' ')).join('\n');
    expect(text).toContain('2013年1-6月');
    expect(text).toContain('2013年二季度');
    expect(text).toContain('output_value');
    expect(text).toContain('(千元)');
  });

  it.each(importKinds)('has a template for %s whose example row imports cleanly', async (kind) => {
    const file = path.join(temp.dir, `${kind}-template.xlsx`);
    fs.writeFileSync(file, await templateBuffer(kind));
    const result = await readImportFile(file, kind, testContext());
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });
});

const enterpriseRows: ImportRowInput<'enterprises'>[] = [
  {
    uscc: USCC_A,
    name: '嘉兴"甲"新材料有限公司，南湖',
    region: NANHU,
    industry_code: '2651',
    above_scale: true,
    sei_industries: [
      { industry: 'new-materials', share: 0.6 },
      { industry: 'bio', share: 0.2 },
    ],
    tags: ['龙头企业', '专精特新'],
  },
  {
    uscc: USCC_B,
    name: '乙公司',
    region: JIASHAN,
    industry_code: null,
    above_scale: false,
    sei_industries: [{ industry: 'iot', share: 1 }],
    tags: [],
  },
];

const returnRows: ImportRowInput<'returns'>[] = [
  { uscc: USCC_A, period: '2013-01', values: { output_value: 1_234_567, value_added: 0.07, employees: 12 } },
  { uscc: USCC_A, period: '2013-02', values: { output_value: 2_234_567.891, energy_tce: 15.5, land_mu: 85.5 } },
  { uscc: USCC_B, period: '2013Q2', values: { revenue: 1e12 + 0.5, rd_expense: 0, taxes: 33 } },
  { uscc: USCC_C, period: '2013', values: { sales_output: 0.1 + 0.2 } },
];

const regionRows: ImportRowInput<'region-stats'>[] = [
  { region: CITY, period: '2013', values: { gdp: 3_147_655_000_000, industrial_output: 6e12 } },
  { region: NANHU, period: '2013Q2', values: { industrial_value_added: 12_345.6789 } },
];

const cases: [ImportKind, ImportRowInput<ImportKind>[]][] = [
  ['enterprises', enterpriseRows],
  ['returns', returnRows],
  ['region-stats', regionRows],
];

describe('rows written in the template shape read back exactly', () => {
  for (const [kind, rows] of cases) {
    for (const [format, encoding] of [
      ['xlsx', undefined],
      ['csv', 'utf-8'],
      ['csv', 'gb18030'],
    ] as const) {
      it(`${kind} as ${format}${encoding ? ` in ${encoding}` : ''}`, async () => {
        const file = path.join(temp.dir, `${kind}-${encoding ?? 'x'}.${format}`);
        const written = await writeImportFile(kind, rows, file, { format, ...(encoding ? { encoding } : {}) });
        expect(written).toBe(rows.length);
        const result = await readImportFile(file, kind, testContext());
        expect(result.problems).toEqual([]);
        expect(result.rows).toEqual(rows.map((row, i) => ({ rowNumber: i + 2, ...row })));
        if (encoding) expect(result.source.encoding).toBe(encoding === 'utf-8' ? 'utf-8-bom' : 'gb18030');
      });
    }
  }

  it('writes GB18030 bytes and headers in the units asked for', async () => {
    const file = path.join(temp.dir, 'units.csv');
    await writeImportFile('returns', returnRows, file, {
      format: 'csv',
      encoding: 'gb18030',
      units: { output_value: '万元', revenue: '亿元' },
    });
    const text = iconv.decode(fs.readFileSync(file), 'gb18030');
    const [header, first] = text.split('\r\n');
    expect(header).toBe(
      '统一社会信用代码,报告期,工业总产值(万元),工业销售产值(千元),工业增加值(千元),营业收入(亿元),研究开发费用(千元),税金总额(千元),从业人员平均人数(人),综合能源消费量(吨标准煤),用地面积(亩)',
    );
    expect(first).toBe(`${USCC_A},2013-01,123.4567,,0.00007,,,,12,,`);
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.rows.map((r) => r.values)).toEqual(returnRows.map((r) => r.values));
  });
});

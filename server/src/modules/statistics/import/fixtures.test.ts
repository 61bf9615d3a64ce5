import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, testContext } from '../../../../test/fixtures/imports/support.js';
import { fixtureEnterprises } from '../../../../test/fixtures/imports/make-fixtures.js';
import { readImportFile } from './import-file.js';

/** Committed files, not made by this project's writer: they keep the readers honest about other programs' output. */

const fixture = (name: string) => path.join(fixturesDir, name);
const [e0, e1, e2, e3] = fixtureEnterprises;

describe('a file saved by LibreOffice Calc', () => {
  it('imports returns-libreoffice.xlsx exactly as the CSV it was made from', async () => {
    const xlsx = await readImportFile(fixture('returns-libreoffice.xlsx'), 'returns', testContext());
    expect(xlsx.problems).toEqual([]);
    expect(xlsx.ok).toBe(true);
    expect(xlsx.source).toMatchObject({ format: 'xlsx', sheet: 'returns-libreoffice-source', headerRow: 1 });
    expect(xlsx.counts).toEqual({ dataRows: 28, validRows: 28, rowsWithProblems: 0 });

    const csv = await readImportFile(fixture('returns-libreoffice-source.csv'), 'returns', testContext());
    expect(csv.ok).toBe(true);
    expect(xlsx.rows).toEqual(csv.rows);
  });

  it('reads its numbers, units, blanks, dashes and period forms', async () => {
    const { rows } = await readImportFile(fixture('returns-libreoffice.xlsx'), 'returns', testContext());
    expect(rows[0]).toEqual({
      rowNumber: 2,
      uscc: e0?.uscc,
      period: '2013-01',
      values: {
        output_value: 1_200_500,
        sales_output: 1_164_480,
        value_added: 276_115,
        revenue: 1_260_525,
        taxes: 48_000,
        employees: 301,
        energy_tce: 12.5,
        land_mu: 85.5,
      },
    });
    // 201303 arrives as a number, 2013年1-4月 as text; May's taxes were "-" (no figure).
    expect(rows.slice(0, 12).map((r) => r.period)).toEqual([
      '2013-01',
      '2013-02',
      '2013-03',
      '2013-04',
      '2013-05',
      '2013-06',
      '2013-07',
      '2013-08',
      '2013-09',
      '2013-10',
      '2013-11',
      '2013-12',
    ]);
    expect(rows[4]?.values.taxes).toBeUndefined();
    // "10,458.315" 万元, written with a thousands separator in the CSV.
    expect(rows[23]).toMatchObject({ uscc: e1?.uscc, period: '2013-12', values: { revenue: 104_583_150 } });
    expect(rows.slice(24).map((r) => [r.uscc, r.period])).toEqual([
      [e2?.uscc, '2013Q1'],
      [e2?.uscc, '2013Q2'],
      [e2?.uscc, '2013Q3'],
      [e2?.uscc, '2013'],
    ]);
  });
});

describe('CSV files as offices send them', () => {
  it('imports a GB18030 register with Chinese headers', async () => {
    const result = await readImportFile(fixture('enterprises-gb18030.csv'), 'enterprises', testContext());
    expect(result.problems).toEqual([]);
    expect(result.source.encoding).toBe('gb18030');
    expect(result.rows.map((r) => [r.uscc, r.name, r.region, r.sei_industries, r.tags])).toEqual([
      [e0?.uscc, e0?.name, '330402', [{ industry: 'new-materials', share: 1 }], ['龙头企业', '高新技术企业']],
      [
        e1?.uscc,
        e1?.name,
        '330411',
        [
          { industry: 'new-energy', share: 0.8 },
          { industry: 'energy-saving', share: 0.2 },
        ],
        ['专精特新'],
      ],
      [e2?.uscc, e2?.name, '330421', [{ industry: 'bio', share: 1 }], []],
      [e3?.uscc, e3?.name, '330481', [{ industry: 'new-materials', share: 0.5 }], []],
    ]);
  });

  it('imports a UTF-8 CSV with a BOM, 万元 turned into yuan', async () => {
    const result = await readImportFile(fixture('returns-utf8-bom.csv'), 'returns', testContext());
    expect(result.problems).toEqual([]);
    expect(result.source.encoding).toBe('utf-8-bom');
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        uscc: e0?.uscc,
        period: '2014-01',
        values: { output_value: 1_505_000, revenue: 1_600_000, employees: 301 },
      },
      {
        rowNumber: 3,
        uscc: e0?.uscc,
        period: '2014-02',
        values: { output_value: 3_012_500, revenue: 3_205_000, employees: 302 },
      },
      {
        rowNumber: 4,
        uscc: e1?.uscc,
        period: '2014-02',
        values: { output_value: 15_000, revenue: 16_000, employees: 350 },
      },
    ]);
  });

  it('imports region totals from JSON in yuan', async () => {
    const result = await readImportFile(fixture('region-stats.json'), 'region-stats', testContext());
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        rowNumber: 1,
        region: '330400',
        period: '2013',
        values: { gdp: 314_765_000_000, industrial_output: 612_345_000_000 },
      },
      { rowNumber: 2, region: '330402', period: '2013Q2', values: { industrial_value_added: 12_345_678_900 } },
      { rowNumber: 3, region: '330400Z01', period: '2013-06', values: { industrial_output: 45_000_000_000.5 } },
    ]);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { buildUscc } from '../../enterprises/uscc.js';
import {
  makeTempDir,
  NANHU,
  testContext,
  USCC_A,
  writeTextFile,
  writeXlsx,
} from '../../../../test/fixtures/imports/support.js';
import { readImportFile } from './import-file.js';
import type { ReturnRow } from './validate.js';

const temp = makeTempDir();
afterAll(() => temp.cleanup());
let fileNo = 0;

async function returnsOf(lines: string[]): Promise<ReturnRow[]> {
  fileNo += 1;
  const result = await readImportFile(writeTextFile(temp.dir, `u-${fileNo}.csv`, lines), 'returns', testContext());
  expect(result.problems).toEqual([]);
  return result.rows;
}

describe('units in headers', () => {
  it('converts a (万元) value 1.5 to exactly 15000 yuan', async () => {
    const [row] = await returnsOf(['统一社会信用代码,报告期,工业总产值(万元)', `${USCC_A},2013-06,1.5`]);
    expect(Object.is(row?.values.output_value, 15000)).toBe(true);
  });

  it('converts as decimals, not as floating-point products', async () => {
    // 0.07 * 1e4 is 700.0000000000001 and 1.1 * 1e8 is 110000000.00000001 in floating point.
    expect(0.07 * 1e4).not.toBe(700);
    const [row] = await returnsOf([
      '统一社会信用代码,报告期,工业总产值(万元),营业收入(亿元),税金总额(千元),研究开发费用(元)',
      `${USCC_A},2013-06,0.07,1.1,0.001,12.34`,
    ]);
    expect(row?.values).toEqual({ output_value: 700, revenue: 110_000_000, taxes: 1, rd_expense: 12.34 });
  });

  it.each([
    ['工业总产值(万元)', 10_000],
    ['工业总产值（万元）', 10_000],
    ['工业总产值 【万元】', 10_000],
    ['工业总产值[万元]', 10_000],
    ['工业总产值万元', 10_000],
    ['工业总产值/万元', 10_000],
    ['工业总产值(单位：万元)', 10_000],
    ['"工业总产值\n(当年价格)\n(千元)"', 1_000],
    ['*工业总产值(元)', 1],
    ['output_value(亿元)', 100_000_000],
    ['Output_Value（千元）', 1_000],
  ])('reads the unit of %j', async (header, factor) => {
    const [row] = await returnsOf([`统一社会信用代码,报告期,${header}`, `${USCC_A},2013-06,1`]);
    expect(row?.values.output_value).toBe(factor);
  });

  it('converts energy, land and head counts to tonnes of standard coal, mu and persons', async () => {
    const [a] = await returnsOf([
      '统一社会信用代码,报告期,综合能源消费量(万吨标准煤),用地面积(公顷),从业人员平均人数(人)',
      `${USCC_A},2013-06,0.5,2,300`,
    ]);
    expect(a?.values).toEqual({ energy_tce: 5000, land_mu: 30, employees: 300 });
    const [b] = await returnsOf([
      '统一社会信用代码,报告期,综合能源消费量,用地面积(平方米)',
      `${USCC_A},2013-06,12.5,1000`,
    ]);
    expect(b?.values).toEqual({ energy_tce: 12.5, land_mu: 1.5 });
  });
});

describe('every period form', () => {
  const forms: [string, string][] = [
    ['2013-06', '2013-06'],
    ['2013-6', '2013-06'],
    ['2013/06', '2013-06'],
    ['2013.06', '2013-06'],
    ['201306', '2013-06'],
    ['2013年6月', '2013-06'],
    ['2013年06月份', '2013-06'],
    ['2013年1-6月', '2013-06'],
    ['2013年1—6月', '2013-06'],
    ['２０１３年６月', '2013-06'],
    ['2013Q2', '2013Q2'],
    ['2013q2', '2013Q2'],
    ['2013年二季度', '2013Q2'],
    ['2013年第2季度', '2013Q2'],
    ['2013', '2013'],
    ['2013年', '2013'],
  ];

  it('reads every text form a CSV may hold', async () => {
    // One enterprise per form, so that equal periods are not duplicates.
    const usccs = forms.map((_, i) => buildUscc(NANHU, `MA${String(i).padStart(6, '0')}`));
    const rows = await returnsOf([
      '统一社会信用代码,报告期,工业总产值(元)',
      ...forms.map(([text], i) => `${usccs[i]},${text},1`),
    ]);
    expect(rows.map((r) => r.period)).toEqual(forms.map(([, canonical]) => canonical));
  });

  it('reads the forms an xlsx may hold: a date, a number, a text, a date serial from a formula', async () => {
    const u = (i: number) => buildUscc(NANHU, `MB${String(i).padStart(6, '0')}`);
    const file = await writeXlsx(
      temp.dir,
      'periods.xlsx',
      [
        ['统一社会信用代码', '报告期', '工业总产值(元)'],
        [u(1), new Date(Date.UTC(2013, 5, 1)), 1],
        [u(2), 201306, 1],
        [u(3), 2013, 1],
        [u(4), '2013年1-6月', 1],
        // A date serial from a formula: the streaming reader does not apply the style to a formula's result.
        [u(5), { formula: 'DATE(2013,6,1)', result: 41426 }, 1],
        [u(6), new Date(Date.UTC(2013, 5, 30)), 1],
      ],
      (sheet) => {
        sheet.getCell('B2').numFmt = 'yyyy"年"m"月"';
        sheet.getCell('B6').numFmt = 'yyyy-mm';
        sheet.getCell('B7').numFmt = 'yyyy-mm-dd';
      },
    );
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.period)).toEqual(['2013-06', '2013-06', '2013', '2013-06', '2013-06', '2013-06']);
  });

  it('refuses a fractional number where Excel dropped a trailing zero (2013.10 → 2013.1)', async () => {
    const file = await writeXlsx(temp.dir, 'period-decimal.xlsx', [
      ['统一社会信用代码', '报告期', '工业总产值(元)'],
      [USCC_A, 2013.1, 1],
    ]);
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 2, column: '报告期', value: '2013.1', code: 'period_ambiguous' }),
    ]);
  });
});

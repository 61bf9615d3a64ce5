import { afterAll, describe, expect, it } from 'vitest';
import {
  JIASHAN,
  makeTempDir,
  NANHU,
  testContext,
  USCC_A,
  USCC_B,
  USCC_C,
  withWrongCheck,
  writeTextFile,
  writeXlsx,
} from '../../../../test/fixtures/imports/support.js';
import type { ImportKind } from './columns.js';
import { readImportFile, type ImportFileResult } from './import-file.js';
import type { ImportProblem, ProblemCode } from './problems.js';
import type { ImportContext, ImportRow } from './validate.js';

/** One test per validation rule: a file that breaks it, and the problem it must get (row, column, value, reason). */

const temp = makeTempDir();
afterAll(() => temp.cleanup());
let fileNo = 0;

function csv(lines: readonly string[]): string {
  fileNo += 1;
  return writeTextFile(temp.dir, `rule-${fileNo}.csv`, lines);
}

async function run(
  kind: ImportKind,
  file: string,
  context: ImportContext = testContext(),
): Promise<ImportFileResult<ImportRow>> {
  return readImportFile(file, kind, context);
}

interface Expected {
  row: number | null;
  column: string | null;
  value: string | null;
  code: ProblemCode;
  zh: string;
  en?: RegExp;
}

/** The file is refused with nothing to write, and holds exactly this problem (among possibly others). */
function expectProblem(result: ImportFileResult<ImportRow>, expected: Expected): ImportProblem {
  expect(result.ok).toBe(false);
  expect(result.rows).toEqual([]);
  const found = result.problems.find(
    (p) => p.code === expected.code && p.row === expected.row && p.column === expected.column,
  );
  expect(found, `no ${expected.code} at row ${expected.row} in ${JSON.stringify(result.problems)}`).toBeDefined();
  const p = found as ImportProblem;
  expect(p.column).toBe(expected.column);
  expect(p.value).toBe(expected.value);
  expect(p.reason.zh).toBe(expected.zh);
  expect(p.reason.en.length).toBeGreaterThan(0);
  if (expected.en) expect(p.reason.en).toMatch(expected.en);
  return p;
}

const RETURNS_HEADER = '统一社会信用代码,报告期,工业总产值(千元),营业收入(万元),从业人员平均人数';
const ENTERPRISE_HEADER = '统一社会信用代码,单位详细名称,行政区划代码,行业代码,是否规上,战略性新兴产业类别,企业标签';

describe('a clean file', () => {
  it('imports with no problem, every figure in yuan', async () => {
    const result = await run('returns', csv([RETURNS_HEADER, `${USCC_A},2013-06,1500,12.5,300`]));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        uscc: USCC_A,
        period: '2013-06',
        values: { output_value: 1_500_000, revenue: 125_000, employees: 300 },
      },
    ]);
  });
});

describe('unified social credit code', () => {
  it('refuses a wrong check character', async () => {
    const bad = withWrongCheck(USCC_A);
    const result = await run('returns', csv([RETURNS_HEADER, `${USCC_B},2013-06,1,1,1`, `${bad},2013-06,1,1,1`]));
    expectProblem(result, {
      row: 3,
      column: '统一社会信用代码',
      value: bad,
      code: 'uscc_check_character',
      zh: '统一社会信用代码校验位错误',
      en: /^check character does not match$/,
    });
  });

  it('refuses a code that is not 18 characters', async () => {
    const result = await run('returns', csv([RETURNS_HEADER, `${USCC_A.slice(0, 17)},2013-06,1,1,1`]));
    expectProblem(result, {
      row: 2,
      column: '统一社会信用代码',
      value: USCC_A.slice(0, 17),
      code: 'uscc_length',
      zh: '统一社会信用代码应为18位（此处 17 位）',
    });
  });

  it('refuses characters outside the code alphabet (I, O, S, V, Z)', async () => {
    const bad = `${USCC_A.slice(0, 10)}O${USCC_A.slice(11)}`;
    const result = await run('returns', csv([RETURNS_HEADER, `${bad},2013-06,1,1,1`]));
    expectProblem(result, {
      row: 2,
      column: '统一社会信用代码',
      value: bad,
      code: 'uscc_alphabet',
      zh: '统一社会信用代码含有不允许的字符（只能是数字和除 I、O、S、V、Z 以外的大写字母）',
    });
  });

  it('refuses a code Excel stored as a number (its last digits are lost)', async () => {
    const file = await writeXlsx(temp.dir, 'uscc-number.xlsx', [
      ['统一社会信用代码', '报告期', '工业总产值(千元)'],
      // The 18 digits as Excel keeps them: a double, 15 significant digits.
      [Number('913304007125960001'), '2013-06', 1],
    ]);
    const result = await run('returns', file);
    expectProblem(result, {
      row: 2,
      column: '统一社会信用代码',
      value: String(Number('913304007125960001')),
      code: 'uscc_stored_as_number',
      zh: '统一社会信用代码被存为数值，可能已丢失末位数字；请将该列设为文本格式后重新填写',
    });
  });
});

describe('regions and enterprise register', () => {
  it('refuses a region code that is not the plan’s', async () => {
    const result = await run('enterprises', csv([ENTERPRISE_HEADER, `${USCC_A},甲公司,330499,2651,是,,`]));
    expectProblem(result, {
      row: 2,
      column: '行政区划代码',
      value: '330499',
      code: 'unknown_region',
      zh: '行政区划代码不在本计划的地区之中',
    });
  });

  it('refuses the city itself as an enterprise’s county', async () => {
    const result = await run('enterprises', csv([ENTERPRISE_HEADER, `${USCC_A},甲公司,330400,2651,是,,`]));
    expectProblem(result, {
      row: 2,
      column: '行政区划代码',
      value: '330400',
      code: 'unknown_region',
      zh: '行政区划代码不在本计划的地区之中',
    });
  });

  it('refuses a region outside the officer’s area', async () => {
    const result = await run(
      'enterprises',
      csv([ENTERPRISE_HEADER, `${USCC_A},甲公司,${JIASHAN},2651,是,,`]),
      testContext({ allowedRegions: new Set([NANHU]) }),
    );
    expectProblem(result, {
      row: 2,
      column: '行政区划代码',
      value: JIASHAN,
      code: 'region_out_of_scope',
      zh: '该地区不在您的管辖范围内',
    });
  });

  it('refuses an industry that is not the plan’s', async () => {
    const result = await run('enterprises', csv([ENTERPRISE_HEADER, `${USCC_A},甲公司,${NANHU},2651,是,新材料;航天,`]));
    expectProblem(result, {
      row: 2,
      column: '战略性新兴产业类别',
      value: '新材料;航天',
      code: 'unknown_industry',
      zh: '「航天」不是本计划的战略性新兴产业（写代码或中文名）',
    });
  });

  it('refuses a share outside (0, 1]', async () => {
    const result = await run(
      'enterprises',
      csv([ENTERPRISE_HEADER, `${USCC_A},甲公司,${NANHU},2651,是,new-materials:1.5,`]),
    );
    expectProblem(result, {
      row: 2,
      column: '战略性新兴产业类别',
      value: 'new-materials:1.5',
      code: 'share_range',
      zh: '产业「new-materials」的归属比例须大于0且不超过1',
    });
  });

  it('refuses shares that add up to more than 1', async () => {
    const result = await run(
      'enterprises',
      csv([ENTERPRISE_HEADER, `${USCC_A},甲公司,${NANHU},2651,是,new-materials:0.7;生物:30%;iot:0.1,`]),
    );
    expectProblem(result, {
      row: 2,
      column: '战略性新兴产业类别',
      value: 'new-materials:0.7;生物:30%;iot:0.1',
      code: 'share_sum',
      zh: '各产业归属比例之和为 1.1，超过1（不写比例即为1，多个产业须各写比例）',
    });
  });

  it('refuses the same industry twice', async () => {
    const result = await run(
      'enterprises',
      csv([ENTERPRISE_HEADER, `${USCC_A},甲公司,${NANHU},2651,是,bio:0.2;生物:0.3,`]),
    );
    expectProblem(result, {
      row: 2,
      column: '战略性新兴产业类别',
      value: 'bio:0.2;生物:0.3',
      code: 'industry_repeated',
      zh: '产业「生物」重复',
    });
  });

  it('refuses an unknown tag', async () => {
    const result = await run(
      'enterprises',
      csv([ENTERPRISE_HEADER, `${USCC_A},甲公司,${NANHU},2651,是,,龙头企业;小巨人`]),
    );
    expectProblem(result, {
      row: 2,
      column: '企业标签',
      value: '龙头企业;小巨人',
      code: 'unknown_tag',
      zh: '未知的企业标签「小巨人」；可用：龙头企业、专精特新、高新技术企业',
    });
  });

  it('refuses a yes/no that is neither', async () => {
    const result = await run('enterprises', csv([ENTERPRISE_HEADER, `${USCC_A},甲公司,${NANHU},2651,规上,,`]));
    expectProblem(result, {
      row: 2,
      column: '是否规上',
      value: '规上',
      code: 'boolean',
      zh: '应为 是 或 否（也可写 1/0、true/false）',
    });
  });

  it('refuses an industry code that is not GB/T 4754', async () => {
    const result = await run('enterprises', csv([ENTERPRISE_HEADER, `${USCC_A},甲公司,${NANHU},26-51,是,,`]));
    expectProblem(result, {
      row: 2,
      column: '行业代码',
      value: '26-51',
      code: 'industry_code_format',
      zh: '不是国民经济行业代码（GB/T 4754），应如 2651 或 C2651',
    });
  });

  it('refuses an industry code stored as a number that may have lost its leading zero', async () => {
    const file = await writeXlsx(temp.dir, 'industry-number.xlsx', [
      ['统一社会信用代码', '单位详细名称', '行政区划代码', '行业代码', '是否规上'],
      [USCC_A, '甲公司', NANHU, 610, '是'],
    ]);
    const result = await run('enterprises', file);
    expectProblem(result, {
      row: 2,
      column: '行业代码',
      value: '610',
      code: 'industry_code_stored_as_number',
      zh: '行业代码被存为数值，开头的0可能已丢失；请将该列设为文本格式后重新填写',
    });
  });

  it('refuses the same enterprise twice in a register file', async () => {
    const result = await run(
      'enterprises',
      csv([ENTERPRISE_HEADER, `${USCC_A},甲公司,${NANHU},2651,是,,`, `${USCC_A},甲公司二,${NANHU},2651,是,,`]),
    );
    expectProblem(result, {
      row: 3,
      column: '统一社会信用代码',
      value: USCC_A,
      code: 'duplicate_row',
      zh: '与第 2 行重复（同一企业）',
    });
  });

  it('refuses an overlong name', async () => {
    const name = '甲'.repeat(201);
    const result = await run('enterprises', csv([ENTERPRISE_HEADER, `${USCC_A},${name},${NANHU},2651,是,,`]));
    expectProblem(result, {
      row: 2,
      column: '单位详细名称',
      value: name,
      code: 'text_too_long',
      zh: '文本过长（超过 200 字）',
    });
  });
});

describe('figures', () => {
  it('refuses a negative value', async () => {
    const result = await run('returns', csv([RETURNS_HEADER, `${USCC_A},2013-06,-5,1,1`]));
    expectProblem(result, {
      row: 2,
      column: '工业总产值(千元)',
      value: '-5',
      code: 'negative',
      zh: '不能为负数',
      en: /^must not be negative$/,
    });
  });

  it('refuses text that is not a number', async () => {
    const result = await run('returns', csv([RETURNS_HEADER, `${USCC_A},2013-06,12.3.4,1,1`]));
    expectProblem(result, {
      row: 2,
      column: '工业总产值(千元)',
      value: '12.3.4',
      code: 'not_a_number',
      zh: '不是数值',
    });
  });

  it('refuses a fractional head count', async () => {
    const result = await run('returns', csv([RETURNS_HEADER, `${USCC_A},2013-06,1,1,300.5`]));
    expectProblem(result, {
      row: 2,
      column: '从业人员平均人数',
      value: '300.5',
      code: 'not_integer',
      zh: '应为整数',
    });
  });

  it('refuses a row with no figure at all', async () => {
    const result = await run('returns', csv([RETURNS_HEADER, `${USCC_A},2013-06,,,`]));
    expectProblem(result, { row: 2, column: null, value: null, code: 'no_figures', zh: '此行没有任何数值' });
  });

  it('refuses a blank required cell', async () => {
    const result = await run('returns', csv([RETURNS_HEADER, `${USCC_A},,1,1,1`]));
    expectProblem(result, { row: 2, column: '报告期', value: null, code: 'required', zh: '必填，不能为空' });
  });

  it('refuses a cell holding an error value', async () => {
    const file = await writeXlsx(temp.dir, 'error-value.xlsx', [
      ['统一社会信用代码', '报告期', '工业总产值(千元)'],
      [USCC_A, '2013-06', { error: '#N/A' }],
    ]);
    const result = await run('returns', file);
    expectProblem(result, {
      row: 2,
      column: '工业总产值(千元)',
      value: '#N/A',
      code: 'formula_error',
      zh: '单元格是错误值 #N/A',
    });
  });

  it('refuses a formula without a usable result (an error, or never calculated)', async () => {
    const file = await writeXlsx(temp.dir, 'formula-no-result.xlsx', [
      ['统一社会信用代码', '报告期', '工业总产值(千元)', '营业收入(千元)'],
      [USCC_A, '2013-06', { formula: '1/0', result: { error: '#DIV/0!' } }, { formula: 'SUM(E2:F2)' }],
    ]);
    const result = await run('returns', file);
    const zh =
      '公式没有可用的结果（结果是错误值，或文件由程序生成而未经计算）；请改正公式，或在 Excel 中打开并保存后再导入';
    expectProblem(result, { row: 2, column: '工业总产值(千元)', value: '=1/0', code: 'formula_error', zh });
    expectProblem(result, { row: 2, column: '营业收入(千元)', value: '=SUM(E2:F2)', code: 'formula_error', zh });
  });

  it('takes the cached result of a calculated formula', async () => {
    const file = await writeXlsx(temp.dir, 'formula-result.xlsx', [
      ['统一社会信用代码', '报告期', '工业总产值(千元)', '营业收入(千元)'],
      [USCC_A, { formula: '"2013-"&"06"', result: '2013-06' }, { formula: '1+1', result: 2 }, 3],
    ]);
    const result = await run('returns', file);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      { rowNumber: 2, uscc: USCC_A, period: '2013-06', values: { output_value: 2000, revenue: 3000 } },
    ]);
  });

  it('refuses a value in a column that has no header', async () => {
    const result = await run('returns', csv([`${RETURNS_HEADER},`, `${USCC_A},2013-06,1,1,1,99`]));
    expectProblem(result, {
      row: 2,
      column: '(F)',
      value: '99',
      code: 'value_without_header',
      zh: 'F列没有表头，却有数据',
    });
  });
});

describe('periods', () => {
  it('refuses text that is no period', async () => {
    const result = await run('returns', csv([RETURNS_HEADER, `${USCC_A},2013-13,1,1,1`]));
    expectProblem(result, {
      row: 2,
      column: '报告期',
      value: '2013-13',
      code: 'period',
      zh: '无法识别的报告期；可写 2013-06、2013年6月、2013年1-6月、201306、2013Q2、2013年二季度、2013',
    });
  });

  it('refuses 2013.1, which may be October shortened by Excel', async () => {
    const result = await run('returns', csv([RETURNS_HEADER, `${USCC_A},2013.1,1,1,1`]));
    expectProblem(result, {
      row: 2,
      column: '报告期',
      value: '2013.1',
      code: 'period_ambiguous',
      zh: '报告期「2013.1」含义不明：可能是 1 月，也可能是被 Excel 截掉末尾 0 的 10 月；请写成 2013-01 或 2013-10',
    });
  });

  it('refuses a locked period, and a year lock covers its months', async () => {
    const result = await run(
      'returns',
      csv([RETURNS_HEADER, `${USCC_A},2013年6月,1,1,1`, `${USCC_A},2014-06,1,1,1`]),
      testContext({ lockedPeriods: new Set(['2013']) }),
    );
    expectProblem(result, {
      row: 2,
      column: '报告期',
      value: '2013年6月',
      code: 'period_locked',
      zh: '报告期 2013年 已锁定（已发布），不能再导入；如需更正请联系管理员解锁',
    });
    expect(result.problems).toHaveLength(1);
  });
});

describe('rows across the file', () => {
  it('refuses the same enterprise and period twice, however the period is written', async () => {
    const result = await run(
      'returns',
      csv([RETURNS_HEADER, `${USCC_A},2013-12,1,1,1`, `${USCC_B},2013-12,1,1,1`, `${USCC_A},2013,2,2,2`]),
    );
    expectProblem(result, {
      row: 4,
      column: '统一社会信用代码',
      value: USCC_A,
      code: 'duplicate_row',
      zh: '与第 2 行重复（同一报告期）',
    });
  });

  it('refuses a YTD figure lower than the previous month’s of the same year, in any row order', async () => {
    const result = await run(
      'returns',
      csv([
        RETURNS_HEADER,
        `${USCC_A},2013-06,600,60,10`,
        `${USCC_A},2013-05,500,50,10`,
        `${USCC_A},2013-07,550,70,10`,
        // A new year starts again from January: no problem.
        `${USCC_A},2014-01,100,10,10`,
        `${USCC_B},2013-07,1,1,1`,
      ]),
    );
    expectProblem(result, {
      row: 4,
      column: '工业总产值(千元)',
      value: '550',
      code: 'ytd_decrease',
      zh: '累计值低于同年2013年6月的累计值 600（第 2 行）',
    });
    // Head counts are averages, not cumulative: 10 after 10 is fine, and so would be 9.
    expect(result.problems.map((p) => p.code)).toEqual(['ytd_decrease']);
  });

  it('refuses a YTD figure lower than the stored previous month’s, or higher than the stored next month’s', async () => {
    const lookups: { uscc: string; year: number }[][] = [];
    const context = testContext({
      storedYtd: (keys) => {
        lookups.push([...keys]);
        return [
          { uscc: USCC_A, period: '2013-05', values: { output_value: 500_000 } },
          { uscc: USCC_A, period: '2013-09', values: { output_value: 900_000 } },
        ];
      },
    });
    const result = await run(
      'returns',
      csv([RETURNS_HEADER, `${USCC_A},2013-06,400,,`, `${USCC_A},2013-08,950,,`]),
      context,
    );
    expect(lookups).toEqual([[{ uscc: USCC_A, year: 2013 }]]);
    expectProblem(result, {
      row: 2,
      column: '工业总产值(千元)',
      value: '400',
      code: 'ytd_decrease',
      zh: '累计值低于同年2013年5月的累计值 500（已入库）',
    });
    expectProblem(result, {
      row: 3,
      column: '工业总产值(千元)',
      value: '950',
      code: 'ytd_above_stored_next',
      zh: '累计值高于已入库的同年2013年9月累计值 900',
    });
  });

  it('finds the same in a file whose order breaks after the rows the rules keep, by reading it again', async () => {
    // Three enterprises' months in order, one figure lower than the month before, one month twice; then the first row
    // moved to the end, where the order breaks. Kept to ten rows, the rules must read the file a second time.
    const lines = [USCC_A, USCC_B, USCC_C].flatMap((uscc) =>
      Array.from({ length: 12 }, (_, m) => {
        const output = uscc === USCC_B && m === 7 ? 100 : 1000 * (m + 1);
        return `${uscc},2013-${String(m + 1).padStart(2, '0')},${output},${m + 1},10`;
      }),
    );
    lines.splice(30, 0, lines[29] as string);
    const file = csv([RETURNS_HEADER, ...lines.slice(1), lines[0] as string]);
    const again = await readImportFile(file, 'returns', testContext(), { keepRowsAtMost: 10 });
    const kept = await readImportFile(file, 'returns', testContext());
    expect(again.problems.map((p) => [p.row, p.code, p.value])).toEqual([
      [20, 'ytd_decrease', '100'],
      [31, 'duplicate_row', USCC_C],
    ]);
    expect(again).toEqual(kept);
  });

  it('refuses a return of an enterprise not in the register', async () => {
    const result = await run(
      'returns',
      csv([RETURNS_HEADER, `${USCC_A},2013-06,1,1,1`, `${USCC_C},2013-06,1,1,1`]),
      testContext({ knownEnterprises: new Set([USCC_A]) }),
    );
    expectProblem(result, {
      row: 3,
      column: '统一社会信用代码',
      value: USCC_C,
      code: 'unknown_enterprise',
      zh: '企业名录中没有此统一社会信用代码（或不在您的管辖范围内）；请先导入企业名录',
    });
    expect(result.counts).toEqual({ dataRows: 2, validRows: 1, rowsWithProblems: 1 });
  });
});

describe('the header row', () => {
  it('refuses an unknown header', async () => {
    const result = await run('returns', csv([`${RETURNS_HEADER},备注`, `${USCC_A},2013-06,1,1,1,无`]));
    expectProblem(result, {
      row: 1,
      column: '备注',
      value: null,
      code: 'unknown_header',
      zh: '无法识别的列；「企业统计报表」的列为：统一社会信用代码、报告期、工业总产值、工业销售产值、工业增加值、营业收入、研究开发费用、税金总额、从业人员平均人数、综合能源消费量、用地面积',
    });
  });

  it('says when a header belongs to another kind', async () => {
    const result = await run('returns', csv(['行政区划代码,报告期,地区生产总值(万元)', '330402,2013-06,1']));
    expectProblem(result, {
      row: 1,
      column: '地区生产总值(万元)',
      value: null,
      code: 'unknown_header',
      zh: '无法识别的列：这是「地区统计数」的列，是否选错了导入类型？',
    });
  });

  it('refuses the same column twice, by name or by key', async () => {
    const result = await run('returns', csv([`${RETURNS_HEADER},output_value(元)`, `${USCC_A},2013-06,1,1,1,1000`]));
    expectProblem(result, {
      row: 1,
      column: 'output_value(元)',
      value: null,
      code: 'duplicate_column',
      zh: '与「工业总产值(千元)」（C列）是同一列（output_value）',
    });
  });

  it('refuses a file without a required column', async () => {
    const result = await run('returns', csv(['统一社会信用代码,工业总产值(千元)', `${USCC_A},1`]));
    expectProblem(result, {
      row: 1,
      column: '报告期',
      value: null,
      code: 'missing_column',
      zh: '缺少必填列「报告期」（period）',
    });
  });

  it('refuses a money column whose header has no unit', async () => {
    const result = await run('returns', csv(['统一社会信用代码,报告期,工业总产值', `${USCC_A},2013-06,1`]));
    expectProblem(result, {
      row: 1,
      column: '工业总产值',
      value: null,
      code: 'unit_missing',
      zh: '金额列须在表头注明单位，如「工业总产值(千元)」或「工业总产值(万元)」；可用：元、千元、万元、百万元、亿元',
    });
  });

  it('refuses a unit the column does not allow', async () => {
    const result = await run(
      'returns',
      csv(['统一社会信用代码,报告期,工业总产值(美元),从业人员平均人数(万元)', `${USCC_A},2013-06,1,1`]),
    );
    expectProblem(result, {
      row: 1,
      column: '工业总产值(美元)',
      value: null,
      code: 'unit_not_allowed',
      zh: '此列不能使用单位「美元」；可用：元、千元、万元、百万元、亿元',
    });
    expectProblem(result, {
      row: 1,
      column: '从业人员平均人数(万元)',
      value: null,
      code: 'unit_not_allowed',
      zh: '此列不能使用单位「万元」；可用：人',
    });
  });
});

describe('every problem, not the first', () => {
  it('reports all problems of all rows, sorted by row', async () => {
    const bad = withWrongCheck(USCC_B);
    const result = await run(
      'returns',
      csv([RETURNS_HEADER, `${bad},2013-13,-1,abc,1.5`, `${USCC_A},2013-06,1,1,1`, `${USCC_A},2013-06,1,1,1`]),
    );
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, '统一社会信用代码', 'uscc_check_character'],
      [2, '报告期', 'period'],
      [2, '工业总产值(千元)', 'negative'],
      [2, '营业收入(万元)', 'not_a_number'],
      [2, '从业人员平均人数', 'not_integer'],
      [4, '统一社会信用代码', 'duplicate_row'],
    ]);
    expect(result.counts).toEqual({ dataRows: 3, validRows: 1, rowsWithProblems: 2 });
  });

  it('keeps at most maxProblems and says it left some out', async () => {
    const lines = [RETURNS_HEADER];
    for (let i = 0; i < 30; i += 1) lines.push(`${USCC_A},2013-${String((i % 12) + 1).padStart(2, '0')},x,y,z`);
    const result = await readImportFile(csv(lines), 'returns', testContext(), { maxProblems: 10 });
    expect(result.problems).toHaveLength(10);
    expect(result.truncated).toBe(true);
    expect(result.problemCount).toBeGreaterThan(30 * 3);
    expect(result.counts.dataRows).toBe(30);
  });
});

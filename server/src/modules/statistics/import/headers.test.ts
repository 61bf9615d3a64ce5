import { describe, expect, it } from 'vitest';
import { importKinds, kindLabels, columnsOf } from './columns.js';
import { matchHeaders, normalizeHeader, type HeaderCell } from './headers.js';

const cells = (...texts: string[]): HeaderCell[] =>
  texts.map((text, i) => ({ key: text, text, position: String.fromCharCode(65 + i) }));

describe('header matching', () => {
  it('normalises brackets, spaces, line breaks, required marks and case', () => {
    expect(normalizeHeader(' 工业总产值\n（万元）* ')).toBe('工业总产值(万元)');
    expect(normalizeHeader('【万元】')).toBe('(万元)');
    expect(normalizeHeader('Output_Value')).toBe('output_value');
  });

  it('matches Chinese names, their variants and English keys, and reads each unit', () => {
    const match = matchHeaders(
      'returns',
      cells(
        '社会信用代码',
        'period',
        '工业总产值(当年价格)(千元)',
        'sales_output(万元)',
        '研发费用（元）',
        '从业人员平均人数',
        '用地面积',
      ),
      { format: 'csv', headerRow: 1 },
    );
    expect(match.problems).toEqual([]);
    expect(match.columns.map((c) => [c.column.key, c.unit, c.factor])).toEqual([
      ['uscc', null, { mantissa: 1n, exponent: 0 }],
      ['period', null, { mantissa: 1n, exponent: 0 }],
      ['output_value', '千元', { mantissa: 1n, exponent: 3 }],
      ['sales_output', '万元', { mantissa: 1n, exponent: 4 }],
      ['rd_expense', '元', { mantissa: 1n, exponent: 0 }],
      ['employees', '人', { mantissa: 1n, exponent: 0 }],
      ['land_mu', '亩', { mantissa: 1n, exponent: 0 }],
    ]);
  });

  it('lets JSON English keys mean base units, but not Chinese names of money columns', () => {
    const json = matchHeaders('returns', cells('uscc', 'period', 'output_value', '营业收入'), {
      format: 'json',
      headerRow: null,
    });
    expect(json.columns.map((c) => [c.column.key, c.unit])).toEqual([
      ['uscc', null],
      ['period', null],
      ['output_value', '元'],
    ]);
    expect(json.problems).toEqual([expect.objectContaining({ row: null, column: '营业收入', code: 'unit_missing' })]);
    const csv = matchHeaders('returns', cells('uscc', 'period', 'output_value'), { format: 'csv', headerRow: 1 });
    expect(csv.problems).toEqual([expect.objectContaining({ column: 'output_value', code: 'unit_missing' })]);
  });

  it('accepts remarks in brackets on columns without units, but not a unit', () => {
    const ok = matchHeaders(
      'enterprises',
      cells('统一社会信用代码(18位)', '单位名称', '行政区划代码', '是否规上(是/否)'),
      {
        format: 'xlsx',
        headerRow: 1,
      },
    );
    expect(ok.problems).toEqual([]);
    const bad = matchHeaders('enterprises', cells('统一社会信用代码', '单位名称(万元)', '行政区划代码', '是否规上'), {
      format: 'xlsx',
      headerRow: 1,
    });
    expect(bad.problems).toEqual([expect.objectContaining({ column: '单位名称(万元)', code: 'unit_not_allowed' })]);
  });

  it('refuses two units in one header', () => {
    const match = matchHeaders('returns', cells('统一社会信用代码', '报告期', '工业总产值(万元)(千元)'), {
      format: 'xlsx',
      headerRow: 1,
    });
    expect(match.problems).toEqual([
      expect.objectContaining({ column: '工业总产值(万元)(千元)', code: 'unit_not_allowed' }),
    ]);
  });

  it('hints that a lone header cell is a title row', () => {
    const match = matchHeaders('returns', cells('2013年6月规模以上工业企业主要指标'), { format: 'xlsx', headerRow: 1 });
    expect(match.problems[0]?.reason.zh).toBe(
      '无法识别的列：表头应在第一个非空行，此行只有一个单元格，似乎是标题，请删除标题行',
    );
  });

  it('has no name shared by two columns of a kind', () => {
    for (const kind of importKinds) {
      const owner = new Map<string, string>();
      for (const c of columnsOf(kind)) {
        for (const name of new Set([c.key, ...c.names].map(normalizeHeader))) {
          expect(owner.get(name), `${kindLabels[kind].zh}: ${name}`).toBeUndefined();
          owner.set(name, c.key);
        }
      }
    }
  });
});

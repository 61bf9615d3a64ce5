/**
 * The columns of each import kind, as data (INTERFACES.md "Import kinds and their columns"). The header matcher,
 * the validator, the templates and their 说明 sheet all read this one table.
 */
import type { Decimal } from './numbers.js';
import type { Reason } from './problems.js';

export const importKinds = ['enterprises', 'returns', 'region-stats'] as const;
export type ImportKind = (typeof importKinds)[number];

/** Whether a text names an import kind. */
export function isImportKind(text: string): text is ImportKind {
  return (importKinds as readonly string[]).includes(text);
}

export const kindLabels: Record<ImportKind, Reason> = {
  enterprises: { zh: '企业名录', en: 'enterprise register' },
  returns: { zh: '企业统计报表', en: 'enterprise returns' },
  'region-stats': { zh: '地区统计数', en: 'region totals' },
};

export type ColumnType =
  | 'text'
  | 'uscc'
  | 'region'
  /** GB/T 4754 national-economy industry code (`C2651`, `2651`). */
  | 'industry_code'
  /** Plan industries, `;`-separated, each with an optional share: `new-materials:0.6;bio:0.2`. */
  | 'sei_industries'
  | 'tags'
  | 'boolean'
  | 'period'
  | 'number';

/** What a number measures; each has one base unit the figure is stored in. */
export type UnitDimension = 'money' | 'energy' | 'land' | 'persons';

export interface UnitDefinition {
  /** As written in a header, after normalisation: `万元`. */
  name: string;
  /** Other spellings of the same unit. */
  aliases: readonly string[];
  /** How many base units one of this unit is. */
  factor: Decimal;
}

const d = (mantissa: bigint, exponent = 0): Decimal => ({ mantissa, exponent });

export const baseUnits: Record<UnitDimension, { name: string; en: string }> = {
  money: { name: '元', en: 'yuan' },
  energy: { name: '吨标准煤', en: 'tonnes of standard coal equivalent' },
  land: { name: '亩', en: 'mu' },
  persons: { name: '人', en: 'persons' },
};

/** The units a header may carry, per dimension. Money headers in files have no default: 千元 and 万元 both occur. */
export const units: Record<UnitDimension, readonly UnitDefinition[]> = {
  money: [
    { name: '元', aliases: ['yuan', 'cny', 'rmb', '人民币元'], factor: d(1n) },
    { name: '千元', aliases: [], factor: d(1n, 3) },
    { name: '万元', aliases: ['万元人民币'], factor: d(1n, 4) },
    { name: '百万元', aliases: [], factor: d(1n, 6) },
    { name: '亿元', aliases: [], factor: d(1n, 8) },
  ],
  energy: [
    { name: '吨标准煤', aliases: ['吨标煤', 'tce'], factor: d(1n) },
    { name: '万吨标准煤', aliases: ['万吨标煤'], factor: d(1n, 4) },
  ],
  land: [
    { name: '亩', aliases: ['mu'], factor: d(1n) },
    // 1 公顷 = 15 亩 and 1 平方米 = 0.0015 亩, both exact.
    { name: '公顷', aliases: ['ha', 'hm2', 'hm²'], factor: d(15n) },
    { name: '平方米', aliases: ['m2', 'm²', '㎡'], factor: d(15n, -4) },
  ],
  persons: [{ name: '人', aliases: ['persons', '人数'], factor: d(1n) }],
};

export interface ColumnDefinition {
  /** The English key (JSON files, typed rows). */
  key: string;
  /** Chinese header names; the first is the one templates write. */
  names: readonly string[];
  type: ColumnType;
  required: boolean;
  /** For numbers: what they measure. */
  dimension?: UnitDimension;
  /** Whether a CSV/XLSX header must state the unit (money: the importer cannot guess 千元 from 万元). */
  unitRequired?: boolean;
  /** The unit templates write in the header. */
  templateUnit?: string;
  /** Counts rather than amounts must be whole numbers. */
  integer?: boolean;
  /** Year-to-date cumulative flow: within a year it never falls from one month to the next (INDICATORS.md). */
  cumulative?: boolean;
  /** For the 说明 sheet. */
  description: Reason;
  /** Example value for the template's example row, in the template unit. */
  example: string | number;
}

const uscc: ColumnDefinition = {
  key: 'uscc',
  names: ['统一社会信用代码', '社会信用代码', '信用代码', '统一代码'],
  type: 'uscc',
  required: true,
  description: {
    zh: '18位统一社会信用代码（GB 32100），校验位须正确；请将此列设为文本格式',
    en: '18-character unified social credit code (GB 32100) with a correct check character; format the column as text',
  },
  example: '91330402MA28A0B02U',
};

const period: ColumnDefinition = {
  key: 'period',
  names: ['报告期', '统计期', '报告期别', '年月', '时期'],
  type: 'period',
  required: true,
  description: {
    zh: '报告期：2013-06、2013年6月、2013年1-6月、201306 为月（年初至该月累计）；2013Q2、2013年二季度 为季；2013、2013年 为全年',
    en: 'Reporting period: 2013-06, 2013年6月, 2013年1-6月, 201306 (a month, year to date); 2013Q2, 2013年二季度 (a quarter); 2013 (the full year)',
  },
  example: '2013-06',
};

const region: ColumnDefinition = {
  key: 'region',
  names: ['行政区划代码', '区划代码', '行政区划', '地区代码', '县(市、区)代码'],
  type: 'region',
  required: true,
  description: {
    zh: '6位行政区划代码（GB/T 2260），或计划文件中的功能区代码（如 330400Z01）',
    en: 'Six-digit GB/T 2260 region code, or a zone code from the plan file (e.g. 330400Z01)',
  },
  example: '330402',
};

function money(
  key: string,
  names: string[],
  zh: string,
  en: string,
  example: number,
  templateUnit: string,
): ColumnDefinition {
  return {
    key,
    names,
    type: 'number',
    required: false,
    dimension: 'money',
    unitRequired: true,
    templateUnit,
    cumulative: true,
    description: { zh, en },
    example,
  };
}

export const columnsByKind: Record<ImportKind, readonly ColumnDefinition[]> = {
  enterprises: [
    uscc,
    {
      key: 'name',
      names: ['单位详细名称', '单位名称', '企业名称', '企业详细名称', '名称'],
      type: 'text',
      required: true,
      description: { zh: '单位详细名称，与营业执照一致', en: 'Full registered name of the enterprise' },
      example: '嘉兴示例新材料有限公司',
    },
    region,
    {
      key: 'industry_code',
      names: ['行业代码', '国民经济行业代码', '国民经济行业分类代码', '行业代码(GB/T4754)', '行业小类代码'],
      type: 'industry_code',
      required: false,
      description: {
        zh: '国民经济行业分类代码（GB/T 4754），如 2651 或 C2651；请将此列设为文本格式，以免丢失开头的0',
        en: 'GB/T 4754 industry code, e.g. 2651 or C2651; format the column as text so leading zeros survive',
      },
      example: '2651',
    },
    {
      key: 'above_scale',
      names: ['是否规上', '是否规模以上', '是否规模以上工业企业', '规上企业', '是否规上企业'],
      type: 'boolean',
      required: true,
      description: {
        zh: '是否规模以上工业企业：是/否（或 1/0）',
        en: 'Above-size industrial enterprise: 是/否, 1/0 or true/false',
      },
      example: '是',
    },
    {
      key: 'sei_industries',
      names: ['战略性新兴产业类别', '战略性新兴产业', '新兴产业类别', '所属战略性新兴产业'],
      type: 'sei_industries',
      required: false,
      description: {
        zh: '所属战略性新兴产业，用分号分隔，可写代码或中文名；可附归属比例：new-materials:0.6;bio:0.2（不写比例即为1）；比例之和不超过1',
        en: 'SEI industries, `;`-separated, by plan code or Chinese name, each with an optional share: new-materials:0.6;bio:0.2 (no share means 1); shares add up to at most 1',
      },
      example: '新材料:0.6;生物:0.2',
    },
    {
      key: 'tags',
      names: ['企业标签', '标签'],
      type: 'tags',
      required: false,
      description: {
        zh: '企业标签，用分号分隔：龙头企业、专精特新、高新技术企业',
        en: 'Tags, `;`-separated: 龙头企业 (leading), 专精特新 (specialised SME), 高新技术企业 (high-tech)',
      },
      example: '高新技术企业',
    },
  ],
  returns: [
    uscc,
    period,
    money(
      'output_value',
      ['工业总产值', '工业总产值(当年价格)', '工业总产值(现价)'],
      '工业总产值，年初至报告期累计',
      'Gross industrial output, year to date',
      123456.7,
      '千元',
    ),
    money(
      'sales_output',
      ['工业销售产值', '工业销售产值(当年价格)', '工业销售产值(现价)'],
      '工业销售产值，年初至报告期累计',
      'Industrial sales output, year to date',
      120000,
      '千元',
    ),
    money(
      'value_added',
      ['工业增加值'],
      '工业增加值，年初至报告期累计',
      'Industrial value added, year to date',
      30000,
      '千元',
    ),
    money(
      'revenue',
      ['营业收入', '营业收入合计'],
      '营业收入，年初至报告期累计',
      'Operating revenue, year to date',
      125000,
      '千元',
    ),
    money(
      'rd_expense',
      ['研究开发费用', '研发费用'],
      '研究开发费用，年初至报告期累计',
      'R&D expenses, year to date',
      4500,
      '千元',
    ),
    money('taxes', ['税金总额', '税金合计'], '税金总额，年初至报告期累计', 'Total taxes, year to date', 6000, '千元'),
    {
      key: 'employees',
      names: ['从业人员平均人数', '平均从业人员', '从业人员平均数'],
      type: 'number',
      required: false,
      dimension: 'persons',
      templateUnit: '人',
      integer: true,
      description: {
        zh: '从业人员平均人数（年初至报告期平均），整数',
        en: 'Average number of employees (year-to-date average), a whole number',
      },
      example: 320,
    },
    {
      key: 'energy_tce',
      names: ['综合能源消费量'],
      type: 'number',
      required: false,
      dimension: 'energy',
      templateUnit: '吨标准煤',
      cumulative: true,
      description: {
        zh: '综合能源消费量，年初至报告期累计；无单位时按吨标准煤',
        en: 'Total energy consumption, year to date; tonnes of standard coal equivalent when the header has no unit',
      },
      example: 1520.5,
    },
    {
      key: 'land_mu',
      names: ['用地面积', '占地面积', '企业用地面积'],
      type: 'number',
      required: false,
      dimension: 'land',
      templateUnit: '亩',
      description: {
        zh: '用地面积（期末）；无单位时按亩',
        en: 'Land used (end of period); mu when the header has no unit',
      },
      example: 85.5,
    },
  ],
  'region-stats': [
    region,
    period,
    money(
      'gdp',
      ['地区生产总值', '生产总值', 'GDP', '地区生产总值(GDP)'],
      '地区生产总值，年初至报告期累计',
      'Gross domestic product of the region, year to date',
      3500000,
      '万元',
    ),
    money(
      'industrial_output',
      ['规上工业总产值', '规模以上工业总产值', '规上工业总产值(当年价格)'],
      '规模以上工业总产值，年初至报告期累计',
      'Gross output of all above-size industry, year to date',
      9000000,
      '万元',
    ),
    money(
      'industrial_value_added',
      ['规上工业增加值', '规模以上工业增加值'],
      '规模以上工业增加值，年初至报告期累计',
      'Value added of all above-size industry, year to date',
      1800000,
      '万元',
    ),
  ],
};

/** The columns of an import kind, in template order. */
export function columnsOf(kind: ImportKind): readonly ColumnDefinition[] {
  return columnsByKind[kind];
}

/** The unit definition of a dimension by its name or an alias (already normalised), or undefined. */
export function findUnit(dimension: UnitDimension, name: string): UnitDefinition | undefined {
  const lower = name.toLowerCase();
  return units[dimension].find((u) => u.name === name || u.aliases.includes(lower) || u.aliases.includes(name));
}

/** The header a template writes for a column: `工业总产值(千元)`. */
export function templateHeader(column: ColumnDefinition, unit = column.templateUnit): string {
  return unit ? `${column.names[0] ?? column.key}(${unit})` : (column.names[0] ?? column.key);
}

/** Enterprise tags INTERFACES.md allows. */
export const enterpriseTags = ['龙头企业', '专精特新', '高新技术企业'] as const;
export type EnterpriseTag = (typeof enterpriseTags)[number];

export type ReturnIndicator =
  | 'output_value'
  | 'sales_output'
  | 'value_added'
  | 'revenue'
  | 'rd_expense'
  | 'taxes'
  | 'employees'
  | 'energy_tce'
  | 'land_mu';
export type RegionIndicator = 'gdp' | 'industrial_output' | 'industrial_value_added';

export const returnIndicators: readonly ReturnIndicator[] = [
  'output_value',
  'sales_output',
  'value_added',
  'revenue',
  'rd_expense',
  'taxes',
  'employees',
  'energy_tce',
  'land_mu',
];
export const regionIndicators: readonly RegionIndicator[] = ['gdp', 'industrial_output', 'industrial_value_added'];

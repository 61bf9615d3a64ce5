/**
 * From raw rows to typed rows in base units, collecting every problem with its row, column, value and reason.
 * Nothing here touches the database: what only the database knows (which enterprises exist, which periods are
 * locked, the YTD figures already stored) comes in through ImportContext, so the service can pass it in.
 */
import { usccProblem } from '../../enterprises/uscc.js';
import { formatMonth, formatPeriod, lastMonthOf, parsePeriod, type Period } from '../period.js';
import {
  columnsOf,
  enterpriseTags,
  type ColumnDefinition,
  type EnterpriseTag,
  type ImportKind,
  type RegionIndicator,
  type ReturnIndicator,
} from './columns.js';
import type { MatchedColumn, SourceFormat } from './headers.js';
import {
  addDecimal,
  compareDecimal,
  decimalOfNumber,
  decimalToNumber,
  fromBaseUnit,
  isWholeDecimal,
  multiplyDecimal,
  parseNumberText,
  scalePlainDecimal,
  type Decimal,
} from './numbers.js';
import { displayValue, isCellError, type ImportProblem, type ProblemCode, type Reason } from './problems.js';
import type { SheetRow } from './readers.js';

// ---------------------------------------------------------------------------------------------------------------
// Typed rows

export interface SeiShare {
  /** Plan industry code. */
  industry: string;
  /** 0 < share ≤ 1; 1 when the file gave none. */
  share: number;
}

/** A register row. Optional fields are absent when the file has no such column; null or [] when the cell is blank. */
export interface EnterpriseRow {
  rowNumber: number;
  uscc: string;
  name: string;
  region: string;
  industry_code?: string | null;
  above_scale: boolean;
  sei_industries?: SeiShare[];
  tags?: EnterpriseTag[];
}

/** One enterprise's year-to-date return, figures in base units; a blank cell leaves its indicator out. */
export interface ReturnRow {
  rowNumber: number;
  uscc: string;
  /** Canonical period: `2013-06`, `2013Q2`, `2013`. */
  period: string;
  values: Partial<Record<ReturnIndicator, number>>;
}

/** One region's year-to-date totals, in yuan. */
export interface RegionStatRow {
  rowNumber: number;
  region: string;
  period: string;
  values: Partial<Record<RegionIndicator, number>>;
}

export interface ImportRowByKind {
  enterprises: EnterpriseRow;
  returns: ReturnRow;
  'region-stats': RegionStatRow;
}
export type ImportRow = ImportRowByKind[ImportKind];

// ---------------------------------------------------------------------------------------------------------------
// What the caller knows

/** A plan industry as the plan file has it (PlanFile['industries'] fits). */
export interface IndustryRef {
  code: string;
  name: { zh: string; en?: string };
}

/** A YTD return already stored, in base units. */
export interface StoredYtdValue {
  uscc: string;
  /** Canonical period. */
  period: string;
  /** The year and YTD month of `period`, when the caller knows them (else read from `period`). */
  year?: number;
  month?: number;
  values: Partial<Record<ReturnIndicator, number>>;
}

/**
 * The stored returns of the given enterprises and years (all periods of each year), so a file's figures can be
 * checked against the months before and after them. May be asynchronous (a database, a message to another thread).
 */
export type StoredYtdLookup = (
  keys: readonly { uscc: string; year: number }[],
) => Promise<readonly StoredYtdValue[]> | readonly StoredYtdValue[];

export interface ImportContext {
  /** Every valid region code: the city, its counties and zones (importContextFromPlan builds it). */
  regionCodes: ReadonlySet<string>;
  /** The codes an enterprise may be registered in (counties and zones, not the city); defaults to regionCodes. */
  enterpriseRegionCodes?: ReadonlySet<string>;
  /** The caller's area (a county officer's county and its zones); rows for other regions are refused. */
  allowedRegions?: ReadonlySet<string>;
  industries: readonly IndustryRef[];
  /**
   * USCCs of the enterprises in the register, already narrowed to the caller's area: an enterprise outside it is
   * reported exactly as one that does not exist. Absent: not checked.
   */
  knownEnterprises?: ReadonlySet<string>;
  /** Locked periods, canonical (`2013`, `2013Q2`, `2013-06`); a lock on a year or quarter covers its months. */
  lockedPeriods?: ReadonlySet<string>;
  /** Stored YTD returns, for the "lower than the previous month" rule across file and database. */
  storedYtd?: StoredYtdLookup;
}

/** The context the plan file alone gives: its regions and industries. */
export function importContextFromPlan(
  plan: {
    city: { code: string; counties: readonly { code: string }[]; zones: readonly { code: string }[] };
    industries: readonly IndustryRef[];
  },
  extra: Omit<ImportContext, 'regionCodes' | 'industries' | 'enterpriseRegionCodes'> = {},
): ImportContext {
  const local = [...plan.city.counties.map((c) => c.code), ...plan.city.zones.map((z) => z.code)];
  return {
    ...extra,
    regionCodes: new Set([plan.city.code, ...local]),
    enterpriseRegionCodes: new Set(local),
    industries: plan.industries,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

/** Why a cell was refused. Readers return the value or a Failure, so a good cell allocates nothing extra. */
class Failure {
  constructor(
    readonly code: ProblemCode,
    readonly reason: Reason,
  ) {}
}
type Read<T> = T | Failure;
const ok = <T>(value: T): Read<T> => value;
const fail = (code: ProblemCode, zh: string, en: string): Failure => new Failure(code, { zh, en });

/** Whether the cell holds nothing (absent, blank text). */
function isBlank(value: unknown): boolean {
  if (typeof value !== 'string') return value === null || value === undefined;
  // Most cells start with a character from U+0021 to U+009F, none of which trim() removes: not blank, no scan.
  const first = value.charCodeAt(0);
  if (first > 0x20 && first < 0xa0) return false;
  return value.trim() === '';
}

/** Plain text of a cell; numbers as JavaScript prints them. */
function cellText(value: unknown): string {
  if (typeof value === 'string') return value.normalize('NFKC').trim();
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function readText(value: unknown, maxLength: number): Read<string> {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return fail('not_scalar', '应为文本', 'expected text');
  }
  // Names keep their own characters (no NFKC: full-width brackets in a registered name are the name).
  const text = (typeof value === 'string' ? value : cellText(value)).trim().replace(/\s+/g, ' ');
  if (text.length > maxLength) {
    return fail('text_too_long', `文本过长（超过 ${maxLength} 字）`, `text is longer than ${maxLength} characters`);
  }
  return ok(text);
}

function readUscc(value: unknown): Read<string> {
  if (typeof value === 'number') {
    return fail(
      'uscc_stored_as_number',
      '统一社会信用代码被存为数值，可能已丢失末位数字；请将该列设为文本格式后重新填写',
      'the code is stored as a number and may have lost digits; format the column as text and enter it again',
    );
  }
  const code = cellText(value).replace(/\s+/g, '').toUpperCase();
  switch (usccProblem(code)) {
    case 'length':
      return fail(
        'uscc_length',
        `统一社会信用代码应为18位（此处 ${code.length} 位）`,
        `a USCC has 18 characters, not ${code.length}`,
      );
    case 'alphabet':
      return fail(
        'uscc_alphabet',
        '统一社会信用代码含有不允许的字符（只能是数字和除 I、O、S、V、Z 以外的大写字母）',
        'the code holds a character outside its alphabet (digits and capitals except I, O, S, V, Z)',
      );
    case 'check_character':
      return fail('uscc_check_character', '统一社会信用代码校验位错误', 'check character does not match');
    case undefined:
      return ok(code);
  }
}

function readRegion(
  value: unknown,
  valid: ReadonlySet<string>,
  allowed: ReadonlySet<string> | undefined,
): Read<string> {
  const code = (typeof value === 'number' && Number.isInteger(value) ? String(value) : cellText(value)).toUpperCase();
  if (!valid.has(code)) {
    return fail('unknown_region', '行政区划代码不在本计划的地区之中', 'not a region code of this plan');
  }
  if (allowed && !allowed.has(code)) {
    return fail('region_out_of_scope', '该地区不在您的管辖范围内', 'this region is outside your area');
  }
  return ok(code);
}

function readIndustryCode(value: unknown): Read<string> {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) {
      return fail('industry_code_format', '不是国民经济行业代码（GB/T 4754）', 'not a GB/T 4754 industry code');
    }
    if (String(value).length < 4) {
      return fail(
        'industry_code_stored_as_number',
        '行业代码被存为数值，开头的0可能已丢失；请将该列设为文本格式后重新填写',
        'the industry code is stored as a number and a leading zero may be lost; format the column as text',
      );
    }
  }
  const code = cellText(value).toUpperCase();
  if (!/^[A-T]?\d{2,4}$/.test(code)) {
    return fail(
      'industry_code_format',
      '不是国民经济行业代码（GB/T 4754），应如 2651 或 C2651',
      'not a GB/T 4754 industry code such as 2651 or C2651',
    );
  }
  return ok(code);
}

const TRUE_WORDS = new Set(['是', '1', 'true', 't', 'y', 'yes', '√']);
const FALSE_WORDS = new Set(['否', '0', 'false', 'f', 'n', 'no', '×']);

function readBoolean(value: unknown): Read<boolean> {
  if (typeof value === 'boolean') return ok(value);
  const word = cellText(value).toLowerCase();
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail('boolean', '应为 是 或 否（也可写 1/0、true/false）', 'expected 是 or 否 (or 1/0, true/false)');
}

/** Excel day serial → the UTC date it stands for. */
function excelSerialToDate(serial: number, date1904: boolean): Date {
  const days = date1904 ? serial + 1462 : serial;
  // Day 60 is Excel's fictitious 1900-02-29; serials after it are one day ahead of the real calendar.
  return new Date(Date.UTC(1899, 11, days > 60 ? 30 : 31) + days * 86_400_000);
}

function monthOfDate(date: Date): Period {
  return { kind: 'month', year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** A period read from a cell, with what the row rules need of it computed once (periods repeat thousands of times). */
interface PeriodInfo {
  period: Period;
  /** Canonical text: `2013-06`, `2013Q2`, `2013`. */
  text: string;
  year: number;
  /** The month whose year-to-date figure it is. */
  month: number;
}

function periodInfo(period: Period): PeriodInfo {
  return { period, text: formatPeriod(period), year: period.year, month: lastMonthOf(period) };
}

interface Source {
  format: SourceFormat;
  date1904: boolean;
}

function readPeriod(value: unknown, source: Source): Read<Period> {
  // Excel turns a typed 2013-06 into the date 2013-06-01: the month is what was meant.
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail('period', '无效日期', 'invalid date');
    return ok(monthOfDate(value));
  }
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    source.format === 'xlsx' &&
    value >= 10_000 &&
    value < 100_000
  ) {
    // A five-digit number is no period form, but it is a date whose style was not read (a formula's result).
    return ok(monthOfDate(excelSerialToDate(value, source.date1904)));
  }
  const text = cellText(value);
  if (/^\d{4}\.1$/.test(text)) {
    return fail(
      'period_ambiguous',
      '报告期「2013.1」含义不明：可能是 1 月，也可能是被 Excel 截掉末尾 0 的 10 月；请写成 2013-01 或 2013-10',
      '"2013.1" is ambiguous: January, or October (2013.10) with its trailing zero dropped by Excel; write 2013-01 or 2013-10',
    );
  }
  const period = parsePeriod(text);
  if (!period) {
    return fail(
      'period',
      '无法识别的报告期；可写 2013-06、2013年6月、2013年1-6月、201306、2013Q2、2013年二季度、2013',
      'not a period; write 2013-06, 2013年6月, 2013年1-6月, 201306, 2013Q2, 2013年二季度 or 2013',
    );
  }
  return ok(period);
}

/** A number cell in base units (undefined when blank). */
function readNumber(value: unknown, matched: MatchedColumn): Read<number | undefined> {
  // Fast path for power-of-ten units, exact all the same (scalePlainDecimal says why).
  const { factor } = matched;
  if (factor.mantissa === 1n) {
    let scaled: number | undefined;
    if (typeof value === 'string') {
      scaled = scalePlainDecimal(value, factor.exponent);
    } else if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
      if (factor.exponent === 0) scaled = value === 0 ? 0 : value;
      else {
        const text = String(value);
        scaled = scalePlainDecimal(text, factor.exponent);
        if (scaled === undefined && !text.includes('e')) scaled = Number(`${text}e${factor.exponent}`);
      }
    }
    if (scaled !== undefined && (!matched.column.integer || Number.isInteger(scaled))) return ok(scaled);
  }
  let decimal: Decimal;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('not_a_number', '不是数值', 'not a number');
    decimal = decimalOfNumber(value);
  } else if (typeof value === 'string') {
    const parsed = parseNumberText(value);
    if (parsed === 'blank') return ok(undefined);
    if (parsed === undefined) return fail('not_a_number', '不是数值', 'not a number');
    decimal = parsed;
  } else if (value instanceof Date) {
    return fail(
      'not_a_number',
      '是日期而不是数值（单元格格式被设成了日期？）',
      'a date, not a number (is the cell formatted as a date?)',
    );
  } else {
    return fail('not_a_number', '不是数值', 'not a number');
  }
  if (decimal.mantissa < 0n) return fail('negative', '不能为负数', 'must not be negative');
  const base = multiplyDecimal(decimal, matched.factor);
  if (matched.column.integer && !isWholeDecimal(base)) {
    return fail('not_integer', '应为整数', 'must be a whole number');
  }
  return ok(decimalToNumber(base));
}

/** Splits a list cell: `;` `；` `,` `，` `、` or line breaks. */
function splitList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => splitList(v));
  if (typeof value === 'object' && value !== null) {
    // JSON: {"industry": "bio", "share": 0.2}
    const o = value as { industry?: unknown; code?: unknown; share?: unknown };
    const code = o.industry ?? o.code;
    return [o.share === undefined ? String(code) : `${String(code)}:${String(o.share)}`];
  }
  return cellText(value)
    .split(/[;；,，、\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function industryResolver(industries: readonly IndustryRef[]): (name: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const i of industries) {
    byName.set(i.code.toLowerCase(), i.code);
    byName.set(i.name.zh, i.code);
    if (!i.name.zh.endsWith('产业')) byName.set(`${i.name.zh}产业`, i.code);
    if (i.name.en) byName.set(i.name.en.toLowerCase(), i.code);
  }
  return (name) => byName.get(name) ?? byName.get(name.toLowerCase());
}

const ONE: Decimal = { mantissa: 1n, exponent: 0 };

function readShares(value: unknown, resolve: (name: string) => string | undefined): Read<SeiShare[]> {
  const result: SeiShare[] = [];
  let sum: Decimal = { mantissa: 0n, exponent: 0 };
  for (const item of splitList(value)) {
    const [namePart = '', sharePart] = item.split(/[:：]/, 2).map((s) => s.trim());
    const industry = resolve(namePart);
    if (!industry) {
      return fail(
        'unknown_industry',
        `「${namePart}」不是本计划的战略性新兴产业（写代码或中文名）`,
        `"${namePart}" is not an industry of the plan (write its code or Chinese name)`,
      );
    }
    if (result.some((r) => r.industry === industry)) {
      return fail('industry_repeated', `产业「${namePart}」重复`, `industry "${namePart}" is listed twice`);
    }
    let share: Decimal = ONE;
    if (sharePart !== undefined && sharePart !== '') {
      const percent = sharePart.endsWith('%');
      const parsed = parseNumberText(percent ? sharePart.slice(0, -1) : sharePart);
      if (parsed === undefined || parsed === 'blank') {
        return fail('share_range', `归属比例「${sharePart}」不是数值`, `share "${sharePart}" is not a number`);
      }
      share = percent ? { mantissa: parsed.mantissa, exponent: parsed.exponent - 2 } : parsed;
    }
    if (share.mantissa <= 0n || compareDecimal(share, ONE) > 0) {
      return fail(
        'share_range',
        `产业「${namePart}」的归属比例须大于0且不超过1`,
        `the share of "${namePart}" must be greater than 0 and at most 1`,
      );
    }
    sum = addDecimal(sum, share);
    result.push({ industry, share: decimalToNumber(share) });
  }
  if (compareDecimal(sum, ONE) > 0) {
    return fail(
      'share_sum',
      `各产业归属比例之和为 ${decimalToNumber(sum)}，超过1（不写比例即为1，多个产业须各写比例）`,
      `the shares add up to ${decimalToNumber(sum)}, over 1 (no share means 1: give each industry its share)`,
    );
  }
  return ok(result);
}

function readTags(value: unknown): Read<EnterpriseTag[]> {
  const tags: EnterpriseTag[] = [];
  for (const item of splitList(value)) {
    const tag = enterpriseTags.find((t) => t === item);
    if (!tag) {
      return fail(
        'unknown_tag',
        `未知的企业标签「${item}」；可用：${enterpriseTags.join('、')}`,
        `unknown tag "${item}"; allowed: ${enterpriseTags.join(', ')}`,
      );
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  return ok(tags);
}

// ---------------------------------------------------------------------------------------------------------------
// Periods

/** The month whose year-to-date figure a period is: a quarter its third month, a year December. */
function ytdKey(p: Period): string {
  return `${p.year}-${String(lastMonthOf(p)).padStart(2, '0')}`;
}

/** Every lock that covers a period: its own, its quarter's and year's, and the month whose YTD it equals. */
function locksCovering(p: Period): string[] {
  const keys = [formatPeriod(p), String(p.year), ytdKey(p)];
  if (p.kind === 'month') keys.push(`${p.year}Q${Math.ceil(p.month / 3)}`);
  if (p.kind === 'year') keys.push(`${p.year}Q4`);
  return keys;
}

function periodLabel(period: string): string {
  const p = parsePeriod(period);
  if (!p) return period;
  if (p.kind === 'year') return `${p.year}年`;
  if (p.kind === 'quarter') return `${p.year}年${['一', '二', '三', '四'][p.quarter - 1]}季度`;
  return `${p.year}年${p.month}月`;
}

// ---------------------------------------------------------------------------------------------------------------
// Year-to-date order

/** A YTD point: one file row (rowNumber) or a stored figure (rowNumber null), figures in base units. */
interface YtdPoint {
  entity: string;
  period: string;
  /** Year and YTD month of `period`, when already known. */
  year?: number;
  month?: number;
  rowNumber: number | null;
  values: Partial<Record<string, number>>;
}

interface YtdColumnInfo {
  header: string;
  factor: Decimal;
}

/** Within each entity and year, a cumulative figure must not fall below the nearest earlier month's. */
function ytdProblems(
  filePoints: readonly YtdPoint[],
  stored: readonly YtdPoint[],
  columns: ReadonlyMap<string, YtdColumnInfo>,
): ImportProblem[] {
  type Dated = YtdPoint & { year: number; month: number };
  // entity → year → points
  const groups = new Map<string, Map<number, Dated[]>>();
  const add = (point: YtdPoint, onlyExisting: boolean) => {
    let dated: Dated;
    if (point.year !== undefined && point.month !== undefined) {
      dated = point as Dated;
    } else {
      const p = parsePeriod(point.period);
      if (!p) return;
      dated = { ...point, year: p.year, month: lastMonthOf(p) };
    }
    let years = groups.get(dated.entity);
    if (!years) {
      if (onlyExisting) return;
      groups.set(dated.entity, (years = new Map()));
    }
    let list = years.get(dated.year);
    if (!list) {
      if (onlyExisting) return;
      years.set(dated.year, (list = []));
    }
    list.push(dated);
  };
  for (const point of filePoints) add(point, false);
  // Stored figures only matter for the entities and years the file touches.
  for (const point of stored) add(point, true);

  const problems: ImportProblem[] = [];
  for (const list of [...groups.values()].flatMap((years) => [...years.values()])) {
    // By month; within a month the file's row first, so it stands for the month and the stored figure is ignored.
    list.sort((a, b) => a.month - b.month || (a.rowNumber ?? Infinity) - (b.rowNumber ?? Infinity));
    for (const [indicator, info] of columns) {
      // The last figure so far: its point, value and month (plain variables: this runs for every point and column).
      let previous: YtdPoint | undefined;
      let previousValue = 0;
      let previousMonth = 0;
      for (let at = 0; at < list.length; at += 1) {
        const point = list[at] as Dated;
        const { month } = point;
        const value = point.values[indicator];
        // A blank cell leaves the month's figure alone; a month's second entry is a duplicate or the stored figure
        // the file replaces.
        if (value === undefined || (previous && previousMonth === month)) continue;
        if (previous && value < previousValue) {
          if (point.rowNumber !== null) {
            problems.push(
              ytdDecrease(info, point.rowNumber, value, previous.period, previousValue, previous.rowNumber),
            );
          } else if (previous.rowNumber !== null) {
            problems.push(ytdAboveStoredNext(info, previous.rowNumber, previousValue, point.period, value));
          }
        }
        previous = point;
        previousValue = value;
        previousMonth = month;
      }
    }
  }
  return problems;
}

/**
 * A year-to-date figure (of file row `row`) below the nearest earlier figure of its year: that of `previousPeriod`,
 * in file row `previousRow`, or stored (null).
 */
function ytdDecrease(
  info: YtdColumnInfo,
  row: number,
  value: number,
  previousPeriod: string,
  previousValue: number,
  previousRow: number | null,
): ImportProblem {
  const shown = fromBaseUnit(previousValue, info.factor);
  return {
    row,
    column: info.header,
    value: fromBaseUnit(value, info.factor),
    code: 'ytd_decrease',
    reason: {
      zh: `累计值低于同年${periodLabel(previousPeriod)}的累计值 ${shown}（${previousRow === null ? '已入库' : `第 ${previousRow} 行`}）`,
      en: `year-to-date figure is lower than ${previousPeriod}'s ${shown} (${previousRow === null ? 'stored' : `row ${previousRow}`}) of the same year`,
    },
  };
}

/** A file row's year-to-date figure above the stored figure of a later month (which would then fall below it). */
function ytdAboveStoredNext(
  info: YtdColumnInfo,
  row: number,
  value: number,
  nextPeriod: string,
  nextValue: number,
): ImportProblem {
  const shown = fromBaseUnit(nextValue, info.factor);
  return {
    row,
    column: info.header,
    value: fromBaseUnit(value, info.factor),
    code: 'ytd_above_stored_next',
    reason: {
      zh: `累计值高于已入库的同年${periodLabel(nextPeriod)}累计值 ${shown}`,
      en: `year-to-date figure is higher than the stored ${nextPeriod} figure ${shown} of the same year`,
    },
  };
}

/** A group's number: its entity's ordinal × GROUP_SPAN + the year's ordinal among the entity's years. */
const GROUP_SPAN = 65_536;

/**
 * The groups the year-to-date rule goes through — an entity's year — numbered as the rule visits them: by entity in
 * order of first appearance, then by the entity's years in order of first appearance (entity ordinal × GROUP_SPAN +
 * year ordinal; past 2^31 for a large register, so doubles). Shared by the file's rules (FilePoints, by code) and the
 * rule against stored months (YtdAgainstStored, by enterprise id).
 *
 * An entity's first year is kept in typed arrays by ordinal; only its later years go into maps. A file mostly holds
 * one year of each enterprise, so an import of a register of tens of thousands makes one map of them instead of three
 * (each map of that size is megabytes, and the copies it leaves as it grows stay until a full collection).
 */
export class EntityYears<E extends string | number> {
  /** By ordinal. */
  readonly entities: E[] = [];
  private readonly ordinalOf = new Map<E, number>();
  /** By ordinal: the entity's first year, and how many years it has. */
  private firstYear = new Int32Array(256);
  private yearCount = new Int32Array(256);
  /** The entities' later years: (ordinal × 10,000 + year) → the group, and the group → the year. */
  private readonly laterGroup = new Map<number, number>();
  private readonly laterYear = new Map<number, number>();

  /** The group of the entity's year, numbering the entity and the year on first sight. */
  group(entity: E, year: number): number {
    let e = this.ordinalOf.get(entity);
    if (e === undefined) {
      e = this.entities.length;
      this.entities.push(entity);
      this.ordinalOf.set(entity, e);
      if (e === this.firstYear.length) {
        this.firstYear = lengthened(this.firstYear, e * 2);
        this.yearCount = lengthened(this.yearCount, e * 2);
      }
      this.firstYear[e] = year;
      this.yearCount[e] = 1;
      return e * GROUP_SPAN;
    }
    if (this.firstYear[e] === year) return e * GROUP_SPAN;
    let g = this.laterGroup.get(e * 10_000 + year);
    if (g === undefined) {
      const y = this.yearCount[e] as number;
      this.yearCount[e] = y + 1;
      g = e * GROUP_SPAN + y;
      this.laterGroup.set(e * 10_000 + year, g);
      this.laterYear.set(g, year);
    }
    return g;
  }

  /** The group of the entity's year if it has been numbered. */
  find(entity: E, year: number): number | undefined {
    const e = this.ordinalOf.get(entity);
    if (e === undefined) return undefined;
    return this.firstYear[e] === year ? e * GROUP_SPAN : this.laterGroup.get(e * 10_000 + year);
  }

  entityOf(group: number): E {
    return this.entities[Math.floor(group / GROUP_SPAN)] as E;
  }

  yearOf(group: number): number {
    const y = group % GROUP_SPAN;
    return y === 0 ? (this.firstYear[(group - y) / GROUP_SPAN] as number) : (this.laterYear.get(group) as number);
  }
}

/** A copy of a typed array in a longer one. */
function lengthened<A extends Int32Array | Float64Array | Uint8Array>(a: A, length: number): A {
  const longer = new (a.constructor as new (length: number) => A)(length);
  longer.set(a);
  return longer;
}

/**
 * The rows whose entity, period and YTD figures FilePoints keeps (≈ 90 bytes a row for a returns file) while the
 * file is in order: past them, a file still in order is checked as it is read and keeps no more rows, so the memory
 * an import takes does not grow with the file. A file whose order breaks past them is read a second time.
 */
export const KEEP_ROWS_AT_MOST = 65_536;

/**
 * The columns of the last FilePoints that finished, for the next. Memory fresh from the system costs a page fault per
 * 4 KiB on first touch — on the machines measured, more than filling it (≈ 12–15 µs a fault): for a 50,000-row file,
 * 5 MB of columns took ≈ 15 ms that way, against under 1 ms reused. The import worker reads one file after another,
 * so it keeps one set, of KEEP_ROWS_AT_MOST rows at most (≈ 6 MB).
 */
let spareColumns:
  | { group: Float64Array; month: Uint8Array; period: Int32Array; rowNumber: Int32Array; figures: Float64Array }
  | undefined;

/** What FilePoints needs to word the rules' problems as rows come (the rules across rows). */
interface RowRules {
  /** The file's cumulative columns, by indicator. */
  columns: ReadonlyMap<string, YtdColumnInfo>;
  /** A row that repeats the row `first` of the same entity and YTD point. */
  duplicate: (row: number, first: number, entity: string) => ImportProblem;
  /** Rows kept while the file is in order (KEEP_ROWS_AT_MOST; Infinity: every row, for `points()`). */
  keepAtMost: number;
}

/**
 * The rules across rows — a row that repeats an earlier one (duplicates) and a YTD figure below the month before
 * (ytd) — over every row's entity, period and YTD figures.
 *
 * While the file is in entity, year and month order (as files usually are), the rules are applied as rows come, to
 * each row against the one before: the problems are those of the sorted rows, in the same order. The rows are also
 * kept, column by column in typed arrays (no object per row, a map entry per entity and year), up to `keepAtMost` of
 * them; if the order breaks, both rules sort the kept rows once by entity, year, month and row instead. Rows past
 * `keepAtMost` of a file still in order are not kept; if its order breaks after that, `needsRowsAgain` says so and
 * the caller hands every row over again to a FilePoints that keeps them all. The YTD rule gives the same problems as
 * ytdProblems over the file alone; `points()` gives the kept rows as objects when stored figures must join them.
 */
class FilePoints {
  private readonly groups = new EntityYears<string>();
  private readonly periods: string[] = [];
  private readonly periodIndex = new Map<string, number>();
  // The previous row's entity, year and group: a file lists an enterprise's months one after another. (The group
  // starts as a double, the kind it becomes: a field that changes kind costs the optimised code built on it.)
  private lastEntity = '';
  private lastYear = -1;
  private lastGroup = Number.NaN;
  /** Whether every row so far came after the one before in entity, year and month order. */
  inOrder = true;
  // The row before's group and month (the order), and the row its YTD point first came in (duplicates).
  private previousGroup = Number.NaN;
  private previousMonth = -1;
  private runFirstRow = 0;
  /** Rows added. */
  rows = 0;
  /** Rows kept in the columns: the first `size` of the file. */
  size = 0;
  /** Whether a row was not kept (the file was in order past keepAtMost rows). */
  dropped = false;
  // The rules applied as rows come, while in order: problems found, and for each checked column its last figure so
  // far in the group (NaN: none yet), that figure's row and period, and the group's decreases not yet handed on (a
  // group's problems go column by column, as in ytd()).
  private readonly streamedDuplicates: ImportProblem[] = [];
  private readonly streamedYtd: ImportProblem[] = [];
  private readonly checked: { k: number; info: YtdColumnInfo }[];
  private readonly lastFigure: Float64Array;
  private readonly lastRow: Int32Array;
  private readonly lastPeriod: Int32Array;
  private readonly groupDecreases: ImportProblem[][];
  // Room for `capacity` rows at first, twice as much at each step (each step allocates and copies every column).
  /** entity × 65,536 + year ordinal: past 2^31 for a large register, so in doubles. */
  private group: Float64Array;
  /** The YTD month (1–12); 0 for the register. */
  private month: Uint8Array;
  /** Index into `periods`. */
  private period: Int32Array;
  private rowNumber: Int32Array;
  /** size × keys.length figures, row by row; NaN when the row gave none. */
  private figures: Float64Array;
  /** Set by duplicates(): 1 for a row that repeats an earlier one, which the YTD rule then passes over. */
  private repeated: Uint8Array | undefined;
  private order: number[] | undefined;

  constructor(
    private readonly keys: readonly string[],
    capacity: number,
    private readonly rules: RowRules,
  ) {
    // The file's cumulative columns with their slots, once (not an entry per group and column).
    this.checked = [...rules.columns]
      .map(([indicator, info]) => ({ k: keys.indexOf(indicator), info }))
      .filter(({ k }) => k >= 0);
    this.lastFigure = new Float64Array(this.checked.length);
    this.lastRow = new Int32Array(this.checked.length);
    this.lastPeriod = new Int32Array(this.checked.length);
    this.groupDecreases = this.checked.map(() => []);
    // The columns a finished file left, when they are large enough: every slot is written before it is read.
    const kept = spareColumns;
    if (kept && kept.group.length >= capacity && kept.figures.length >= kept.group.length * keys.length) {
      spareColumns = undefined;
      ({ group: this.group, month: this.month, period: this.period, rowNumber: this.rowNumber } = kept);
      this.figures = kept.figures;
    } else {
      this.group = new Float64Array(capacity);
      this.month = new Uint8Array(capacity);
      this.period = new Int32Array(capacity);
      this.rowNumber = new Int32Array(capacity);
      this.figures = new Float64Array(capacity * keys.length);
    }
  }

  /** Hands the columns on to the next file's FilePoints; this one is not used again. */
  release(): void {
    if (this.group.length > KEEP_ROWS_AT_MOST) return;
    const { group, month, period, rowNumber, figures } = this;
    spareColumns = { group, month, period, rowNumber, figures };
  }

  private grow() {
    const capacity = this.group.length * 2;
    this.group = lengthened(this.group, capacity);
    this.month = lengthened(this.month, capacity);
    this.period = lengthened(this.period, capacity);
    this.rowNumber = lengthened(this.rowNumber, capacity);
    this.figures = lengthened(this.figures, capacity * this.keys.length);
  }

  /**
   * A row's entity and YTD point (none for the register), with its figures in base units: `figures[slots[k]]` is the
   * figure of keys[k], NaN when the row gave none.
   */
  add(
    entity: string,
    info: PeriodInfo | undefined,
    rowNumber: number,
    figures: Float64Array,
    slots: readonly number[],
  ): void {
    const year = info === undefined ? 0 : info.year;
    const g = entity === this.lastEntity && year === this.lastYear ? this.lastGroup : this.groupOf(entity, year);
    const p = info === undefined ? -1 : (this.periodIndex.get(info.text) ?? this.newPeriod(info.text));
    const month = info === undefined ? 0 : info.month;
    // Files usually come sorted by enterprise and month: then the rules run as rows come, and no sorting is needed.
    if (this.inOrder && this.rows > 0) {
      const before = this.previousGroup;
      if (g < before || (g === before && month < this.previousMonth)) this.inOrder = false;
    }
    if (this.inOrder) this.applyRules(entity, g, month, p, rowNumber, figures, slots);
    this.previousGroup = g;
    this.previousMonth = month;
    this.rows += 1;
    // Kept while every row before was (the sorting needs them all), up to keepAtMost while in order.
    if (this.dropped || (this.inOrder && this.size >= this.rules.keepAtMost)) {
      this.dropped = true;
      return;
    }
    if (this.size === this.group.length) this.grow();
    const i = this.size;
    this.group[i] = g;
    this.month[i] = month;
    this.period[i] = p;
    this.rowNumber[i] = rowNumber;
    const kept = this.figures;
    const width = this.keys.length;
    for (let k = 0; k < width; k += 1) kept[i * width + k] = figures[slots[k] as number] as number;
    this.size += 1;
  }

  /**
   * The two rules for a row of a file in order so far, against the row before: a repeat of its YTD point (which the
   * YTD rule then passes over), a figure below the group's last one. A group's decreases are handed on when it ends.
   */
  private applyRules(
    entity: string,
    g: number,
    month: number,
    p: number,
    rowNumber: number,
    figures: Float64Array,
    slots: readonly number[],
  ): void {
    if (g !== this.previousGroup) {
      this.endGroup();
      this.lastFigure.fill(Number.NaN);
    } else if (month === this.previousMonth) {
      this.streamedDuplicates.push(this.rules.duplicate(rowNumber, this.runFirstRow, entity));
      return;
    }
    this.runFirstRow = rowNumber;
    const { checked, lastFigure } = this;
    for (let c = 0; c < checked.length; c += 1) {
      const { k, info } = checked[c] as (typeof checked)[number];
      const value = figures[slots[k] as number] as number;
      if (Number.isNaN(value)) continue;
      const before = lastFigure[c] as number;
      if (value < before) {
        const period = this.periods[this.lastPeriod[c] as number] as string;
        (this.groupDecreases[c] as ImportProblem[]).push(
          ytdDecrease(info, rowNumber, value, period, before, this.lastRow[c] as number),
        );
      }
      lastFigure[c] = value;
      this.lastRow[c] = rowNumber;
      this.lastPeriod[c] = p;
    }
  }

  /** Hands the group's decreases on, column by column. */
  private endGroup(): void {
    for (const decreases of this.groupDecreases) {
      if (decreases.length === 0) continue;
      for (const problem of decreases) this.streamedYtd.push(problem);
      decreases.length = 0;
    }
  }

  /** Whether the rules need every row again (see the class): the order broke after rows stopped being kept. */
  get needsRowsAgain(): boolean {
    return !this.inOrder && this.dropped;
  }

  /** The problems of both rules: duplicates, then the YTD rule's. */
  problems(): ImportProblem[] {
    if (this.inOrder) {
      this.endGroup();
      return [...this.streamedDuplicates, ...this.streamedYtd];
    }
    if (this.dropped) throw new Error('the rules across rows need every row again (needsRowsAgain)');
    const duplicates = this.duplicates();
    return [...duplicates, ...this.ytd()];
  }

  /** The group of an entity's year, numbering it on first sight; remembered as the last row's. */
  private groupOf(entity: string, year: number): number {
    const g = this.groups.group(entity, year);
    this.lastEntity = entity;
    this.lastYear = year;
    this.lastGroup = g;
    return g;
  }

  private newPeriod(text: string): number {
    const p = this.periods.length;
    this.periods.push(text);
    this.periodIndex.set(text, p);
    return p;
  }

  /** Row indices by entity, year, month, then row. */
  private sorted(): number[] {
    if (this.order) return this.order;
    const { group, month, rowNumber } = this;
    const order = Array.from({ length: this.size }, (_, i) => i);
    // Rows are added in file order (row numbers rising): a file already in entity, year and month order is sorted.
    if (this.inOrder) return (this.order = order);
    // An array, not a typed one: its sort finds the runs a file sorted by enterprise already has (a typed array's
    // sort compares every pair of a merge sort).
    order.sort(
      (a, b) =>
        (group[a] as number) - (group[b] as number) ||
        (month[a] as number) - (month[b] as number) ||
        (rowNumber[a] as number) - (rowNumber[b] as number),
    );
    return (this.order = order);
  }

  /** Each kept row that repeats an earlier row's entity and YTD point (from the kept rows, whatever the order). */
  duplicates(): ImportProblem[] {
    const describe = this.rules.duplicate;
    const order = this.sorted();
    const { group, month, rowNumber } = this;
    const repeated = new Uint8Array(this.size);
    const problems: ImportProblem[] = [];
    // Rows of one key are next to each other, in file order: the first of a run is the row the others repeat.
    let first = 0;
    for (let at = 1; at < order.length; at += 1) {
      const i = order[at] as number;
      const f = order[first] as number;
      if (group[i] !== group[f] || month[i] !== month[f]) {
        first = at;
        continue;
      }
      repeated[i] = 1;
      const entity = this.groups.entityOf(group[i] as number);
      problems.push(describe(rowNumber[i] as number, rowNumber[f] as number, entity));
    }
    this.repeated = repeated;
    return problems;
  }

  /** The kept rows as YTD points (repeats left out, after problems()). */
  points(): YtdPoint[] {
    const width = this.keys.length;
    const figures = this.figures;
    const points: YtdPoint[] = [];
    for (let i = 0; i < this.size; i += 1) {
      if (this.repeated?.[i] === 1) continue;
      const values: Record<string, number> = {};
      this.keys.forEach((key, k) => {
        const v = figures[i * width + k] as number;
        if (!Number.isNaN(v)) values[key] = v;
      });
      const g = this.group[i] as number;
      points.push({
        entity: this.groups.entityOf(g),
        period: this.periods[this.period[i] as number] as string,
        year: this.groups.yearOf(g),
        month: this.month[i] as number,
        rowNumber: this.rowNumber[i] as number,
        values,
      });
    }
    return points;
  }

  /** ytdProblems(this.points(), [], columns) over the kept rows, without building the points; after duplicates(). */
  private ytd(): ImportProblem[] {
    if (this.keys.length === 0) return [];
    const { group, rowNumber, figures, checked } = this;
    const repeated = this.repeated ?? new Uint8Array(this.size);
    const width = this.keys.length;
    const order = this.sorted();
    const problems: ImportProblem[] = [];
    const found: number[] = [];
    for (let start = 0; start < order.length;) {
      const g = group[order[start] as number];
      let end = start + 1;
      while (end < order.length && group[order[end] as number] === g) end += 1;
      for (let c = 0; c < checked.length; c += 1) {
        const { k, info } = checked[c] as (typeof checked)[number];
        if (found.length > 0) found.length = 0;
        decreases(figures, width, k, order, start, end, repeated, found);
        for (let f = 0; f < found.length; f += 2) {
          const i = found[f] as number;
          const previous = found[f + 1] as number;
          problems.push(
            ytdDecrease(
              info,
              rowNumber[i] as number,
              figures[i * width + k] as number,
              this.periods[this.period[previous] as number] as string,
              figures[previous * width + k] as number,
              rowNumber[previous] as number,
            ),
          );
        }
      }
      start = end;
    }
    return problems;
  }
}

/**
 * Within one group (rows order[start..end), sorted by month), the rows whose figure in column k is below the last
 * figure before it, each pushed into `out` as the pair (row, that earlier row). A small function of numbers and typed
 * arrays only, called for every group and column: it is optimised after a few calls and stays so, where the same loop
 * inside ytd() ran unoptimised (ytd() runs once per file, and its optimised code was thrown away at every new file).
 */
function decreases(
  figures: Float64Array,
  width: number,
  k: number,
  order: readonly number[],
  start: number,
  end: number,
  repeated: Uint8Array,
  out: number[],
): void {
  let previous = -1;
  for (let at = start; at < end; at += 1) {
    const i = order[at] as number;
    if (repeated[i] === 1) continue;
    const value = figures[i * width + k] as number;
    if (Number.isNaN(value)) continue;
    if (previous >= 0 && value < (figures[previous * width + k] as number)) out.push(i, previous);
    previous = i;
  }
}

/**
 * The year-to-date rule between a file's rows and stored figures, for the writer, which holds them inside its
 * transaction: the problems, and their order, of the rule over the same rows and stored months as ytdProblems has it,
 * from points kept column by column in typed arrays (a month's file joins tens of thousands of rows and stored
 * months; an object per point and figure cost more than the rule). Entities are numbers (the enterprise's id).
 * Stored months join only the entity-years that file rows were added for: add the rows first.
 */
export class YtdAgainstStored {
  /** The year-to-date columns, and their figures' places in a row's figures (figureKeysOf('returns') order). */
  private readonly keys = figureKeysOf('returns').filter((key) => cumulativeKeysOfReturns.has(key));
  private readonly slots = this.keys.map((key) => figureKeysOf('returns').indexOf(key));
  /** The groups (an enterprise's year) in order of first row: ytdProblems' order. */
  private readonly groups = new EntityYears<number>();
  private readonly periods: string[] = [];
  private readonly periodIndex = new Map<string, number>();
  private group = new Float64Array(1024);
  private month = new Uint8Array(1024);
  /** The file row; STORED for a stored month, which sorts after the file's row of the same month. */
  private row = new Int32Array(1024);
  /** Index into `periods`: the file row's period as the file gave it (a stored month's is its month). */
  private period = new Int32Array(1024);
  private figures = new Float64Array(1024 * this.keys.length);
  /** Points added: file rows, then stored months. */
  size = 0;
  /** File rows added. */
  rows = 0;

  /**
   * A file row: its entity, year and YTD month, canonical period, row number, and figures in base units
   * (figureKeysOf('returns') order from `offset`, NaN where blank).
   */
  addRow(
    entity: number,
    year: number,
    month: number,
    period: string,
    rowNumber: number,
    figures: Float64Array,
    offset: number,
  ): void {
    const g = this.groups.group(entity, year);
    let p = this.periodIndex.get(period);
    if (p === undefined) {
      p = this.periods.length;
      this.periods.push(period);
      this.periodIndex.set(period, p);
    }
    this.push(g, month, rowNumber, p, figures, offset);
    this.rows += 1;
  }

  /** A stored month (figures as addRow's); ignored unless a file row of its entity and year was added. */
  addStored(entity: number, year: number, month: number, figures: Float64Array, offset: number): void {
    const g = this.groups.find(entity, year);
    if (g !== undefined) this.push(g, month, STORED, -1, figures, offset);
  }

  private push(g: number, month: number, row: number, period: number, figures: Float64Array, offset: number) {
    const width = this.keys.length;
    if (this.size === this.group.length) {
      const capacity = this.size * 2;
      this.group = lengthened(this.group, capacity);
      this.month = lengthened(this.month, capacity);
      this.row = lengthened(this.row, capacity);
      this.period = lengthened(this.period, capacity);
      this.figures = lengthened(this.figures, capacity * width);
    }
    const i = this.size;
    this.group[i] = g;
    this.month[i] = month;
    this.row[i] = row;
    this.period[i] = period;
    for (let k = 0; k < width; k += 1) {
      this.figures[i * width + k] = figures[offset + (this.slots[k] as number)] as number;
    }
    this.size += 1;
  }

  /** The problems; headers and units from `columns` when given, else the English keys and base units. */
  problems(columns: readonly MatchedColumn[] = []): ImportProblem[] {
    const { group, month, row, figures } = this;
    const width = this.keys.length;
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort(
      (a, b) =>
        (group[a] as number) - (group[b] as number) ||
        (month[a] as number) - (month[b] as number) ||
        (row[a] as number) - (row[b] as number),
    );
    const info = cumulativeColumns('returns', columns);
    const checked = [...info].map(([key, column]) => ({ k: this.keys.indexOf(key), column })).filter(({ k }) => k >= 0);
    const problems: ImportProblem[] = [];
    for (let start = 0; start < order.length;) {
      const g = group[order[start] as number] as number;
      let end = start + 1;
      while (end < order.length && group[order[end] as number] === g) end += 1;
      for (const { k, column } of checked) {
        // The last figure so far: its point and month. A blank leaves the month's figure alone; a month's second
        // entry is the stored figure the file's row replaces.
        let previous = -1;
        for (let at = start; at < end; at += 1) {
          const i = order[at] as number;
          const value = figures[i * width + k] as number;
          if (Number.isNaN(value) || (previous >= 0 && month[previous] === month[i])) continue;
          if (previous >= 0 && value < (figures[previous * width + k] as number)) {
            const before = figures[previous * width + k] as number;
            if (row[i] !== STORED) {
              const previousRow = row[previous] === STORED ? null : (row[previous] as number);
              problems.push(ytdDecrease(column, row[i] as number, value, this.periodOf(previous), before, previousRow));
            } else if (row[previous] !== STORED) {
              problems.push(ytdAboveStoredNext(column, row[previous] as number, before, this.periodOf(i), value));
            }
          }
          previous = i;
        }
      }
      start = end;
    }
    return problems;
  }

  private periodOf(i: number): string {
    const p = this.period[i] as number;
    if (p >= 0) return this.periods[p] as string;
    return formatMonth(this.groups.yearOf(this.group[i] as number), this.month[i] as number);
  }
}

/** The row number of a stored point: after every file row of its month. */
const STORED = 2 ** 31 - 1;
const cumulativeKeysOfReturns = new Set(
  columnsOf('returns')
    .filter((c) => c.cumulative)
    .map((c) => c.key),
);

function cumulativeColumns(kind: ImportKind, matched: readonly MatchedColumn[]): Map<string, YtdColumnInfo> {
  const map = new Map<string, YtdColumnInfo>();
  const byKey = new Map(matched.map((m) => [m.column.key, m]));
  for (const column of columnsOf(kind)) {
    if (!column.cumulative) continue;
    const m = byKey.get(column.key);
    map.set(column.key, m ? { header: m.header, factor: m.factor } : { header: column.key, factor: ONE });
  }
  return map;
}

// ---------------------------------------------------------------------------------------------------------------
// The validator

/**
 * Takes valid rows as their parts instead of as objects (RowValidator.pushInto): a file of 50,000 returns is then
 * read without an object per row.
 */
export interface RowSink {
  /**
   * `entity`: the enterprise's code (returns) or the region (region totals); `period` canonical; `figures` in base
   * units, in figureKeysOf(kind) order, NaN where the cell was blank. The array is reused for the next row.
   */
  add(rowNumber: number, entity: string, period: string, figures: Float64Array): void;
}

/** The number columns of a kind in the order a RowSink gets their figures. */
export function figureKeysOf(kind: ImportKind): string[] {
  return columnsOf(kind)
    .filter((c) => c.type === 'number')
    .map((c) => c.key);
}

/** Validates rows one at a time, keeping only what the cross-row rules need; finish() runs those rules. */
export interface RowValidator<R> {
  /** Validates one row, appending its problems to `problems`: the typed row, or null when it has a problem. */
  push(row: SheetRow, problems: ImportProblem[]): R | null;
  /**
   * Validates one row like push; a valid one goes to `sink` (when given) as its parts, not as an object. Returns and
   * region totals only. Whether the row is valid.
   */
  pushInto(row: SheetRow, problems: ImportProblem[], sink: RowSink | undefined): boolean;
  /**
   * Whether the rules across rows need every row once more before finish(): a file in order past the rows they keep
   * (KEEP_ROWS_AT_MOST) whose order broke after them. Then each row goes to readAgain, in file order.
   */
  needsRowsAgain(): boolean;
  readAgain(row: SheetRow): void;
  /** The rules across rows (YTD order, against stored figures when the context can look them up). */
  finish(): Promise<ImportProblem[]>;
}

const REASON_REQUIRED: Reason = { zh: '必填，不能为空', en: 'required, must not be blank' };
const REASON_NOT_SCALAR: Reason = { zh: '应为单个值', en: 'expected a single value' };
const REASON_NO_FIGURES: Reason = { zh: '此行没有任何数值', en: 'the row has no figures' };
const REASON_UNKNOWN_ENTERPRISE: Reason = {
  zh: '企业名录中没有此统一社会信用代码（或不在您的管辖范围内）；请先导入企业名录',
  en: 'no enterprise with this code in the register (or not in your area); import the register first',
};
const REASON_UNCALCULATED: Reason = {
  zh: '公式没有可用的结果（结果是错误值，或文件由程序生成而未经计算）；请改正公式，或在 Excel 中打开并保存后再导入',
  en: 'the formula has no usable result (an error, or the file was written by a program and never calculated); fix it, or open and save the file in Excel',
};

function addProblem(
  problems: ImportProblem[],
  row: number,
  column: MatchedColumn | string | null,
  raw: unknown,
  code: ProblemCode,
  reason: Reason,
): void {
  problems.push({
    row,
    column: typeof column === 'string' || column === null ? column : column.header,
    value: displayValue(raw),
    code,
    reason,
  });
}

/** A row's cell of a column: by position when the reader gave the row as read, else by key. */
function cellOf(row: SheetRow, m: MatchedColumn): unknown {
  return row.values && m.index !== undefined ? row.values[m.index] : row.cells[m.cellKey];
}

/** Memoises a reader by the cell's text: a returns file repeats each code twelve times and each period thousands. */
function memoised<T>(read: (raw: unknown) => Read<T>): (raw: unknown) => Read<T> {
  const cache = new Map<string, Read<T>>();
  return (raw) => {
    if (typeof raw !== 'string') return read(raw);
    let result = cache.get(raw);
    if (result === undefined) {
      result = read(raw);
      // A cell's text is cut from the 64 KiB of the file it was read with, and keeps all of it alive while it is
      // kept: kept for the whole file (cache keys, codes), copies keep only themselves.
      if (typeof result === 'string') result = detached(result) as Read<T>;
      cache.set(detached(raw), result);
    }
    return result;
  };
}

/** A copy of a text that does not hold on to the larger text it may have been cut from. */
function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

/**
 * A validator for one file of a kind. `columns` are the matched headers (matchHeaders); source says what the cells
 * came from (an xlsx may hold dates where a period was typed).
 */
export function createRowValidator<K extends ImportKind>(
  kind: K,
  columns: readonly MatchedColumn[],
  context: ImportContext,
  source: {
    format: SourceFormat;
    date1904?: boolean;
    /** About how many rows the file holds (from its size): room for them is made at once. */
    expectedRows?: number;
    /** The rows the rules across rows keep while the file is in order (KEEP_ROWS_AT_MOST; tests set fewer). */
    keepRowsAtMost?: number;
  } = { format: 'csv' },
): RowValidator<ImportRowByKind[K]> {
  const src: Source = { format: source.format, date1904: source.date1904 === true };
  const resolveIndustry = industryResolver(context.industries);
  const regionCodes =
    kind === 'enterprises' ? (context.enterpriseRegionCodes ?? context.regionCodes) : context.regionCodes;
  const cumulative = cumulativeColumns(kind, columns);
  const cumulativeKeys = [...cumulative.keys()].filter((k) => columns.some((c) => c.column.key === k));
  // A row's figures, by the kind's number columns (figureKeysOf), refilled for each row: no object per row.
  const figureKeys = figureKeysOf(kind);
  const figures = new Float64Array(figureKeys.length);
  const slotOfColumn = columns.map((m) => figureKeys.indexOf(m.column.key));
  const pointSlots = cumulativeKeys.map((k) => figureKeys.indexOf(k));
  const byKey = new Map(columns.map((c) => [c.column.key, c]));
  const entityKey = kind === 'region-stats' ? 'region' : 'uscc';
  const entityColumn = byKey.get(entityKey) ?? null;
  const periodColumn = byKey.get('period') ?? null;
  const what = kind === 'enterprises' ? '同一企业' : '同一报告期';
  // The stored-figure rule joins every row of the file, so then they are all kept.
  const joinsStored = kind === 'returns' && context.storedYtd !== undefined;
  const keepAtMost = joinsStored ? Infinity : (source.keepRowsAtMost ?? KEEP_ROWS_AT_MOST);
  const rules: RowRules = {
    columns: cumulative,
    keepAtMost,
    duplicate: (row, first, entity) => {
      const problems: ImportProblem[] = [];
      addProblem(problems, row, entityColumn, entity, 'duplicate_row', {
        zh: `与第 ${first} 行重复（${what}）`,
        en: `duplicates row ${first} (same ${kind === 'enterprises' ? 'enterprise' : 'entity and period'})`,
      });
      return problems[0] as ImportProblem;
    },
  };
  // Room made at once for the rows the file is expected to hold (within bounds: a guess from its size), as growing
  // copies every column and fresh memory is not free.
  const capacity = Math.min(Math.max(source.expectedRows ?? 0, 1024), keepAtMost);
  let points = new FilePoints(cumulativeKeys, capacity, rules);
  const figureColumns = columns.filter((c) => c.column.type === 'number');
  const uscc = memoised(readUscc);
  const period = memoised((raw): Read<PeriodInfo> => {
    const read = readPeriod(raw, src);
    return read instanceof Failure ? read : periodInfo(read);
  });
  const region = memoised((raw) => readRegion(raw, regionCodes, context.allowedRegions));

  const readCell = (m: MatchedColumn, raw: unknown): Read<unknown> => {
    switch (m.column.type) {
      case 'text':
        return readText(raw, 200);
      case 'uscc':
        return uscc(raw);
      case 'region':
        return region(raw);
      case 'industry_code':
        return readIndustryCode(raw);
      case 'sei_industries':
        return readShares(raw, resolveIndustry);
      case 'tags':
        return readTags(raw);
      case 'boolean':
        return readBoolean(raw);
      case 'period':
        return period(raw);
      case 'number':
        return readNumber(raw, m);
    }
  };

  // The row check() last read: its fields other than figures (those are in `figures`), entity and period.
  let typed: Record<string, unknown> = {};
  let entity: string | undefined;
  let rowPeriod: PeriodInfo | undefined;

  /** Reads and checks one row into typed, figures, entity and rowPeriod: whether it has no problem. */
  const check = (sheetRow: SheetRow, problems: ImportProblem[]): boolean => {
    const rowNumber = sheetRow.rowNumber;
    const problemsBefore = problems.length;

    // Indexed: this runs for every row, and a for-of over the (mostly empty) list cost an iterator each time.
    for (let e = 0; e < sheetRow.extra.length; e += 1) {
      const cell = sheetRow.extra[e] as SheetRow['extra'][number];
      addProblem(problems, rowNumber, `(${cell.position})`, cell.value, 'value_without_header', {
        zh: `${cell.position}列没有表头，却有数据`,
        en: `column ${cell.position} has a value but no header`,
      });
    }

    // Each column read into `typed`, by English key, and figures into `figures`; a blank cell is left out.
    typed = {};
    figures.fill(Number.NaN);
    let figureCount = 0;
    let figureProblems = 0;
    // By position when the reader gave the row as read (no object keyed by header per row), else by key (cellOf,
    // written out: this runs for every cell).
    const positional = sheetRow.values;
    for (let c = 0; c < columns.length; c += 1) {
      const m = columns[c] as MatchedColumn;
      const raw = positional && m.index !== undefined ? positional[m.index] : sheetRow.cells[m.cellKey];
      const column: ColumnDefinition = m.column;
      const before = problems.length;
      if (isCellError(raw)) {
        const reason = raw.error
          ? { zh: `单元格是错误值 ${raw.error}`, en: `the cell holds the error ${raw.error}` }
          : REASON_UNCALCULATED;
        addProblem(problems, rowNumber, m, raw, 'formula_error', reason);
      } else if (isBlank(raw) || (Array.isArray(raw) && raw.length === 0 && column.type !== 'sei_industries')) {
        if (column.required) addProblem(problems, rowNumber, m, null, 'required', REASON_REQUIRED);
        else if (column.type === 'sei_industries' || column.type === 'tags') typed[column.key] = [];
        else if (column.type === 'industry_code') typed[column.key] = null;
      } else if (
        typeof raw === 'object' &&
        !(raw instanceof Date) &&
        column.type !== 'sei_industries' &&
        column.type !== 'tags'
      ) {
        addProblem(problems, rowNumber, m, raw, 'not_scalar', REASON_NOT_SCALAR);
      } else {
        const read = readCell(m, raw);
        if (read instanceof Failure) addProblem(problems, rowNumber, m, raw, read.code, read.reason);
        else if (read !== undefined) {
          if (column.type === 'number') {
            figures[slotOfColumn[c] as number] = read as number;
            figureCount += 1;
          } else {
            typed[column.key] = read;
          }
        }
      }
      if (column.type === 'number' && problems.length > before) figureProblems += 1;
    }

    // Row-level rules.
    rowPeriod = typed.period as PeriodInfo | undefined;
    entity = typed[entityKey] as string | undefined;

    if (kind !== 'enterprises' && figureCount === 0 && figureProblems === 0 && figureColumns.length > 0) {
      addProblem(problems, rowNumber, null, null, 'no_figures', REASON_NO_FIGURES);
    }

    if (kind === 'returns' && entity !== undefined && context.knownEnterprises?.has(entity) === false) {
      addProblem(problems, rowNumber, entityColumn, entity, 'unknown_enterprise', REASON_UNKNOWN_ENTERPRISE);
    }

    if (rowPeriod && context.lockedPeriods && context.lockedPeriods.size > 0) {
      const lock = locksCovering(rowPeriod.period).find((k) => context.lockedPeriods?.has(k));
      if (lock !== undefined) {
        addProblem(problems, rowNumber, periodColumn, periodColumn && cellOf(sheetRow, periodColumn), 'period_locked', {
          zh: `报告期 ${periodLabel(lock)} 已锁定（已发布），不能再导入；如需更正请联系管理员解锁`,
          en: `period ${lock} is locked (published); ask an administrator to unlock it`,
        });
      }
    }

    // For the rules across rows (finish): a register lists an enterprise once; a return or total once per YTD point
    // (2013-12 is 2013), and its cumulative figures do not fall.
    if (entity !== undefined && (kind === 'enterprises' || rowPeriod)) {
      points.add(entity, rowPeriod, rowNumber, figures, pointSlots);
    }
    return problems.length === problemsBefore;
  };

  const push = (sheetRow: SheetRow, problems: ImportProblem[]): ImportRowByKind[K] | null => {
    if (!check(sheetRow, problems)) return null;
    const values: Record<string, number> = {};
    for (let f = 0; f < figureKeys.length; f += 1) {
      const v = figures[f] as number;
      if (!Number.isNaN(v)) values[figureKeys[f] as string] = v;
    }
    return buildRow(kind, sheetRow.rowNumber, typed, values) as ImportRowByKind[K];
  };

  const pushInto = (sheetRow: SheetRow, problems: ImportProblem[], sink: RowSink | undefined): boolean => {
    if (kind === 'enterprises') throw new Error('pushInto takes returns and region totals only');
    if (!check(sheetRow, problems)) return false;
    sink?.add(sheetRow.rowNumber, entity as string, (rowPeriod as PeriodInfo).text, figures);
    return true;
  };

  // The second reading (needsRowsAgain): a FilePoints that keeps every row, and each row checked again for it alone.
  let readingAgain = false;
  const discarded: ImportProblem[] = [];
  const readAgain = (sheetRow: SheetRow): void => {
    if (!readingAgain) {
      readingAgain = true;
      points.release();
      points = new FilePoints(cumulativeKeys, capacity, { ...rules, keepAtMost: Infinity });
    }
    check(sheetRow, discarded);
    discarded.length = 0;
  };

  const finish = async (): Promise<ImportProblem[]> => {
    if (!(joinsStored && context.storedYtd && points.size > 0)) {
      const problems = points.problems();
      points.release();
      return problems;
    }
    const duplicates = points.duplicates();
    const filePoints = points.points();
    points.release();
    const keys = new Map<string, { uscc: string; year: number }>();
    for (const p of filePoints) {
      const year = p.year ?? Number(p.period.slice(0, 4));
      keys.set(`${p.entity}\u0000${year}`, { uscc: p.entity, year });
    }
    const found = await context.storedYtd([...keys.values()]);
    const stored = found.map((s) => ({ entity: s.uscc, period: s.period, rowNumber: null, values: s.values }));
    return [...duplicates, ...ytdProblems(filePoints, stored, cumulative)];
  };

  return { push, pushInto, needsRowsAgain: () => points.needsRowsAgain, readAgain, finish };
}

function buildRow(
  kind: ImportKind,
  rowNumber: number,
  typed: Record<string, unknown>,
  values: Record<string, number>,
): ImportRow {
  const period = typed.period as PeriodInfo | undefined;
  switch (kind) {
    case 'enterprises': {
      const row: EnterpriseRow = {
        rowNumber,
        uscc: typed.uscc as string,
        name: typed.name as string,
        region: typed.region as string,
        above_scale: typed.above_scale as boolean,
      };
      if ('industry_code' in typed) row.industry_code = typed.industry_code as string | null;
      if ('sei_industries' in typed) row.sei_industries = typed.sei_industries as SeiShare[];
      if ('tags' in typed) row.tags = typed.tags as EnterpriseTag[];
      return row;
    }
    case 'returns':
      return { rowNumber, uscc: typed.uscc as string, period: (period as PeriodInfo).text, values };
    case 'region-stats':
      return { rowNumber, region: typed.region as string, period: (period as PeriodInfo).text, values };
  }
}

/** Validates rows already in memory (an API payload, a test): every problem, and the typed rows when there are none. */
export async function validateRows<K extends ImportKind>(
  kind: K,
  rows: Iterable<SheetRow> | AsyncIterable<SheetRow>,
  columns: readonly MatchedColumn[],
  context: ImportContext,
  source?: { format: SourceFormat; date1904?: boolean },
): Promise<{ rows: ImportRowByKind[K][]; problems: ImportProblem[] }> {
  // Every row kept: the rows are in memory already, and an iterable may not be read twice.
  const validator = createRowValidator(kind, columns, context, { format: 'csv', ...source, keepRowsAtMost: Infinity });
  const typed: ImportRowByKind[K][] = [];
  const problems: ImportProblem[] = [];
  for await (const row of rows) {
    const typedRow = validator.push(row, problems);
    if (typedRow) typed.push(typedRow);
  }
  problems.push(...(await validator.finish()));
  return { rows: problems.length === 0 ? typed : [], problems };
}

/**
 * Reporting periods (报告期). Canonical text: `2013` (year), `2013Q2` (quarter), `2013-06` (month). Chinese returns
 * also write `2013年6月`, `2013年1-6月` / `2013年1—6月` (year to date, which is how returns are filed anyway),
 * `201306`, `2013年` and `2013年二季度` / `2013年第2季度`; all are read into the same Period.
 */
export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number };

const CHINESE_QUARTERS: Record<string, 1 | 2 | 3 | 4> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

/** Reads a period in any accepted form; undefined when the text is not one. */
export function parsePeriod(input: string | number): Period | undefined {
  const text = String(input).trim().replace(/\s+/g, '');
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})年?$/.exec(text))) return year(Number(m[1]));
  if ((m = /^(\d{4})[-/.](\d{1,2})$/.exec(text))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})(\d{2})$/.exec(text))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})年(\d{1,2})月(份)?$/.exec(text))) return month(Number(m[1]), Number(m[2]));
  // Year to date: "2013年1-6月" is the June return.
  if ((m = /^(\d{4})年1[-—–~至](\d{1,2})月$/.exec(text))) return month(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})[Qq]([1-4])$/.exec(text))) return quarter(Number(m[1]), Number(m[2]));
  if ((m = /^(\d{4})年(第)?([一二三四1-4])季度$/.exec(text))) {
    const q = CHINESE_QUARTERS[m[3] ?? ''];
    return q ? quarter(Number(m[1]), q) : undefined;
  }
  return undefined;
}

function year(y: number): Period | undefined {
  return y >= YEAR_MIN && y <= YEAR_MAX ? { kind: 'year', year: y } : undefined;
}

function month(y: number, m: number): Period | undefined {
  return year(y) && m >= 1 && m <= 12 ? { kind: 'month', year: y, month: m } : undefined;
}

function quarter(y: number, q: number): Period | undefined {
  return year(y) && q >= 1 && q <= 4 ? { kind: 'quarter', year: y, quarter: q as 1 | 2 | 3 | 4 } : undefined;
}

/** The canonical text: `2013`, `2013Q2`, `2013-06`. */
export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'quarter':
      return `${p.year}Q${p.quarter}`;
    case 'month':
      return `${p.year}-${String(p.month).padStart(2, '0')}`;
  }
}

/** A month as canonical text: `formatMonth(2013, 6)` → `2013-06`. */
export function formatMonth(year: number, month: number): string {
  return formatPeriod({ kind: 'month', year, month });
}

/** The last month a period covers: a year is its December, a quarter its third month. */
export function lastMonthOf(p: Period): number {
  return p.kind === 'year' ? 12 : p.kind === 'quarter' ? p.quarter * 3 : p.month;
}

/** The same period a year earlier (同期). */
export function previousYearOf(p: Period): Period {
  return { ...p, year: p.year - 1 };
}

/** Chinese label as statistics offices print it: `2013年`, `2013年二季度`, `2013年1—6月` (year to date). */
export function periodLabelZh(p: Period, options: { yearToDate?: boolean } = {}): string {
  switch (p.kind) {
    case 'year':
      return `${p.year}年`;
    case 'quarter':
      return `${p.year}年${['一', '二', '三', '四'][p.quarter - 1]}季度`;
    case 'month':
      if (options.yearToDate && p.month > 1) return `${p.year}年1—${p.month}月`;
      return `${p.year}年${p.month}月`;
  }
}

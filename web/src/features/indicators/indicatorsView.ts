import { formatNumber } from '../../format';
import { messages, type Locale } from '../../i18n/messages';

/**
 * Pure helpers of the indicator dashboards: periods, the figure behind each indicator, how values, growths and
 * statuses are shown, and the series the charts draw. No React, so each is tested on its own.
 */

export type Status = 'met' | 'on_track' | 'at_risk' | 'off_track' | 'no_data';
export type ValueUnit = 'yuan' | 'ratio';
export type TargetKind = 'level' | 'multiple' | 'share' | 'annual_growth' | 'annual_change' | 'ratio_floor';

/** Green when met or on track, amber at risk, red off track, grey without data. */
export const statusColor: Record<Status, string> = {
  met: '#237804',
  on_track: '#52c41a',
  at_risk: '#faad14',
  off_track: '#f5222d',
  no_data: '#bfbfbf',
};

/** Worst first: how lists of targets and counties are ordered. */
export const statusOrder: Record<Status, number> = { off_track: 0, at_risk: 1, on_track: 2, met: 3, no_data: 4 };

/** The figure code the plan indicator is read from (INDICATORS.md; the server's planIndicatorFigures). */
export const figureCodeOf: Record<string, string> = {
  sei_output: 'output_value',
  sei_value_added: 'value_added',
  sei_output_share: 'output_share',
  sei_value_added_share_of_gdp: 'value_added_share_of_gdp',
  sei_rd_intensity: 'rd_intensity',
  sei_output_growth: 'output_value',
  sei_value_added_growth: 'value_added',
};

export type PeriodKind = 'year' | 'quarter' | 'month';
export interface Period {
  kind: PeriodKind;
  year: number;
  /** The quarter (1–4) or month (1–12); absent for a year. */
  part?: number;
}

/** `2013`, `2013Q2`, `2013-06`; undefined for anything else. */
export function parsePeriod(text: string | null | undefined): Period | undefined {
  if (!text) return undefined;
  let m = /^(\d{4})$/.exec(text);
  if (m) return { kind: 'year', year: Number(m[1]) };
  m = /^(\d{4})Q([1-4])$/.exec(text);
  if (m) return { kind: 'quarter', year: Number(m[1]), part: Number(m[2]) };
  m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (m) return { kind: 'month', year: Number(m[1]), part: Number(m[2]) };
  return undefined;
}

export function formatPeriodText(p: Period): string {
  if (p.kind === 'year') return String(p.year);
  if (p.kind === 'quarter') return `${p.year}Q${p.part ?? 1}`;
  return `${p.year}-${String(p.part ?? 1).padStart(2, '0')}`;
}

/** The last month a period's year-to-date figure reaches. */
export function lastMonthOf(p: Period): number {
  if (p.kind === 'year') return 12;
  if (p.kind === 'quarter') return (p.part ?? 1) * 3;
  return p.part ?? 1;
}

/** The period in words: 2013年, 2013年第二季度（1—6月）, 2013年1—6月. */
export function periodLabel(p: Period, locale: Locale): string {
  const f = messages[locale].indicators.periodName;
  if (p.kind === 'year') return f.year(p.year);
  if (p.kind === 'quarter') return f.quarter(p.year, p.part ?? 1, lastMonthOf(p));
  return f.month(p.year, p.part ?? 1);
}

/** Every year from `from` to `to`, both included (empty when to < from). */
export function yearsBetween(from: number, to: number): number[] {
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** An amount in 亿元 with two decimals ("2079.51亿元"); English: billions of yuan with two decimals. */
export function formatYi(yuan: number, locale: Locale): string {
  const f = messages[locale].format;
  if (f.amountStyle === 'chinese') return f.amount(formatNumber(yuan / 1e8, locale, 2, 2), 'yi');
  return f.amount(formatNumber(yuan / 1e9, locale, 2, 2), 'billion');
}

/** A fraction as a percentage with the given decimals, always shown: 0.31694 → "31.69%". */
export function formatPct(fraction: number, locale: Locale, digits = 2): string {
  return `${formatNumber(fraction * 100, locale, digits, digits)}%`;
}

/** A value in its unit: amounts in 亿元, ratios in %; "—" when absent. */
export function formatFigure(value: number | null | undefined, unit: string, locale: Locale): string {
  if (value === null || value === undefined) return messages[locale].app.none;
  if (unit === 'yuan') return formatYi(value, locale);
  if (unit === 'ratio') return formatPct(value, locale);
  return formatNumber(value, locale, 2);
}

/** A growth with its sign: +19.48%; a change of a ratio in points: +2.13个百分点. */
export function formatGrowth(growth: number | null | undefined, unit: string, locale: Locale): string {
  if (growth === null || growth === undefined) return messages[locale].app.none;
  const sign = growth > 0 ? '+' : growth < 0 ? '−' : '';
  const size = Math.abs(growth);
  if (unit === 'ratio') return sign + messages[locale].format.points(formatNumber(size * 100, locale, 2, 2));
  return `${sign}${formatNumber(size * 100, locale, 2, 2)}%`;
}

/** Whether a target's required growth and forecast are in points (shares) rather than a growth rate. */
export function measuresPoints(kind: TargetKind): boolean {
  return kind === 'share' || kind === 'annual_change' || kind === 'ratio_floor';
}

/** What is still needed each year to reach the target: "尚需年均增长31.57%" or "尚需每年提高0.85个百分点". */
export function formatRequired(kind: TargetKind, required: number | null, locale: Locale): string | null {
  if (required === null) return null;
  const t = messages[locale].indicators;
  // Below zero the actual is already above the target value: nothing more is needed.
  if (required <= 0) return t.aboveTarget;
  if (measuresPoints(kind)) {
    return t.requiredPoints(messages[locale].format.points(formatNumber(required * 100, locale, 2, 2)));
  }
  return t.requiredGrowth(formatPct(required, locale));
}

/** Yuan per unit of the charts' and exports' amount axis: 亿元 in Chinese, billions of yuan in English. */
export function amountScale(locale: Locale): number {
  return messages[locale].format.amountStyle === 'chinese' ? 1e8 : 1e9;
}

/** A value as a chart or an export shows it: amounts in 亿元 (billions), ratios in percent; null stays null. */
export function chartValue(value: number | null | undefined, unit: string, locale: Locale): number | null {
  if (value === null || value === undefined) return null;
  const scaled = unit === 'yuan' ? value / amountScale(locale) : unit === 'ratio' ? value * 100 : value;
  return Math.round(scaled * 100) / 100;
}

/**
 * The forecast path from the last actual to the forecast at the target year: compound for amounts and growths
 * (as the server's forecast is drawn), a straight line in points for shares. Empty when there is nothing to draw.
 */
export function forecastPath(
  from: { year: number; value: number } | undefined,
  forecast: number | null,
  targetYear: number,
  kind: TargetKind,
): { year: number; value: number }[] {
  if (!from || forecast === null || targetYear <= from.year) return [];
  const steps = targetYear - from.year;
  const linear = measuresPoints(kind) || kind === 'annual_growth' || from.value <= 0 || forecast <= 0;
  return yearsBetween(from.year, targetYear).map((year) => {
    const t = (year - from.year) / steps;
    const value = linear ? from.value + (forecast - from.value) * t : from.value * (forecast / from.value) ** t;
    return { year, value };
  });
}

/** Growth buckets for the map: falling, slow, moderate, fast, very fast. */
export const growthBuckets: { below: number; color: string }[] = [
  { below: 0, color: '#cf1322' },
  { below: 0.1, color: '#fadb14' },
  { below: 0.2, color: '#95de64' },
  { below: 0.3, color: '#389e0d' },
  { below: Infinity, color: '#135200' },
];

export function growthColor(growth: number | null | undefined): string | undefined {
  if (growth === null || growth === undefined) return undefined;
  return growthBuckets.find((b) => growth < b.below)?.color;
}

/** The legend's label of each growth bucket: "< 0%", "0%–10%", …, "≥ 30%". */
export function growthBucketLabels(locale: Locale): string[] {
  return growthBuckets.map((b, i) => {
    const lower = i === 0 ? undefined : growthBuckets[i - 1]?.below;
    const pct = (x: number) => `${formatNumber(x * 100, locale, 0)}%`;
    if (lower === undefined) return `< ${pct(b.below)}`;
    if (b.below === Infinity) return `≥ ${pct(lower)}`;
    return `${pct(lower)}–${pct(b.below)}`;
  });
}

/** A file name for an export: the title without characters that file systems refuse. */
export function exportFileName(title: string): string {
  const clean = title
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${clean || 'export'}.xlsx`;
}

interface YearItem {
  target: string;
  actual: number | null;
  trajectory: number | null;
  status: Status;
}

/** One target's actual and required path at each year, from the progress of each year. */
export function targetYearSeries(
  target: string,
  years: readonly number[],
  byYear: ReadonlyMap<number, { items: readonly YearItem[] }>,
): { year: number; actual: number | null; trajectory: number | null; status: Status | null }[] {
  return years.map((year) => {
    const item = byYear.get(year)?.items.find((i) => i.target === target);
    return {
      year,
      actual: item?.actual ?? null,
      trajectory: item?.trajectory ?? null,
      status: item?.status ?? null,
    };
  });
}

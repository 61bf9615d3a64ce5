import dayjs from 'dayjs';
import type { components } from './api/openapi';
import type { AmountUnit } from './i18n/zh-CN';
import { messages, type Locale } from './i18n/messages';

/**
 * Number formatting as Chinese statistics print figures: amounts (stored in yuan, or fen for money the platform pays)
 * in 亿元 or 万元, fractions as percentages, yearly changes in percentage points. English shows amounts in
 * billions and millions of yuan, since 亿 (10^8) means nothing to most English readers.
 */

type Target = components['schemas']['Target'];

const YUAN_PER: Record<string, number> = { 亿元: 1e8, 万元: 1e4, 元: 1 };
const UNIT_OF: Record<string, AmountUnit> = { 亿元: 'yi', 万元: 'wan', 元: 'yuan' };

/** A plain number: Chinese without thousands separators (3600), English with them (3,600). */
export function formatNumber(
  value: number,
  locale: Locale,
  maximumFractionDigits = 2,
  minimumFractionDigits = 0,
): string {
  return new Intl.NumberFormat(locale, {
    maximumFractionDigits,
    minimumFractionDigits: Math.min(minimumFractionDigits, maximumFractionDigits),
    useGrouping: locale !== 'zh-CN',
  }).format(value);
}

/** A fraction as a percentage: 0.3 → "30%". */
export function formatPercent(fraction: number, locale: Locale, maximumFractionDigits = 2): string {
  return `${formatNumber(fraction * 100, locale, maximumFractionDigits)}%`;
}

/** A change of a fraction in percentage points: 0.015 → "1.5个百分点". */
export function formatPoints(fraction: number, locale: Locale): string {
  return messages[locale].format.points(formatNumber(fraction * 100, locale));
}

/** An amount in yuan, in its display unit: 3.6e11 → "3600亿元" (English: "CNY 360 billion"). */
export function formatAmount(yuan: number, displayUnit: string, locale: Locale): string {
  const f = messages[locale].format;
  if (f.amountStyle === 'chinese') {
    const scale = YUAN_PER[displayUnit] ?? 1e8;
    return f.amount(formatNumber(yuan / scale, locale), UNIT_OF[displayUnit] ?? 'yi');
  }
  const size = Math.abs(yuan);
  if (size >= 1e9) return f.amount(formatNumber(yuan / 1e9, locale), 'billion');
  if (size >= 1e6) return f.amount(formatNumber(yuan / 1e6, locale), 'million');
  return f.amount(formatNumber(yuan, locale), 'yuan');
}

/** Money kept in integer fen (分): 5_000_000_000_00 fen → "5亿元". */
export function formatFen(fen: number, displayUnit: string, locale: Locale): string {
  return formatAmount(fen / 100, displayUnit, locale);
}

/** A value stored in an indicator's unit (yuan or a fraction), shown in its display unit. */
export function formatValue(value: number, unit: 'yuan' | 'ratio', displayUnit: string, locale: Locale): string {
  return unit === 'ratio' ? formatPercent(value, locale) : formatAmount(value, displayUnit, locale);
}

/** What a target asks for, in words: "超过3600亿元", "不低于2010年的3倍", "每年提高1.5个百分点，到2015年约18%". */
export function formatTargetValue(target: Target, locale: Locale): string {
  const f = messages[locale].format;
  const comparator = f[target.comparator];
  const value = (v: number | null) => (v === null ? '—' : formatValue(v, target.unit, target.displayUnit, locale));
  switch (target.kind) {
    case 'level':
      return f.level(comparator, value(target.value));
    case 'multiple':
      return f.multiple(
        comparator,
        target.baseYear,
        target.multiple === null ? '—' : formatNumber(target.multiple, locale),
      );
    case 'share':
    case 'ratio_floor':
      return f.share(comparator, target.value === null ? '—' : formatPercent(target.value, locale));
    case 'annual_growth':
      return f.annualGrowth(comparator, target.growth === null ? '—' : formatPercent(target.growth, locale));
    case 'annual_change': {
      const change = f.annualChange(target.change === null ? '—' : formatPoints(target.change, locale));
      return target.expectedValue === null
        ? change
        : change + f.expected(target.targetYear, formatPercent(target.expectedValue, locale));
    }
  }
}

/** A refund schedule in words: [{3, 1}, {3, 0.5}] → "前3年100%、后3年50%". */
export function formatRefundSchedule(schedule: { years: number; rate: number }[], locale: Locale): string {
  const f = messages[locale].format;
  let year = 1;
  return schedule
    .map((step, index) => {
      const from = year;
      const to = year + step.years - 1;
      year = to + 1;
      const rate = formatPercent(step.rate, locale);
      if (index === 0) return f.scheduleFirst(step.years, rate);
      if (index === schedule.length - 1) return f.scheduleLast(step.years, from, to, rate);
      return f.scheduleMiddle(from, to, rate);
    })
    .join(f.listSeparator);
}

/** A calendar date "2011-07-08" → "2011年7月8日" / "8 July 2011"; other text is returned as it is. */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  return messages[locale].format.date(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A moment the API sends (ISO 8601, UTC) in the reader's local time: "2026-05-12 14:03". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = dayjs(iso);
  return date.isValid() ? date.format('YYYY-MM-DD HH:mm') : iso;
}

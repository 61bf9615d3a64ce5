import { formatPeriod, lastMonthOf } from '../statistics/period.js';
import type { Period } from '../statistics/period.js';

/**
 * Chinese returns are year-to-date cumulative (1–N月累计): a return for June holds January–June. Every month,
 * quarter or year figure is derived from two cumulative returns of the same year (INDICATORS.md, Statistical
 * conventions). When a return the rule needs is missing the figure is undefined: it is never estimated from
 * neighbouring months, because a guessed month would then be published as a statistic.
 */

/** One cumulative return: the figure of `period` from January 1 to the end of the period. */
export interface YearToDateReturn {
  period: Period;
  value: number;
}

/** One series of year-to-date returns (one enterprise's measure, or one total) and what can be derived from it. */
export class YearToDateSeries {
  /** Cumulative figure at the end of each month, keyed `year*100 + month`, from month and quarter returns. */
  private readonly monthly = new Map<number, number>();
  /** Bare-year returns (年报). */
  private readonly annual = new Map<number, number>();

  constructor(returns: Iterable<YearToDateReturn>) {
    for (const { period, value } of returns) {
      if (!Number.isFinite(value)) throw new Error(`return ${formatPeriod(period)}: expected a finite number`);
      // A quarterly return is cumulative to its last month, so it is the same point as that month's return.
      const into = period.kind === 'year' ? this.annual : this.monthly;
      const key = period.kind === 'year' ? period.year : period.year * 100 + lastMonthOf(period);
      const seen = into.get(key);
      if (seen !== undefined && seen !== value) {
        throw new Error(
          `two different year-to-date figures for ${formatPeriod(period)} (${seen} and ${value}); pass one revision`,
        );
      }
      into.set(key, value);
    }
  }

  /** The cumulative figure from January to the end of `month`; undefined when no return gives it. */
  cumulativeAt(year: number, month: number): number | undefined {
    // Extension: for December a bare-year return wins over the December return. The annual return (年报) is the
    // definitive figure that supersedes the monthly one, and the year, Q4 and December must agree with each other.
    if (month === 12) return this.annual.get(year) ?? this.monthly.get(year * 100 + 12);
    return this.monthly.get(year * 100 + month);
  }

  /** The period's cumulative figure from January 1 to its end (a year: the whole year). */
  cumulativeTo(period: Period): number | undefined {
    return this.cumulativeAt(period.year, lastMonthOf(period));
  }

  /** The period's own figure: a month or quarter alone, or the year; undefined when a return it needs is missing. */
  valueOf(period: Period): number | undefined {
    const end = this.cumulativeTo(period);
    if (end === undefined) return undefined;
    const startMonth = period.kind === 'year' ? 1 : period.kind === 'quarter' ? period.quarter * 3 - 2 : period.month;
    // January (and the first quarter, and the year) start the cumulation: nothing to subtract.
    if (startMonth === 1) return end;
    const before = this.cumulativeAt(period.year, startMonth - 1);
    return before === undefined ? undefined : end - before;
  }
}

import { exactSum } from './sum.js';

/**
 * Comparable growth (同口径增长, INDICATORS.md): Σ_{e∈P} v_e(t) / Σ_{e∈P} v_e(t−1y) − 1, where P is the enterprises
 * with a value in both periods. Enterprises that enter (a new 规上 enterprise) or leave (closed, fell below size)
 * move the plain totals but not the comparable growth, which is what statistics offices publish as 增长.
 */

/** Comparable growth between a period and the same period a year earlier, with the plain totals beside it. */
export interface ComparableGrowth {
  /** Comparable growth; undefined when no enterprise has a value in both periods or their base sum is not > 0. */
  growth: number | undefined;
  /** Σ over P of the period's values. */
  comparableCurrent: number;
  /** Σ over P of the values a year earlier: the comparable base. */
  comparableBase: number;
  /** Plain total of every enterprise with a value in the period. */
  currentTotal: number;
  /** Plain total of every enterprise with a value a year earlier. */
  previousTotal: number;
  /** currentTotal / previousTotal — NOT comparable (enterprises entered and left); undefined when previousTotal ≤ 0. */
  totalsRatio: number | undefined;
  /** P, the enterprises compared, and those only in one of the periods; each sorted. */
  comparable: string[];
  entered: string[];
  left: string[];
}

/** Comparable growth of `current` (enterprise → value at t) over `previous` (the same a year earlier). */
export function comparableGrowth(
  current: ReadonlyMap<string, number>,
  previous: ReadonlyMap<string, number>,
): ComparableGrowth {
  for (const [label, values] of [
    ['current', current],
    ['previous', previous],
  ] as const) {
    for (const [enterprise, value] of values) {
      if (!Number.isFinite(value)) throw new Error(`enterprise ${enterprise}: ${label} value ${value} is not finite`);
    }
  }
  // A reported 0 is a value (the enterprise is in P); an enterprise absent from a map has none.
  const comparable = [...current.keys()].filter((e) => previous.has(e)).sort();
  const entered = [...current.keys()].filter((e) => !previous.has(e)).sort();
  const left = [...previous.keys()].filter((e) => !current.has(e)).sort();
  const comparableCurrent = exactSum(comparable.map((e) => current.get(e) ?? 0));
  const comparableBase = exactSum(comparable.map((e) => previous.get(e) ?? 0));
  const currentTotal = exactSum(current.values());
  const previousTotal = exactSum(previous.values());
  return {
    // A base of zero or less gives no meaningful growth (÷0, or a sign that flips its meaning): undefined, not NaN.
    growth: comparable.length > 0 && comparableBase > 0 ? comparableCurrent / comparableBase - 1 : undefined,
    comparableCurrent,
    comparableBase,
    currentTotal,
    previousTotal,
    totalsRatio: previousTotal > 0 ? currentTotal / previousTotal : undefined,
    comparable,
    entered,
    left,
  };
}

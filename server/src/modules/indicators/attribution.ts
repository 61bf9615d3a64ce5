import { lastMonthOf } from '../statistics/period.js';
import type { Period } from '../statistics/period.js';
import { exactSum } from './sum.js';

/**
 * SEI attribution (INDICATORS.md): an enterprise belongs to SEI industries with shares s(e,i), 0 < s ≤ 1 and
 * Σ_i s(e,i) ≤ 1; the SEI figure of industry i is Σ_e v_e · s(e,i) and the SEI total is Σ_i of those.
 */

/** An enterprise's share of one SEI industry. */
export interface SeiShare {
  industry: string;
  share: number;
}

/**
 * One version of an enterprise's classification, in force from `validFrom` (YYYY-MM-DD, inclusive) until the
 * enterprise's next version. An enterprise taken out of SEI gets a version with no shares.
 */
export interface ClassificationVersion {
  enterprise: string;
  validFrom: string;
  shares: readonly SeiShare[];
}

/** The SEI classification in force at one date: enterprise → its shares. */
export type Classification = ReadonlyMap<string, readonly SeiShare[]>;

/** Per-industry SEI figures and their total. */
export interface SeiAttribution {
  byIndustry: ReadonlyMap<string, number>;
  total: number;
}

/**
 * Decimal shares such as 0.6 + 0.3 + 0.1 add up to 0.9999999999999999 or 1.0000000000000002 in binary; a sum within
 * this much of 1 is 1. Shares are written with a few decimals, so no real over-allocation is this small.
 */
const SHARE_SUM_SLACK = 1e-9;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Throws a clear error unless every share is in (0, 1], no industry repeats and the shares add up to at most 1. */
export function validateShares(enterprise: string, shares: readonly SeiShare[]): void {
  const seen = new Set<string>();
  for (const { industry, share } of shares) {
    if (!(Number.isFinite(share) && share > 0 && share <= 1)) {
      throw new Error(`enterprise ${enterprise}: share of ${industry} is ${share}; a share must be > 0 and ≤ 1`);
    }
    if (seen.has(industry)) throw new Error(`enterprise ${enterprise}: industry ${industry} is listed twice`);
    seen.add(industry);
  }
  const sum = exactSum(shares.map((s) => s.share));
  if (sum > 1 + SHARE_SUM_SLACK) {
    throw new Error(`enterprise ${enterprise}: SEI shares add up to ${sum}; they must add up to at most 1`);
  }
}

/** The date whose classification a period is computed with: the period's last day (YYYY-MM-DD). */
export function classificationDateOf(period: Period): string {
  // Extension: returns are filed as of the end of the reporting period (报告期末), so an enterprise is counted as
  // it was classified then — also for a year-to-date figure that began under an earlier classification.
  const month = lastMonthOf(period);
  const lastDay = new Date(Date.UTC(period.year, month, 0)).getUTCDate();
  return `${period.year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** The classification in force on `date` (YYYY-MM-DD): each enterprise's latest version from on or before it. */
export function classificationAt(versions: Iterable<ClassificationVersion>, date: string): Classification {
  if (!ISO_DATE.test(date)) throw new Error(`expected a date YYYY-MM-DD, got "${date}"`);
  const latest = new Map<string, ClassificationVersion>();
  const seen = new Set<string>();
  for (const version of versions) {
    if (!ISO_DATE.test(version.validFrom)) {
      throw new Error(`enterprise ${version.enterprise}: validFrom "${version.validFrom}" is not a date YYYY-MM-DD`);
    }
    validateShares(version.enterprise, version.shares);
    const key = `${version.enterprise} ${version.validFrom}`;
    if (seen.has(key)) {
      throw new Error(`enterprise ${version.enterprise}: two classifications valid from ${version.validFrom}`);
    }
    seen.add(key);
    const current = latest.get(version.enterprise);
    // ISO dates compare as text.
    if (version.validFrom <= date && (!current || current.validFrom < version.validFrom)) {
      latest.set(version.enterprise, version);
    }
  }
  const classification = new Map<string, readonly SeiShare[]>();
  for (const [enterprise, version] of latest) {
    if (version.shares.length > 0) classification.set(enterprise, version.shares);
  }
  return classification;
}

/** Each enterprise's SEI value v_e·s(e,i) for one industry, or Σ_i v_e·s(e,i) when `industry` is absent. */
export function attributedValues(
  values: ReadonlyMap<string, number>,
  classification: Classification,
  industry?: string,
): Map<string, number> {
  // Enterprises outside the industry are left out rather than set to 0: they are not in the set, so comparable
  // growth sees an enterprise classified into SEI this year as entering, not as growing from zero.
  const attributed = new Map<string, number>();
  for (const [enterprise, value] of values) {
    if (!Number.isFinite(value)) throw new Error(`enterprise ${enterprise}: value ${value} is not a finite number`);
    const shares = (classification.get(enterprise) ?? []).filter(
      (s) => industry === undefined || s.industry === industry,
    );
    if (shares.length === 0) continue;
    validateShares(enterprise, shares);
    attributed.set(enterprise, exactSum(shares.map((s) => value * s.share)));
  }
  return attributed;
}

/** SEI figure per industry Σ_e v_e · s(e,i) and the SEI total Σ_i of those, for the enterprises' values. */
export function attributeSei(values: ReadonlyMap<string, number>, classification: Classification): SeiAttribution {
  const terms = new Map<string, number[]>();
  for (const [enterprise, value] of values) {
    if (!Number.isFinite(value)) throw new Error(`enterprise ${enterprise}: value ${value} is not a finite number`);
    const shares = classification.get(enterprise) ?? [];
    validateShares(enterprise, shares);
    for (const { industry, share } of shares) {
      const list = terms.get(industry) ?? [];
      list.push(value * share);
      terms.set(industry, list);
    }
  }
  // Industries in code order so the map reads the same however the enterprises came in.
  const byIndustry = new Map<string, number>();
  for (const industry of [...terms.keys()].sort()) byIndustry.set(industry, exactSum(terms.get(industry) ?? []));
  return { byIndustry, total: exactSum(byIndustry.values()) };
}

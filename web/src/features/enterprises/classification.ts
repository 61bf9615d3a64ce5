/** A share as the form holds it: an industry and a percentage (60 for 60%). */
export interface ShareRow {
  industryCode?: string;
  percent?: number | null;
}

/** A percentage as the API's fraction (60 → 0.6), without the float noise of 33.3 / 100. */
export function percentToShare(percent: number): number {
  return Number((percent / 100).toFixed(6));
}

/** The rows' total in percent, rounded to what a person typed (two decimals). */
export function totalPercent(rows: readonly (ShareRow | undefined)[]): number {
  const total = rows.reduce((sum, row) => sum + (row?.percent ?? 0), 0);
  return Math.round(total * 100) / 100;
}

/** What is wrong with the rows as a whole, if anything: none, over 100%, or an industry twice. */
export function sharesProblem(rows: readonly (ShareRow | undefined)[]): 'empty' | 'over' | 'duplicate' | null {
  if (rows.length === 0) return 'empty';
  if (totalPercent(rows) > 100) return 'over';
  const codes = rows.map((row) => row?.industryCode).filter((code): code is string => !!code);
  if (new Set(codes).size !== codes.length) return 'duplicate';
  return null;
}

/**
 * A form field's path for a message about the classification: the API names `classification.shares[0].share`, the
 * form holds `shares[0].percent` (its own names, under the classification form).
 */
export function classificationField(name: (string | number)[]): (string | number)[] | null {
  if (name[0] !== 'classification') return null;
  const rest = name.slice(1);
  if (rest[0] === 'validFrom' || rest[0] === 'note') return rest.slice(0, 1);
  if (rest[0] !== 'shares') return null;
  if (typeof rest[1] !== 'number') return ['shares'];
  if (rest[2] === 'industryCode') return ['shares', rest[1], 'industryCode'];
  if (rest[2] === 'share') return ['shares', rest[1], 'percent'];
  return ['shares'];
}

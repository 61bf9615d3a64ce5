import type { Db } from '../../db/database.js';
import { chunks } from '../../db/chunks.js';
import { formatMonth } from '../statistics/period.js';
import { returnIndicators, type ReturnIndicator } from '../statistics/import/columns.js';
import { exactSum } from './sum.js';

/**
 * The indicator cube (R3): year-to-date sums per (enterprise region, industry, year, month, measure), kept by the
 * imports for the months they touch and rebuilt on demand (`npx beizeng cube rebuild`) for repair. Dashboards,
 * progress, assessment and bulletins read only the cube, never the returns, so their cost does not grow with the
 * number of enterprises.
 *
 * Per month (y, m) and enterprise e with a YTD value v(e) of a measure:
 * - each SEI industry i of e's classification in force in month m gets v(e)·s(e,i);
 * - `sei` gets Σ_i v(e)·s(e,i) (the SEI total);
 * - `all` gets v(e) when e is above size (规上): the denominator of the SEI share when no region total is loaded.
 * The comparable sums (同口径) take the same enterprises' values a year earlier, weighted with the shares in force now:
 * the basket of this year measured a year before, which is what a comparable growth compares.
 */

/** Industry keys beside the plan's industry codes. */
export const SEI = 'sei';
export const ALL_ABOVE_SIZE = 'all';

export type CubeMeasure = ReturnIndicator;
export const cubeMeasures: readonly CubeMeasure[] = returnIndicators;

/** The returns column of each measure, as Kysely names it. */
export const measureColumn = {
  output_value: 'outputValue',
  sales_output: 'salesOutput',
  value_added: 'valueAdded',
  revenue: 'revenue',
  rd_expense: 'rdExpense',
  taxes: 'taxes',
  employees: 'employees',
  energy_tce: 'energyTce',
  land_mu: 'landMu',
} as const satisfies Record<CubeMeasure, string>;
const measureColumns = cubeMeasures.map((m) => measureColumn[m]);

export interface CubeMonth {
  year: number;
  month: number;
}

interface ReturnFacts {
  enterpriseId: number;
  regionCode: string;
  aboveScale: number;
  values: (number | null)[];
}

/** Accumulates the terms of one cell so that it can be summed exactly once. */
class CellAccumulator {
  readonly values: number[] = [];
  readonly comparableCurrent: number[] = [];
  readonly comparableBase: number[] = [];
  comparableEnterprises = 0;
}

/**
 * Recomputes the cube for the given months — and the same months a year later, whose comparable base they are —
 * limited to `regions` (enterprise regions) when given. Runs inside the caller's transaction when given one.
 */
export async function refreshCube(
  db: Db,
  months: Iterable<CubeMonth>,
  regions?: readonly string[],
): Promise<{ months: number; cells: number }> {
  const keys = new Map<string, CubeMonth>();
  for (const { year, month } of months) {
    keys.set(formatMonth(year, month), { year, month });
    keys.set(formatMonth(year + 1, month), { year: year + 1, month });
  }
  return refreshMonths(db, [...keys.values()], regions);
}

/**
 * Refreshes months in calendar order, reading each month's returns once: a month read as "now" is kept until it has
 * served as "a year earlier" for the same month of the next year, then dropped (at most 13 months are held).
 */
async function refreshMonths(db: Db, months: CubeMonth[], regions?: readonly string[]) {
  const sorted = [...months].sort((a, b) => a.year - b.year || a.month - b.month);
  const kept = new Map<string, ReturnFacts[]>();
  const factsOf = async (year: number, month: number) => {
    const key = formatMonth(year, month);
    const cached = kept.get(key);
    if (cached) return cached;
    const facts = await readFacts(db, year, month, regions);
    kept.set(key, facts);
    return facts;
  };
  let cells = 0;
  for (const { year, month } of sorted) {
    const previous = await factsOf(year - 1, month);
    const current = await factsOf(year, month);
    kept.delete(formatMonth(year - 1, month));
    cells += await refreshMonth(db, { year, month }, current, previous, regions);
    // Let the event loop turn between months: a rebuild or a large import must not stop the server answering.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await bumpCubeVersion(db);
  return { months: sorted.length, cells };
}

/** Rebuilds the whole cube from the returns: every month that has a return, every region. */
export async function rebuildCube(db: Db): Promise<{ months: number; cells: number }> {
  const months = await db.selectFrom('statisticalReturn').select(['year', 'month']).distinct().execute();
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('cubeCell').execute();
    return refreshMonths(trx, months);
  });
}

/** The months and enterprise regions an import batch wrote (inserted or changed rows carry its id). */
export async function monthsOfBatch(db: Db, batchId: number): Promise<{ months: CubeMonth[]; regions: string[] }> {
  const rows = await db
    .selectFrom('statisticalReturn as r')
    .innerJoin('enterprise as e', 'e.id', 'r.enterpriseId')
    .select(['r.year', 'r.month', 'e.regionCode'])
    .distinct()
    .where('r.batchId', '=', batchId)
    .execute();
  const months = new Map<string, CubeMonth>();
  for (const r of rows) months.set(formatMonth(r.year, r.month), { year: r.year, month: r.month });
  return { months: [...months.values()], regions: [...new Set(rows.map((r) => r.regionCode))].sort() };
}

/** Every month with returns for enterprises of the regions: what a change of classification can move. */
export async function monthsOfRegions(db: Db, regions: readonly string[]): Promise<CubeMonth[]> {
  if (regions.length === 0) return [];
  return db
    .selectFrom('statisticalReturn as r')
    .innerJoin('enterprise as e', 'e.id', 'r.enterpriseId')
    .select(['r.year', 'r.month'])
    .distinct()
    .where('e.regionCode', 'in', regions)
    .execute();
}

async function refreshMonth(
  db: Db,
  { year, month }: CubeMonth,
  current: readonly ReturnFacts[],
  previous: readonly ReturnFacts[],
  regions?: readonly string[],
): Promise<number> {
  const shares = await readShares(db, formatMonth(year, month), regions);

  const previousById = new Map(previous.map((f) => [f.enterpriseId, f]));
  const cells = new Map<string, CellAccumulator>();
  const cell = (region: string, industry: string, measure: number) => {
    const key = `${region}\u0000${industry}\u0000${measure}`;
    let acc = cells.get(key);
    if (!acc) cells.set(key, (acc = new CellAccumulator()));
    return acc;
  };
  // Each enterprise adds one term to a cell, so a cell's term count is its number of enterprises.
  const add = (region: string, industry: string, measure: number, v: number, base: number | null) => {
    const acc = cell(region, industry, measure);
    acc.values.push(v);
    if (base !== null) {
      acc.comparableCurrent.push(v);
      acc.comparableBase.push(base);
      acc.comparableEnterprises += 1;
    }
  };

  for (const fact of current) {
    const before = previousById.get(fact.enterpriseId);
    const own = shares.get(fact.enterpriseId) ?? [];
    const seiShare = exactSum(own.map((s) => s.share));
    fact.values.forEach((v, m) => {
      if (v === null) return;
      // A reported 0 is a value: the enterprise is in the comparable set (INDICATORS.md).
      const b = before?.values[m] ?? null;
      if (fact.aboveScale) add(fact.regionCode, ALL_ABOVE_SIZE, m, v, b);
      for (const { industry, share } of own) {
        add(fact.regionCode, industry, m, v * share, b === null ? null : b * share);
      }
      if (own.length > 0) add(fact.regionCode, SEI, m, v * seiShare, b === null ? null : b * seiShare);
    });
  }

  const rows = [...cells.entries()].map(([key, acc]) => {
    const [regionCode, industry, m] = key.split('\u0000') as [string, string, string];
    const measureIndex = Number(m);
    return {
      regionCode,
      industry,
      year,
      month,
      measure: cubeMeasures[measureIndex] as string,
      value: exactSum(acc.values),
      comparableCurrent: exactSum(acc.comparableCurrent),
      comparableBase: exactSum(acc.comparableBase),
      enterprises: acc.values.length,
      comparableEnterprises: acc.comparableEnterprises,
    };
  });

  let del = db.deleteFrom('cubeCell').where('year', '=', year).where('month', '=', month);
  if (regions) del = del.where('regionCode', 'in', regions.length > 0 ? regions : ['']);
  await del.execute();
  for (const chunk of chunks(rows, 500)) await db.insertInto('cubeCell').values(chunk).execute();
  return rows.length;
}

async function readFacts(db: Db, year: number, month: number, regions?: readonly string[]): Promise<ReturnFacts[]> {
  let query = db
    .selectFrom('statisticalReturn as r')
    .innerJoin('enterprise as e', 'e.id', 'r.enterpriseId')
    .select(['r.enterpriseId', 'e.regionCode', 'e.aboveScale'])
    .select(measureColumns.map((c) => `r.${c}` as const))
    .where('r.year', '=', year)
    .where('r.month', '=', month);
  if (regions) query = query.where('e.regionCode', 'in', regions.length > 0 ? regions : ['']);
  const rows = await query.execute();
  return rows.map((r) => ({
    enterpriseId: r.enterpriseId,
    regionCode: r.regionCode,
    aboveScale: r.aboveScale,
    values: measureColumns.map((c) => r[c]),
  }));
}

/** Each enterprise's SEI shares in force in the month (valid_from ≤ month < valid_to). */
async function readShares(
  db: Db,
  month: string,
  regions?: readonly string[],
): Promise<Map<number, { industry: string; share: number }[]>> {
  let query = db
    .selectFrom('enterpriseSeiShare as s')
    .innerJoin('enterprise as e', 'e.id', 's.enterpriseId')
    .select(['s.enterpriseId', 's.industryCode', 's.share'])
    .where('s.validFrom', '<=', month)
    .where((eb) => eb.or([eb('s.validTo', 'is', null), eb('s.validTo', '>', month)]))
    .orderBy('s.enterpriseId')
    .orderBy('s.industryCode');
  if (regions) query = query.where('e.regionCode', 'in', regions.length > 0 ? regions : ['']);
  const shares = new Map<number, { industry: string; share: number }[]>();
  for (const row of await query.execute()) {
    const list = shares.get(row.enterpriseId) ?? [];
    list.push({ industry: row.industryCode, share: row.share });
    shares.set(row.enterpriseId, list);
  }
  return shares;
}

/**
 * Keeps the cube current after an import, in the import's transaction: a returns file refreshes the months and
 * regions it wrote; a register file (classifications, regions, size flags) every month. Region totals are read
 * from their own table and need nothing here.
 */
export async function refreshCubeAfterImport(
  db: Db,
  kind: string,
  batchId: number,
  touched?: readonly { region: string; year: number; month: number }[],
): Promise<void> {
  if (kind === 'returns') {
    // The writer reports the (region, month) slices it wrote; without that list, the batch's rows say it.
    const { months, regions } = touched
      ? {
          months: touched.map(({ year, month }) => ({ year, month })),
          regions: [...new Set(touched.map((t) => t.region))].sort(),
        }
      : await monthsOfBatch(db, batchId);
    if (months.length > 0) await refreshCube(db, months, regions);
  } else if (kind === 'enterprises') {
    const months = await db.selectFrom('statisticalReturn').select(['year', 'month']).distinct().execute();
    await db.deleteFrom('cubeCell').execute();
    await refreshMonths(db, months);
  } else {
    // Region totals are read beside the cube (share denominators): what was computed with the old ones is stale.
    await bumpCubeVersion(db);
  }
}

/** Marks the cube changed: what was computed from an older version is stale (see figures.service memo). */
async function bumpCubeVersion(db: Db): Promise<void> {
  await db
    .updateTable('cubeState')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

/** The cube's version: changes whenever a refresh commits (region totals and the region tree are keyed apart). */
export async function cubeVersion(db: Db): Promise<number> {
  const row = await db.selectFrom('cubeState').select('version').where('id', '=', 1).executeTakeFirst();
  return row?.version ?? 0;
}

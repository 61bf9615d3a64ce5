import { sql, type Compilable, type Insertable } from 'kysely';
import type SQLite from 'better-sqlite3';
import {
  dialectOf,
  keptInsert,
  runKeptInsert,
  sameShape,
  selectArrays,
  sqliteHandleOf,
  type Db,
} from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { ReturnsFollower } from '../statistics/statistics.service.js';
import { chunks, paddedList } from '../../db/chunks.js';
import { formatMonth } from '../statistics/period.js';
import { returnIndicators, type ReturnIndicator } from '../statistics/import/columns.js';
import { returnColumn } from '../statistics/statistics.table.js';
import { ExactSum, exactSum } from './sum.js';

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

/** The returns column of each measure, as Kysely names it (the measures are the return indicators). */
export const measureColumn: typeof returnColumn = returnColumn;
const measureColumns = cubeMeasures.map((m) => measureColumn[m]);

export interface CubeMonth {
  year: number;
  month: number;
}

interface ReturnFacts {
  enterpriseId: number;
  regionCode: string;
  aboveScale: number;
  /** Where its figures start in its month's `values` (cubeMeasures order; NaN where the return has no figure). */
  at: number;
}

/** A month's returns: a fact per enterprise, their figures in one block. */
interface MonthFacts {
  facts: ReturnFacts[];
  values: Float64Array;
}
/** No figures: the block of a month without returns, and of a base not read yet. */
const NO_FIGURES = new Float64Array(0);
const NO_FACTS: MonthFacts = { facts: [], values: NO_FIGURES };

/**
 * A month's comparable base: the enterprises' figures a year earlier, in one block, found by enterprise id (where
 * each one's measures start). One block and a map of offsets rather than a view per enterprise: a month of a city or
 * a batch of an import is thousands of them, and each view was an object for the collector.
 */
export class BaseFigures {
  constructor(
    public values: Float64Array = NO_FIGURES,
    readonly at = new Map<number, number>(),
  ) {}

  /** Lets go of the figures (the next batch's come in a block of their own). */
  clear(): void {
    this.values = NO_FIGURES;
    this.at.clear();
  }
}

/** One cell's sums, added to one enterprise at a time (each enterprise adds one term to a cell). */
class CellSums {
  readonly value = new ExactSum();
  readonly comparableBase = new ExactSum();
  /**
   * The comparable enterprises' own sum, kept apart only from the first term without a base: until then every term
   * was comparable and it is `value` itself (a year after the first, most cells never need it — one sum less a term).
   */
  private apart: ExactSum | undefined;

  constructor(
    readonly regionCode: string,
    readonly industry: string,
    readonly measure: number,
  ) {}

  /** The sum of the terms with a base (and their count). */
  get comparableCurrent(): ExactSum {
    return this.apart ?? this.value;
  }

  /** A term with its base a year earlier. */
  addComparable(value: number, base: number): void {
    this.value.add(value);
    this.apart?.add(value);
    this.comparableBase.add(base);
  }

  /** A term without a base: from now on the comparable sum is kept apart, starting from every term so far. */
  addAlone(value: number): void {
    this.apart ??= this.value.copy();
    this.value.add(value);
  }
}

/**
 * Recomputes the cube for the given months — and the same months a year later, whose comparable base they are —
 * limited to `regions` (enterprise regions) when given. Runs inside the caller's transaction when given one.
 */
export async function refreshCube(
  db: Db,
  months: Iterable<CubeMonth>,
  regions?: readonly string[],
  draft?: CubeDraft,
): Promise<{ months: number; cells: number }> {
  const keys = new Map<string, CubeMonth>();
  for (const { year, month } of months) {
    keys.set(formatMonth(year, month), { year, month });
    keys.set(formatMonth(year + 1, month), { year: year + 1, month });
  }
  return refreshMonths(db, [...keys.values()], regions, draft);
}

/**
 * Refreshes months by month of the year, then year (January of every year, then February…), reading each month's
 * returns once: a month read as "now" serves next as "a year earlier" for the same month of the next year, then is
 * dropped. So at most two months of returns are held, whatever the number of years: a file of several years of a
 * city's returns once held two years of them here (≈ 170 MB above the start for two years of 16,700 enterprises).
 */
async function refreshMonths(db: Db, months: CubeMonth[], regions?: readonly string[], draft?: CubeDraft) {
  const sorted = [...months].sort((a, b) => a.month - b.month || a.year - b.year);
  // Which of the months to read hold returns at all: one query on the period index, so that an empty month (the
  // months after an import's, mostly) is not read on its own. (A month a year earlier is read only for a month that
  // holds returns.)
  const years = [...new Set(sorted.filter(({ year, month }) => !draft?.holds(year, month)).map(({ year }) => year))];
  const held = await monthsHeld(db, years);
  const kept = new Map<string, MonthFacts>();
  const factsOf = async (year: number, month: number, asBase = false) => {
    if (!asBase && !held.has(year * 16 + month)) return NO_FACTS;
    const cached = kept.get(formatMonth(year, month));
    if (cached) return cached;
    const read = await readFactsOfMonth(db, year, month, regions);
    kept.set(formatMonth(year, month), read);
    return read;
  };
  let history: ShareVersion[] | undefined;
  let cells = 0;
  // Months whose cells are known without reading (drafted, or without returns) are written together at the end.
  const known: { month: CubeMonth; rows: CubeCellRow[] }[] = [];
  for (const { year, month } of sorted) {
    const drafted = draft?.rows(year, month, regions);
    if (drafted) {
      known.push({ month: { year, month }, rows: drafted });
    } else {
      const current = await factsOf(year, month);
      // A month without returns has no cells, whatever the year before holds and whatever the shares.
      if (current.facts.length === 0) known.push({ month: { year, month }, rows: [] });
      else {
        // The share history is read once for all the months refreshed, not once a month.
        history ??= await readShareHistory(db, regions);
        const previous = await factsOf(year - 1, month, true);
        cells += await refreshMonth(db, { year, month }, current, previous, history, regions);
        // Let the event loop turn between months summed: a rebuild or a large import must not stop the server
        // answering. (Not after an empty month: the months after an import's are mostly empty, and each turn cost
        // the import's last moments a wait.)
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    // Only this month serves again (as the next year's base).
    for (const key of kept.keys()) if (key !== formatMonth(year, month)) kept.delete(key);
  }
  cells += await writeCellsOfMonths(db, known, regions);
  await bumpCubeVersion(db);
  return { months: sorted.length, cells };
}

/**
 * The cells of the months an import is the first to fill, summed while its rows are written (in the import's
 * transaction, on the main thread, while the worker is still reading the file), so that the refresh at the end has
 * only to write them instead of reading every return of the months back and summing them then.
 *
 * A month is drafted when it held no return at the import's first row of it: every return it holds at the end is
 * then one the import wrote and gave to the draft. The comparable base — the same enterprises a year earlier — is
 * read batch by batch, for the batch's enterprises; a file that also writes that earlier month changes the base, and
 * the month is refreshed from the table instead. Any month not drafted is refreshed from the table as before.
 */
export class CubeDraft implements ReturnsFollower {
  /** By year × 16 + month: the month's cells, or null when it held returns before the import. */
  private readonly months = new Map<number, MonthCells | null>();
  /**
   * By year × 16 + month of a drafted month: the comparable base of the current batch's enterprises (their figures a
   * year earlier). Read batch by batch and let go after: memory holds one batch's, not a year's.
   */
  private readonly base = new Map<number, BaseFigures>();

  constructor(private readonly db: Db) {}

  /**
   * Looks at a batch before its rows are added: the first time a month is seen, whether it can be drafted; then the
   * comparable base of the batch's enterprises in its drafted months.
   */
  async prepare(months: Iterable<CubeMonth>, enterprises: readonly number[]): Promise<void> {
    // The rows of the batch before have all been added.
    for (const base of this.base.values()) base.clear();
    const batchMonths = [...months];
    const fresh = new Map<number, CubeMonth>();
    for (const m of batchMonths) if (!this.months.has(m.year * 16 + m.month)) fresh.set(m.year * 16 + m.month, m);
    if (fresh.size > 0) await this.draft(fresh);
    // The drafted months of the batch by year, and their base: the same months of the year before.
    const drafted = new Map<number, number[]>();
    for (const m of batchMonths) {
      if (!this.months.get(m.year * 16 + m.month)) continue;
      const ofYear = drafted.get(m.year);
      if (ofYear) ofYear.push(m.month);
      else drafted.set(m.year, [m.month]);
    }
    for (const [year, ofYear] of drafted) await this.readBase(year, ofYear, enterprises);
  }

  /** Decides which of the months seen for the first time are drafted, and starts their cells. */
  private async draft(fresh: Map<number, CubeMonth>): Promise<void> {
    // Which hold returns already.
    const held = await monthsHeld(
      this.db,
      [...new Set([...fresh.values()].map((m) => m.year))],
      [...new Set([...fresh.values()].map((m) => m.month))],
    );
    for (const key of held) if (fresh.delete(key)) this.months.set(key, null);
    if (fresh.size === 0) return;
    // The rest are drafted, with the shares in force in each.
    const history = await readShareHistory(this.db);
    for (const [key, { year, month }] of fresh) {
      const base = new BaseFigures();
      this.base.set(key, base);
      this.months.set(key, new MonthCells(sharesInForce(history, formatMonth(year, month)), base));
    }
  }

  /** The enterprises' figures in the months a year before `year`'s `months`, into those months' base. */
  private async readBase(year: number, months: readonly number[], enterprises: readonly number[]): Promise<void> {
    // Rows of month, enterprise and the measures, as they come.
    const values =
      dialectOf(this.db) === 'postgres'
        ? figuresOfRows(
            await selectArrays(this.db, baseOnPostgres(this.db, year - 1, enterprises, months)),
            0,
            BASE_WIDTH,
          )
        : await this.baseOnSqlite(year - 1, months, enterprises);
    for (const m of months) {
      const base = this.base.get(year * 16 + m);
      if (base) base.values = values;
    }
    for (let at = 0; at < values.length; at += BASE_WIDTH) {
      this.base.get(year * 16 + (values[at] as number))?.at.set(values[at + 1] as number, at + 2);
    }
  }

  /** The comparable base's rows on SQLite (see readBase), by chunks of enterprises. */
  private async baseOnSqlite(
    year: number,
    months: readonly number[],
    enterprises: readonly number[],
  ): Promise<Float64Array> {
    // Only the batch's months: a month's file would otherwise read each enterprise's whole year.
    const monthList = paddedList(months);
    const blocks: Float64Array[] = [];
    for (const part of chunks(enterprises)) {
      // Run for every batch: compiled once per length of list (sameShape), read as arrays through a kept statement.
      const ids = paddedList(part);
      const rows = await selectArrays(
        this.db,
        sameShape(this.db, `comparable base ${ids.length} ${monthList.length}`, [year, ...ids, ...monthList], () =>
          this.db
            .selectFrom('statisticalReturn')
            .select(['month', 'enterpriseId'])
            .select(measureColumns)
            .where('year', '=', year)
            .where('enterpriseId', 'in', ids)
            .where('month', 'in', monthList),
        ),
      );
      blocks.push(figuresOfRows(rows, 0, BASE_WIDTH));
    }
    return blocks.length === 1 ? (blocks[0] as Float64Array) : concatenated(blocks);
  }

  /** Adds a return as written (figures in cubeMeasures order from `offset`, NaN where blank); after prepare(). */
  add(
    year: number,
    month: number,
    enterpriseId: number,
    regionCode: string,
    aboveScale: number,
    values: Float64Array,
    offset: number,
  ): void {
    this.months.get(year * 16 + month)?.add(enterpriseId, regionCode, aboveScale, values, offset);
  }

  /** Whether the draft holds all of the month's cells: it drafted the month, and the file left its base alone. */
  holds(year: number, month: number): boolean {
    return !!this.months.get(year * 16 + month) && !this.months.has((year - 1) * 16 + month);
  }

  /** The month's cells in the regions, when the draft holds them all. */
  rows(year: number, month: number, regions?: readonly string[]): CubeCellRow[] | undefined {
    const cells = this.months.get(year * 16 + month);
    if (!cells || !this.holds(year, month)) return undefined;
    const rows = cells.rows(year, month);
    if (!regions) return rows;
    const wanted = new Set(regions);
    return rows.filter((r) => wanted.has(r.regionCode));
  }
}

/**
 * The comparable base's select on PostgreSQL: the enterprises' figures in the months of `year`, each enterprise's
 * looked up through the returns' key. Written as on SQLite (`year = ? and enterprise_id in (…) and month in (…)`),
 * PostgreSQL's planner took the period index for a batch of a year's months and read the whole year at every batch:
 * 21 ms a batch of 2,000 rows in a table of ten years of 50,000, against 2 ms through the key. A lateral subquery
 * kept from being merged into the join (`offset 0`) leaves it only the key, for a month's file as for a year's (a
 * month's batch of 2,000 enterprises: 10 ms, no slower than before). Arrays are one parameter each: no chunks.
 */
function baseOnPostgres(db: Db, year: number, enterprises: readonly number[], months: readonly number[]): Compilable {
  const measures = sql.join(measureColumns.map((c) => sql.ref(`x.${c}`)));
  const query = sql`select x.month, x.enterprise_id, ${measures}
    from unnest(${[...enterprises]}::bigint[]) as k(e)
    cross join lateral (
      select * from statistical_return r
      where r.year = ${year} and r.enterprise_id = k.e and r.month = any(${[...months]}::integer[])
      offset 0
    ) x`;
  return { compile: () => query.compile(db) };
}

/**
 * Which months (year × 16 + month) of the years hold returns — of the given months only, when given: one query on the
 * period index.
 */
async function monthsHeld(db: Db, years: readonly number[], months?: readonly number[]): Promise<Set<number>> {
  const held = new Set<number>();
  if (years.length === 0) return held;
  let query = db.selectFrom('statisticalReturn').select(['year', 'month']).where('year', 'in', years);
  if (months) query = query.where('month', 'in', months);
  for (const [year, month] of await selectArrays(db, query.groupBy(['year', 'month']))) {
    held.add((year as number) * 16 + (month as number));
  }
  return held;
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
  current: MonthFacts,
  previous: MonthFacts,
  history: readonly ShareVersion[],
  regions?: readonly string[],
): Promise<number> {
  const shares = sharesInForce(history, formatMonth(year, month));
  const base = new BaseFigures(previous.values, new Map(previous.facts.map((f) => [f.enterpriseId, f.at])));
  const sums = new MonthCells(shares, base);
  for (const fact of current.facts) {
    sums.add(fact.enterpriseId, fact.regionCode, fact.aboveScale, current.values, fact.at);
  }
  return writeMonthCells(db, { year, month }, sums.rows(year, month), regions);
}

export type CubeCellRow = Insertable<Database['cubeCell']>;

/** An enterprise without SEI shares (most above-size ones): one empty list for all, not a new one per return. */
const NO_SHARES: readonly { industry: string; share: number }[] = [];

/**
 * One month's cells as the enterprises are added to it, one at a time, with the shares in force in the month and
 * the same enterprises' figures a year earlier (by enterprise id).
 */
export class MonthCells {
  private readonly cells: CellSums[] = [];
  // Region → industry → the cells, one per measure: found once per enterprise rather than once per term.
  private readonly byRegion = new Map<string, Map<string, CellSums[]>>();
  /** Enterprise → the sum of its shares (its weight in the SEI total), worked out once. */
  private readonly seiShares = new Map<number, number>();

  constructor(
    private readonly shares: ReadonlyMap<number, readonly { industry: string; share: number }[]>,
    private readonly previous: BaseFigures,
  ) {}

  /**
   * Adds an enterprise's return of the month: its figures in cubeMeasures order from `offset` in `values`, NaN where
   * it has none. (Figures always come in a Float64Array, from the table as from an import's batch: one kind of array
   * keeps the per-term code below fast.)
   */
  add(enterpriseId: number, regionCode: string, aboveScale: number, values: Float64Array, offset = 0): void {
    // Where the enterprise's figures a year earlier start, or -1 without them.
    const before = this.previous.at.get(enterpriseId) ?? -1;
    const base = this.previous.values;
    const own = this.shares.get(enterpriseId) ?? NO_SHARES;
    let rows = this.byRegion.get(regionCode);
    if (!rows) this.byRegion.set(regionCode, (rows = new Map()));
    if (aboveScale) this.addTerms(this.rowOf(rows, regionCode, ALL_ABOVE_SIZE), values, offset, base, before, null);
    // An index loop: `for … of` made an iterator per return.
    for (let s = 0; s < own.length; s += 1) {
      const { industry, share } = own[s] as { industry: string; share: number };
      this.addTerms(this.rowOf(rows, regionCode, industry), values, offset, base, before, share);
    }
    if (own.length > 0) {
      let seiShare = this.seiShares.get(enterpriseId);
      if (seiShare === undefined) this.seiShares.set(enterpriseId, (seiShare = exactSum(own.map((s) => s.share))));
      this.addTerms(this.rowOf(rows, regionCode, SEI), values, offset, base, before, seiShare);
    }
  }

  rows(year: number, month: number): CubeCellRow[] {
    return this.cells.map((sums) => ({
      regionCode: sums.regionCode,
      industry: sums.industry,
      year,
      month,
      measure: cubeMeasures[sums.measure] as string,
      value: sums.value.value(),
      comparableCurrent: sums.comparableCurrent.value(),
      comparableBase: sums.comparableBase.value(),
      enterprises: sums.value.count,
      comparableEnterprises: sums.comparableCurrent.count,
    }));
  }

  private rowOf(rows: Map<string, CellSums[]>, region: string, industry: string): CellSums[] {
    let row = rows.get(industry);
    if (!row) {
      row = cubeMeasures.map((_, m) => new CellSums(region, industry, m));
      rows.set(industry, row);
    }
    return row;
  }

  // Each enterprise adds one term to each cell it is counted in: the cell's term count is its number of enterprises.
  private addTerms(
    row: readonly CellSums[],
    values: Float64Array,
    offset: number,
    base: Float64Array,
    before: number,
    weight: number | null,
  ) {
    for (let m = 0; m < row.length; m += 1) {
      const v = values[offset + m] as number;
      if (Number.isNaN(v)) continue;
      const sums = row[m] as CellSums;
      if (sums.value.count === 0) this.cells.push(sums);
      // A reported 0 is a value: the enterprise is in the comparable set (INDICATORS.md).
      const b = before >= 0 ? (base[before + m] as number) : Number.NaN;
      if (Number.isNaN(b)) sums.addAlone(weight === null ? v : v * weight);
      else sums.addComparable(weight === null ? v : v * weight, weight === null ? b : b * weight);
    }
  }
}

/** Replaces a month's cells (of the regions, when given) with `rows`. */
async function writeMonthCells(
  db: Db,
  month: CubeMonth,
  rows: readonly CubeCellRow[],
  regions?: readonly string[],
): Promise<number> {
  return writeCellsOfMonths(db, [{ month, rows }], regions);
}

/** Replaces the cells of several months (of the regions, when given): a delete per year, inserts of 500 rows. */
async function writeCellsOfMonths(
  db: Db,
  months: readonly { month: CubeMonth; rows: readonly CubeCellRow[] }[],
  regions?: readonly string[],
): Promise<number> {
  for (const year of new Set(months.map((m) => m.month.year))) {
    let del = db
      .deleteFrom('cubeCell')
      .where('year', '=', year)
      .where(
        'month',
        'in',
        months.filter((m) => m.month.year === year).map((m) => m.month.month),
      );
    if (regions) del = del.where('regionCode', 'in', regions.length > 0 ? regions : ['']);
    await del.execute();
  }
  const rows = months.flatMap((m) => m.rows);
  // In a transaction on SQLite, through statements kept on the connection (an import writes thousands of cells);
  // elsewhere through Kysely.
  const handle = db.isTransaction ? sqliteHandleOf(db) : undefined;
  if (!handle) {
    for (const chunk of chunks(rows, CELLS_PER_INSERT)) await db.insertInto('cubeCell').values(chunk).execute();
    return rows.length;
  }
  const insert = cellInsert(handle);
  for (let at = 0; at < rows.length; at += insert.rows) {
    const count = Math.min(insert.rows, rows.length - at);
    const { params } = insert;
    let k = 0;
    for (let r = at; r < at + count; r += 1) {
      const row = rows[r] as CubeCellRow;
      params[k++] = row.regionCode;
      params[k++] = row.industry;
      params[k++] = row.year;
      params[k++] = row.month;
      params[k++] = row.measure;
      params[k++] = row.value;
      params[k++] = row.comparableCurrent;
      params[k++] = row.comparableBase;
      params[k++] = row.enterprises;
      params[k++] = row.comparableEnterprises;
    }
    runKeptInsert(insert, count);
  }
  return rows.length;
}

const CELLS_PER_INSERT = 500;
/** The insert of cube cells on this connection (keptInsert), its columns in the order writeCellsOfMonths binds them. */
const cellInsert = (handle: SQLite.Database) =>
  keptInsert(handle, 'cube_cell', CELL_COLUMNS, { rowsPerStatement: CELLS_PER_INSERT });
const CELL_COLUMNS = [
  'region_code',
  'industry',
  'year',
  'month',
  'measure',
  'value',
  'comparable_current',
  'comparable_base',
  'enterprises',
  'comparable_enterprises',
];

/**
 * Gets the cube's writes ready on this connection before an import's refresh needs them (while the import worker
 * starts reading): on SQLite, in a transaction, the cells' insert statement.
 */
export function prepareCubeWrites(db: Db): void {
  const handle = db.isTransaction ? sqliteHandleOf(db) : undefined;
  if (handle) cellInsert(handle);
}

/** A month's returns (of the enterprises of the regions, when given), their figures in one block. */
async function readFactsOfMonth(db: Db, year: number, month: number, regions?: readonly string[]): Promise<MonthFacts> {
  let query = db
    .selectFrom('statisticalReturn as r')
    .innerJoin('enterprise as e', 'e.id', 'r.enterpriseId')
    .select(['r.enterpriseId', 'e.regionCode', 'e.aboveScale'])
    .select(measureColumns.map((c) => `r.${c}` as const))
    .where('r.year', '=', year)
    .where('r.month', '=', month);
  if (regions) query = query.where('e.regionCode', 'in', regions.length > 0 ? regions : ['']);
  // A month of a city is thousands of rows: read as arrays (see selectArrays).
  const rows = await selectArrays(db, query);
  const values = figuresOfRows(rows, 3);
  const facts: ReturnFacts[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i] as unknown[];
    facts.push({
      enterpriseId: r[0] as number,
      regionCode: r[1] as string,
      aboveScale: r[2] as number,
      at: i * MEASURES,
    });
  }
  return { facts, values };
}

const MEASURES = measureColumns.length;
/** A row of the comparable base as read: month, enterprise id, the measures. */
const BASE_WIDTH = 2 + MEASURES;

/**
 * Rows' numbers (`width` columns from column `from` on; by default the measures) in one block, NaN where null. A
 * year of a city's returns is tens of thousands of rows: a loop filling one array, where an array made per row with a
 * callback per figure (Float64Array.from) took as long as SQLite's own reading.
 */
function figuresOfRows(rows: readonly unknown[][], from: number, width = MEASURES): Float64Array {
  const values = new Float64Array(rows.length * width);
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i] as unknown[];
    for (let m = 0; m < width; m += 1) {
      const v = r[from + m];
      values[i * width + m] = v === null ? Number.NaN : (v as number);
    }
  }
  return values;
}

/** Blocks of figures one after another in one. */
function concatenated(blocks: readonly Float64Array[]): Float64Array {
  const all = new Float64Array(blocks.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of blocks) {
    all.set(b, at);
    at += b.length;
  }
  return all;
}

interface ShareVersion {
  enterpriseId: number;
  industry: string;
  share: number;
  validFrom: string;
  validTo: string | null;
}

/** Every version of every enterprise's shares (of the regions), by enterprise and industry. */
async function readShareHistory(db: Db, regions?: readonly string[]): Promise<ShareVersion[]> {
  let query = db
    .selectFrom('enterpriseSeiShare as s')
    .innerJoin('enterprise as e', 'e.id', 's.enterpriseId')
    .select(['s.enterpriseId', 's.industryCode', 's.share', 's.validFrom', 's.validTo'])
    .orderBy('s.enterpriseId')
    .orderBy('s.industryCode');
  if (regions) query = query.where('e.regionCode', 'in', regions.length > 0 ? regions : ['']);
  // Read once per import, but a city's register has thousands of classified enterprises: rows as arrays.
  return (await selectArrays(db, query)).map((r) => ({
    enterpriseId: r[0] as number,
    industry: r[1] as string,
    share: r[2] as number,
    validFrom: r[3] as string,
    validTo: r[4] as string | null,
  }));
}

/** The shares in force in a month (valid_from ≤ month < valid_to), by enterprise. */
function sharesInForce(
  history: readonly ShareVersion[],
  month: string,
): Map<number, { industry: string; share: number }[]> {
  const shares = new Map<number, { industry: string; share: number }[]>();
  for (const v of history) {
    if (v.validFrom > month || (v.validTo !== null && v.validTo <= month)) continue;
    const list = shares.get(v.enterpriseId) ?? [];
    list.push({ industry: v.industry, share: v.share });
    shares.set(v.enterpriseId, list);
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
  draft?: CubeDraft,
): Promise<void> {
  if (kind === 'returns') {
    // The writer reports the (region, month) slices it wrote; without that list, the batch's rows say it.
    const { months, regions } = touched
      ? {
          months: touched.map(({ year, month }) => ({ year, month })),
          regions: [...new Set(touched.map((t) => t.region))].sort(),
        }
      : await monthsOfBatch(db, batchId);
    if (months.length > 0) await refreshCube(db, months, regions, draft);
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

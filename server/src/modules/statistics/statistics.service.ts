import type SQLite from 'better-sqlite3';
import { CompiledQuery, sql, type Kysely, type Selectable } from 'kysely';
import { chunks, paddedList } from '../../db/chunks.js';
import { nowIso } from '../../db/columns.js';
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
import { BadRequestError, ConflictError, NotFoundError } from '../../http/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { hasRole, readableRegions, type RequestContext } from '../auth/actor.js';
import type { ImportKind, ReturnIndicator, RegionIndicator } from './import/columns.js';
import { columnsOf, regionIndicators, returnIndicators } from './import/columns.js';
import type { CommitCounts } from '../enterprises/enterprises.service.js';
import type { ImportProblem } from './import/problems.js';
import { FIGURES, ReturnBatchDecoder, type PeriodEntry, type ReturnBatch } from './import/compact.js';
import { YtdAgainstStored, type RegionStatRow } from './import/validate.js';
import { formatMonth, formatPeriod, lastMonthOf, parsePeriod, type Period } from './period.js';
import { returnColumn } from './statistics.table.js';

type Q = Kysely<Database>;

export type { CommitCounts };

const regionColumn: Record<RegionIndicator, 'gdp' | 'industrialOutput' | 'industrialValueAdded'> = {
  gdp: 'gdp',
  industrial_output: 'industrialOutput',
  industrial_value_added: 'industrialValueAdded',
};

/** A return's period as stored: year and month; a bare year is its December (the full-year YTD). */
export function returnMonthOf(periodText: string): { year: number; month: number } {
  const period = parsePeriod(periodText);
  if (!period) throw new BadRequestError('invalid_period', `period: "${periodText}" is not a period`);
  return { year: period.year, month: lastMonthOf(period) };
}

interface FigureChange {
  indicator: string;
  previous: number | null;
  next: number;
}

/** The figures a row changes: those it gives (a blank cell gives none) that differ from what is stored. */
function changedFigures<I extends string>(
  indicators: readonly I[],
  next: Partial<Record<I, number>>,
  stored: (indicator: I) => number | null,
): FigureChange[] {
  return indicators.flatMap((indicator) => {
    const value = next[indicator];
    const previous = stored(indicator);
    return value !== undefined && value !== previous ? [{ indicator, previous, next: value }] : [];
  });
}

/** Keeps the old value of every changed figure: corrections are revisions, never silent overwrites. */
async function recordRevisions(
  trx: Q,
  subject: 'return' | 'region_stat',
  subjectKey: string,
  period: string,
  changes: readonly FigureChange[],
  meta: { batchId: number | null; by: string; now: string },
): Promise<void> {
  await trx
    .insertInto('statisticRevision')
    .values(
      changes.map((c) => ({
        subject,
        subjectKey,
        period,
        indicator: c.indicator,
        oldValue: c.previous,
        newValue: c.next,
        batchId: meta.batchId,
        revisedBy: meta.by,
        revisedAt: meta.now,
      })),
    )
    .execute();
}

/**
 * What follows the returns an import writes, row by row, in the writer's transaction: told of a batch's months
 * before any of its rows is written, then given each row's figures as the file has them: returnIndicators order,
 * from `offset` in `values`, NaN where the cell is blank (for a row that replaces a stored return, the stored figure
 * then stays).
 */
export interface ReturnsFollower {
  /** Before a batch's rows: its months, and the ids of its enterprises. */
  prepare(months: readonly { year: number; month: number }[], enterprises: readonly number[]): Promise<void>;
  add(
    year: number,
    month: number,
    enterpriseId: number,
    regionCode: string,
    aboveScale: number,
    values: Float64Array,
    offset: number,
  ): void;
}

/** An enterprise as the returns writer needs it: its id, region and above-size flag (1 or 0). */
export interface RegisteredEnterprise {
  id: number;
  region: string;
  aboveScale: number;
}

/** Enterprises by unified social credit code. */
export type Register = ReadonlyMap<string, RegisteredEnterprise>;

/** A slice of the figures an import wrote: an enterprise region's month (what derived sums must follow). */
export interface TouchedSlice {
  region: string;
  year: number;
  month: number;
}

/** What a commit did: its counts, and the slices it inserted or changed (unchanged rows touch nothing). */
export type CommitResult = CommitCounts & { touched: TouchedSlice[] };

/** Rows to a statement: SQLite binds at most 32,766 parameters (15 a row); PostgreSQL takes arrays (unnest). */
const SQLITE_ROWS_PER_INSERT = 500;
const PG_ROWS_PER_INSERT = 5000;
/** A returns row's own columns (what each row binds), then those the same for every row of an import. */
const RETURN_ROW_COLUMNS = ['enterprise_id', 'year', 'month', ...returnIndicators];
const RETURN_COLUMNS = [...RETURN_ROW_COLUMNS, 'revision', 'batch_id', 'updated_at'];
/** enterprise × year, and enterprise × year × month, as numbers (ids stay far below 2^53 / 200,000). */
const groupKey = (id: number, year: number) => id * 10_000 + year;
const monthKey = (group: number, month: number) => group * 16 + month;

/** An enterprise-year of a batch: the enterprise, the year, and the batch's months of it (bit 1 << month). */
interface BatchGroup {
  id: number;
  year: number;
  months: number;
}

/** Of the months (bits) `stored`, the nearest before `month` and the nearest after it, as bits. */
function neighbourMonths(stored: number, month: number): number {
  const before = stored & ((1 << month) - 1);
  const after = stored & ~((2 << month) - 1);
  return (before === 0 ? 0 : 1 << (31 - Math.clz32(before))) | (after & -after);
}

/** The months whose bits are set. */
function monthsOf(bits: number): number[] {
  const months: number[] = [];
  for (let m = 1; m <= 12; m += 1) if (bits & (1 << m)) months.push(m);
  return months;
}

/** The year-to-date figures (the rule's columns), by their position in a batch's row (returnIndicators order). */
const cumulativeSlots = returnIndicators.flatMap((indicator, f) =>
  columnsOf('returns').some((c) => c.key === indicator && c.cumulative) ? [f] : [],
);

/** What the writer keeps of a stored return: its key, figures and revision. */
/**
 * The years that hold returns, oldest first: one seek of the returns' key (which leads with the year) per year, where
 * `select distinct year` would read every return. A read of one enterprise's returns of every year names them, so
 * that it seeks the key year by year (migration 0009 says why the key leads with the year).
 */
export async function yearsWithReturns(db: Kysely<Database>): Promise<number[]> {
  const { rows } = await sql<{ year: number }>`
    with recursive held(year) as (
      select min(year) from statistical_return
      union all
      select (select min(year) from statistical_return where year > held.year) from held where held.year is not null
    )
    select year from held where year is not null`.execute(db);
  return rows.map((r) => Number(r.year));
}

type StoredReturn = Omit<Selectable<Database['statisticalReturn']>, 'batchId' | 'updatedAt'>;
const STORED_RETURN_COLUMNS = [
  'enterpriseId',
  'year',
  'month',
  'revision',
  ...Object.values(returnColumn),
] as const satisfies readonly (keyof StoredReturn)[];

/** Each column's place in a row read with STORED_RETURN_COLUMNS. */
const at = Object.fromEntries(STORED_RETURN_COLUMNS.map((column, i) => [column, i])) as Record<
  (typeof STORED_RETURN_COLUMNS)[number],
  number
>;

/**
 * A stored return from its row as read with STORED_RETURN_COLUMNS. Written out, not built from a list of pairs: a
 * month's file reads thousands of them.
 */
function storedReturnOf(v: readonly unknown[]): StoredReturn {
  return {
    enterpriseId: v[at.enterpriseId] as number,
    year: v[at.year] as number,
    month: v[at.month] as number,
    revision: v[at.revision] as number,
    outputValue: v[at.outputValue] as number | null,
    salesOutput: v[at.salesOutput] as number | null,
    valueAdded: v[at.valueAdded] as number | null,
    revenue: v[at.revenue] as number | null,
    rdExpense: v[at.rdExpense] as number | null,
    taxes: v[at.taxes] as number | null,
    employees: v[at.employees] as number | null,
    energyTce: v[at.energyTce] as number | null,
    landMu: v[at.landMu] as number | null,
  };
}

/**
 * Writes returns batch by batch inside the caller's transaction, as the import worker hands them over: new rows are
 * inserted many to a statement without the query builder; a changed figure is updated and keeps its old value as a
 * revision; an equal one is left alone. The stored returns a batch's rows are compared with are read before its first
 * row is written (loadStored): they serve both the comparison and the year-to-date rule against stored figures
 * (check()).
 */
export class ReturnsWriter {
  readonly counts: CommitCounts = { inserted: 0, changed: 0, unchanged: 0 };
  private readonly decoder = new ReturnBatchDecoder();
  /** By code index: the enterprise's id, region and size flag, or null when it is not in the register. */
  private readonly enterprises: (RegisteredEnterprise | null)[] = [];
  /**
   * By enterprise-year (groupKey), once the import has come to it: the months (bit 1 << month) that held a return
   * before the import (monthsStored); and the months of those whose stored returns have been read into `stored`. Only
   * years that held returns have entries: a new year's file makes none, where it made one per enterprise.
   */
  private readonly storedMonths = new Map<number, number>();
  private readonly readMonths = new Map<number, number>();
  /** By year: whether the year held any return before this import (asked once, at the year's first batch). */
  private readonly yearsHeld = new Map<number, boolean>();
  /** Stored returns (as they were before this import) the batches so far needed, by monthKey. */
  private readonly stored = new Map<number, StoredReturn>();
  /**
   * The year-to-date rule against stored figures: the file rows of enterprise-years with stored returns (the only
   * ones it must see), and at check() the stored returns read.
   */
  private readonly ytd = new YtdAgainstStored();
  /** Enterprise region → the months (year × 16 + month) written in it. */
  private readonly slices = new Map<string, Set<number>>();
  private readonly now = nowIso();
  private readonly by: string;
  private readonly postgres: boolean;

  constructor(
    private readonly trx: Q,
    ctx: RequestContext,
    private readonly batchId: number | null,
    /** Follows the returns as they are written (the indicator cube's draft). */
    private readonly follower?: ReturnsFollower,
    /** The enterprises the file may name, read in this transaction; without it, codes are looked up batch by batch. */
    private readonly register?: Register,
  ) {
    this.by = ctx.actor?.login ?? ctx.system ?? 'system';
    this.postgres = dialectOf(trx) === 'postgres';
  }

  /**
   * Prepares what writing takes before the first batch comes (on SQLite the full-size insert statement, kept per
   * connection: the first import on a connection would otherwise prepare it while the worker waits for it).
   */
  prepare(): void {
    if (this.postgres) return;
    const handle = sqliteHandleOf(this.trx);
    if (handle) returnsInsert(handle);
  }

  /** Writes one batch (batches of one import go through one writer, in order). */
  async write(batch: ReturnBatch): Promise<void> {
    // Batches may queue up while the worker reads ahead; between them the event loop answers other requests.
    await new Promise((resolve) => setImmediate(resolve));
    this.decoder.accept(batch);
    await this.resolveEnterprises(batch.newUsccs);
    const { periods } = this.decoder;
    const n = batch.rows;
    const ids = new Float64Array(n);
    const keys = new Float64Array(n);
    // The batch's enterprise-years, with their months in it.
    const groups = new Map<number, BatchGroup>();
    const batchEnterprises = new Set<number>();
    // Rows of one enterprise-year mostly follow each other: each is looked up once per run of rows.
    let lastGroup = -1;
    let last: BatchGroup | undefined;
    for (let i = 0; i < n; i += 1) {
      const e = this.enterprises[batch.uscc[i] as number];
      if (!e) {
        const row = this.decoder.row(batch, i);
        throw new NotFoundError('unknown_enterprise', `row ${row.rowNumber}: no enterprise ${row.uscc}`);
      }
      const p = periods[batch.period[i] as number] as PeriodEntry;
      const group = groupKey(e.id, p.year);
      if (group !== lastGroup || !last) {
        last = groups.get(group);
        if (!last) groups.set(group, (last = { id: e.id, year: p.year, months: 0 }));
        batchEnterprises.add(e.id);
      }
      last.months |= 1 << p.month;
      lastGroup = group;
      ids[i] = e.id;
      keys[i] = monthKey(group, p.month);
    }
    await this.loadStored(groups, batch, keys);
    if (this.follower) {
      const months = new Map<number, PeriodEntry>();
      for (let i = 0; i < n; i += 1) {
        const p = periods[batch.period[i] as number] as PeriodEntry;
        months.set(p.year * 16 + p.month, p);
      }
      await this.follower.prepare([...months.values()], [...batchEnterprises]);
    }

    const insertRows: number[] = [];
    // Nothing stored for any enterprise-year read so far (new figures): no row has a stored one to compare with.
    const anyStored = this.stored.size > 0;
    for (let i = 0; i < n; i += 1) {
      const key = keys[i] as number;
      const e = this.enterprises[batch.uscc[i] as number] as { id: number; region: string; aboveScale: number };
      const p = periods[batch.period[i] as number] as PeriodEntry;
      this.follower?.add(p.year, p.month, e.id, e.region, e.aboveScale, batch.values, i * FIGURES);
      const current = anyStored ? this.stored.get(key) : undefined;
      if (anyStored && this.monthsStored(Math.floor(key / 16)) !== 0) {
        this.ytd.addRow(e.id, p.year, p.month, p.text, batch.rowNumber[i] as number, batch.values, i * FIGURES);
      }
      if (!current) {
        insertRows.push(i);
        this.touch(e.region, p);
        continue;
      }
      const row = this.decoder.row(batch, i);
      const revisions = changedFigures(
        returnIndicators,
        row.values,
        (ind) => current[returnColumn[ind]] as number | null,
      );
      if (revisions.length === 0) {
        this.counts.unchanged += 1;
        continue;
      }
      const values = Object.fromEntries(
        Object.entries(row.values).map(([indicator, v]) => [returnColumn[indicator as ReturnIndicator], v]),
      );
      await this.trx
        .updateTable('statisticalReturn')
        .set({ ...values, revision: current.revision + 1, batchId: this.batchId, updatedAt: this.now })
        .where('enterpriseId', '=', e.id)
        .where('year', '=', p.year)
        .where('month', '=', p.month)
        .execute();
      await recordRevisions(this.trx, 'return', row.uscc, formatMonth(p.year, p.month), revisions, {
        batchId: this.batchId,
        by: this.by,
        now: this.now,
      });
      this.touch(e.region, p);
      this.counts.changed += 1;
    }
    await this.insert(batch, ids, insertRows);
    this.counts.inserted += insertRows.length;
  }

  /**
   * The "YTD not lower than the previous month's" rule against the stored returns, for the enterprise-years that
   * have any (the worker has checked the file's own rows against each other).
   */
  check(): ImportProblem[] {
    if (this.ytd.rows === 0) return [];
    const figures = new Float64Array(FIGURES);
    for (const r of this.stored.values()) {
      returnIndicators.forEach((indicator, f) => {
        figures[f] = r[returnColumn[indicator]] ?? Number.NaN;
      });
      this.ytd.addStored(r.enterpriseId, r.year, r.month, figures, 0);
    }
    return this.ytd.problems();
  }

  /** The enterprise-region months inserted or changed so far. */
  touched(): TouchedSlice[] {
    return [...this.slices].flatMap(([region, months]) =>
      [...months].map((m) => ({ region, year: Math.floor(m / 16), month: m % 16 })),
    );
  }

  private touch(region: string, p: PeriodEntry) {
    let months = this.slices.get(region);
    if (!months) this.slices.set(region, (months = new Set()));
    months.add(p.year * 16 + p.month);
  }

  private async resolveEnterprises(usccs: readonly string[]) {
    if (usccs.length === 0) return;
    if (this.register) {
      for (const u of usccs) this.enterprises.push(this.register.get(u) ?? null);
      return;
    }
    const found = new Map<string, RegisteredEnterprise>();
    for (const part of chunks(usccs)) {
      // A query per batch of the file, where Kysely's own work would cost more than SQLite's: compiled once per
      // length of list (sameShape), rows as arrays (selectArrays).
      const list = paddedList(part);
      const rows = await selectArrays(
        this.trx,
        sameShape(this.trx, `enterprises by code ${list.length}`, list, () =>
          this.trx
            .selectFrom('enterprise')
            .select(['id', 'uscc', 'regionCode', 'aboveScale'])
            .where('uscc', 'in', list),
        ),
      );
      for (const [id, uscc, region, aboveScale] of rows) {
        found.set(uscc as string, { id: id as number, region: region as string, aboveScale: aboveScale as number });
      }
    }
    for (const u of usccs) {
      const e = found.get(u) ?? null;
      this.enterprises.push(e);
    }
  }

  /**
   * Reads the stored returns a batch's rows are compared with, before any of them is written: for each of its
   * enterprise-years, the months it held before this import (asked when the import first comes to it); then the
   * stored returns of the batch's own months (what a row replaces) and of the stored months next to each of them (the
   * year-to-date rule compares a figure with the nearest figure before and after it). The rest of the year is read
   * only when such a neighbour lacks a figure the file gives, as the nearest figure is then further away. A month's
   * file into a year of stored months so reads one stored month beside its own, not the whole year.
   */
  private async loadStored(groups: Map<number, BatchGroup>, batch: ReturnBatch, keys: Float64Array) {
    await this.lookUpStoredMonths(groups);
    const wanted = new Map<number, number>();
    for (const [group, { months }] of groups) {
      const stored = this.monthsStored(group);
      if (stored === 0) continue;
      let near = months;
      for (let m = 1; m <= 12; m += 1) if (months & (1 << m)) near |= neighbourMonths(stored, m);
      const unread = near & stored & ~(this.readMonths.get(group) ?? 0);
      if (unread !== 0) wanted.set(group, unread);
    }
    await this.readStored(groups, wanted);
    // A neighbour without a figure the row gives: the whole year of the enterprise (a second look, seldom needed).
    wanted.clear();
    for (let i = 0; i < batch.rows; i += 1) {
      const key = keys[i] as number;
      const group = Math.floor(key / 16);
      const stored = this.monthsStored(group);
      if (stored === 0 || wanted.has(group)) continue;
      const unread = stored & ~(this.readMonths.get(group) ?? 0);
      if (unread === 0) continue;
      const near = neighbourMonths(stored, key % 16);
      for (let m = 1; m <= 12; m += 1) {
        if (!(near & (1 << m))) continue;
        const neighbour = this.stored.get(monthKey(group, m)) as StoredReturn;
        if (
          cumulativeSlots.some(
            (f) =>
              neighbour[returnColumn[returnIndicators[f] as ReturnIndicator]] === null &&
              !Number.isNaN(batch.values[i * FIGURES + f] as number),
          )
        ) {
          wanted.set(group, unread);
          break;
        }
      }
    }
    await this.readStored(groups, wanted);
  }

  /**
   * The months each enterprise-year of the batch held before this import, for those the import comes to now — asked
   * before the import writes any row of them, so its own rows are not taken for stored ones.
   */
  private async lookUpStoredMonths(groups: Map<number, BatchGroup>) {
    // (An enterprise-year of a year that held none is never entered: it is asked about again, answered by yearsHeld.)
    const unknown = [...groups].filter(([group]) => !this.storedMonths.has(group));
    if (unknown.length === 0) return;
    // A year that held no return when the import first came to it (a new year's file, most months) holds none of
    // its enterprise-years: one look on the period index instead of a lookup of every batch's enterprises.
    const lookUp: (readonly [number, BatchGroup])[] = [];
    for (const entry of unknown) {
      const [group, { year }] = entry;
      if (!this.yearsHeld.has(year)) {
        const any = await selectArrays(
          this.trx,
          sameShape(this.trx, 'any return of year', [year, 1], () =>
            this.trx.selectFrom('statisticalReturn').select('year').where('year', '=', year).limit(1),
          ),
        );
        this.yearsHeld.set(year, any.length > 0);
      }
      if (this.yearsHeld.get(year) !== true) continue;
      this.storedMonths.set(group, 0);
      lookUp.push(entry);
    }
    if (lookUp.length === 0) return;
    const lookedUp = new Set(lookUp.map(([group]) => group));
    const yearList = paddedList([...new Set(lookUp.map(([, g]) => g.year))]);
    for (const part of chunks([...new Set(lookUp.map(([, g]) => g.id))])) {
      const ids = paddedList(part);
      // One row per enterprise-year, its months as bits, from the primary key's index alone.
      const rows = await selectArrays(
        this.trx,
        sameShape(this.trx, `stored months ${ids.length} ${yearList.length}`, [...ids, ...yearList], () =>
          this.trx
            .selectFrom('statisticalReturn')
            .select(['enterpriseId', 'year', sql<number>`cast(sum(1 << month) as integer)`.as('months')])
            .where('enterpriseId', 'in', ids)
            .where('year', 'in', yearList)
            .groupBy(['enterpriseId', 'year']),
        ),
      );
      for (const [id, year, months] of rows) {
        const group = groupKey(id as number, year as number);
        // Only enterprise-years looked up now: another may already hold this import's own rows.
        if (!lookedUp.has(group)) continue;
        this.storedMonths.set(group, months as number);
      }
    }
  }

  /** The months (bits) an enterprise-year the import has come to held before it: none in a year that held none. */
  private monthsStored(group: number): number {
    return this.storedMonths.get(group) ?? 0;
  }

  /** Reads stored returns: by enterprise-year, the months (bits) wanted. */
  private async readStored(groups: Map<number, BatchGroup>, wanted: Map<number, number>) {
    if (wanted.size === 0) return;
    const entries = [...wanted.keys()].map((group) => groups.get(group) as BatchGroup);
    let months = 0;
    for (const m of wanted.values()) months |= m;
    const monthList = paddedList(monthsOf(months));
    const yearList = paddedList([...new Set(entries.map((g) => g.year))]);
    for (const part of chunks([...new Set(entries.map((g) => g.id))])) {
      const ids = paddedList(part);
      const params = [...ids, ...yearList, ...monthList];
      const arrays = await selectArrays(
        this.trx,
        sameShape(this.trx, `stored returns ${ids.length} ${yearList.length} ${monthList.length}`, params, () =>
          this.trx
            .selectFrom('statisticalReturn')
            .select(STORED_RETURN_COLUMNS)
            .where('enterpriseId', 'in', ids)
            .where('year', 'in', yearList)
            .where('month', 'in', monthList),
        ),
      );
      for (const values of arrays) {
        const r = storedReturnOf(values);
        const group = groupKey(r.enterpriseId, r.year);
        // Only the months wanted: the lists' other combinations may hold this import's own rows.
        if (((wanted.get(group) ?? 0) & (1 << r.month)) === 0) continue;
        this.stored.set(monthKey(group, r.month), r);
      }
    }
    for (const [group, m] of wanted) this.readMonths.set(group, (this.readMonths.get(group) ?? 0) | m);
  }

  private async insert(batch: ReturnBatch, ids: Float64Array, rows: readonly number[]) {
    if (rows.length === 0) return;
    const { periods } = this.decoder;
    const figure = (i: number, f: number) => {
      const v = batch.values[i * FIGURES + f] as number;
      return Number.isNaN(v) ? null : v;
    };
    if (this.postgres) {
      for (let at = 0; at < rows.length; at += PG_ROWS_PER_INSERT) {
        const part = rows.slice(at, at + PG_ROWS_PER_INSERT);
        const columns: (number | null)[][] = Array.from({ length: 3 + FIGURES }, () => new Array(part.length));
        part.forEach((i, r) => {
          const p = periods[batch.period[i] as number] as PeriodEntry;
          (columns[0] as (number | null)[])[r] = ids[i] as number;
          (columns[1] as (number | null)[])[r] = p.year;
          (columns[2] as (number | null)[])[r] = p.month;
          for (let f = 0; f < FIGURES; f += 1) (columns[3 + f] as (number | null)[])[r] = figure(i, f);
        });
        const arrays = columns.map(
          (_, c) => `$${c + 1}::${c === 0 ? 'bigint' : c < 3 ? 'integer' : 'double precision'}[]`,
        );
        const text =
          `insert into statistical_return (${RETURN_COLUMNS.join(', ')}) ` +
          `select t.*, 1, $${columns.length + 1}::bigint, $${columns.length + 2}::timestamptz from unnest(${arrays.join(', ')}) as t`;
        await this.trx.executeQuery(CompiledQuery.raw(text, [...columns, this.batchId, this.now]));
      }
      return;
    }
    // Through the connection itself: one statement, prepared once per connection and kept (keptInsert), run for
    // every chunk, a short one included (through Kysely each chunk's 6,000-parameter statement would be prepared
    // anew, and preparing one costs as much as inserting 1,000 rows).
    const handle = sqliteHandleOf(this.trx);
    if (!handle) throw new Error('a SQLite transaction without its connection');
    const insert = returnsInsert(handle);
    const constants = { batch: this.batchId, now: this.now };
    for (let at = 0; at < rows.length; at += insert.rows) {
      const count = Math.min(insert.rows, rows.length - at);
      const { params } = insert;
      let k = 0;
      for (let r = at; r < at + count; r += 1) {
        const i = rows[r] as number;
        const p = periods[batch.period[i] as number] as PeriodEntry;
        params[k++] = ids[i] as number;
        params[k++] = p.year;
        params[k++] = p.month;
        // NaN for a blank figure: SQLite binds NaN as NULL, and an array of numbers only holds them unboxed.
        for (let f = 0; f < FIGURES; f += 1) params[k++] = batch.values[i * FIGURES + f] as number;
      }
      runKeptInsert(insert, count, constants);
    }
  }
}

/**
 * The insert of returns rows on this connection (keptInsert): revision, batch and time are the same for every row of
 * an import, bound once by name beside the rows' numbers.
 */
const returnsInsert = (handle: SQLite.Database) =>
  keptInsert(handle, 'statistical_return', RETURN_ROW_COLUMNS, RETURNS_INSERT_OPTIONS);
const RETURNS_INSERT_OPTIONS = {
  rowsPerStatement: SQLITE_ROWS_PER_INSERT,
  constants: { revision: '1', batch_id: '@batch', updated_at: '@now' },
};

/** Writes region totals the same way: insert, revise (keeping the old value), or leave alone. */
export async function commitRegionStats(
  trx: Q,
  ctx: RequestContext,
  batchId: number | null,
  rows: readonly RegionStatRow[],
): Promise<CommitResult> {
  const counts: CommitCounts = { inserted: 0, changed: 0, unchanged: 0 };
  const touched = new Map<string, TouchedSlice>();
  const touch = (region: string, period: Period) => {
    const month = lastMonthOf(period);
    touched.set(`${region}|${period.year}|${month}`, { region, year: period.year, month });
  };
  const now = nowIso();
  const by = ctx.actor?.login ?? ctx.system ?? 'system';
  for (const row of rows) {
    const period = parsePeriod(row.period);
    if (!period) throw new BadRequestError('invalid_period', `row ${row.rowNumber}: bad period ${row.period}`);
    const canonical = formatPeriod(period);
    const values = Object.fromEntries(
      Object.entries(row.values).map(([k, v]) => [regionColumn[k as RegionIndicator], v]),
    );
    const current = await trx
      .selectFrom('regionStat')
      .selectAll()
      .where('regionCode', '=', row.region)
      .where('period', '=', canonical)
      .executeTakeFirst();
    if (!current) {
      await trx
        .insertInto('regionStat')
        .values({
          regionCode: row.region,
          period: canonical,
          year: period.year,
          ...values,
          revision: 1,
          batchId,
          updatedAt: now,
        })
        .execute();
      counts.inserted += 1;
      touch(row.region, period);
      continue;
    }
    const revisions = changedFigures(regionIndicators, row.values, (i) => current[regionColumn[i]]);
    if (revisions.length === 0) {
      counts.unchanged += 1;
      continue;
    }
    await trx
      .updateTable('regionStat')
      .set({ ...values, revision: current.revision + 1, batchId, updatedAt: now })
      .where('regionCode', '=', row.region)
      .where('period', '=', canonical)
      .execute();
    await recordRevisions(trx, 'region_stat', row.region, canonical, revisions, { batchId, by, now });
    counts.changed += 1;
    touch(row.region, period);
  }
  return { ...counts, touched: [...touched.values()] };
}

/** Locked periods in canonical text. */
export async function listPeriodLocks(db: Db) {
  return { items: await db.selectFrom('periodLock').selectAll().orderBy('period', 'desc').execute() };
}

/** Any fixed number: the key of PostgreSQL's advisory lock that lets one import write at a time across processes. */
const IMPORT_LOCK = 20110708;

/**
 * Waits for, then holds until the transaction ends, the right to write imported figures or period locks: on
 * PostgreSQL an advisory lock (SQLite has one writer at a time already). An import reads the locked periods in the
 * same transaction that writes, so a lock is placed either before an import looks or after it has written.
 */
export async function holdImportLock(trx: Q): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
}

/** Locks a period (e.g. once published): imports into it are refused with the reason. Audited. */
export async function lockPeriod(db: Db, ctx: RequestContext, input: { period: string; reason: string }) {
  const period = parsePeriod(input.period);
  if (!period) {
    throw new BadRequestError('invalid_period', `period: "${input.period}" is not a period (2013, 2013Q2, 2013-06)`);
  }
  const canonical = formatPeriod(period);
  return db.transaction().execute(async (trx) => {
    await holdImportLock(trx);
    const existing = await trx
      .selectFrom('periodLock')
      .select('period')
      .where('period', '=', canonical)
      .executeTakeFirst();
    if (existing) throw new ConflictError('already_locked', `period ${canonical} is already locked`);
    const row = {
      period: canonical,
      reason: input.reason,
      lockedBy: ctx.actor?.login ?? ctx.system ?? 'system',
      lockedAt: nowIso(),
    };
    await trx.insertInto('periodLock').values(row).execute();
    await recordAudit(trx, ctx, { action: 'lock', entityType: 'period', entityId: canonical, after: row });
    return row;
  });
}

/** Unlocks a period; audited with the lock it removed. */
export async function unlockPeriod(db: Db, ctx: RequestContext, periodText: string): Promise<void> {
  const period = parsePeriod(periodText);
  if (!period) throw new BadRequestError('invalid_period', `period: "${periodText}" is not a period`);
  const canonical = formatPeriod(period);
  await db.transaction().execute(async (trx) => {
    await holdImportLock(trx);
    const existing = await trx.selectFrom('periodLock').selectAll().where('period', '=', canonical).executeTakeFirst();
    if (!existing) throw new NotFoundError('not_found', `period ${canonical} is not locked`);
    await trx.deleteFrom('periodLock').where('period', '=', canonical).execute();
    await recordAudit(trx, ctx, { action: 'unlock', entityType: 'period', entityId: canonical, before: existing });
  });
}

export type { Period };

/** Import batches, newest first, filtered and paged: the plan office sees every batch, others the ones they ran. */
export async function listImportBatches(
  db: Db,
  ctx: RequestContext,
  query: {
    kind?: string | undefined;
    status?: string | undefined;
    login?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  let q = db.selectFrom('importBatch');
  if (!hasRole(ctx.actor, 'admin')) q = q.where('userId', '=', ctx.actor?.userId ?? -1);
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.login) q = q.where('login', '=', query.login);
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll()
    .orderBy('id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { total: Number(total.n), page: query.page, pageSize: query.pageSize, items: rows.map(batchView) };
}

/** One batch with its problems and the revisions it made (with the enterprise or region name); another person's batch answers 404. */
export async function getImportBatch(db: Db, ctx: RequestContext, id: number) {
  const row = await db.selectFrom('importBatch').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (!hasRole(ctx.actor, 'admin') && row.userId !== ctx.actor?.userId)) {
    throw new NotFoundError('not_found', `no import batch ${id}`);
  }
  const revisions = await db
    .selectFrom('statisticRevision as r')
    .leftJoin('enterprise as e', (join) => join.onRef('e.uscc', '=', 'r.subjectKey').on('r.subject', '=', 'return'))
    .leftJoin('region as g', (join) => join.onRef('g.code', '=', 'r.subjectKey').on('r.subject', '=', 'region_stat'))
    .select([
      'r.subject',
      'r.subjectKey',
      'r.period',
      'r.indicator',
      'r.oldValue',
      'r.newValue',
      'e.name as enterpriseName',
      'g.nameZh as regionName',
    ])
    .where('r.batchId', '=', id)
    .orderBy('r.id')
    .execute();
  return {
    ...batchView(row),
    problems: row.problemsJson ? (JSON.parse(row.problemsJson) as ImportProblem[]) : [],
    revisions: revisions.map((r) => ({
      subject: r.subject as 'return' | 'region_stat',
      subjectKey: r.subjectKey,
      subjectName: r.enterpriseName ?? r.regionName ?? null,
      period: r.period,
      indicator: r.indicator,
      oldValue: r.oldValue,
      newValue: r.newValue,
    })),
  };
}

function batchView(r: Selectable<Database['importBatch']>) {
  return {
    id: r.id,
    kind: r.kind as ImportKind,
    fileName: r.fileName,
    format: r.format,
    sourceDetail: r.sourceDetail,
    status: r.status as 'committed' | 'rejected',
    rowsTotal: r.rowsTotal,
    inserted: r.inserted,
    changed: r.changed,
    unchanged: r.unchanged,
    problemCount: r.problemCount,
    login: r.login,
    createdAt: r.createdAt,
    durationMs: r.durationMs,
  };
}

/** Region totals (GDP, above-size output and value added), within the caller's scope. */
export async function listRegionStats(
  db: Db,
  ctx: RequestContext,
  query: { region?: string | undefined; year?: number | undefined },
) {
  const scope = readableRegions(ctx.actor);
  let q = db.selectFrom('regionStat').selectAll();
  if (scope !== 'all') {
    // A county sees its own figures and the city's, which every county compares itself with.
    const city = await db.selectFrom('region').select('code').where('kind', '=', 'city').execute();
    q = q.where('regionCode', 'in', [...scope, ...city.map((c) => c.code)]);
  }
  if (query.region) q = q.where('regionCode', '=', query.region);
  if (query.year) q = q.where('year', '=', query.year);
  const rows = await q.orderBy('regionCode').orderBy('period').execute();
  return {
    items: rows.map((r) => ({
      regionCode: r.regionCode,
      period: r.period,
      gdp: r.gdp,
      industrialOutput: r.industrialOutput,
      industrialValueAdded: r.industrialValueAdded,
      revision: r.revision,
      updatedAt: r.updatedAt,
    })),
  };
}

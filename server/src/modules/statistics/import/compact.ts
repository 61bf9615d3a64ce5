/**
 * Valid returns rows in a compact, columnar form: what the import worker hands to the main thread batch by batch
 * while it is still reading, and what the writer inserts from. One row costs a few typed-array slots instead of two
 * objects; the arrays' buffers move between threads without a copy, and codes and periods are sent once per import.
 */
import { returnIndicators, type ReturnIndicator } from './columns.js';
import { parsePeriod, lastMonthOf } from '../period.js';
import { figureKeysOf, type ReturnRow, type RowSink } from './validate.js';

/** Figures per row, in returnIndicators order; NaN where the file's cell was blank. */
export const FIGURES = returnIndicators.length;

export interface ReturnBatch {
  rows: number;
  rowNumber: Int32Array;
  /** Index into the import's code table (ReturnBatchDecoder.usccs). */
  uscc: Int32Array;
  /** Index into the import's period table. */
  period: Int32Array;
  /** rows × FIGURES figures in base units; NaN: blank. */
  values: Float64Array;
  /** Codes first seen in this batch: they take the next indices of the code table, in this order. */
  newUsccs: string[];
  /** Canonical periods first seen in this batch, likewise. */
  newPeriods: string[];
  /** When the arrays are a slot of a BatchPool: the pool's slot states and the slot, for releaseBatch. */
  pooled?: { states: Int32Array; slot: number };
}

/** The buffers of a batch, for postMessage's transfer list (none for a pooled batch: its memory is shared). */
export function batchBuffers(batch: ReturnBatch): ArrayBuffer[] {
  if (batch.pooled) return [];
  return [batch.rowNumber.buffer, batch.uscc.buffer, batch.period.buffer, batch.values.buffer] as ArrayBuffer[];
}

/** Tells the pool a batch came from (if any) that its arrays may be filled again: once it has been written. */
export function releaseBatch(batch: ReturnBatch): void {
  if (!batch.pooled) return;
  const { states, slot } = batch.pooled;
  Atomics.store(states, slot, 0);
  // The last element counts the releases: a reader waiting for a free slot (BatchPool.takeWaiting) wakes on it.
  Atomics.add(states, states.length - 1, 1);
  Atomics.notify(states, states.length - 1);
}

const BYTES_PER_ROW = FIGURES * 8 + 3 * 4;

/**
 * Batch arrays in one block of memory shared with the main thread, used again and again: memory fresh from the
 * system costs a page fault per 4 KiB on first touch (on the machine measured, the 25 fresh batches of a 50,000-row
 * file took ≈ 12 ms that way). The worker takes a free slot, waiting for one when the main thread is that far behind
 * (takeWaiting); the main thread frees it once the batch is written. Each slot's state is 0 (free) or 1 (taken),
 * changed atomically: the worker takes no message while it reads a file.
 */
export class BatchPool {
  /** Each slot's state, then the count of releases (releaseBatch). */
  private readonly states: Int32Array;
  private readonly memory: SharedArrayBuffer;

  /**
   * `waitMs`: how long takeWaiting waits for a free slot before it gives up (a safety net only: the writer frees
   * every batch it is given, written or not).
   */
  constructor(
    readonly slots: number,
    readonly rowsPerSlot: number,
    private readonly waitMs = 10_000,
  ) {
    this.states = new Int32Array(new SharedArrayBuffer(4 * (slots + 1)));
    this.memory = new SharedArrayBuffer(slots * rowsPerSlot * BYTES_PER_ROW);
  }

  /** Whether every slot but `own` (the one being filled) is free: the main thread has written all it was given. */
  idleBut(own: ReturnBatch): boolean {
    for (let slot = 0; slot < this.slots; slot += 1) {
      if (slot !== own.pooled?.slot && Atomics.load(this.states, slot) !== 0) return false;
    }
    return true;
  }

  /** A free slot's arrays, taken; undefined when every slot is taken. */
  take(): ReturnBatch | undefined {
    for (let slot = 0; slot < this.slots; slot += 1) {
      if (Atomics.compareExchange(this.states, slot, 0, 1) !== 0) continue;
      const n = this.rowsPerSlot;
      // Figures first, so that each array starts on its own element boundary.
      const at = slot * n * BYTES_PER_ROW;
      return {
        rows: 0,
        values: new Float64Array(this.memory, at, n * FIGURES),
        rowNumber: new Int32Array(this.memory, at + n * FIGURES * 8, n),
        uscc: new Int32Array(this.memory, at + n * (FIGURES * 8 + 4), n),
        period: new Int32Array(this.memory, at + n * (FIGURES * 8 + 8), n),
        newUsccs: [],
        newPeriods: [],
        pooled: { states: this.states, slot },
      };
    }
    return undefined;
  }

  /**
   * A free slot's arrays, waiting for the main thread to free one when none is: back-pressure, so that a worker
   * reading faster than the main thread writes runs at most the pool ahead, and memory does not grow with the file
   * (a 200,000-row CSV was read when ≈ 100,000 rows were still to be written: ≈ 8 MB of arrays of their own, each
   * page faulted in). Undefined after `waitMs` without a free slot (the caller then makes arrays of its own). Only
   * off the main thread: Atomics.wait blocks.
   */
  takeWaiting(): ReturnBatch | undefined {
    const deadline = performance.now() + this.waitMs;
    for (;;) {
      // Read before trying: a release after the try changes the count, and the wait returns at once.
      const releases = Atomics.load(this.states, this.slots);
      const batch = this.take();
      if (batch) return batch;
      const left = deadline - performance.now();
      if (left <= 0) return undefined;
      Atomics.wait(this.states, this.slots, releases, left);
    }
  }
}

/** Rows at which a batch is handed over before it is full, if the writer is idle (a batch costs it some lookups). */
const EARLY_ROWS = 500;

/**
 * Rows at which an import's first batch is handed over, the writer being idle then: the writer starts that much
 * sooner (its first lookups, the cube's first months), and on SQLite it is the slower of the two threads from then on.
 */
const FIRST_ROWS = 100;

/** Row slots a batch starts with; it doubles as rows come. */
const FIRST_CAPACITY = 1024;

/**
 * Turns valid rows into batches: rows are added one at a time (as a RowSink, straight from the validator, or from
 * typed rows), `take()` hands over those added since the last. One encoder per import, as the tables it builds span
 * its batches.
 */
export class ReturnBatchEncoder implements RowSink {
  private readonly usccIndex = new Map<string, number>();
  private readonly periodIndex = new Map<string, number>();
  /** For each of returnIndicators, its slot in the figures a RowSink gets (figureKeysOf('returns')). */
  private readonly slots: readonly number[];
  private capacity: number;
  /**
   * The batch being filled; none between a take() and the next row, so that a batch is handed over before the arrays
   * of the next are sought (with a full pool that waits for the writer, which may be waiting for this very batch).
   */
  private next: ReturnBatch | undefined;
  /** Whether a batch has been handed over by add(). */
  private handed = false;

  /**
   * With `full`, every `rowsPerBatch` rows added are taken and handed to it as they come (the import worker's way);
   * without, the caller takes them.
   */
  constructor(private readonly full?: { rowsPerBatch: number; take: (batch: ReturnBatch) => void; pool?: BatchPool }) {
    const keys = figureKeysOf('returns');
    this.slots = returnIndicators.map((indicator) => keys.indexOf(indicator));
    this.capacity = full?.pool?.rowsPerSlot ?? FIRST_CAPACITY;
  }

  /** Rows added and not yet taken. */
  get pending(): number {
    return this.next?.rows ?? 0;
  }

  add(rowNumber: number, uscc: string, period: string, figures: Float64Array): void {
    let batch = (this.next ??= this.fresh(this.capacity));
    if (batch.rows === this.capacity) batch = this.grow(batch);
    const i = batch.rows;
    batch.rowNumber[i] = rowNumber;
    batch.uscc[i] = indexIn(this.usccIndex, uscc, batch.newUsccs);
    batch.period[i] = indexIn(this.periodIndex, period, batch.newPeriods);
    const { slots } = this;
    for (let f = 0; f < FIGURES; f += 1) batch.values[i * FIGURES + f] = figures[slots[f] as number] as number;
    batch.rows = i + 1;
    const { full } = this;
    if (!full) return;
    // Full, or a good part full while the main thread waits with nothing to write: handed over now, the writing keeps
    // pace with the reading, and what is left to write when the file ends is small.
    if (
      batch.rows >= full.rowsPerBatch ||
      ((batch.rows % EARLY_ROWS === 0 || (batch.rows === FIRST_ROWS && !this.handed)) &&
        batch.pooled &&
        full.pool?.idleBut(batch))
    ) {
      this.handed = true;
      full.take(this.take());
    }
  }

  /** The rows added since the last take (views of arrays that are its own, possibly longer than its rows). */
  take(): ReturnBatch {
    const batch = this.next ?? plainBatch(0);
    const n = batch.rows;
    this.next = undefined;
    return {
      rows: n,
      rowNumber: batch.rowNumber.subarray(0, n),
      uscc: batch.uscc.subarray(0, n),
      period: batch.period.subarray(0, n),
      values: batch.values.subarray(0, n * FIGURES),
      newUsccs: batch.newUsccs,
      newPeriods: batch.newPeriods,
      ...(batch.pooled ? { pooled: batch.pooled } : {}),
    };
  }

  /** Lets go of the batch being filled (a pooled slot goes back to its pool); the encoder is not used again. */
  close(): void {
    if (this.next) releaseBatch(this.next);
    this.next = undefined;
  }

  /** Typed rows as one batch (rows added and not taken go with them). */
  encode(rows: readonly ReturnRow[]): ReturnBatch {
    const figures = new Float64Array(FIGURES);
    const keys = figureKeysOf('returns');
    for (const row of rows) {
      for (let f = 0; f < keys.length; f += 1) {
        figures[f] = row.values[keys[f] as ReturnIndicator] ?? Number.NaN;
      }
      this.add(row.rowNumber, row.uscc, row.period, figures);
    }
    return this.take();
  }

  private fresh(capacity: number): ReturnBatch {
    const pool = this.full?.pool;
    const pooled = pool && capacity <= pool.rowsPerSlot ? pool.takeWaiting() : undefined;
    return pooled ?? plainBatch(capacity);
  }

  private grow(old: ReturnBatch): ReturnBatch {
    this.capacity *= 2;
    const batch = this.fresh(this.capacity);
    batch.rows = old.rows;
    batch.rowNumber.set(old.rowNumber);
    batch.uscc.set(old.uscc);
    batch.period.set(old.period);
    batch.values.set(old.values);
    batch.newUsccs = old.newUsccs;
    batch.newPeriods = old.newPeriods;
    releaseBatch(old);
    return (this.next = batch);
  }
}

/** A batch in arrays of its own, room for `capacity` rows. */
function plainBatch(capacity: number): ReturnBatch {
  return {
    rows: 0,
    rowNumber: new Int32Array(capacity),
    uscc: new Int32Array(capacity),
    period: new Int32Array(capacity),
    values: new Float64Array(capacity * FIGURES),
    newUsccs: [],
    newPeriods: [],
  };
}

/** A text's index in an import's table, numbering it (and listing it among the batch's new ones) on first sight. */
function indexIn(table: Map<string, number>, text: string, fresh: string[]): number {
  let index = table.get(text);
  if (index === undefined) {
    index = table.size;
    table.set(text, index);
    fresh.push(text);
  }
  return index;
}

/** A period of the table: its text, and the year and month whose year-to-date figure it is. */
export interface PeriodEntry {
  text: string;
  year: number;
  month: number;
}

/** The receiving side: keeps the tables, and reads rows back as ReturnRow when one is needed whole. */
export class ReturnBatchDecoder {
  readonly usccs: string[] = [];
  readonly periods: PeriodEntry[] = [];

  /** Extends the tables with a batch's new entries; call once per batch, in order. */
  accept(batch: ReturnBatch): void {
    for (const u of batch.newUsccs) this.usccs.push(u);
    for (const text of batch.newPeriods) {
      const p = parsePeriod(text);
      if (!p) throw new Error(`bad period ${text} in a validated batch`);
      this.periods.push({ text, year: p.year, month: lastMonthOf(p) });
    }
  }

  row(batch: ReturnBatch, i: number): ReturnRow {
    const values: Partial<Record<ReturnIndicator, number>> = {};
    for (let f = 0; f < FIGURES; f += 1) {
      const v = batch.values[i * FIGURES + f] as number;
      if (!Number.isNaN(v)) values[returnIndicators[f] as ReturnIndicator] = v;
    }
    return {
      rowNumber: batch.rowNumber[i] as number,
      uscc: this.usccs[batch.uscc[i] as number] as string,
      period: (this.periods[batch.period[i] as number] as PeriodEntry).text,
      values,
    };
  }
}

/**
 * Valid returns rows in a compact, columnar form: what the import worker hands to the main thread batch by batch
 * while it is still reading, and what the writer inserts from. One row costs a few typed-array slots instead of two
 * objects; the arrays' buffers move between threads without a copy, and codes and periods are sent once per import.
 */
import { returnIndicators, type ReturnIndicator } from './columns.js';
import { parsePeriod, lastMonthOf } from '../period.js';
import type { ReturnRow } from './validate.js';

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
}

/** The buffers of a batch, for postMessage's transfer list. */
export function batchBuffers(batch: ReturnBatch): ArrayBuffer[] {
  return [batch.rowNumber.buffer, batch.uscc.buffer, batch.period.buffer, batch.values.buffer] as ArrayBuffer[];
}

/** Turns typed rows into batches; one encoder per import, as the tables it builds span its batches. */
export class ReturnBatchEncoder {
  private readonly usccIndex = new Map<string, number>();
  private readonly periodIndex = new Map<string, number>();

  encode(rows: readonly ReturnRow[]): ReturnBatch {
    const n = rows.length;
    const batch: ReturnBatch = {
      rows: n,
      rowNumber: new Int32Array(n),
      uscc: new Int32Array(n),
      period: new Int32Array(n),
      values: new Float64Array(n * FIGURES).fill(Number.NaN),
      newUsccs: [],
      newPeriods: [],
    };
    for (let i = 0; i < n; i += 1) {
      const row = rows[i] as ReturnRow;
      batch.rowNumber[i] = row.rowNumber;
      let u = this.usccIndex.get(row.uscc);
      if (u === undefined) {
        u = this.usccIndex.size;
        this.usccIndex.set(row.uscc, u);
        batch.newUsccs.push(row.uscc);
      }
      batch.uscc[i] = u;
      let p = this.periodIndex.get(row.period);
      if (p === undefined) {
        p = this.periodIndex.size;
        this.periodIndex.set(row.period, p);
        batch.newPeriods.push(row.period);
      }
      batch.period[i] = p;
      const values = row.values;
      for (let f = 0; f < FIGURES; f += 1) {
        const v = values[returnIndicators[f] as ReturnIndicator];
        if (v !== undefined) batch.values[i * FIGURES + f] = v;
      }
    }
    return batch;
  }
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

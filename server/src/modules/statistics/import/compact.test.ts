import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BatchPool,
  FIGURES,
  releaseBatch,
  ReturnBatchDecoder,
  ReturnBatchEncoder,
  type ReturnBatch,
} from './compact.js';

const figures = (seed: number) =>
  Float64Array.from({ length: FIGURES }, (_, f) => (f === 3 ? Number.NaN : seed * 10 + f));

/**
 * A writer on a thread of its own, as the import's main thread is to the worker: it frees each batch it is sent
 * (releaseBatch, from the sources through tsx) `delayMs` after it comes, or never with `delayMs` < 0.
 */
function slowWriter(delayMs: number): Worker {
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/index\.cjs$/, 'index.mjs'),
  ).href;
  const compact = new URL('./compact.ts', import.meta.url).href;
  const source =
    `const { register } = await import(${JSON.stringify(tsx)}); register();` +
    `const { releaseBatch } = await import(${JSON.stringify(compact)});` +
    `const { parentPort } = await import('node:worker_threads');` +
    `parentPort.on('message', (pooled) => { if (${delayMs} >= 0) setTimeout(() => releaseBatch({ pooled }), ${delayMs}); });` +
    `parentPort.postMessage('ready');`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`));
}

describe('batches in a shared pool', () => {
  const writers: Worker[] = [];
  afterAll(async () => {
    await Promise.all(writers.map((w) => w.terminate()));
  });
  /** An encoder over `pool` whose batches go to a slowWriter(delayMs), and the batches it handed over. */
  const encoderToWriter = async (delayMs: number, pool: BatchPool) => {
    const writer = slowWriter(delayMs);
    writers.push(writer);
    await new Promise((resolve) => writer.once('message', resolve));
    const handed: ReturnBatch[] = [];
    const encoder = new ReturnBatchEncoder({
      rowsPerBatch: 4,
      take: (batch) => {
        handed.push(batch);
        writer.postMessage(batch.pooled ?? null);
      },
      pool,
    });
    return { encoder, handed };
  };

  it('waits for the writer to free a slot rather than making arrays of its own (back-pressure)', async () => {
    const { encoder, handed } = await encoderToWriter(30, new BatchPool(1, 4, 5000));
    const started = performance.now();
    for (let row = 0; row < 12; row += 1) encoder.add(row + 2, 'U', '2014-01', figures(row));
    const waited = performance.now() - started;
    encoder.close();
    // Every batch went out in the one slot, each after the writer had freed it (≈ 30 ms each, twice), woken by the
    // release (not by the end of its 5 s wait, which would still find the slot free).
    expect(handed.map((b) => b.pooled?.slot ?? null)).toEqual([0, 0, 0]);
    expect(waited).toBeGreaterThanOrEqual(50);
    expect(waited).toBeLessThan(2500);
  });

  it('gives up waiting after its time and makes arrays of its own', async () => {
    const { encoder, handed } = await encoderToWriter(-1, new BatchPool(1, 4, 40));
    const started = performance.now();
    for (let row = 0; row < 8; row += 1) encoder.add(row + 2, 'U', '2014-01', figures(row));
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    expect(handed.map((b) => b.pooled?.slot ?? null)).toEqual([0, null]);
    encoder.close();
  });

  it('fills slots while they are free, makes plain arrays when none is freed in time, and fills a released slot again', () => {
    // No time to wait: on this one thread nothing would free a slot.
    const pool = new BatchPool(2, 4, 0);
    const handed: ReturnBatch[] = [];
    const encoder = new ReturnBatchEncoder({ rowsPerBatch: 4, take: (batch) => handed.push(batch), pool });
    for (let row = 0; row < 14; row += 1) encoder.add(row + 2, `U${row % 3}`, '2014-01', figures(row));
    // Rows 0–3 and 4–7 went out in the two slots; 8–11 in arrays of their own; 12–13 wait in a plain batch too.
    expect(handed.map((b) => b.rows)).toEqual([4, 4, 4]);
    expect(handed.map((b) => b.pooled?.slot ?? null)).toEqual([0, 1, null]);
    expect(handed[0]?.values.buffer).toBeInstanceOf(SharedArrayBuffer);

    // What the main thread reads of each batch is what was added.
    const decoder = new ReturnBatchDecoder();
    const rows = handed.flatMap((batch) => {
      decoder.accept(batch);
      return Array.from({ length: batch.rows }, (_, i) => decoder.row(batch, i));
    });
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(rows[5]).toEqual({
      rowNumber: 7,
      uscc: 'U2',
      period: '2014-01',
      values: {
        output_value: 50,
        sales_output: 51,
        value_added: 52,
        rd_expense: 54,
        taxes: 55,
        employees: 56,
        energy_tce: 57,
        land_mu: 58,
      },
    });

    // Once the first batch is written its slot is free, and the next batch of the next file fills it, not a new array.
    releaseBatch(handed[0] as ReturnBatch);
    encoder.close();
    const next: ReturnBatch[] = [];
    const second = new ReturnBatchEncoder({ rowsPerBatch: 4, take: (batch) => next.push(batch), pool });
    for (let row = 0; row < 4; row += 1) second.add(row + 2, 'V', '2015-01', figures(100 + row));
    expect(next[0]?.pooled?.slot).toBe(0);
    const again = new ReturnBatchDecoder();
    again.accept(next[0] as ReturnBatch);
    expect(again.row(next[0] as ReturnBatch, 3)).toMatchObject({
      rowNumber: 5,
      uscc: 'V',
      values: { output_value: 1030 },
    });
  });

  it('a slot left unfilled when the file ends is given back', () => {
    const pool = new BatchPool(1, 4, 0);
    const first = new ReturnBatchEncoder({ rowsPerBatch: 4, take: () => undefined, pool });
    first.add(2, 'U', '2014-01', figures(1));
    first.close();
    const handed: ReturnBatch[] = [];
    const second = new ReturnBatchEncoder({ rowsPerBatch: 4, take: (batch) => handed.push(batch), pool });
    for (let row = 0; row < 4; row += 1) second.add(row + 2, 'U', '2014-02', figures(row));
    expect(handed[0]?.pooled?.slot).toBe(0);
  });

  it('hands the first batch over at 100 rows and then at every 500 while the writer has written all it was given, and full ones otherwise', () => {
    const rowsOf = (writerKeepsUp: boolean) => {
      const pool = new BatchPool(4, 2000);
      const handed: number[] = [];
      const encoder = new ReturnBatchEncoder({
        rowsPerBatch: 2000,
        take: (batch) => {
          handed.push(batch.rows);
          // A writer that keeps up has written the batch before the next row is read.
          if (writerKeepsUp) releaseBatch(batch);
        },
        pool,
      });
      for (let row = 0; row < 5200; row += 1) encoder.add(row + 2, `U${row % 7}`, '2014-01', figures(row));
      encoder.close();
      return handed;
    };
    expect(rowsOf(true)).toEqual([100, ...Array<number>(10).fill(500)]);
    // A writer behind: the first goes at 100 rows (nothing was handed before it), then every batch waits to be full.
    expect(rowsOf(false)).toEqual([100, 2000, 2000]);
  });
});

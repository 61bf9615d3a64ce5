// Reads and validates import files off the main thread, so the server keeps answering while a 50,000-row workbook
// is parsed. One long-lived worker takes jobs one at a time (starting a thread and loading exceljs costs more than a
// small file's whole import). The context arrives as plain arrays: sets do not cross threads as sets.
import { parentPort } from 'node:worker_threads';
import type { ImportKind } from './import/columns.js';
import { BatchPool, batchBuffers, ReturnBatchEncoder, type ReturnBatch } from './import/compact.js';
import { readImportFile } from './import/import-file.js';
import type { ImportContext } from './import/validate.js';

export interface WorkerInput {
  filePath: string;
  fileName: string;
  kind: ImportKind;
  context: {
    regionCodes: string[];
    enterpriseRegionCodes: string[];
    allowedRegions: string[] | null;
    industries: ImportContext['industries'];
    /**
     * The register's codes; `unchanged` when they are those of the worker's last job, which it keeps: a city's
     * register is tens of thousands of codes, copied to this thread and made a set at every import otherwise.
     */
    knownEnterprises: string[] | null | 'unchanged';
    lockedPeriods: string[];
  };
  /**
   * Returns only: hand the valid rows over while reading, in compact batches (`rows` messages), instead of all of
   * them in the result, so the main thread can write them as they come.
   */
  stream?: boolean;
}

export type WorkerMessage = { job: number } & (
  | { type: 'progress'; rows: number; problems: number }
  | { type: 'rows'; batch: ReturnBatch; progress?: { rows: number; problems: number } }
  | { type: 'done'; result: Awaited<ReturnType<typeof readImportFile>> }
  | { type: 'failed'; message: string }
);

/** The register of the last job that sent one, as a set. */
let lastRegister: ReadonlySet<string> | undefined;

/** Rows a `rows` message carries: each costs the main thread a turn of the event loop and two lookups (1,000 measured slower). */
const ROWS_PER_MESSAGE = 2000;

/** The batches' memory, shared with the main thread and used for every import (BatchPool says why). */
let pool: BatchPool | undefined;
// Room for the main thread to be 16 batches behind; beyond that the worker waits for it (BatchPool.takeWaiting).
const newPool = () => new BatchPool(16, ROWS_PER_MESSAGE);

const port = parentPort;
if (!port) throw new Error('import-worker runs only as a worker thread');

port.on('message', (message: { job: number; input: WorkerInput }) => {
  void read(message.job, message.input);
});

async function read(job: number, input: WorkerInput) {
  const send = (m: WorkerMessage) => port?.postMessage(m);
  try {
    const c = input.context;
    let knownEnterprises: ReadonlySet<string> | undefined;
    if (c.knownEnterprises === 'unchanged') {
      if (!lastRegister) throw new Error('the register was said unchanged, but none was sent before');
      knownEnterprises = lastRegister;
    } else if (c.knownEnterprises) {
      knownEnterprises = lastRegister = new Set(c.knownEnterprises);
    }
    const context: ImportContext = {
      regionCodes: new Set(c.regionCodes),
      enterpriseRegionCodes: new Set(c.enterpriseRegionCodes),
      ...(c.allowedRegions ? { allowedRegions: new Set(c.allowedRegions) } : {}),
      industries: c.industries,
      ...(knownEnterprises ? { knownEnterprises } : {}),
      lockedPeriods: new Set(c.lockedPeriods),
    };
    // While rows are handed over, the progress rides on the next batch instead of a message of its own.
    let progress: { rows: number; problems: number } | undefined;
    const hand = (batch: ReturnBatch) => {
      const message: WorkerMessage = { job, type: 'rows', batch, ...(progress ? { progress } : {}) };
      progress = undefined;
      port?.postMessage(message, batchBuffers(batch));
    };
    // Valid rows go straight into the encoder's arrays (it is the validator's sink: one class for every import, so the
    // optimised reading code stays valid from one import to the next), and on every ROWS_PER_MESSAGE.
    const encoder =
      input.stream && input.kind === 'returns'
        ? new ReturnBatchEncoder({ rowsPerBatch: ROWS_PER_MESSAGE, take: hand, pool: (pool ??= newPool()) })
        : undefined;
    let result: Awaited<ReturnType<typeof readImportFile>>;
    try {
      result = await readImportFile(input.filePath, input.kind, context, {
        fileName: input.fileName,
        onProgress: (p) => {
          if (encoder && p.problems === 0) progress = p;
          else send({ job, type: 'progress', ...p });
        },
        ...(encoder ? { sink: encoder } : {}),
      });
      // What is left of a clean file; a file with problems is not written, so its rows are not sent.
      if (result.ok && encoder && encoder.pending > 0) hand(encoder.take());
    } finally {
      encoder?.close();
    }
    if (progress) send({ job, type: 'progress', ...progress });
    send({ job, type: 'done', result });
  } catch (error) {
    send({ job, type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

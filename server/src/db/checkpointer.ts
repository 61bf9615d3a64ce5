/**
 * Checkpoints a SQLite file's write-ahead log on a thread of its own.
 *
 * In WAL mode every commit appends its pages to the log, and SQLite's automatic checkpoint copies the log back into the
 * database file inside the COMMIT that takes the log past 1,000 pages. For a large import that copy (with its fsyncs)
 * is most of the commit — ≈ 30 ms for 50,000 returns — and better-sqlite3 runs it on the event loop, so the server
 * stood still for it after every large write. Here the write connection's automatic checkpoint is turned off and a
 * second connection, on a small worker thread, checkpoints PASSIVE every `everyMs` and when asked: it copies what is
 * committed without blocking the writer or the readers. Should the thread fail, the write connection checkpoints
 * automatically again, so the log can never grow without bound.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/** SQLite's own default: the log is checkpointed once it holds this many pages. */
const AUTOCHECKPOINT_PAGES = 1000;

// Plain JavaScript evaluated as a CommonJS worker, so it runs the same from the sources (tests) and from the build;
// the driver is loaded by its absolute path, resolved here.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)');
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', (message) => {
  if (message === 'checkpoint') checkpoint();
  if (message === 'stop') {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

export interface Checkpointer {
  /** Asks for a checkpoint now (after a large write); returns at once. */
  checkpointSoon(): void;
  /** Stops the thread and closes its connection; the write connection checkpoints automatically again. */
  stop(): void;
}

/** Starts checkpointing `file`, whose write connection is `database`, in the background. */
export function startCheckpointer(database: SQLite.Database, file: string, everyMs = 1000): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, everyMs } });
  // An idle server's clock thread must not keep a CLI command from exiting.
  worker.unref();
  let running = true;
  const fallBack = () => {
    if (!running) return;
    running = false;
    if (database.open) database.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  };
  // A failure of the thread (the file removed under it, say) costs only the background checkpoints.
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  database.pragma('wal_autocheckpoint = 0');
  return {
    checkpointSoon: () => {
      if (running) worker.postMessage('checkpoint');
    },
    stop: () => {
      if (!running) return;
      running = false;
      worker.postMessage('stop');
      if (database.open) database.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    },
  };
}

import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { nowIso } from '../../db/columns.js';
import { checkpointSoon, selectArrays, type Db } from '../../db/database.js';
import { AppError } from '../../http/errors.js';
import { CubeDraft, prepareCubeWrites, refreshCubeAfterImport } from '../indicators/cube.service.js';
import { recordAudit } from '../audit/audit.service.js';
import { actsAsOffice, hasRole, type RequestContext } from '../auth/actor.js';
import { commitEnterprises, enterpriseScope, type CommitCounts } from '../enterprises/enterprises.service.js';
import type { ImportKind } from './import/columns.js';
import type { ImportFileResult } from './import/import-file.js';
import type { ImportProblem } from './import/problems.js';
import { releaseBatch, type ReturnBatch } from './import/compact.js';
import type { EnterpriseRow, RegionStatRow } from './import/validate.js';
import type { WorkerInput, WorkerMessage } from './import-worker.js';
import {
  commitRegionStats,
  holdImportLock,
  ReturnsWriter,
  type Register,
  type TouchedSlice,
} from './statistics.service.js';

export interface ImportRequest {
  filePath: string;
  /** The name the person gave the file. */
  fileName: string;
  kind: ImportKind;
  dryRun: boolean;
  onProgress?: (progress: { rows: number; problems: number }) => void;
  /** Called with the time each phase took (ms), for measuring. */
  onPhase?: (phase: ImportPhase, ms: number) => void;
}

export interface ImportOutcome {
  batchId: number | null;
  /** `committed`: written; `rejected`: problems, nothing written; `dry_run`: what would happen, nothing written. */
  status: 'committed' | 'rejected' | 'dry_run';
  kind: ImportKind;
  fileName: string;
  source: ImportFileResult<unknown>['source'];
  columns: ImportFileResult<unknown>['columns'];
  dataRows: number;
  counts: CommitCounts;
  problems: ImportProblem[];
  problemCount: number;
  truncated: boolean;
  durationMs: number;
}

/**
 * Imports one file: read and validate in a worker thread, check figures against what is stored, then write every row
 * in one transaction — or nothing at all. A dry run performs the same writes in a transaction that is rolled back,
 * so its counts are exactly what a real import would do. The transaction opens before the file is read, holding the
 * import lock (holdImportLock), and what the file is checked against (locked periods, the register, the person's
 * area) is read in it: nothing can change between the check and the write.
 *
 * Returns are written while the worker is still reading: the worker hands over each batch of valid rows as soon as
 * it has read it, and the transaction writes them as they come. A problem found later (a later row, the year-to-date
 * rule) rolls the transaction back: nothing of the file stays. Other kinds are read whole first, then written.
 */
export async function runImport(db: Db, ctx: RequestContext, request: ImportRequest): Promise<ImportOutcome> {
  // Before any wait: a caller who may not import this kind is told so at once, not after the import lock.
  assertMayImport(ctx, request.kind);
  const started = Date.now();
  const timed = async <T>(phase: ImportPhase, work: () => Promise<T>): Promise<T> => {
    if (!request.onPhase) return work();
    const at = performance.now();
    try {
      return await work();
    } finally {
      request.onPhase(phase, performance.now() - at);
    }
  };
  const input = (context: WorkerInput['context']): WorkerInput => ({
    filePath: request.filePath,
    fileName: request.fileName,
    kind: request.kind,
    context,
  });

  const baseOf = (read: ImportFileResult<unknown>) => ({
    kind: request.kind,
    fileName: request.fileName,
    source: read.source,
    columns: read.columns,
    dataRows: read.counts.dataRows,
  });
  const refuse = async (
    read: ImportFileResult<unknown>,
    problems: ImportProblem[],
    problemCount: number,
  ): Promise<ImportOutcome> => {
    const shown = { ...baseOf(read), problems, problemCount, truncated: problemCount > problems.length };
    const durationMs = Date.now() - started;
    const batchId = request.dryRun
      ? null
      : await recordBatch(db, ctx, { ...shown, status: 'rejected', counts: ZERO, durationMs });
    return { ...shown, batchId, status: request.dryRun ? 'dry_run' : 'rejected', counts: ZERO, durationMs };
  };
  const clean = (read: ImportFileResult<unknown>) => ({
    ...baseOf(read),
    problems: [],
    problemCount: 0,
    truncated: false,
  });

  /** The end of a committed import: the batch's figures, the derived sums, the audit. */
  const conclude = async (
    trx: Db,
    batchId: number,
    read: ImportFileResult<unknown>,
    counts: CommitCounts,
    touched?: readonly TouchedSlice[],
    draft?: CubeDraft,
  ): Promise<ImportOutcome> => {
    // The cube follows the data in the same transaction: dashboards never see returns without their sums.
    await timed('cube', () => refreshCubeAfterImport(trx, request.kind, batchId, touched, draft));
    const durationMs = Date.now() - started;
    const detail = sourceDetail(read.source);
    await trx
      .updateTable('importBatch')
      .set({
        format: read.source.format ?? 'unknown',
        sourceDetail: detail,
        rowsTotal: read.counts.dataRows,
        inserted: counts.inserted,
        changed: counts.changed,
        unchanged: counts.unchanged,
        durationMs,
      })
      .where('id', '=', batchId)
      .execute();
    await recordAudit(trx, ctx, {
      action: 'import',
      entityType: 'import_batch',
      entityId: batchId,
      after: {
        kind: request.kind,
        fileName: request.fileName,
        rows: read.counts.dataRows,
        inserted: counts.inserted,
        changed: counts.changed,
        unchanged: counts.unchanged,
      },
    });
    return { ...clean(read), batchId, status: 'committed', counts: pickCounts(counts), durationMs };
  };

  // A committed file's pages are copied from the write-ahead log into the database now, off the event loop.
  const checkpointed = (outcome: ImportOutcome) => {
    if (outcome.status === 'committed') checkpointSoon(db);
    return outcome;
  };

  try {
    if (request.kind === 'returns') {
      return await serialised(() =>
        db.transaction().execute(async (trx) => {
          await holdImportLock(trx);
          // What the file is checked against — the locked periods, the register — is read in the transaction that
          // writes: a period locked, or an enterprise moved, while the file is read cannot slip in between.
          const { context, register } = await buildContext(trx, ctx, request.kind);
          const batchId = request.dryRun ? null : await recordBatch(trx, ctx, PENDING_BATCH(request));
          // The cube's sums of the months this file is the first to fill are drafted as the rows are written.
          const draft = request.dryRun ? undefined : new CubeDraft(trx);
          const writer = new ReturnsWriter(trx, ctx, batchId, draft, register);
          // Batches are written one after another, in file order, while the worker reads on. Before the first
          // arrives, once the job is posted, the writer and the cube get their statements ready.
          let writing: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
            writer.prepare();
            if (draft) prepareCubeWrites(trx);
          });
          let failure: { error: unknown } | undefined;
          let read: ImportFileResult<unknown>;
          try {
            read = await timed('read', () =>
              readInWorker({ ...input(context), stream: true }, request.onProgress, (batch) => {
                writing = writing.then(async () => {
                  try {
                    if (!failure) await writer.write(batch);
                  } catch (error) {
                    failure = { error };
                  } finally {
                    // Written or not, the batch's memory goes back to the worker.
                    releaseBatch(batch);
                  }
                });
              }),
            );
          } finally {
            // Never leave the transaction with a write still running in it.
            await writing;
          }
          if (!read.ok) throw new Refused(read, read.problems, read.problemCount);
          if (failure) throw failure.error;
          // The check against stored returns runs in the transaction that writes, so no other import can change
          // the months it compares between the check and the write.
          const problems = await timed('check', async () => writer.check());
          if (problems.length > 0) throw new Refused(read, problems.slice(0, 1000), problems.length);
          if (batchId === null) throw new DryRunRollback(read, writer.counts);
          return conclude(trx, batchId, read, writer.counts, writer.touched(), draft);
        }),
      ).then(checkpointed);
    }

    // The register and region totals: the file is read whole, then written — both in one transaction, so that what
    // it is checked against (the locked periods, the officer's area) is what stands when it is written.
    const write = async (
      trx: Db,
      read: ImportFileResult<unknown>,
      batchId: number | null,
    ): Promise<CommitCounts & { touched?: TouchedSlice[] }> =>
      request.kind === 'enterprises'
        ? commitEnterprises(trx, ctx, read.rows as EnterpriseRow[], nowIso().slice(0, 7))
        : commitRegionStats(trx, ctx, batchId, read.rows as RegionStatRow[]);
    return await serialised(() =>
      db.transaction().execute(async (trx) => {
        await holdImportLock(trx);
        const { context } = await buildContext(trx, ctx, request.kind);
        const read = await timed('read', () => readInWorker(input(context), request.onProgress));
        if (!read.ok) throw new Refused(read, read.problems, read.problemCount);
        if (request.dryRun) throw new DryRunRollback(read, await write(trx, read, null));
        const batchId = await recordBatch(trx, ctx, PENDING_BATCH(request));
        const counts = await timed('write', () => write(trx, read, batchId));
        return conclude(trx, batchId, read, counts, counts.touched);
      }),
    ).then(checkpointed);
  } catch (error) {
    if (error instanceof DryRunRollback) {
      return {
        ...clean(error.read),
        batchId: null,
        status: 'dry_run',
        counts: pickCounts(error.counts),
        durationMs: Date.now() - started,
      };
    }
    if (error instanceof Refused) return refuse(error.read, error.problems, error.problemCount);
    throw error;
  }
}

/** Where an import's time goes, for the benchmark: reading (with returns, also writing), checking, the cube. */
export type ImportPhase = 'read' | 'check' | 'write' | 'cube';

const ZERO: CommitCounts = { inserted: 0, changed: 0, unchanged: 0 };

const pickCounts = (c: CommitCounts): CommitCounts => ({
  inserted: c.inserted,
  changed: c.changed,
  unchanged: c.unchanged,
});

/** The batch row as it starts, before the file is read; conclude() fills in what the read and the writes found. */
const PENDING_BATCH = (request: ImportRequest) => ({
  kind: request.kind,
  fileName: request.fileName,
  source: { format: null, sheet: null, otherSheets: [], encoding: null, delimiter: null, headerRow: null },
  columns: [],
  dataRows: 0,
  counts: ZERO,
  problems: [],
  problemCount: 0,
  truncated: false,
  durationMs: 0,
  status: 'committed' as const,
});

class DryRunRollback extends Error {
  constructor(
    readonly read: ImportFileResult<unknown>,
    readonly counts: CommitCounts,
  ) {
    super('dry run');
  }
}

class Refused extends Error {
  constructor(
    readonly read: ImportFileResult<unknown>,
    readonly problems: ImportProblem[],
    readonly problemCount: number,
  ) {
    super('refused');
  }
}

function sourceDetail(source: ImportFileResult<unknown>['source']): string | null {
  const detail = [source.sheet && `sheet ${source.sheet}`, source.encoding && `encoding ${source.encoding}`]
    .filter(Boolean)
    .join(', ');
  return detail || null;
}

// One import writes at a time in this process; reading files (in the worker) is queued separately.
let writeQueue: Promise<unknown> = Promise.resolve();
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const result = writeQueue.then(work, work);
  writeQueue = result.catch(() => undefined);
  return result;
}

async function recordBatch(
  db: Db,
  ctx: RequestContext,
  b: Omit<ImportOutcome, 'batchId'> & { status: 'committed' | 'rejected' },
): Promise<number> {
  const row = await db
    .insertInto('importBatch')
    .values({
      kind: b.kind,
      fileName: b.fileName,
      format: b.source.format ?? 'unknown',
      sourceDetail: sourceDetail(b.source),
      status: b.status,
      rowsTotal: b.dataRows,
      inserted: b.counts.inserted,
      changed: b.counts.changed,
      unchanged: b.counts.unchanged,
      problemCount: b.problemCount,
      problemsJson: b.problems.length > 0 ? JSON.stringify(b.problems.slice(0, 200)) : null,
      userId: ctx.actor?.userId ?? null,
      login: ctx.actor?.login ?? ctx.system ?? 'system',
      createdAt: nowIso(),
      durationMs: b.durationMs,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Who may import what: the register by the office and counties, returns also by an enterprise, region totals by the office. */
export function assertMayImport(ctx: RequestContext, kind: ImportKind): void {
  const allowed: Record<ImportKind, boolean> = {
    enterprises: actsAsOffice(ctx) || hasRole(ctx.actor, 'county'),
    returns: actsAsOffice(ctx) || hasRole(ctx.actor, 'county', 'enterprise'),
    'region-stats': actsAsOffice(ctx),
  };
  if (!allowed[kind]) {
    throw new AppError(403, 'forbidden', `你的角色不能导入此类数据 / your roles may not import ${kind}`);
  }
}

/**
 * What a file of the kind is checked against, narrowed to the caller (a county imports only its own area, an
 * enterprise itself): regions, industries, locked periods and, for returns, the enterprises the person may file for —
 * as the worker's context, and as the register the returns writer finds them in.
 */
async function buildContext(
  db: Db,
  ctx: RequestContext,
  kind: ImportKind,
): Promise<{ context: WorkerInput['context']; register?: Register }> {
  const [regions, industries, locks] = await Promise.all([
    db.selectFrom('region').select(['code', 'kind']).execute(),
    db
      .selectFrom('industry')
      .innerJoin('plan', 'plan.id', 'industry.planId')
      .select(['industry.code', 'industry.nameZh', 'industry.nameEn'])
      .where('plan.active', '=', 1)
      .orderBy('industry.sortOrder')
      .execute(),
    db.selectFrom('periodLock').select('period').execute(),
  ]);
  const isAdmin = actsAsOffice(ctx);
  const isCounty = hasRole(ctx.actor, 'county');
  // A county officer works in their county and its zones; an enterprise user files for itself only.
  const countyArea = !isAdmin && isCounty ? (await enterpriseScope(db, ctx, 'write')).regions : 'all';
  const ownUsccs = ctx.actor?.roles.filter((r) => r.role === 'enterprise').map((r) => r.enterpriseUscc ?? '') ?? [];
  let knownEnterprises: string[] | null = null;
  let register: Register | undefined;
  if (kind === 'returns') {
    let q = db.selectFrom('enterprise').select(['uscc', 'id', 'regionCode', 'aboveScale']);
    if (!isAdmin) {
      const area = countyArea === 'all' ? [] : countyArea;
      q = q.where((eb) =>
        eb.or([
          eb('regionCode', 'in', area.length > 0 ? area : ['-']),
          eb('uscc', 'in', ownUsccs.length > 0 ? ownUsccs : ['-']),
        ]),
      );
    }
    // One read of the register as arrays: the writer then finds each code here instead of a query per batch.
    const rows = await selectArrays(db, q);
    knownEnterprises = rows.map((r) => r[0] as string);
    register = new Map(
      rows.map(([uscc, id, region, aboveScale]) => [
        uscc as string,
        { id: id as number, region: region as string, aboveScale: aboveScale as number },
      ]),
    );
  }
  const context = {
    regionCodes: regions.map((r) => r.code),
    enterpriseRegionCodes: regions.filter((r) => r.kind !== 'city').map((r) => r.code),
    allowedRegions: countyArea === 'all' || kind === 'returns' ? null : countyArea,
    industries: industries.map((i) => ({ code: i.code, name: { zh: i.nameZh, en: i.nameEn } })),
    knownEnterprises,
    lockedPeriods: locks.map((l) => l.period),
  };
  return register ? { context, register } : { context };
}

// The worker file is TypeScript when running from the sources (tests, dev) and JavaScript when built. From the sources
// a small bootstrap registers tsx in the worker first (a worker does not inherit the parent's loaders).
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(fromSource ? './import-worker.ts' : './import-worker.js', import.meta.url);
// tsx's ESM entry, found through its CommonJS one (require.resolve sees only the latter).
const tsxApi = fromSource
  ? pathToFileURL(
      createRequire(import.meta.url)
        .resolve('tsx/esm/api')
        .replace(/index\.cjs$/, 'index.mjs'),
    ).href
  : '';
const workerSource = fromSource
  ? new URL(
      `data:text/javascript,${encodeURIComponent(`const { register } = await import(${JSON.stringify(tsxApi)}); register(); await import(${JSON.stringify(workerUrl.href)});`)}`,
    )
  : workerUrl;

let worker: Worker | undefined;
let nextJob = 1;
/** The register's codes the worker was last sent (it keeps them): what it needs to be sent only when they change. */
let registerSent: { worker: Worker; codes: readonly string[] } | undefined;

// One file at a time: jobs queue here, so two uploads never compete for the worker's memory.
let queue: Promise<unknown> = Promise.resolve();

/** The long-lived import worker, started on first use; it does not keep an idle process alive. */
function importWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(workerSource, {
    // A hostile or broken file must not take the server's memory with it.
    // A young generation larger than a worker's default: the rows of a file are short-lived garbage, and with more
    // room for them fewer survive a collection to be copied (a 50,000-row CSV reads in ~360 ms instead of ~460 ms).
    resourceLimits: { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 48 },
  });
  started.unref();
  started.on('exit', () => {
    if (worker === started) worker = undefined;
  });
  worker = started;
  return started;
}

function readInWorker(
  input: WorkerInput,
  onProgress?: (p: { rows: number; problems: number }) => void,
  onBatch?: (batch: ReturnBatch) => void,
): Promise<ImportFileResult<unknown>> {
  const run = () =>
    new Promise<ImportFileResult<unknown>>((resolve, reject) => {
      const w = importWorker();
      const job = nextJob++;
      const finish = (settle: () => void) => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        w.unref();
        settle();
      };
      const onMessage = (message: WorkerMessage) => {
        if (message.job !== job) return;
        if (message.type === 'rows') {
          onBatch?.(message.batch);
          if (message.progress) onProgress?.(message.progress);
        } else if (message.type === 'progress') onProgress?.({ rows: message.rows, problems: message.problems });
        else if (message.type === 'done') finish(() => resolve(message.result));
        else finish(() => reject(new Error(`import failed: ${message.message}`)));
      };
      const onError = (error: Error) => finish(() => reject(error));
      const onExit = (code: number) =>
        finish(() => reject(new Error(`import worker stopped (exit ${code}) before it finished`)));
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      // While a file is being read the worker keeps the process alive (a CLI import must wait for it).
      w.ref();
      const codes = input.context.knownEnterprises;
      let sent = input;
      if (Array.isArray(codes)) {
        // The same codes in the same order (the register is read in the same order each time).
        if (registerSent?.worker === w && isDeepStrictEqual(registerSent.codes, codes)) {
          sent = { ...input, context: { ...input.context, knownEnterprises: 'unchanged' } };
        } else {
          registerSent = { worker: w, codes };
        }
      }
      w.postMessage({ job, input: sent });
    });
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { Db } from '../../db/database.js';
import type { RequestContext } from '../auth/actor.js';
import { runImport, type ImportOutcome, type ImportRequest } from './import.service.js';

export interface ImportJob {
  id: string;
  userId: number | null;
  kind: ImportRequest['kind'];
  fileName: string;
  dryRun: boolean;
  state: 'running' | 'done' | 'failed';
  /** Rows read so far, and problems found so far: what the upload page's progress shows. */
  rows: number;
  problems: number;
  startedAt: string;
  finishedAt: string | null;
  outcome: ImportOutcome | null;
  error: string | null;
}

const KEEP_MS = 60 * 60 * 1000;

/**
 * Import jobs of this process: an upload starts one and the page polls it for progress. Jobs live in memory for an
 * hour after they end; what matters afterwards — the batch, its counts and problems — is in the database.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, ImportJob>();

  /** Starts an import of an uploaded file; the file is deleted when the job ends. */
  start(
    db: Db,
    ctx: RequestContext,
    request: Omit<ImportRequest, 'onProgress'>,
  ): { job: ImportJob; done: Promise<ImportJob> } {
    this.prune();
    const job: ImportJob = {
      id: randomUUID(),
      userId: ctx.actor?.userId ?? null,
      kind: request.kind,
      fileName: request.fileName,
      dryRun: request.dryRun,
      state: 'running',
      rows: 0,
      problems: 0,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      outcome: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    const done = runImport(db, ctx, {
      ...request,
      onProgress: (p) => {
        job.rows = p.rows;
        job.problems = p.problems;
      },
    })
      .then((outcome) => {
        job.state = 'done';
        job.outcome = outcome;
        job.rows = outcome.dataRows;
        job.problems = outcome.problemCount;
        return job;
      })
      .catch((error: unknown) => {
        job.state = 'failed';
        // Shown to the person who uploaded; the details go to the log through the caller.
        job.error = error instanceof Error ? error.message : String(error);
        return job;
      })
      .finally(() => {
        job.finishedAt = new Date().toISOString();
        fs.rm(request.filePath, { force: true }, () => undefined);
      });
    return { job, done };
  }

  /** A job of the caller's; another person's job is as absent as one that never was. */
  find(id: string, ctx: RequestContext): ImportJob | undefined {
    const job = this.jobs.get(id);
    if (!job || job.userId !== (ctx.actor?.userId ?? null)) return undefined;
    return job;
  }

  private prune() {
    const cutoff = Date.now() - KEEP_MS;
    for (const [id, job] of this.jobs) {
      if (job.finishedAt && Date.parse(job.finishedAt) < cutoff) this.jobs.delete(id);
    }
  }
}

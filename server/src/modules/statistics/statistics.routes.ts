import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { errors } from '../../http/error.schema.js';
import { BadRequestError, NotFoundError } from '../../http/errors.js';
import { IdParams } from '../auth/auth.schema.js';
import { contextOf } from '../auth/auth.plugin.js';
import { kindLabels } from './import/columns.js';
import { templateBuffer } from './import/templates.js';
import { ImportJobs } from './import-jobs.js';
import { assertMayImport } from './import.service.js';
import {
  ImportBatchDetail,
  ImportBatchList,
  ImportBatchQuery,
  ImportJob,
  ImportQuery,
  JobParams,
  KindParams,
  LockBody,
  PeriodLock,
  PeriodLockList,
  PeriodParams,
  RegionStatList,
  RegionStatQuery,
} from './statistics.schema.js';
import * as service from './statistics.service.js';

const importers = { access: { roles: ['admin', 'county', 'enterprise'] as const } };
const loggedIn = { access: 'authenticated' as const };
const admin = { access: { roles: ['admin'] as const } };
const statisticsReaders = { access: { roles: ['admin', 'leader', 'county'] as const } };

/** Uploads are limited: a province's 50,000-row workbook is about 30 MB. */
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export const statisticsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const jobs = new ImportJobs();
  // The file arrives as the raw request body (fetch/XHR with the File, or `curl --data-binary @file`), streamed to disk.
  app.addContentTypeParser('application/octet-stream', (_request, payload, done) => done(null, payload));

  app.post(
    '/api/v1/imports',
    {
      config: importers,
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags: ['statistics'],
        summary: 'Upload a file (.xlsx, .csv, .json) as application/octet-stream; starts an import job',
        description:
          'All or nothing: a file with any problem writes nothing. `dryRun=true` reports what would be inserted, changed and left alone. ' +
          'Answers 202 with the job to poll, or with `wait=true` 200 with the finished job.',
        querystring: ImportQuery,
        response: { 200: ImportJob, 202: ImportJob, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      if (!request.body || typeof (request.body as Readable).pipe !== 'function') {
        throw new BadRequestError(
          'no_file',
          'send the file as the request body with Content-Type: application/octet-stream',
        );
      }
      assertMayImport(contextOf(request), request.query.kind);
      const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'beizeng-upload-'));
      const filePath = path.join(dir, 'upload');
      await pipeline(request.body as Readable, fs.createWriteStream(filePath));
      const { job, done } = jobs.start(db, contextOf(request), {
        filePath,
        fileName: path.basename(request.query.fileName),
        kind: request.query.kind,
        dryRun: request.query.dryRun === 'true',
      });
      void done.then((j) => {
        if (j.state === 'failed') request.log.error({ job: j.id, error: j.error }, 'import failed');
        return fs.promises.rm(dir, { recursive: true, force: true });
      });
      if (request.query.wait === 'true') return reply.code(200).send(await done);
      return reply.code(202).send(job);
    },
  );

  app.get(
    '/api/v1/imports/jobs/:id',
    {
      config: loggedIn,
      schema: {
        tags: ['statistics'],
        summary: 'An import job of mine: progress, then the outcome',
        params: JobParams,
        response: { 200: ImportJob, ...errors(400, 401, 404) },
      },
    },
    (request) => {
      const job = jobs.find(request.params.id, contextOf(request));
      if (!job) throw new NotFoundError('not_found', `no import job ${request.params.id}`);
      return job;
    },
  );

  app.get(
    '/api/v1/imports/templates/:kind',
    {
      config: loggedIn,
      schema: {
        tags: ['statistics'],
        summary: 'The XLSX template of an import kind (Chinese headers with units, an example row, a 说明 sheet)',
        params: KindParams,
        response: { 200: z.any(), ...errors(400, 401) },
      },
    },
    async (request, reply) => {
      const buffer = await templateBuffer(request.params.kind);
      const name = `${kindLabels[request.params.kind].zh}导入模板.xlsx`;
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="${request.params.kind}-template.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(buffer);
    },
  );

  app.get(
    '/api/v1/import-batches',
    {
      config: importers,
      schema: {
        tags: ['statistics'],
        summary: 'Import batches, newest first (the office sees all, others their own)',
        querystring: ImportBatchQuery,
        response: { 200: ImportBatchList, ...errors(400, 401, 403) },
      },
    },
    (request) => service.listImportBatches(db, contextOf(request), request.query),
  );

  app.get(
    '/api/v1/import-batches/:id',
    {
      config: importers,
      schema: {
        tags: ['statistics'],
        summary: 'One import batch: counts, problems, the revisions it made',
        params: IdParams,
        response: { 200: ImportBatchDetail, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => service.getImportBatch(db, contextOf(request), request.params.id),
  );

  app.get(
    '/api/v1/period-locks',
    {
      config: loggedIn,
      schema: { tags: ['statistics'], summary: 'Locked periods', response: { 200: PeriodLockList, ...errors(401) } },
    },
    () => service.listPeriodLocks(db),
  );

  app.post(
    '/api/v1/period-locks',
    {
      config: admin,
      schema: {
        tags: ['statistics'],
        summary: 'Lock a period (e.g. once published); audited',
        body: LockBody,
        response: { 201: PeriodLock, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.lockPeriod(db, contextOf(request), request.body)),
  );

  app.delete(
    '/api/v1/period-locks/:period',
    {
      config: admin,
      schema: {
        tags: ['statistics'],
        summary: 'Unlock a period; audited',
        params: PeriodParams,
        response: { 204: z.null(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await service.unlockPeriod(db, contextOf(request), request.params.period);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/region-stats',
    {
      config: statisticsReaders,
      schema: {
        tags: ['statistics'],
        summary: 'Region totals: GDP, above-size industrial output and value added',
        querystring: RegionStatQuery,
        response: { 200: RegionStatList, ...errors(400, 401, 403) },
      },
    },
    (request) => service.listRegionStats(db, contextOf(request), request.query),
  );
};

import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { errors } from '../../http/error.schema.js';
import { IdParams } from '../auth/auth.schema.js';
import { contextOf } from '../auth/auth.plugin.js';
import {
  BulletinDetail,
  BulletinFileParams,
  BulletinList,
  BulletinListQuery,
  CreateBulletinBody,
} from './bulletins.schema.js';
import * as service from './bulletins.service.js';

const readers = { access: { roles: ['admin', 'leader', 'county'] as const } };
const office = { access: { roles: ['admin'] as const } };

/** Bulletins (发展情况通报): generated from the figures, draft → reviewed → published. */
export const bulletinRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/bulletins',
    {
      config: readers,
      schema: {
        tags: ['bulletins'],
        summary: 'Bulletins, newest period first (the office sees drafts; leaders and counties published ones)',
        querystring: BulletinListQuery,
        response: { 200: BulletinList, ...errors(400, 401, 403) },
      },
    },
    (request) => service.listBulletins(db, contextOf(request), request.query),
  );

  app.post(
    '/api/v1/bulletins',
    {
      config: office,
      schema: {
        tags: ['bulletins'],
        summary: 'Generate a draft bulletin of a period (text, tables, charts, warnings; PDF, DOCX and XLSX)',
        body: CreateBulletinBody,
        response: { 201: BulletinDetail, ...errors(400, 401, 403, 409) },
      },
    },
    async (request, reply) => reply.code(201).send(await service.createBulletin(db, contextOf(request), request.body)),
  );

  app.get(
    '/api/v1/bulletins/:id',
    {
      config: readers,
      schema: {
        tags: ['bulletins'],
        summary:
          'A bulletin with its model: every number of the text refers to a figure (region, industry, code, period)',
        params: IdParams,
        response: { 200: BulletinDetail, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => service.getBulletin(db, contextOf(request), request.params.id),
  );

  for (const [action, summary] of [
    ['regenerate', 'Regenerate from the current figures: a new version, back to draft'],
    ['review', 'Mark a draft as reviewed (审核)'],
    ['publish', 'Publish a reviewed bulletin: snapshot its figures for the open data, lock the periods it used'],
  ] as const) {
    app.post(
      `/api/v1/bulletins/:id/${action}`,
      {
        config: office,
        schema: {
          tags: ['bulletins'],
          summary,
          params: IdParams,
          response: { 200: BulletinDetail, ...errors(400, 401, 403, 404, 409) },
        },
      },
      (request) => {
        const ctx = contextOf(request);
        const id = request.params.id;
        if (action === 'regenerate') return service.regenerateBulletin(db, ctx, id);
        if (action === 'review') return service.reviewBulletin(db, ctx, id);
        return service.publishBulletin(db, ctx, id);
      },
    );
  }

  app.get(
    '/api/v1/bulletins/:id/files/:format',
    {
      config: readers,
      schema: {
        tags: ['bulletins'],
        summary: 'The stored file of the current version: pdf, docx or xlsx',
        params: BulletinFileParams,
        response: { 200: z.any(), ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await service.bulletinFile(db, contextOf(request), request.params.id, request.params.format);
      return sendFile(reply, file);
    },
  );
};

export function sendFile(
  reply: FastifyReply,
  file: { content: Buffer; contentType: string; fileName: string; sha256: string },
) {
  return reply
    .header('content-type', file.contentType)
    .header('etag', `"${file.sha256}"`)
    .header(
      'content-disposition',
      `attachment; filename="bulletin.${file.fileName.split('.').pop() ?? 'bin'}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.content);
}

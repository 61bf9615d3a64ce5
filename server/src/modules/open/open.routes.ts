import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { errors } from '../../http/error.schema.js';
import { systemContext } from '../auth/actor.js';
import { sendFile } from '../bulletins/bulletins.routes.js';
import { BulletinFileParams } from '../bulletins/bulletins.schema.js';
import { bulletinFile } from '../bulletins/bulletins.service.js';
import { indicatorsCsv, jsonStatDataset, publishedBulletins } from './open.service.js';

const everyone = { access: 'public' as const };

const OpenIndex = z
  .object({
    name: z.string(),
    description: z.string(),
    datasets: z.object({ csv: z.string(), jsonstat: z.string(), jsonstatEn: z.string() }),
    api: z.string(),
    bulletins: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        period: z.string(),
        periodKind: z.string(),
        version: z.number().int(),
        publishedAt: z.string(),
        files: z.object({ pdf: z.string(), docx: z.string(), xlsx: z.string() }),
      }),
    ),
  })
  .meta({ id: 'OpenIndex' });

/** The public site (R14.3): no login; only published bulletins and the figures they published. */
export const openRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/open/v1/',
    {
      config: everyone,
      schema: {
        tags: ['open'],
        summary: 'Index of the open data: published bulletins to download and the published figures',
        response: { 200: OpenIndex },
      },
    },
    async () => ({
      name: '战略性新兴产业公开数据 / Strategic emerging industries open data',
      description:
        '仅含已发布通报及其发布时的指标数据 / Only published bulletins and the figures they published, as published.',
      datasets: {
        csv: '/open/v1/indicators.csv',
        jsonstat: '/open/v1/indicators.json',
        jsonstatEn: '/open/v1/indicators.json?lang=en',
      },
      api: '/api/docs',
      bulletins: await publishedBulletins(db),
    }),
  );

  app.get(
    '/open/v1/bulletins/:id/:format',
    {
      config: everyone,
      schema: {
        tags: ['open'],
        summary: 'A published bulletin as pdf, docx or xlsx (404 for anything not published)',
        params: BulletinFileParams,
        response: { 200: z.any(), ...errors(400, 404) },
      },
    },
    async (request, reply) => {
      const file = await bulletinFile(db, systemContext('serve'), request.params.id, request.params.format, {
        publishedOnly: true,
      });
      return sendFile(reply, file);
    },
  );

  app.get(
    '/open/v1/indicators.csv',
    {
      config: everyone,
      schema: {
        tags: ['open'],
        summary: 'Published figures as CSV (UTF-8 with BOM): one observation a line, Chinese and English labels',
        response: { 200: z.string() },
      },
    },
    async (_request, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="indicators.csv"')
        .send(await indicatorsCsv(db)),
  );

  app.get(
    '/open/v1/indicators.json',
    {
      config: everyone,
      schema: {
        tags: ['open'],
        summary: 'Published figures as a JSON-stat 2.0 dataset: region × industry × indicator × period',
        description:
          'Labels in Chinese (default) or English (`lang=en`); the other language is under each dimension’s `extension`.',
        querystring: z.object({ lang: z.enum(['zh', 'en']).default('zh') }),
        response: { 200: z.any() },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'application/json; charset=utf-8')
        .send(await jsonStatDataset(db, request.query.lang)),
  );
};

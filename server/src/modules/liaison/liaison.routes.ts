import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.js';
import { errors } from '../../http/error.schema.js';
import { contextOf } from '../auth/auth.plugin.js';
import { Liaison, LiaisonBody } from './liaison.schema.js';
import { getLiaison, putLiaison } from './liaison.service.js';

/** The leading group, its office and the city leaders' liaison of the industries (联系制度, R4.3). */
export const liaisonRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/liaison',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['bulletins'],
        summary: 'The leading group, its office, and which city leader liaises which industry',
        response: { 200: Liaison, ...errors(401) },
      },
    },
    () => getLiaison(db),
  );
  app.put(
    '/api/v1/liaison',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['bulletins'],
        summary: 'Replace the leading group, its members and the industry liaisons (audited)',
        body: LiaisonBody,
        response: { 200: Liaison, ...errors(400, 401, 403) },
      },
    },
    (request) =>
      putLiaison(db, contextOf(request), {
        group: request.body.group,
        members: request.body.members,
        industries: request.body.industries.map((i) => ({ ...i, note: i.note ?? null })),
      }),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DialectName, Db } from '../../db/database.js';
import { findActivePlanId } from '../plan/plan.service.js';

const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.enum(['sqlite', 'postgres']),
    plan: z.string().nullable().describe('id of the plan the platform runs; null when none is loaded'),
  })
  .meta({ id: 'Health' });

export const systemRoutes: FastifyPluginAsyncZod<{ db: Db; dialect: DialectName }> = async (app, { db, dialect }) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { tags: ['system'], summary: 'Liveness and the plan in use', response: { 200: Health, 503: Health } },
    },
    async (_request, reply) => {
      try {
        const plan = (await findActivePlanId(db)) ?? null;
        return { status: 'ok' as const, database: dialect, plan };
      } catch {
        return reply.code(503).send({ status: 'degraded' as const, database: dialect, plan: null });
      }
    },
  );
};

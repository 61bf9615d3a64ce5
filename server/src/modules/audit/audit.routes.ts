import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { errors } from '../../http/error.schema.js';
import { listAuditEvents } from './audit.service.js';

export const AuditEvent = z
  .object({
    id: z.number().int(),
    at: z.string(),
    userId: z.number().int().nullable(),
    login: z.string(),
    displayName: z.string().nullable().describe("the person's name at the time"),
    ip: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEvent' });

export const AuditEventPage = z
  .object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(AuditEvent) })
  .meta({ id: 'AuditEventPage' });

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const AuditQuery = z.object({
  userId: z.coerce.number().int().optional(),
  login: z.string().optional(),
  entityType: z.string().optional(),
  entityId: z.string().optional(),
  from: date.optional(),
  to: date.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/audit-events',
    {
      config: { access: { roles: ['admin'] } },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail: who changed what, when, from where, before and after',
        querystring: AuditQuery,
        response: { 200: AuditEventPage, ...errors(400, 401, 403) },
      },
    },
    (request) => listAuditEvents(db, request.query),
  );
};

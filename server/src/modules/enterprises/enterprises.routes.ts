import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.js';
import { errors } from '../../http/error.schema.js';
import { contextOf } from '../auth/auth.plugin.js';
import {
  EnterpriseDetail,
  EnterpriseListQuery,
  EnterprisePage,
  UpdateEnterpriseBody,
  UsccParams,
} from './enterprises.schema.js';
import * as service from './enterprises.service.js';

// Everyone with a stake reads the register within their scope; only the office and counties edit it.
const readers = { access: { roles: ['admin', 'leader', 'county', 'enterprise'] as const } };
const editors = { access: { roles: ['admin', 'county'] as const } };

export const enterpriseRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/enterprises',
    {
      config: readers,
      schema: {
        tags: ['enterprises'],
        summary: 'The enterprise register (企业名录), filtered, within the caller’s scope',
        querystring: EnterpriseListQuery,
        response: { 200: EnterprisePage, ...errors(400, 401, 403) },
      },
    },
    (request) => service.listEnterprises(db, contextOf(request), request.query),
  );

  app.get(
    '/api/v1/enterprises/:uscc',
    {
      config: readers,
      schema: {
        tags: ['enterprises'],
        summary: 'One enterprise: classification history, returns, revisions (404 outside scope)',
        params: UsccParams,
        response: { 200: EnterpriseDetail, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => service.getEnterprise(db, contextOf(request), request.params.uscc),
  );

  app.patch(
    '/api/v1/enterprises/:uscc',
    {
      config: editors,
      schema: {
        tags: ['enterprises'],
        summary: 'Edit an enterprise, or rule on its SEI classification from a month on; audited',
        params: UsccParams,
        body: UpdateEnterpriseBody,
        response: { 200: EnterpriseDetail, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => service.updateEnterprise(db, contextOf(request), request.params.uscc, request.body),
  );
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.js';
import { errorResponses } from '../../http/error.schema.js';
import { CatalogueList, CatalogueQuery, PlanOverview, PlanVersionList } from './plan.schema.js';
import * as service from './plan.service.js';

export const planRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/plan',
    {
      schema: {
        tags: ['plan'],
        summary: 'The plan in use: industries, regions, clusters, focus industries, targets, instruments',
        response: { 200: PlanOverview, 404: errorResponses[404] },
      },
    },
    () => service.getPlanOverview(db),
  );

  app.get(
    '/api/v1/plan/catalogue',
    {
      schema: {
        tags: ['plan'],
        summary: 'The guidance catalogue (发展导向目录) of a year',
        querystring: CatalogueQuery,
        response: { 200: CatalogueList, 400: errorResponses[400], 404: errorResponses[404] },
      },
    },
    (request) => service.listCatalogue(db, request.query),
  );

  app.get(
    '/api/v1/plan/versions',
    {
      schema: {
        tags: ['plan'],
        summary: 'Every version of the plan file that was loaded',
        response: { 200: PlanVersionList, 404: errorResponses[404] },
      },
    },
    () => service.listPlanVersions(db),
  );
};

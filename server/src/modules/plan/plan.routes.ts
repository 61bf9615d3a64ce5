import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.js';
import { errors } from '../../http/error.schema.js';
import { AuditEventPage } from '../audit/audit.routes.js';
import { contextOf } from '../auth/auth.plugin.js';
import * as counties from './counties.service.js';
import {
  CatalogueList,
  CatalogueQuery,
  County,
  CountyList,
  CountyParams,
  FocusIndustriesBody,
  PlanOverview,
  PlanVersionList,
} from './plan.schema.js';
import * as service from './plan.service.js';

// The plan is a published policy: anyone may read it. County workspaces are for the office, leaders and counties.
const published = { access: 'public' as const };
const countyReaders = { access: { roles: ['admin', 'leader', 'county'] as const } };
const countyWriters = { access: { roles: ['admin', 'county'] as const } };

export const planRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/plan',
    {
      config: published,
      schema: {
        tags: ['plan'],
        summary: 'The plan in use: industries, regions, clusters, focus industries, targets, instruments',
        response: { 200: PlanOverview, ...errors(404) },
      },
    },
    () => service.getPlanOverview(db),
  );

  app.get(
    '/api/v1/plan/catalogue',
    {
      config: published,
      schema: {
        tags: ['plan'],
        summary: 'The guidance catalogue (发展导向目录) of a year',
        querystring: CatalogueQuery,
        response: { 200: CatalogueList, ...errors(400, 404) },
      },
    },
    (request) => service.listCatalogue(db, request.query),
  );

  app.get(
    '/api/v1/plan/versions',
    {
      config: published,
      schema: {
        tags: ['plan'],
        summary: 'Every version of the plan file that was loaded',
        response: { 200: PlanVersionList, ...errors(404) },
      },
    },
    () => service.listPlanVersions(db),
  );

  app.get(
    '/api/v1/counties',
    {
      config: countyReaders,
      schema: {
        tags: ['plan'],
        summary: 'The counties the caller may see, with focus industries and clusters',
        response: { 200: CountyList, ...errors(401, 403) },
      },
    },
    (request) => counties.listCounties(db, contextOf(request)),
  );

  app.get(
    '/api/v1/counties/:code',
    {
      config: countyReaders,
      schema: {
        tags: ['plan'],
        summary: "One county's workspace (404 outside the caller's scope)",
        params: CountyParams,
        response: { 200: County, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => counties.getCounty(db, contextOf(request), request.params.code),
  );

  app.get(
    '/api/v1/counties/:code/history',
    {
      config: countyReaders,
      schema: {
        tags: ['plan'],
        summary: "Who changed the county's focus industries, when, before and after",
        params: CountyParams,
        response: { 200: AuditEventPage, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => counties.countyHistory(db, contextOf(request), request.params.code),
  );

  app.put(
    '/api/v1/counties/:code/focus-industries',
    {
      config: countyWriters,
      schema: {
        tags: ['plan'],
        summary: "State a county's 1–2 focus industries (§五(三)); audited",
        params: CountyParams,
        body: FocusIndustriesBody,
        response: { 200: County, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => counties.setFocusIndustries(db, contextOf(request), request.params.code, request.body),
  );
};

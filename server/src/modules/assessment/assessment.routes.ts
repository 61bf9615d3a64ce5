import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/database.js';
import { errors } from '../../http/error.schema.js';
import { contextOf } from '../auth/auth.plugin.js';
import {
  AnswerBody,
  AssessmentDetail,
  AssessmentDiff,
  AssessmentIdParams,
  AssessmentList,
  AssessmentListQuery,
  ComputeAssessmentBody,
  DiffQuery,
  NoticeBody,
  ObjectionBody,
  ObjectionParams,
} from './assessment.schema.js';
import * as service from './assessment.service.js';

// Leaders and the office read every run; county officers read runs on notice and published ones (the service
// narrows); enterprises and experts are not part of the assessment. Only the office computes, puts on notice,
// answers and publishes; only county officers object, for their own county.
const readers = { access: { roles: ['admin', 'leader', 'county'] as const } };
const office = { access: { roles: ['admin'] as const } };
const counties = { access: { roles: ['county'] as const } };
const tags = ['assessment'];

export const assessmentRoutes: FastifyPluginAsyncZod<{ db: Db; deps?: service.AssessmentDeps }> = async (
  app,
  { db, deps = {} },
) => {
  app.get(
    '/api/v1/assessments',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Assessment runs (every version), newest first; a county officer sees those on notice or published',
        querystring: AssessmentListQuery,
        response: { 200: AssessmentList, ...errors(400, 401, 403) },
      },
    },
    (request) => service.listAssessments(db, contextOf(request), request.query, deps),
  );

  app.post(
    '/api/v1/assessments',
    {
      config: office,
      schema: {
        tags,
        summary: 'Compute a new version of a year’s assessment as a draft (withdraws an open draft or notice); audited',
        body: ComputeAssessmentBody,
        response: { 201: AssessmentDetail, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const detail = await service.computeAssessment(db, contextOf(request), request.body, deps);
      return reply.code(201).send(detail);
    },
  );

  app.get(
    '/api/v1/assessments/:id',
    {
      config: readers,
      schema: {
        tags,
        summary: 'One run: ranking, scores per criterion with their why, notice, objections, what blocks publishing',
        params: AssessmentIdParams,
        response: { 200: AssessmentDetail, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => service.getAssessment(db, contextOf(request), request.params.id, deps),
  );

  app.get(
    '/api/v1/assessments/:id/diff',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Differences from another version (default: the previous one): score, rank and actuals per county',
        params: AssessmentIdParams,
        querystring: DiffQuery,
        response: { 200: AssessmentDiff, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => service.diffAssessments(db, contextOf(request), request.params.id, request.query.against, deps),
  );

  app.post(
    '/api/v1/assessments/:id/notice',
    {
      config: office,
      schema: {
        tags,
        summary: 'Put a draft on public notice (公示) for N days from now; audited',
        params: AssessmentIdParams,
        body: NoticeBody,
        response: { 200: AssessmentDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    (request) => service.putOnNotice(db, contextOf(request), request.params.id, request.body, deps),
  );

  app.post(
    '/api/v1/assessments/:id/objections',
    {
      config: counties,
      schema: {
        tags,
        summary: 'A county objects to its result during the notice window, with a reason; audited',
        params: AssessmentIdParams,
        body: ObjectionBody,
        response: { 201: AssessmentDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const detail = await service.fileObjection(db, contextOf(request), request.params.id, request.body, deps);
      return reply.code(201).send(detail);
    },
  );

  app.post(
    '/api/v1/assessments/:id/objections/:objectionId/answer',
    {
      config: office,
      schema: {
        tags,
        summary: 'The office answers an objection (once); audited',
        params: ObjectionParams,
        body: AnswerBody,
        response: { 200: AssessmentDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      service.answerObjection(
        db,
        contextOf(request),
        request.params.id,
        request.params.objectionId,
        request.body,
        deps,
      ),
  );

  app.post(
    '/api/v1/assessments/:id/publish',
    {
      config: office,
      schema: {
        tags,
        summary: 'Publish after the notice window, every objection answered (409 naming what blocks it); audited',
        params: AssessmentIdParams,
        response: { 200: AssessmentDetail, ...errors(400, 401, 403, 404, 409) },
      },
    },
    (request) => service.publishAssessment(db, contextOf(request), request.params.id, deps),
  );
};

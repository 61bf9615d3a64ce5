import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { errors } from '../../http/error.schema.js';
import { BadRequestError } from '../../http/errors.js';
import { IdParams } from '../auth/auth.schema.js';
import { contextOf } from '../auth/auth.plugin.js';
import * as coordination from './coordination.service.js';
import * as leads from './leads.service.js';
import { importProgress, templateRows } from './progress-import.js';
import { getMeasures } from './project-measures.service.js';
import {
  ConvertLeadBody,
  CoordinationProblem,
  Lead,
  LeadInput,
  LeadList,
  LeadListQuery,
  LeadPatch,
  MeasuresQuery,
  MeetingDetail,
  MeetingInput,
  MeetingList,
  ProblemInput,
  ProblemList,
  ProblemListQuery,
  ProblemPatch,
  ProgressBody,
  ProgressImportOutcome,
  ProgressImportQuery,
  ProgressParams,
  ProjectDetail,
  ProjectInput,
  ProjectList,
  ProjectListQuery,
  ProjectMeasures,
  ProjectPatch,
  StageEventBody,
} from './projects.schema.js';
import * as service from './projects.service.js';
import { sendXlsx, sheetBuffer, wan } from './xlsx.js';

// The office writes everything; county officers their county's rows (404 for others); leaders read.
const readers = { access: { roles: ['admin', 'leader', 'county'] as const } };
const writers = { access: { roles: ['admin', 'county'] as const } };
const office = { access: { roles: ['admin'] as const } };
const tags = ['projects'];

const stageZh = { reserve: '储备', signed: '签约', started: '开工', completed: '竣工', producing: '投产' } as const;
const flagZh = { red: '红旗', yellow: '黄牌' } as const;
const leadKindZh = {
  fortune500: '世界500强',
  multinational: '跨国公司',
  central_soe: '央企',
  industry_leader: '行业龙头',
  research_institute: '科研院所产业化项目',
} as const;
const leadStageZh = {
  contact: '接触',
  negotiating: '洽谈',
  signed: '签约',
  converted: '已转化',
  dropped: '终止',
} as const;
const problemStatusZh = { open: '待办', in_progress: '办理中', resolved: '已解决' } as const;
const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const projectRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/api/v1/projects',
    {
      config: readers,
      schema: {
        tags,
        summary: "A year's major-project list (重大项目), measured at a month; ?format=xlsx downloads it",
        querystring: ProjectListQuery,
        response: { 200: ProjectList, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const list = await service.listProjects(db, contextOf(request), request.query);
      if (request.query.format !== 'xlsx') return list;
      const buffer = await sheetBuffer(
        `${list.year}年重大项目`,
        [
          { header: '项目代码', value: (p) => p.code },
          { header: '项目名称', width: 32, value: (p) => p.name },
          { header: '投资主体', width: 24, value: (p) => p.investorName },
          { header: '县（市、区）', value: (p) => p.regionName.zh },
          { header: '产业', value: (p) => p.industryCode },
          { header: '总投资(万元)', value: (p) => wan(p.totalInvestment), numFmt: '#,##0.00' },
          { header: '年度计划投资(万元)', value: (p) => wan(p.plannedInvestment), numFmt: '#,##0.00' },
          { header: '时序计划(万元)', value: (p) => wan(p.investmentExpected), numFmt: '#,##0.00' },
          { header: '本年完成投资(万元)', value: (p) => wan(p.investmentCompleted), numFmt: '#,##0.00' },
          { header: '时序进度(%)', value: (p) => pct(p.investmentRatio) },
          { header: '当前阶段', value: (p) => stageZh[p.stage] },
          { header: '计划开工', value: (p) => p.plannedStartOn },
          { header: '实际开工', value: (p) => p.stageDates.started ?? null },
          { header: '计划竣工', value: (p) => p.plannedCompletionOn },
          { header: '实际投产', value: (p) => p.stageDates.producing ?? null },
          { header: '示范项目', value: (p) => (p.demonstration ? '是' : '否') },
          { header: '预警', value: (p) => (p.flag ? flagZh[p.flag] : null) },
        ],
        list.items,
      );
      return sendXlsx(reply, buffer, `projects-${list.year}`, `${list.year}年重大项目清单`);
    },
  );

  app.post(
    '/api/v1/projects',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Put a project on a year’s list (a county officer: in their county); audited',
        body: ProjectInput,
        response: { 201: ProjectDetail, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const id = await service.createProject(db, ctx, request.body);
      return reply.code(201).send(await service.getProject(db, ctx, id));
    },
  );

  app.get(
    '/api/v1/projects/:id',
    {
      config: readers,
      schema: {
        tags,
        summary: 'One project: stage timeline, monthly progress, its problems (404 outside scope)',
        params: IdParams,
        response: { 200: ProjectDetail, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => service.getProject(db, contextOf(request), request.params.id),
  );

  app.patch(
    '/api/v1/projects/:id',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Edit a project’s data (not its stages: those are events); audited',
        params: IdParams,
        body: ProjectPatch,
        response: { 200: ProjectDetail, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => service.updateProject(db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/projects/:id/stage-events',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Record a stage reached on a day (a new event; history is never edited)',
        params: IdParams,
        body: StageEventBody,
        response: { 201: ProjectDetail, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await service.addStageEvent(db, contextOf(request), request.params.id, request.body)),
  );

  app.put(
    '/api/v1/projects/:id/progress/:period',
    {
      config: writers,
      schema: {
        tags,
        summary: 'The monthly progress return of a project by form (investment this month, 形象进度, problems)',
        params: ProgressParams,
        body: ProgressBody,
        response: { 200: ProjectDetail, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => service.saveProgress(db, contextOf(request), request.params.id, request.params.period, request.body),
  );

  app.post(
    '/api/v1/project-progress/imports',
    {
      config: writers,
      bodyLimit: MAX_UPLOAD_BYTES,
      schema: {
        tags,
        summary: 'Import monthly progress returns from a file (.xlsx, .csv, .json) sent as application/octet-stream',
        description:
          'All or nothing: any problem (row, column, value, reason) and nothing is written. `dryRun=true` reports the counts only.',
        querystring: ProgressImportQuery,
        response: { 200: ProgressImportOutcome, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        throw new BadRequestError('no_file', 'send the file as the body with Content-Type: application/octet-stream');
      }
      const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'beizeng-progress-'));
      try {
        const filePath = path.join(dir, 'upload');
        await fs.promises.writeFile(filePath, request.body);
        return await importProgress(db, contextOf(request), {
          filePath,
          fileName: path.basename(request.query.fileName),
          dryRun: request.query.dryRun === 'true',
        });
      } finally {
        await fs.promises.rm(dir, { recursive: true, force: true });
      }
    },
  );

  app.get(
    '/api/v1/project-progress/template',
    {
      config: writers,
      schema: {
        tags,
        summary: 'The XLSX template of the monthly progress import',
        response: { 200: z.any(), ...errors(401, 403) },
      },
    },
    async (_request, reply) => {
      const { headers, example } = templateRows();
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('项目月度进度');
      sheet.addRow(headers).font = { bold: true };
      sheet.addRow(example);
      sheet.columns.forEach((c) => (c.width = 18));
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      return sendXlsx(reply, buffer, 'project-progress-template', '项目月度进度导入模板');
    },
  );

  app.get(
    '/api/v1/project-measures',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Start and production rates, 时序进度, marks and the funnel of a list year, by county and industry',
        querystring: MeasuresQuery,
        response: { 200: ProjectMeasures, ...errors(400, 401, 403) },
      },
    },
    (request) => getMeasures(db, contextOf(request), request.query.year, request.query.month),
  );

  // Leads ---------------------------------------------------------------------------------------------------------

  app.get(
    '/api/v1/project-leads',
    {
      config: readers,
      schema: {
        tags,
        summary: 'Investment-attraction leads (招商线索) within the caller’s scope; ?format=xlsx downloads them',
        querystring: LeadListQuery,
        response: { 200: LeadList, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const list = await leads.listLeads(db, contextOf(request), request.query);
      if (request.query.format !== 'xlsx') return list;
      const buffer = await sheetBuffer(
        '招商线索',
        [
          { header: '目标企业', width: 28, value: (l) => l.targetCompany },
          { header: '类别', value: (l) => leadKindZh[l.kind] },
          { header: '产业', value: (l) => l.industryCode },
          { header: '县（市、区）', value: (l) => l.regionName.zh },
          { header: '阶段', value: (l) => leadStageZh[l.stage] },
          { header: '负责人', value: (l) => l.owner },
          { header: '下一步', width: 28, value: (l) => l.nextStep },
          { header: '下一步期限', value: (l) => l.nextStepDue },
          { header: '转化项目', value: (l) => l.projectCode },
        ],
        list.items,
      );
      return sendXlsx(reply, buffer, 'project-leads', '招商线索');
    },
  );

  app.post(
    '/api/v1/project-leads',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Add a lead; audited',
        body: LeadInput,
        response: { 201: Lead, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(await leads.createLead(db, contextOf(request), request.body)),
  );

  app.patch(
    '/api/v1/project-leads/:id',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Move a lead on (stage, owner, next step); audited',
        params: IdParams,
        body: LeadPatch,
        response: { 200: Lead, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => leads.updateLead(db, contextOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/v1/project-leads/:id/convert',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Convert a lead into a project; the project keeps the link',
        params: IdParams,
        body: ConvertLeadBody,
        response: { 201: ProjectDetail, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await leads.convertLead(db, contextOf(request), request.params.id, request.body)),
  );

  // Coordination problems and meetings ----------------------------------------------------------------------------

  app.get(
    '/api/v1/coordination-problems',
    {
      config: readers,
      schema: {
        tags,
        summary:
          'Major problems for coordination (协调解决重大问题), overdue ones flagged; ?format=xlsx downloads them',
        querystring: ProblemListQuery,
        response: { 200: ProblemList, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const list = await coordination.listProblems(db, contextOf(request), request.query);
      if (request.query.format !== 'xlsx') return list;
      const buffer = await sheetBuffer(
        '协调问题',
        [
          { header: '问题', width: 32, value: (p) => p.title },
          { header: '项目', width: 24, value: (p) => p.projectName },
          { header: '县（市、区）', value: (p) => p.regionName.zh },
          { header: '提出日期', value: (p) => p.raisedOn },
          { header: '责任部门', value: (p) => p.department },
          { header: '办结期限', value: (p) => p.dueOn },
          { header: '状态', value: (p) => problemStatusZh[p.status] },
          { header: '逾期', value: (p) => (p.overdue ? '逾期' : null) },
          { header: '解决情况', width: 32, value: (p) => p.resolution },
        ],
        list.items,
      );
      return sendXlsx(reply, buffer, 'coordination-problems', '协调解决重大问题');
    },
  );

  app.post(
    '/api/v1/coordination-problems',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Raise a problem, for a project or a county; audited',
        body: ProblemInput,
        response: { 201: CoordinationProblem, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await coordination.createProblem(db, contextOf(request), request.body)),
  );

  app.patch(
    '/api/v1/coordination-problems/:id',
    {
      config: writers,
      schema: {
        tags,
        summary: 'Assign to a department with a due date, progress or resolve a problem; audited',
        params: IdParams,
        body: ProblemPatch,
        response: { 200: CoordinationProblem, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => coordination.updateProblem(db, contextOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/coordination-meetings',
    {
      config: readers,
      schema: {
        tags,
        summary: 'The office’s coordination meetings, newest first',
        response: { 200: MeetingList, ...errors(401, 403) },
      },
    },
    () => coordination.listMeetings(db),
  );

  app.post(
    '/api/v1/coordination-meetings',
    {
      config: office,
      schema: {
        tags,
        summary: 'Record a meeting: attendees, decisions, problems discussed and their follow-ups (the office)',
        body: MeetingInput,
        response: { 201: MeetingDetail, ...errors(400, 401, 403) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await coordination.createMeeting(db, contextOf(request), request.body)),
  );

  app.get(
    '/api/v1/coordination-meetings/:id',
    {
      config: readers,
      schema: {
        tags,
        summary: 'A meeting, with the previous meeting’s follow-up list checked on its date',
        params: IdParams,
        response: { 200: MeetingDetail, ...errors(400, 401, 403, 404) },
      },
    },
    (request) => coordination.getMeeting(db, contextOf(request), request.params.id),
  );
};

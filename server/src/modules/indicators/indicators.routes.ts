import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { errors } from '../../http/error.schema.js';
import { assertRegionInScope } from '../auth/actor.js';
import { contextOf } from '../auth/auth.plugin.js';
import {
  figureScope,
  readCascade,
  readContributors,
  readCountyFigures,
  readScopedFigures,
  readTrend,
} from './dashboard.service.js';
import { readRegionTree } from './figures.service.js';
import {
  Cascade,
  CascadeParams,
  ContributorList,
  ContributorQuery,
  CountyFigureQuery,
  FigureList,
  FigureQuery,
  ProgressQuery,
  ProgressResponse,
  progressToWire,
  TableExport,
  TrendQuery,
  WarningList,
  WarningQuery,
} from './indicators.schema.js';
import { readProgress } from './progress.service.js';
import { listWarnings } from './warnings.service.js';

// Figures before publication are for the office, city leaders and counties (a county: the city and its own).
const figureReaders = { access: { roles: ['admin', 'leader', 'county'] as const } };
const loggedIn = { access: 'authenticated' as const };

export const indicatorRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/progress',
    {
      config: figureReaders,
      schema: {
        tags: ['indicators'],
        summary: "Every target's progress at a period, for the city or a county (targets broken down)",
        querystring: ProgressQuery,
        response: { 200: ProgressResponse, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const ctx = contextOf(request);
      if (request.query.region) assertRegionInScope(figureScope(ctx, await readRegionTree(db)), request.query.region);
      return progressToWire(await readProgress(db, request.query));
    },
  );

  app.get(
    '/api/v1/figures',
    {
      config: figureReaders,
      schema: {
        tags: ['indicators'],
        summary: 'Figures (year to date, with the same point a year earlier and comparable growth) from the cube',
        querystring: FigureQuery,
        response: { 200: FigureList, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await readScopedFigures(db, contextOf(request), request.query) }),
  );

  app.get(
    '/api/v1/figures/trend',
    {
      config: figureReaders,
      schema: {
        tags: ['indicators'],
        summary: 'One figure over a range of years, quarters or months',
        querystring: TrendQuery,
        response: { 200: FigureList, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => ({ items: await readTrend(db, contextOf(request), request.query) }),
  );

  app.get(
    '/api/v1/figures/counties',
    {
      config: figureReaders,
      schema: {
        tags: ['indicators'],
        summary: 'One figure for each county and zone the caller may read (the map)',
        querystring: CountyFigureQuery,
        response: { 200: FigureList, ...errors(400, 401, 403) },
      },
    },
    async (request) => ({ items: await readCountyFigures(db, contextOf(request), request.query) }),
  );

  app.get(
    '/api/v1/figures/contributors',
    {
      config: figureReaders,
      schema: {
        tags: ['indicators'],
        summary: 'The enterprises behind a change: attributed figure now and a year earlier, largest change first',
        querystring: ContributorQuery,
        response: { 200: ContributorList, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => readContributors(db, contextOf(request), request.query),
  );

  app.get(
    '/api/v1/warnings',
    {
      config: figureReaders,
      schema: {
        tags: ['indicators'],
        summary: 'Early warnings: targets that moved to at_risk or off_track at the period, with the figure',
        querystring: WarningQuery,
        response: { 200: WarningList, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const result = await listWarnings(db, request.query);
      const scope = figureScope(contextOf(request), await readRegionTree(db));
      return scope === 'all' ? result : { ...result, items: result.items.filter((w) => scope.includes(w.region)) };
    },
  );

  app.get(
    '/api/v1/targets/:id/cascade',
    {
      config: figureReaders,
      schema: {
        tags: ['indicators'],
        summary: 'A city amount target broken down to county × industry × year (stated in the plan or proportional)',
        params: CascadeParams,
        response: { 200: Cascade, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => readCascade(db, request.params.id),
  );

  app.post(
    '/api/v1/exports/table',
    {
      config: loggedIn,
      schema: {
        tags: ['indicators'],
        summary: "A table the page shows (a chart's data) as an Excel workbook",
        body: TableExport,
        produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
        response: { 200: z.any(), ...errors(400, 401) },
      },
    },
    async (request, reply) => {
      const buffer = await tableWorkbook(request.body);
      const name = encodeURIComponent(`${request.body.title}.xlsx`);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${name}`)
        .send(buffer);
    },
  );
};

/** The page's own table as a workbook: a title row, headers with units, the rows, and the note below. */
export async function tableWorkbook(table: z.infer<typeof TableExport>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow(table.columns.map((c) => (c.unit ? `${c.title}（${c.unit}）` : c.title))).font = { bold: true };
  for (const row of table.rows) sheet.addRow(table.columns.map((c) => row[c.key] ?? null));
  if (table.note) sheet.addRow([]).getCell(1).value = table.note;
  table.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = Math.max(10, Math.min(40, c.title.length * 2 + 4));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

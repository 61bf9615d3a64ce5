import { z } from 'zod';
import { importKinds } from './import/columns.js';

const Reason = z.object({ zh: z.string(), en: z.string() });

export const ImportProblem = z
  .object({
    row: z.number().int().nullable().describe('the row as Excel shows it (header row 1); null: the file as a whole'),
    column: z.string().nullable().describe('the header as the file wrote it'),
    value: z.string().nullable(),
    code: z.string(),
    reason: Reason,
  })
  .meta({ id: 'ImportProblem' });

export const ImportOutcome = z
  .object({
    batchId: z.number().int().nullable(),
    status: z.enum(['committed', 'rejected', 'dry_run']),
    kind: z.enum(importKinds),
    fileName: z.string(),
    source: z.object({
      format: z.string().nullable(),
      sheet: z.string().nullable(),
      otherSheets: z.array(z.string()),
      encoding: z.string().nullable(),
      delimiter: z.string().nullable(),
      headerRow: z.number().int().nullable(),
    }),
    columns: z.array(z.object({ key: z.string(), header: z.string(), unit: z.string().nullable() })),
    dataRows: z.number().int(),
    counts: z.object({ inserted: z.number().int(), changed: z.number().int(), unchanged: z.number().int() }),
    problems: z.array(ImportProblem),
    problemCount: z.number().int(),
    truncated: z.boolean(),
    durationMs: z.number().int(),
  })
  .meta({ id: 'ImportOutcome' });

export const ImportJob = z
  .object({
    id: z.string(),
    kind: z.enum(importKinds),
    fileName: z.string(),
    dryRun: z.boolean(),
    state: z.enum(['running', 'done', 'failed']),
    rows: z.number().int().describe('rows read so far'),
    problems: z.number().int().describe('problems found so far'),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    outcome: ImportOutcome.nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'ImportJob' });

export const ImportQuery = z.object({
  kind: z.enum(importKinds),
  fileName: z
    .string()
    .min(1)
    .max(255)
    .describe('the name of the uploaded file (decides nothing alone: the bytes are checked)'),
  dryRun: z.enum(['true', 'false']).default('false').describe('report what would change, write nothing'),
  wait: z.enum(['true', 'false']).default('false').describe('answer when the import has finished (scripts)'),
});

export const JobParams = z.object({ id: z.string().uuid() });
export const KindParams = z.object({ kind: z.enum(importKinds) });

export const ImportBatch = z
  .object({
    id: z.number().int(),
    kind: z.enum(importKinds),
    fileName: z.string(),
    format: z.string(),
    sourceDetail: z.string().nullable(),
    status: z.enum(['committed', 'rejected']),
    rowsTotal: z.number().int(),
    inserted: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    problemCount: z.number().int(),
    login: z.string(),
    createdAt: z.string(),
    durationMs: z.number().int(),
  })
  .meta({ id: 'ImportBatch' });
export const ImportBatchList = z
  .object({ total: z.number().int(), page: z.number().int(), pageSize: z.number().int(), items: z.array(ImportBatch) })
  .meta({ id: 'ImportBatchList' });
export const ImportBatchQuery = z.object({
  kind: z.enum(importKinds).optional(),
  status: z.enum(['committed', 'rejected']).optional(),
  login: z.string().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export const ImportBatchDetail = ImportBatch.extend({
  problems: z.array(ImportProblem),
  revisions: z.array(
    z.object({
      subject: z.string(),
      subjectKey: z.string(),
      period: z.string(),
      indicator: z.string(),
      oldValue: z.number().nullable(),
      newValue: z.number().nullable(),
    }),
  ),
}).meta({ id: 'ImportBatchDetail' });

export const PeriodLock = z
  .object({ period: z.string(), reason: z.string(), lockedBy: z.string(), lockedAt: z.string() })
  .meta({ id: 'PeriodLock' });
export const PeriodLockList = z.object({ items: z.array(PeriodLock) }).meta({ id: 'PeriodLockList' });
export const LockBody = z
  .object({ period: z.string().describe('2013, 2013Q2 or 2013-06'), reason: z.string().min(1).max(500) })
  .meta({ id: 'LockBody' });
export const PeriodParams = z.object({ period: z.string() });

export const RegionStat = z
  .object({
    regionCode: z.string(),
    period: z.string(),
    gdp: z.number().nullable(),
    industrialOutput: z.number().nullable(),
    industrialValueAdded: z.number().nullable(),
    revision: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'RegionStat' });
export const RegionStatList = z.object({ items: z.array(RegionStat) }).meta({ id: 'RegionStatList' });
export const RegionStatQuery = z.object({ region: z.string().optional(), year: z.coerce.number().int().optional() });

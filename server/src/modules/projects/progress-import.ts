/**
 * Importing monthly project progress returns (项目月度进度) by file, on top of the statistics import's readers: the
 * same formats (.xlsx, .csv in UTF-8 or GB18030, .json), header matching, exact unit conversion and problem reports
 * (row, column, value, reason in Chinese and English). All or nothing: a file with any problem writes nothing.
 */
import type { Kysely } from 'kysely';
import { nowIso } from '../../db/columns.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import { findUnit } from '../statistics/import/columns.js';
import { normalizeHeader, type HeaderCell } from '../statistics/import/headers.js';
import {
  decimalOfNumber,
  decimalToNumber,
  multiplyDecimal,
  parseNumberText,
  type Decimal,
} from '../statistics/import/numbers.js';
import {
  displayValue,
  ImportFileError,
  isCellError,
  type ImportProblem,
  type ProblemCode,
  type Reason,
} from '../statistics/import/problems.js';
import { openTable } from '../statistics/import/readers.js';
import { parsePeriod } from '../statistics/period.js';
import { isStage, type Stage } from './measures.js';
import { progressChanges, recordProgressRevisions } from './progress-revisions.js';
import { readScope } from './projects.service.js';

type Q = Kysely<Database>;

export type ProgressProblemCode = ProblemCode | 'unknown_project' | 'unknown_stage';
export interface ProgressProblem extends Omit<ImportProblem, 'code'> {
  code: ProgressProblemCode;
}

interface ProgressColumn {
  key: 'code' | 'name' | 'period' | 'investment' | 'investment_to_date' | 'stage' | 'image_note' | 'problems';
  names: readonly string[];
  required: boolean;
  money: boolean;
}

/** The columns of a project progress file; money columns must state their unit (万元, 元, 亿元…). */
export const progressColumns: readonly ProgressColumn[] = [
  { key: 'code', names: ['项目代码', '项目编号'], required: true, money: false },
  { key: 'name', names: ['项目名称'], required: false, money: false },
  { key: 'period', names: ['报告期', '月份'], required: true, money: false },
  { key: 'investment', names: ['本月完成投资'], required: true, money: true },
  { key: 'investment_to_date', names: ['累计完成投资', '自开工累计完成投资'], required: false, money: true },
  { key: 'stage', names: ['项目阶段', '阶段'], required: false, money: false },
  { key: 'image_note', names: ['形象进度'], required: false, money: false },
  { key: 'problems', names: ['存在问题'], required: false, money: false },
];

/** Stage names as written in returns. */
const STAGE_NAMES: Record<string, Stage> = {
  储备: 'reserve',
  签约: 'signed',
  已签约: 'signed',
  开工: 'started',
  已开工: 'started',
  在建: 'started',
  竣工: 'completed',
  已竣工: 'completed',
  投产: 'producing',
  已投产: 'producing',
};

export interface ProgressRow {
  rowNumber: number;
  projectId: number;
  code: string;
  year: number;
  month: number;
  investment: number;
  investmentToDate: number | null;
  stage: Stage | null;
  imageNote: string | null;
  problems: string | null;
}

interface Matched {
  column: ProgressColumn;
  header: string;
  cellKey: string;
  factor: Decimal;
}

const ONE: Decimal = { mantissa: 1n, exponent: 0 };
const MAX_PROBLEMS = 1000;
const TEXT_MAX = 500;

function matchColumns(headers: readonly HeaderCell[], json: boolean, row: number | null) {
  const problems: ProgressProblem[] = [];
  const matched: Matched[] = [];
  const lookup = new Map<string, ProgressColumn>();
  for (const c of progressColumns) {
    lookup.set(normalizeHeader(c.key), c);
    for (const n of c.names) lookup.set(normalizeHeader(n), c);
  }
  const seen = new Set<string>();
  const problem = (header: string, code: ProgressProblemCode, reason: Reason) =>
    problems.push({ row, column: header, value: null, code, reason });
  for (const h of headers) {
    const norm = normalizeHeader(h.text);
    if (!norm) continue;
    const unitMatch = /^(.*?)\(([^()]*)\)$/.exec(norm);
    const base = unitMatch ? (unitMatch[1] ?? '') : norm;
    const unitText = unitMatch ? (unitMatch[2] ?? '').replace(/^单位:?/, '') : null;
    const column = lookup.get(base) ?? lookup.get(norm);
    if (!column) {
      problem(h.text, 'unknown_header', {
        zh: `无法识别的列；项目进度的列为：${progressColumns.map((c) => c.names[0]).join('、')}`,
        en: `unknown column; the columns are: ${progressColumns.map((c) => c.key).join(', ')}`,
      });
      continue;
    }
    if (seen.has(column.key)) {
      problem(h.text, 'duplicate_column', { zh: `重复的列（${column.key}）`, en: `duplicate column (${column.key})` });
      continue;
    }
    seen.add(column.key);
    let factor = ONE;
    if (column.money) {
      const byKey = base === normalizeHeader(column.key);
      if (unitText === null || lookup.get(norm)) {
        if (!(json && byKey)) {
          problem(h.text, 'unit_missing', {
            zh: `金额列须在表头注明单位，如「${column.names[0]}(万元)」`,
            en: `a money column must state its unit, e.g. "${column.names[0]}(万元)"`,
          });
          continue;
        }
      } else {
        const unit = findUnit('money', unitText);
        if (!unit) {
          problem(h.text, 'unit_not_allowed', {
            zh: `此列不能使用单位「${unitText}」；可用：元、千元、万元、百万元、亿元`,
            en: `unit "${unitText}" is not allowed; use 元, 千元, 万元, 百万元 or 亿元`,
          });
          continue;
        }
        factor = unit.factor;
      }
    }
    matched.push({ column, header: h.text, cellKey: h.key, factor });
  }
  for (const c of progressColumns) {
    if (c.required && !seen.has(c.key)) {
      problem(c.names[0] ?? c.key, 'missing_column', {
        zh: `缺少必填列「${c.names[0]}」（${c.key}）`,
        en: `required column "${c.names[0]}" (${c.key}) is missing`,
      });
    }
  }
  return { matched, problems };
}

/** What the file's rows are checked against: the projects the importer may report on, by code. */
export interface ProgressContext {
  projects: Map<string, { id: number }>;
  /** The latest month that may be reported ('YYYY-MM'): the current one. */
  latestPeriod: string;
}

/** Reads and checks a progress file; rows only when there is no problem at all. */
export async function readProgressFile(
  filePath: string,
  fileName: string,
  context: ProgressContext,
): Promise<{ format: string | null; rows: ProgressRow[]; dataRows: number; problems: ProgressProblem[] }> {
  const problems: ProgressProblem[] = [];
  let source;
  try {
    source = await openTable(filePath, { fileName });
  } catch (error) {
    if (error instanceof ImportFileError) return { format: null, rows: [], dataRows: 0, problems: [error.problem] };
    throw error;
  }
  const rows: ProgressRow[] = [];
  let dataRows = 0;
  try {
    problems.push(...source.problems);
    if (source.headers.length === 0) {
      problems.push({
        row: null,
        column: null,
        value: null,
        code: 'no_header',
        reason: { zh: '文件没有表头行', en: 'the file has no header row' },
      });
      return { format: source.format, rows: [], dataRows: 0, problems };
    }
    const { matched, problems: headerProblems } = matchColumns(
      source.headers,
      source.format === 'json',
      source.headerRow,
    );
    problems.push(...headerProblems);
    if (headerProblems.length) return { format: source.format, rows: [], dataRows: 0, problems };
    const seen = new Map<string, number>();
    for await (const sheetRow of source.rows) {
      if (problems.length >= MAX_PROBLEMS) break;
      dataRows += 1;
      const rowProblems: ProgressProblem[] = [];
      const at = (m: Matched, value: unknown, code: ProgressProblemCode, reason: Reason) =>
        rowProblems.push({ row: sheetRow.rowNumber, column: m.header, value: displayValue(value), code, reason });
      for (const extra of sheetRow.extra) {
        rowProblems.push({
          row: sheetRow.rowNumber,
          column: extra.position,
          value: displayValue(extra.value),
          code: 'value_without_header',
          reason: { zh: '此单元格所在列没有表头', en: 'this cell is in a column without a header' },
        });
      }
      const values: Partial<Record<ProgressColumn['key'], unknown>> = {};
      for (const m of matched) {
        const raw = sheetRow.cells[m.cellKey];
        if (isCellError(raw)) {
          at(m, raw, 'formula_error', { zh: '单元格是错误值或未计算的公式', en: 'the cell holds an error or formula' });
          continue;
        }
        const blank = raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
        if (blank) {
          if (m.column.required) at(m, raw, 'required', { zh: '必填', en: 'required' });
          continue;
        }
        if (m.column.money) {
          const dec =
            typeof raw === 'number' ? decimalOfNumber(raw) : typeof raw === 'string' ? parseNumberText(raw) : undefined;
          if (dec === 'blank') {
            if (m.column.required) at(m, raw, 'required', { zh: '必填', en: 'required' });
            continue;
          }
          if (!dec) {
            at(m, raw, 'not_a_number', { zh: '不是数字', en: 'not a number' });
            continue;
          }
          const value = decimalToNumber(multiplyDecimal(dec, m.factor));
          if (value < 0) {
            at(m, raw, 'negative', { zh: '不能为负数', en: 'must not be negative' });
            continue;
          }
          values[m.column.key] = value;
        } else if (m.column.key === 'period') {
          const period =
            raw instanceof Date
              ? { kind: 'month' as const, year: raw.getUTCFullYear(), month: raw.getUTCMonth() + 1 }
              : parsePeriod(typeof raw === 'number' ? raw : String(raw));
          if (!period || period.kind !== 'month') {
            at(m, raw, 'period', {
              zh: '报告期须为月份，如 2013-06、2013年6月、201306',
              en: 'the period must be a month, e.g. 2013-06',
            });
            continue;
          }
          const text = `${period.year}-${String(period.month).padStart(2, '0')}`;
          if (text > context.latestPeriod) {
            at(m, raw, 'period', { zh: '报告期在未来', en: 'the period is in the future' });
            continue;
          }
          values.period = period;
        } else if (m.column.key === 'stage') {
          const text = String(raw).trim();
          const stage = STAGE_NAMES[text] ?? (isStage(text) ? text : undefined);
          if (!stage) {
            at(m, raw, 'unknown_stage', {
              zh: '阶段应为：储备、签约、开工、竣工、投产',
              en: 'the stage must be one of reserve, signed, started, completed, producing',
            });
            continue;
          }
          values.stage = stage;
        } else {
          const text = typeof raw === 'string' ? raw.trim() : (displayValue(raw) ?? '');
          if (text.length > TEXT_MAX) {
            at(m, raw, 'text_too_long', { zh: `不能超过${TEXT_MAX}字`, en: `at most ${TEXT_MAX} characters` });
            continue;
          }
          values[m.column.key] = text;
        }
      }
      const codeColumn = matched.find((m) => m.column.key === 'code');
      const code = typeof values.code === 'string' ? values.code : undefined;
      const project = code !== undefined ? context.projects.get(code) : undefined;
      if (code !== undefined && !project && codeColumn) {
        at(codeColumn, code, 'unknown_project', {
          zh: '未找到此项目代码，或该项目不属于您所在的县（市、区）',
          en: 'no such project code, or the project is not in your county',
        });
      }
      const period = values.period as { year: number; month: number } | undefined;
      if (project && period && code !== undefined) {
        const key = `${code}/${period.year}-${period.month}`;
        const first = seen.get(key);
        if (first !== undefined) {
          rowProblems.push({
            row: sheetRow.rowNumber,
            column: null,
            value: null,
            code: 'duplicate_row',
            reason: {
              zh: `与第 ${first} 行是同一项目同一报告期`,
              en: `same project and period as row ${first}`,
            },
          });
        } else {
          seen.set(key, sheetRow.rowNumber);
        }
      }
      if (rowProblems.length) {
        problems.push(...rowProblems);
        continue;
      }
      if (!project || !period || typeof values.investment !== 'number') continue;
      rows.push({
        rowNumber: sheetRow.rowNumber,
        projectId: project.id,
        code: code ?? '',
        year: period.year,
        month: period.month,
        investment: values.investment,
        investmentToDate: typeof values.investment_to_date === 'number' ? values.investment_to_date : null,
        stage: (values.stage as Stage | undefined) ?? null,
        imageNote: typeof values.image_note === 'string' && values.image_note ? values.image_note : null,
        problems: typeof values.problems === 'string' && values.problems ? values.problems : null,
      });
    }
  } finally {
    source.close();
  }
  if (dataRows === 0 && problems.length === 0) {
    problems.push({
      row: null,
      column: null,
      value: null,
      code: 'no_rows',
      reason: { zh: '文件没有数据行', en: 'the file has no data rows' },
    });
  }
  return { format: source.format, rows: problems.length ? [] : rows, dataRows, problems };
}

export interface ProgressImportOutcome {
  status: 'committed' | 'rejected' | 'dry_run';
  batchId: number | null;
  format: string | null;
  rows: number;
  inserted: number;
  changed: number;
  unchanged: number;
  problems: ProgressProblem[];
}

/** Imports a progress file: all rows in one transaction, or nothing; a dry run reports the counts and writes nothing. */
export async function importProgress(
  db: Q,
  ctx: RequestContext,
  request: { filePath: string; fileName: string; dryRun: boolean },
): Promise<ProgressImportOutcome> {
  const scope = readScope(ctx);
  let q = db.selectFrom('project').select(['id', 'code']);
  if (scope !== 'all') q = q.where('regionCode', 'in', scope.length ? scope : ['']);
  const projects = new Map((await q.execute()).map((p) => [p.code, { id: p.id }]));
  const now = new Date();
  const latestPeriod = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const read = await readProgressFile(request.filePath, request.fileName, { projects, latestPeriod });
  const base = { format: read.format, rows: read.dataRows, inserted: 0, changed: 0, unchanged: 0 };
  if (read.problems.length) return { ...base, status: 'rejected', batchId: null, problems: read.problems };

  const counts = { inserted: 0, changed: 0, unchanged: 0 };
  const existing = new Map<string, Database['projectProgress']>();
  const ids = [...new Set(read.rows.map((r) => r.projectId))];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('projectProgress')
      .selectAll()
      .where('projectId', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) existing.set(`${r.projectId}/${r.year}/${r.month}`, r);
  }
  const plan = read.rows.map((r) => {
    const before = existing.get(`${r.projectId}/${r.year}/${r.month}`);
    const same = before && progressChanges(before, r).length === 0;
    const kind: 'inserted' | 'changed' | 'unchanged' = !before ? 'inserted' : same ? 'unchanged' : 'changed';
    counts[kind] += 1;
    return { row: r, before, kind };
  });
  if (request.dryRun) return { ...base, ...counts, status: 'dry_run', batchId: null, problems: [] };

  const login = ctx.actor?.login ?? ctx.system ?? 'system';
  const batchId = await db.transaction().execute(async (trx) => {
    const stamp = nowIso();
    const batch = await trx
      .insertInto('projectImportBatch')
      .values({
        fileName: request.fileName,
        format: read.format ?? 'unknown',
        status: 'committed',
        rowsTotal: read.dataRows,
        ...counts,
        login,
        createdAt: stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const { row: r, kind, before } of plan) {
      if (kind === 'unchanged') continue;
      const values = {
        investment: r.investment,
        investmentToDate: r.investmentToDate,
        stage: r.stage,
        imageNote: r.imageNote,
        problems: r.problems,
        source: 'import',
        batchId: batch.id,
        recordedBy: login,
        updatedAt: stamp,
      };
      if (kind === 'inserted') {
        await trx
          .insertInto('projectProgress')
          .values({ projectId: r.projectId, year: r.year, month: r.month, ...values })
          .execute();
      } else {
        if (before) {
          await recordProgressRevisions(
            trx,
            { projectId: r.projectId, year: r.year, month: r.month },
            progressChanges(before, r),
            { source: 'import', batchId: batch.id, by: login, now: stamp },
          );
        }
        await trx
          .updateTable('projectProgress')
          .set(values)
          .where('projectId', '=', r.projectId)
          .where('year', '=', r.year)
          .where('month', '=', r.month)
          .execute();
      }
    }
    await recordAudit(trx, ctx, {
      action: 'import',
      entityType: 'project_import_batch',
      entityId: batch.id,
      after: {
        fileName: request.fileName,
        ...counts,
        changed: plan
          .filter((p) => p.kind === 'changed')
          .map((p) => ({ code: p.row.code, period: `${p.row.year}-${p.row.month}`, before: p.before?.investment })),
      },
    });
    return batch.id;
  });
  return { ...base, ...counts, status: 'committed', batchId, problems: [] };
}

/** The template: Chinese headers with units and one example row. */
export function templateRows(): { headers: string[]; example: (string | number)[] } {
  return {
    headers: [
      '项目代码',
      '项目名称',
      '报告期',
      '本月完成投资(万元)',
      '累计完成投资(万元)',
      '项目阶段',
      '形象进度',
      '存在问题',
    ],
    example: ['2013-001', '示例项目', '2013-06', 1200.5, 8600, '开工', '主体厂房封顶', ''],
  };
}

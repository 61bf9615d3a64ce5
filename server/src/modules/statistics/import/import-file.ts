/**
 * One entry for reading an import file: open, match the header, validate every row as it streams by, run the
 * cross-row rules, and return the typed rows only when the whole file is clean (all or nothing is the service's
 * transaction; this function makes sure it never gets half a file to write).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ImportKind } from './columns.js';
import { matchHeaders, type SourceFormat } from './headers.js';
import { fileProblem, ImportFileError, type ImportProblem, type ProblemCode } from './problems.js';
import { openTable, type CsvEncoding, type SheetRow, type TableSource } from './readers.js';
import { createRowValidator, type ImportContext, type ImportRowByKind, type RowSink } from './validate.js';

/** Problems kept in a result; the rest are counted. A page cannot show more, and nobody fixes 10,000 at once. */
export const DEFAULT_MAX_PROBLEMS = 1000;

const FILE_LEVEL = new Set<ProblemCode>([
  'file_unreadable',
  'file_format',
  'file_too_large',
  'encoding',
  'csv_syntax',
  'no_header',
  'no_rows',
]);

export interface ImportFileOptions<K extends ImportKind = ImportKind> {
  /** The name the user gave the file (uploads are stored under temporary names); decides the format with its bytes. */
  fileName?: string;
  /** Skip detection. */
  format?: SourceFormat;
  maxProblems?: number;
  jsonMaxBytes?: number;
  /** Called every `progressEvery` data rows (default 1,000) and at the end. */
  onProgress?: (progress: { rows: number; problems: number }) => void;
  progressEvery?: number;
  /** Stops reading (the result then carries a file problem saying so). */
  signal?: AbortSignal;
  /**
   * Takes the valid rows as they are read, one batch of the file at a time, while the file has no problem so far;
   * the result's `rows` then stay empty and memory does not hold them. Rows handed over are only good if the result
   * ends `ok`: a problem found later (a later row, the cross-row rules) refuses the whole file.
   */
  onRows?: (rows: ImportRowByKind[K][]) => void;
  /**
   * Returns and region totals: takes each valid row as its parts (RowSink) while the file has no problem so far, in
   * place of `onRows` and without an object per row. The same caveat: only good if the result ends `ok`.
   */
  sink?: RowSink;
  /** The rows the rules across rows keep while the file is in order (KEEP_ROWS_AT_MOST; tests set fewer). */
  keepRowsAtMost?: number;
}

export interface ImportFileResult<R> {
  kind: ImportKind;
  fileName: string;
  /** What was read: the worksheet of an xlsx, the encoding and separator of a CSV. */
  source: {
    format: SourceFormat | null;
    sheet: string | null;
    otherSheets: string[];
    encoding: CsvEncoding | null;
    delimiter: string | null;
    headerRow: number | null;
  };
  /** The columns understood, with the unit each header stated. */
  columns: { key: string; header: string; unit: string | null }[];
  /** Typed rows in base units, in file order; empty unless `ok`. */
  rows: R[];
  /** Sorted by row; at most maxProblems of them. */
  problems: ImportProblem[];
  /** All problems found, including those not kept. */
  problemCount: number;
  /** Whether problems were left out because there were more than maxProblems (problems of the file itself never are). */
  truncated: boolean;
  counts: {
    /** Non-empty rows below the header. */
    dataRows: number;
    /** Data rows with no problem of their own (a header problem still refuses the file). */
    validRows: number;
    rowsWithProblems: number;
  };
  /** True when the file can be imported as it is: no problem at all. */
  ok: boolean;
}

/**
 * Reads and validates an import file. Streams: memory holds the valid rows it will return (none with a sink, none
 * once a problem is found) plus, for the rules across rows, the key and YTD figures of at most KEEP_ROWS_AT_MOST rows
 * while the file is in order (all of them once its order breaks before that; past it, the file is read again).
 */
export async function readImportFile<K extends ImportKind>(
  filePath: string,
  kind: K,
  context: ImportContext,
  options: ImportFileOptions<K> = {},
): Promise<ImportFileResult<ImportRowByKind[K]>> {
  const maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  const progressEvery = options.progressEvery ?? 1000;
  const fileName = options.fileName ?? path.basename(filePath);
  const kept: ImportProblem[] = [];
  const problemRows = new Set<number>();
  let problemCount = 0;
  const add = (p: ImportProblem) => {
    problemCount += 1;
    // A problem with the file itself is kept past the limit: it may be the one that explains all the others.
    if (kept.length < maxProblems || p.row === null || FILE_LEVEL.has(p.code)) kept.push(p);
  };
  const addForRow = (p: ImportProblem) => {
    if (p.row !== null) problemRows.add(p.row);
    add(p);
  };

  const result: ImportFileResult<ImportRowByKind[K]> = {
    kind,
    fileName,
    source: { format: null, sheet: null, otherSheets: [], encoding: null, delimiter: null, headerRow: null },
    columns: [],
    rows: [],
    problems: kept,
    problemCount: 0,
    truncated: false,
    counts: { dataRows: 0, validRows: 0, rowsWithProblems: 0 },
    ok: false,
  };

  const open = () =>
    openTable(filePath, {
      fileName,
      ...(options.format ? { format: options.format } : {}),
      ...(options.jsonMaxBytes ? { jsonMaxBytes: options.jsonMaxBytes } : {}),
    });
  let source: TableSource;
  try {
    source = await open();
  } catch (error) {
    add(asProblem(error));
    return done(result, kept, problemCount, problemRows);
  }
  result.source = {
    format: source.format,
    sheet: source.sheet,
    otherSheets: source.otherSheets,
    encoding: source.encoding,
    delimiter: source.delimiter,
    headerRow: source.headerRow,
  };
  source.problems.forEach(add);

  let rows: ImportRowByKind[K][] = [];
  const onRows = options.onRows;
  const sink = kind === 'enterprises' ? undefined : options.sink;
  let readFailed = false;
  try {
    if (source.headers.length === 0) {
      add(
        source.format === 'json'
          ? fileProblem('no_rows', { zh: '文件中没有数据', en: 'the file holds no rows' })
          : fileProblem('no_header', {
              zh: `文件${source.sheet ? `的第一个工作表「${source.sheet}」` : ''}是空的，没有表头`,
              en: `the file${source.sheet ? `'s first worksheet "${source.sheet}"` : ''} is empty: no header row`,
            }),
      );
      return done(result, kept, problemCount, problemRows);
    }
    const match = matchHeaders(kind, source.headers, { format: source.format, headerRow: source.headerRow });
    match.problems.forEach(add);
    result.columns = match.columns.map((m) => ({ key: m.column.key, header: m.header, unit: m.unit }));

    const stopIfCancelled = () => {
      if (options.signal?.aborted) {
        throw new ImportFileError(fileProblem('file_unreadable', { zh: '导入已取消', en: 'the import was cancelled' }));
      }
    };
    const validator = createRowValidator(kind, match.columns, context, {
      format: source.format,
      date1904: source.date1904,
      // A returns row takes some 60 bytes of CSV and about as many of a zipped workbook: a guess on the high side.
      // Synchronously: a round trip to the thread pool waits for this thread's turn, and it has just read the file.
      expectedRows: Math.ceil(fs.statSync(filePath).size / 48),
      ...(options.keepRowsAtMost !== undefined ? { keepRowsAtMost: options.keepRowsAtMost } : {}),
    });
    try {
      const rowProblems: ImportProblem[] = [];
      for await (const batch of source.batches) {
        stopIfCancelled();
        const handed: ImportRowByKind[K][] = onRows ? [] : rows;
        // Indexed loops on the row path: a for-of here was not optimised away and cost an object per row.
        for (let r = 0; r < batch.length; r += 1) {
          const sheetRow = batch[r] as SheetRow;
          result.counts.dataRows += 1;
          // Emptied only when it holds something: setting an array's length is a call into the runtime, per row.
          if (rowProblems.length > 0) rowProblems.length = 0;
          if (sink) {
            // All or nothing: once the file has a problem its rows will not be written, so they are not handed on.
            validator.pushInto(sheetRow, rowProblems, problemCount === 0 ? sink : undefined);
            for (let k = 0; k < rowProblems.length; k += 1) addForRow(rowProblems[k] as ImportProblem);
          } else {
            const typed = validator.push(sheetRow, rowProblems);
            for (let k = 0; k < rowProblems.length; k += 1) addForRow(rowProblems[k] as ImportProblem);
            // Nor kept.
            if (problemCount === 0 && typed) handed.push(typed);
            else if (rows.length > 0) rows = [];
          }
          if (options.onProgress && result.counts.dataRows % progressEvery === 0) {
            options.onProgress({ rows: result.counts.dataRows, problems: problemCount });
          }
        }
        if (onRows && problemCount === 0 && handed.length > 0) onRows(handed);
      }
      // A large file whose order broke after the rules stopped keeping rows: they take every row again (its problems
      // of its own are known already), then finish.
      if (validator.needsRowsAgain()) {
        source.close();
        source = await open();
        for await (const batch of source.batches) {
          stopIfCancelled();
          for (let r = 0; r < batch.length; r += 1) validator.readAgain(batch[r] as SheetRow);
        }
      }
    } catch (error) {
      readFailed = true;
      add(asProblem(error));
    }
    if (!readFailed) (await validator.finish()).forEach(addForRow);
    if (!readFailed && result.counts.dataRows === 0) {
      add(fileProblem('no_rows', { zh: '表头下没有数据行', en: 'there are no rows under the header' }));
    }
  } finally {
    source.close();
  }
  options.onProgress?.({ rows: result.counts.dataRows, problems: problemCount });
  if (problemCount === 0) result.rows = rows;
  return done(result, kept, problemCount, problemRows);
}

function done<R>(
  result: ImportFileResult<R>,
  kept: ImportProblem[],
  problemCount: number,
  problemRows: Set<number>,
): ImportFileResult<R> {
  // Stable sort: within a row, problems stay in column order.
  kept.sort((a, b) => (a.row ?? -1) - (b.row ?? -1));
  result.problems = kept;
  result.problemCount = problemCount;
  result.truncated = problemCount > kept.length;
  result.counts.rowsWithProblems = problemRows.size;
  result.counts.validRows = Math.max(0, result.counts.dataRows - problemRows.size);
  result.ok = problemCount === 0;
  if (!result.ok) result.rows = [];
  return result;
}

function asProblem(error: unknown): ImportProblem {
  if (error instanceof ImportFileError) return error.problem;
  const message = error instanceof Error ? error.message : String(error);
  return fileProblem('file_unreadable', {
    zh: `无法读取文件：${message}`,
    en: `the file cannot be read: ${message}`,
  });
}

/**
 * What the importer tells a county officer about a file it refuses. Every problem names the row as Excel numbers it,
 * the column as the officer wrote it, the value as written, and the reason in Chinese and English.
 */

export interface Reason {
  zh: string;
  en: string;
}

/** Machine-readable kind of a problem, so pages and tests can filter without parsing the text. */
export type ProblemCode =
  // The file as a whole
  | 'file_unreadable'
  | 'file_format'
  | 'file_too_large'
  | 'encoding'
  | 'csv_syntax'
  | 'json_shape'
  | 'no_header'
  | 'no_rows'
  // The header row
  | 'unknown_header'
  | 'duplicate_column'
  | 'missing_column'
  | 'unit_missing'
  | 'unit_not_allowed'
  // One cell or row
  | 'value_without_header'
  | 'required'
  | 'not_scalar'
  | 'formula_error'
  | 'text_too_long'
  | 'uscc_length'
  | 'uscc_alphabet'
  | 'uscc_check_character'
  | 'uscc_stored_as_number'
  | 'unknown_region'
  | 'region_out_of_scope'
  | 'industry_code_format'
  | 'industry_code_stored_as_number'
  | 'unknown_industry'
  | 'industry_repeated'
  | 'share_range'
  | 'share_sum'
  | 'unknown_tag'
  | 'boolean'
  | 'period'
  | 'period_ambiguous'
  | 'not_a_number'
  | 'negative'
  | 'not_integer'
  | 'no_figures'
  | 'duplicate_row'
  | 'ytd_decrease'
  | 'ytd_above_stored_next'
  | 'unknown_enterprise'
  | 'period_locked';

export interface ImportProblem {
  /** The row as Excel shows it (header row 1, first data row 2); for JSON the 1-based array position; null: the file. */
  row: number | null;
  /** The header text as the file wrote it (or the expected column name when it is missing); null: the whole row. */
  column: string | null;
  /** The cell as written, as text; null when there is none. */
  value: string | null;
  code: ProblemCode;
  reason: Reason;
}

/** One line a person can read: `第 3 行 · 工业总产值(千元) · "-5"：不能为负数`. */
export function formatProblemZh(p: ImportProblem): string {
  const where = [p.row === null ? '文件' : `第 ${p.row} 行`, p.column].filter((s) => s !== null).join(' · ');
  const value = p.value === null ? '' : ` · "${p.value}"`;
  return `${where}${value}：${p.reason.zh}`;
}

/** The English twin of formatProblemZh: `row 3 · 工业总产值(千元) · "-5": must not be negative`. */
export function formatProblemEn(p: ImportProblem): string {
  const where = [p.row === null ? 'file' : `row ${p.row}`, p.column].filter((s) => s !== null).join(' · ');
  const value = p.value === null ? '' : ` · "${p.value}"`;
  return `${where}${value}: ${p.reason.en}`;
}

/** Thrown by a reader when the file cannot be read on (broken zip, bad CSV quoting, undecodable bytes). */
export class ImportFileError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(formatProblemEn(problem));
    this.name = 'ImportFileError';
  }
}

/** A problem about the file as a whole. */
export function fileProblem(code: ProblemCode, reason: Reason, row: number | null = null): ImportProblem {
  return { row, column: null, value: null, code, reason };
}

/** The cell as text for a problem report: what the officer would see in the cell. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  if (isCellError(value)) return value.error || (value.formula ? `=${value.formula}` : '#ERROR');
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** A spreadsheet cell that holds an error (`#DIV/0!`) or a formula whose result was never computed. */
export interface CellError {
  error: string;
  formula?: string;
}

/** Whether a raw cell is a CellError. */
export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as { error?: unknown }).error === 'string';
}

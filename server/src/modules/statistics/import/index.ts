/** The file-reading and row-validation core of imports (issue 4): what the service, routes, CLI and worker use. */
export {
  columnsOf,
  importKinds,
  isImportKind,
  kindLabels,
  templateHeader,
  type ColumnDefinition,
  type ImportKind,
  type RegionIndicator,
  type ReturnIndicator,
} from './columns.js';
export { matchHeaders, normalizeHeader, type HeaderCell, type MatchedColumn, type SourceFormat } from './headers.js';
export { DEFAULT_MAX_PROBLEMS, readImportFile, type ImportFileOptions, type ImportFileResult } from './import-file.js';
export {
  formatProblemEn,
  formatProblemZh,
  ImportFileError,
  type ImportProblem,
  type ProblemCode,
  type Reason,
} from './problems.js';
export { JSON_MAX_BYTES, openTable, type SheetRow, type TableSource } from './readers.js';
export { templateBuffer, templateWorkbook, writeImportFile, writeTemplate, type ImportRowInput } from './templates.js';
export {
  checkYtdOrder,
  createRowValidator,
  importContextFromPlan,
  validateRows,
  type EnterpriseRow,
  type ImportContext,
  type ImportRowByKind,
  type RegionStatRow,
  type ReturnRow,
  type StoredYtdLookup,
  type StoredYtdValue,
} from './validate.js';

import type { Generated } from 'kysely';
import type { ReturnIndicator } from './import/columns.js';

export interface ImportBatchTable {
  id: Generated<number>;
  kind: string;
  fileName: string;
  format: string;
  /** The sheet or the encoding the file was read with. */
  sourceDetail: string | null;
  /** `committed` (written) or `rejected` (problems found, nothing written). */
  status: string;
  rowsTotal: number;
  inserted: number;
  changed: number;
  unchanged: number;
  problemCount: number;
  /** The first problems, for the batch page. */
  problemsJson: string | null;
  userId: number | null;
  login: string;
  createdAt: string;
  durationMs: number;
}

export interface StatisticalReturnTable {
  enterpriseId: number;
  year: number;
  month: number;
  outputValue: number | null;
  salesOutput: number | null;
  valueAdded: number | null;
  revenue: number | null;
  rdExpense: number | null;
  taxes: number | null;
  employees: number | null;
  energyTce: number | null;
  landMu: number | null;
  revision: number;
  batchId: number | null;
  updatedAt: string;
}

/**
 * The column of each return indicator (the files' snake-case keys, returnIndicators) in StatisticalReturnTable, as
 * Kysely names it: the writer, the cube and the dashboards all map figures through this one list.
 */
export const returnColumn = {
  output_value: 'outputValue',
  sales_output: 'salesOutput',
  value_added: 'valueAdded',
  revenue: 'revenue',
  rd_expense: 'rdExpense',
  taxes: 'taxes',
  employees: 'employees',
  energy_tce: 'energyTce',
  land_mu: 'landMu',
} as const satisfies Record<ReturnIndicator, keyof StatisticalReturnTable>;

export interface RegionStatTable {
  regionCode: string;
  period: string;
  year: number;
  gdp: number | null;
  industrialOutput: number | null;
  industrialValueAdded: number | null;
  revision: number;
  batchId: number | null;
  updatedAt: string;
}

export interface StatisticRevisionTable {
  id: Generated<number>;
  /** `return` (subject_key: uscc) or `region_stat` (subject_key: region code). */
  subject: string;
  subjectKey: string;
  period: string;
  indicator: string;
  oldValue: number | null;
  newValue: number | null;
  batchId: number | null;
  revisedBy: string;
  revisedAt: string;
}

export interface PeriodLockTable {
  period: string;
  reason: string;
  lockedBy: string;
  lockedAt: string;
}

export interface StatisticsTables {
  importBatch: ImportBatchTable;
  statisticalReturn: StatisticalReturnTable;
  regionStat: RegionStatTable;
  statisticRevision: StatisticRevisionTable;
  periodLock: PeriodLockTable;
}

import type { Generated, Selectable } from 'kysely';

/** Kysely views of the plan tables (camelCase; the database columns are snake_case). */

export interface PlanTable {
  id: string;
  nameZh: string;
  nameEn: string;
  currentVersion: number;
  /** 1 for the plan the platform runs now; the last plan loaded becomes the active one. */
  active: Generated<number>;
  documentJson: string;
  baseYear: number;
  targetYear: number;
  defaultTolerance: number;
  specialFundAnnualBudgetFen: number;
  instrumentsJson: string;
  loadedAt: string;
}

export interface PlanVersionTable {
  planId: string;
  version: number;
  contentHash: string;
  fileName: string;
  contentJson: string;
  loadedAt: string;
}

export interface RegionTable {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: string;
  parentCode: string | null;
  reporting: string | null;
  note: string | null;
  sortOrder: number;
}

interface PlanKeyed {
  planId: string;
  code: string;
  nameZh: string;
  nameEn: string;
  sortOrder: number;
}

export interface IndicatorTable extends PlanKeyed {
  unit: string;
  displayUnit: string;
  definitionZh: string;
  definitionEn: string;
}

export interface IndustryTable extends PlanKeyed {
  source: string;
}

export interface IndustrySubsectorTable extends PlanKeyed {
  industryCode: string;
}

export interface KeyProductTable extends PlanKeyed {
  industryCode: string;
  subsectorCode: string | null;
  tier: string;
}

export interface CatalogueEntryTable extends PlanKeyed {
  year: number;
  industryCode: string;
  subsectorCode: string | null;
  tier: string;
  keywordsJson: string;
  industryCodesJson: string;
}

export interface ClusterTable extends PlanKeyed {
  regionCode: string;
  industryCode: string;
  status: string;
  source: string;
  note: string | null;
}

export interface FocusIndustryTable {
  planId: string;
  regionCode: string;
  industryCode: string;
  basis: string;
  note: string | null;
  sortOrder: number;
}

export interface TargetTable {
  planId: string;
  id: string;
  nameZh: string;
  nameEn: string;
  indicator: string;
  kind: string;
  regionCode: string | null;
  industryCode: string | null;
  baseYear: number;
  targetYear: number;
  value: number | null;
  multiple: number | null;
  growth: number | null;
  change: number | null;
  expectedValue: number | null;
  comparator: string;
  tolerance: number | null;
  source: string;
  sortOrder: number;
}

export type SpecialFundUseTable = PlanKeyed;

export interface TaxRefundStepTable {
  planId: string;
  ordinal: number;
  years: number;
  rate: number;
}

export interface AssessmentSchemeTable {
  planId: string;
  version: number;
  nameZh: string;
  nameEn: string;
  source: string;
  contentHash: string;
  createdAt: string;
}

export interface AssessmentCriterionTable {
  planId: string;
  schemeVersion: number;
  code: string;
  nameZh: string;
  nameEn: string;
  indicator: string;
  weight: number;
  floor: number;
  target: number;
  sortOrder: number;
}

export interface PlanTables {
  plan: PlanTable;
  planVersion: PlanVersionTable;
  region: RegionTable;
  indicator: IndicatorTable;
  industry: IndustryTable;
  industrySubsector: IndustrySubsectorTable;
  keyProduct: KeyProductTable;
  catalogueEntry: CatalogueEntryTable;
  cluster: ClusterTable;
  focusIndustry: FocusIndustryTable;
  target: TargetTable;
  specialFundUse: SpecialFundUseTable;
  taxRefundStep: TaxRefundStepTable;
  assessmentScheme: AssessmentSchemeTable;
  assessmentCriterion: AssessmentCriterionTable;
}

export type PlanRow = Selectable<PlanTable>;
export type TargetRow = Selectable<TargetTable>;

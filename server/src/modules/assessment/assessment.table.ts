import type { Generated } from 'kysely';

/** Kysely views of the assessment tables (camelCase; the database columns are snake_case). */

export interface AssessmentRunTable {
  id: Generated<number>;
  planId: string;
  year: number;
  version: number;
  schemeVersion: number;
  /** `draft` · `on_notice` (公示) · `published` · `superseded` (a newer version was published) · `withdrawn`. */
  status: string;
  criteriaJson: string;
  noticeDays: number | null;
  noticeStart: string | null;
  noticeEnd: string | null;
  computedAt: string;
  computedBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface AssessmentResultTable {
  runId: number;
  regionCode: string;
  total: number;
  rank: number;
  /** Position in the ranking (ties keep the counties' order in the plan). */
  sortOrder: number;
}

export interface AssessmentScoreTable {
  runId: number;
  regionCode: string;
  criterionCode: string;
  actual: number | null;
  points: number;
  sourceJson: string;
}

export interface AssessmentObjectionTable {
  id: Generated<number>;
  runId: number;
  regionCode: string;
  criterionCode: string | null;
  reason: string;
  filedBy: string;
  filedByName: string | null;
  filedAt: string;
  answer: string | null;
  answeredBy: string | null;
  answeredByName: string | null;
  answeredAt: string | null;
}

export interface AssessmentTables {
  assessmentRun: AssessmentRunTable;
  assessmentResult: AssessmentResultTable;
  assessmentScore: AssessmentScoreTable;
  assessmentObjection: AssessmentObjectionTable;
}

import type { Generated } from 'kysely';

export interface BulletinTable {
  id: Generated<number>;
  /** Canonical period text: `2013`, `2013Q2`, `2013-06`. */
  period: string;
  periodKind: string;
  regionCode: string;
  title: string;
  /** `draft` → `reviewed` → `published`. */
  status: string;
  currentVersion: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  publishedBy: string | null;
  publishedAt: string | null;
}

export interface BulletinVersionTable {
  id: Generated<number>;
  bulletinId: number;
  version: number;
  /** The BulletinModel: sentences with their figure references, tables, charts, warnings, assessment. */
  modelJson: string;
  createdBy: string;
  createdAt: string;
}

export interface BulletinFileTable {
  versionId: number;
  /** `docx`, `xlsx` or `pdf`. */
  format: string;
  content: Buffer;
  size: number;
  sha256: string;
  createdAt: string;
}

export interface PublishedFigureTable {
  bulletinId: number;
  regionCode: string;
  industry: string;
  code: string;
  period: string;
  unit: string;
  value: number | null;
  lastYear: number | null;
  growth: number | null;
}

export interface LeadingGroupTable {
  id: number;
  nameZh: string;
  /** Where the office sits (e.g. 市经信委). */
  officeZh: string;
  updatedBy: string;
  updatedAt: string;
}

export interface LeadingGroupMemberTable {
  id: Generated<number>;
  /** `group` (领导小组) or `office` (办公室). */
  body: string;
  /** 组长, 副组长, 成员, 办公室主任 … */
  positionZh: string;
  name: string;
  titleZh: string;
  sortOrder: number;
}

export interface IndustryLiaisonTable {
  industryCode: string;
  leaderName: string;
  leaderTitleZh: string;
  note: string | null;
  updatedBy: string;
  updatedAt: string;
}

export interface BulletinTables {
  bulletin: BulletinTable;
  bulletinVersion: BulletinVersionTable;
  bulletinFile: BulletinFileTable;
  publishedFigure: PublishedFigureTable;
  leadingGroup: LeadingGroupTable;
  leadingGroupMember: LeadingGroupMemberTable;
  industryLiaison: IndustryLiaisonTable;
}

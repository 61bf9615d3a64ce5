import type { Generated } from 'kysely';

/** A major project (重大项目) on a year's list. Money in yuan. Stages live in project_stage_event, never here. */
export interface ProjectTable {
  id: Generated<number>;
  code: string;
  name: string;
  investorName: string;
  investorUscc: string | null;
  /** The county (县（市、区）) the project is in: its officers see and edit it. */
  regionCode: string;
  industryCode: string;
  clusterCode: string | null;
  totalInvestment: number;
  /** The year of the major-project list it is on (每年排出百项). */
  listYear: number;
  /** The day it was put on the list; projects added mid-year count from then. */
  listedOn: string;
  demonstration: number;
  plannedSignOn: string | null;
  plannedStartOn: string | null;
  plannedCompletionOn: string | null;
  plannedProductionOn: string | null;
  countyOfficer: string | null;
  cityLiaison: string | null;
  /** The investment-attraction lead it was converted from. */
  leadId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** Planned investment per calendar year. */
export interface ProjectInvestmentPlanTable {
  projectId: number;
  year: number;
  plannedInvestment: number;
}

/** A stage reached on a day: added, never edited; a later record of the same stage corrects its date. */
export interface ProjectStageEventTable {
  id: Generated<number>;
  projectId: number;
  stage: string;
  occurredOn: string;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
}

/** A monthly progress return (月度进度): this month's investment and what the site looks like. */
export interface ProjectProgressTable {
  projectId: number;
  year: number;
  month: number;
  investment: number;
  /** Completed since the project began, as the return states it (optional). */
  investmentToDate: number | null;
  stage: string | null;
  imageNote: string | null;
  problems: string | null;
  /** `form` or `import`. */
  source: string;
  batchId: number | null;
  recordedBy: string;
  updatedAt: string;
}

/** An old value of a monthly return that a re-import or re-entry changed (one row per changed field). */
export interface ProjectProgressRevisionTable {
  id: Generated<number>;
  projectId: number;
  year: number;
  month: number;
  /** `investment`, `investmentToDate` (yuan: old/new value) or `stage`, `imageNote`, `problems` (old/new text). */
  field: string;
  oldValue: number | null;
  newValue: number | null;
  oldText: string | null;
  newText: string | null;
  /** `form` or `import`. */
  source: string;
  batchId: number | null;
  revisedBy: string;
  revisedAt: string;
}

export interface ProjectImportBatchTable {
  id: Generated<number>;
  fileName: string;
  format: string;
  status: string;
  rowsTotal: number;
  inserted: number;
  changed: number;
  unchanged: number;
  login: string;
  createdAt: string;
}

/** An investment-attraction lead (招商线索). */
export interface ProjectLeadTable {
  id: Generated<number>;
  targetCompany: string;
  kind: string;
  industryCode: string;
  regionCode: string;
  stage: string;
  owner: string;
  nextStep: string | null;
  nextStepDue: string | null;
  note: string | null;
  projectId: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A major problem put to the office for coordination (协调解决重大问题). */
export interface CoordinationProblemTable {
  id: Generated<number>;
  title: string;
  description: string | null;
  projectId: number | null;
  regionCode: string;
  raisedOn: string;
  department: string | null;
  dueOn: string | null;
  status: string;
  resolution: string | null;
  resolvedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CoordinationMeetingTable {
  id: Generated<number>;
  heldOn: string;
  title: string;
  attendees: string;
  decisions: string | null;
  createdAt: string;
}

/** A problem discussed at a meeting, with what is to be done by the next one (the follow-up list). */
export interface MeetingProblemTable {
  meetingId: number;
  problemId: number;
  discussion: string | null;
  followUp: string | null;
}

export interface ProjectTables {
  project: ProjectTable;
  projectInvestmentPlan: ProjectInvestmentPlanTable;
  projectStageEvent: ProjectStageEventTable;
  projectProgress: ProjectProgressTable;
  projectProgressRevision: ProjectProgressRevisionTable;
  projectImportBatch: ProjectImportBatchTable;
  projectLead: ProjectLeadTable;
  coordinationProblem: CoordinationProblemTable;
  coordinationMeeting: CoordinationMeetingTable;
  meetingProblem: MeetingProblemTable;
}

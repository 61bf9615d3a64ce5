import { z } from 'zod';
import { LocalizedName } from '../plan/plan.schema.js';
import { stages } from './measures.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day, 'YYYY-MM-DD'");
const money = z.number().nonnegative().describe('yuan');
const text = (max: number) => z.string().trim().max(max);

export const Stage = z
  .enum(stages)
  .describe('reserve 储备 · signed 签约 · started 开工 · completed 竣工 · producing 投产');
export const FlagLevel = z.enum(['red', 'yellow']).describe('red flag 红旗 / yellow card 黄牌 (docs/projects.md)');

export const FlagReason = z
  .object({
    code: z.enum(['start_overdue', 'completion_overdue', 'investment_behind']),
    level: FlagLevel,
    plannedOn: z.string().optional(),
    daysLate: z.number().optional(),
    ratio: z.number().optional(),
  })
  .meta({ id: 'ProjectFlagReason' });

export const ExportFormat = z.enum(['json', 'xlsx']).default('json').describe('xlsx: an Excel download of the list');

export const StageDates = z
  .object({
    reserve: z.string().optional(),
    signed: z.string().optional(),
    started: z.string().optional(),
    completed: z.string().optional(),
    producing: z.string().optional(),
  })
  .meta({ id: 'ProjectStageDates' });

export const ProjectSummary = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    investorName: z.string(),
    regionCode: z.string(),
    regionName: LocalizedName,
    industryCode: z.string(),
    clusterCode: z.string().nullable(),
    totalInvestment: z.number().describe('yuan'),
    listYear: z.number().int(),
    listedOn: z.string(),
    demonstration: z.boolean(),
    plannedStartOn: z.string().nullable(),
    plannedCompletionOn: z.string().nullable(),
    plannedProductionOn: z.string().nullable(),
    stage: Stage.describe('current stage, derived from the stage events'),
    stageDates: StageDates,
    plannedInvestment: z.number().describe('planned investment of the list year, yuan'),
    investmentExpected: z.number().describe('time-proportional plan at the as-of month (时序进度), yuan'),
    investmentCompleted: z.number().describe('completed in the list year up to the as-of month, yuan'),
    investmentRatio: z.number().nullable(),
    flag: FlagLevel.nullable(),
    flagReasons: z.array(FlagReason),
  })
  .meta({ id: 'ProjectSummary' });

export const ProjectListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).describe('the list year'),
  month: z.coerce.number().int().min(1).max(12).optional().describe('as of the end of this month; default December'),
  region: z.string().optional(),
  industry: z.string().optional(),
  stage: Stage.optional(),
  flag: z.enum(['red', 'yellow', 'any']).optional().describe('only projects with this mark (any: either)'),
  overdue: z.enum(['start', 'completion']).optional().describe('应开工未开工 / 应竣工未竣工'),
  search: z.string().max(100).optional(),
  format: ExportFormat,
});

export const ProjectList = z
  .object({ year: z.number().int(), month: z.number().int(), asOf: z.string(), items: z.array(ProjectSummary) })
  .meta({ id: 'ProjectList' });

export const ProjectInput = z
  .object({
    code: text(40).min(1),
    name: text(200).min(1),
    investorName: text(200).min(1),
    investorUscc: text(18).nullable().optional(),
    regionCode: z.string(),
    industryCode: z.string(),
    clusterCode: z.string().nullable().optional(),
    totalInvestment: money,
    listYear: z.number().int().min(2000).max(2100),
    listedOn: day.optional().describe('default: 1 January of the list year'),
    demonstration: z.boolean().optional(),
    plannedSignOn: day.nullable().optional(),
    plannedStartOn: day.nullable().optional(),
    plannedCompletionOn: day.nullable().optional(),
    plannedProductionOn: day.nullable().optional(),
    countyOfficer: text(100).nullable().optional(),
    cityLiaison: text(100).nullable().optional(),
    investmentPlans: z
      .array(z.object({ year: z.number().int().min(2000).max(2100), plannedInvestment: money }))
      .optional()
      .describe('planned investment per year (replaces the stored ones)'),
  })
  .meta({ id: 'ProjectBody' });

export const ProjectPatch = ProjectInput.omit({ code: true }).partial().meta({ id: 'ProjectPatch' });

export const StageEventBody = z
  .object({ stage: Stage, occurredOn: day, note: text(500).nullable().optional() })
  .meta({ id: 'StageEventBody' });

export const ProgressBody = z
  .object({
    investment: money.describe('completed this month, yuan'),
    investmentToDate: money.nullable().optional().describe('completed since the project began, yuan'),
    stage: Stage.nullable().optional(),
    imageNote: text(500).nullable().optional().describe('形象进度'),
    problems: text(500).nullable().optional().describe('存在问题'),
  })
  .meta({ id: 'ProgressBody' });

export const ProgressParams = z.object({
  id: z.coerce.number().int().positive(),
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month, 'YYYY-MM'"),
});

const ProblemSummary = z
  .object({
    id: z.number().int(),
    title: z.string(),
    description: z.string().nullable(),
    projectId: z.number().int().nullable(),
    projectName: z.string().nullable(),
    regionCode: z.string(),
    regionName: LocalizedName,
    raisedOn: z.string(),
    department: z.string().nullable(),
    dueOn: z.string().nullable(),
    status: z.enum(['open', 'in_progress', 'resolved']),
    resolution: z.string().nullable(),
    resolvedOn: z.string().nullable(),
    overdue: z.boolean().describe('not resolved and past its due date'),
    meetings: z.array(z.object({ id: z.number().int(), heldOn: z.string() })),
  })
  .meta({ id: 'CoordinationProblem' });
export { ProblemSummary as CoordinationProblem };

export const ProjectDetail = ProjectSummary.extend({
  investorUscc: z.string().nullable(),
  plannedSignOn: z.string().nullable(),
  countyOfficer: z.string().nullable(),
  cityLiaison: z.string().nullable(),
  investmentPlans: z.array(z.object({ year: z.number().int(), plannedInvestment: z.number() })),
  events: z.array(
    z.object({
      id: z.number().int(),
      stage: Stage,
      occurredOn: z.string(),
      note: z.string().nullable(),
      recordedBy: z.string(),
      recordedAt: z.string(),
      superseded: z.boolean().describe('a later record of the same stage corrected this date'),
    }),
  ),
  progress: z.array(
    z.object({
      year: z.number().int(),
      month: z.number().int(),
      investment: z.number(),
      investmentYtd: z.number(),
      investmentToDate: z.number().nullable(),
      stage: Stage.nullable(),
      imageNote: z.string().nullable(),
      problems: z.string().nullable(),
      source: z.string(),
      updatedAt: z.string(),
    }),
  ),
  revisions: z
    .array(
      z
        .object({
          id: z.number().int(),
          period: z.string().describe("the return's month, 'YYYY-MM'"),
          field: z.enum(['investment', 'investmentToDate', 'stage', 'imageNote', 'problems']),
          oldValue: z.number().nullable().describe('investment fields: the old value, yuan'),
          newValue: z.number().nullable(),
          oldText: z.string().nullable().describe('stage, imageNote, problems: the old text'),
          newText: z.string().nullable(),
          source: z.enum(['form', 'import']),
          batchId: z.number().int().nullable(),
          fileName: z.string().nullable().describe('the imported file, when a batch made the change'),
          revisedBy: z.string(),
          revisedAt: z.string(),
        })
        .meta({ id: 'ProjectProgressRevision' }),
    )
    .describe('old values of monthly returns that a re-import or re-entry changed, newest first'),
  lead: z.object({ id: z.number().int(), targetCompany: z.string() }).nullable(),
  coordinationProblems: z.array(ProblemSummary),
}).meta({ id: 'ProjectDetail' });

export const MeasuresQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  month: z.coerce.number().int().min(1).max(12).optional(),
});

const RatesShape = z.object({
  listed: z.number().int(),
  started: z.number().int(),
  producing: z.number().int(),
  startRate: z.number().nullable(),
  productionRate: z.number().nullable(),
  investmentPlanned: z.number(),
  investmentExpected: z.number(),
  investmentCompleted: z.number(),
  investmentProgress: z.number().nullable().describe('completed / time-proportional plan'),
  red: z.number().int(),
  yellow: z.number().int(),
  shouldHaveStarted: z.number().int(),
  shouldHaveCompleted: z.number().int(),
});

export const ProjectMeasures = z
  .object({
    year: z.number().int(),
    month: z.number().int(),
    asOf: z.string(),
    total: RatesShape,
    byCounty: z.array(RatesShape.extend({ key: z.string(), name: LocalizedName })),
    byIndustry: z.array(RatesShape.extend({ key: z.string(), name: LocalizedName })),
    funnel: z.object({
      listed: z.number().int(),
      signed: z.number().int(),
      started: z.number().int(),
      producing: z.number().int(),
      signToStart: z.object({ medianDays: z.number().nullable(), n: z.number().int() }),
      startToProduction: z.object({ medianDays: z.number().nullable(), n: z.number().int() }),
    }),
    years: z.array(z.number().int()).describe('list years that have projects'),
  })
  .meta({ id: 'ProjectMeasures' });

// ---------------------------------------------------------------------------------------------------------------
// Leads

export const leadKinds = [
  'fortune500',
  'multinational',
  'central_soe',
  'industry_leader',
  'research_institute',
] as const;
export const leadStages = ['contact', 'negotiating', 'signed', 'converted', 'dropped'] as const;

export const LeadInput = z
  .object({
    targetCompany: text(200).min(1),
    kind: z.enum(leadKinds).describe('世界500强 · 跨国公司 · 央企 · 行业龙头 · 科研院所产业化项目'),
    industryCode: z.string(),
    regionCode: z.string(),
    stage: z.enum(leadStages).optional().describe('接触 · 洽谈 · 签约 · 已转化 · 终止'),
    owner: text(100).min(1),
    nextStep: text(300).nullable().optional(),
    nextStepDue: day.nullable().optional(),
    note: text(1000).nullable().optional(),
  })
  .meta({ id: 'LeadBody' });
export const LeadPatch = LeadInput.partial().meta({ id: 'LeadPatch' });

export const Lead = z
  .object({
    id: z.number().int(),
    targetCompany: z.string(),
    kind: z.enum(leadKinds),
    industryCode: z.string(),
    regionCode: z.string(),
    regionName: LocalizedName,
    stage: z.enum(leadStages),
    owner: z.string(),
    nextStep: z.string().nullable(),
    nextStepDue: z.string().nullable(),
    note: z.string().nullable(),
    projectId: z.number().int().nullable(),
    projectCode: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ProjectLead' });

export const LeadListQuery = z.object({
  region: z.string().optional(),
  kind: z.enum(leadKinds).optional(),
  stage: z.enum(leadStages).optional(),
  format: ExportFormat,
});
export const LeadList = z.object({ items: z.array(Lead) }).meta({ id: 'LeadList' });

export const ConvertLeadBody = ProjectInput.omit({ regionCode: true, industryCode: true, investorName: true })
  .extend({ investorName: text(200).min(1).optional() })
  .meta({ id: 'ConvertLeadBody' });

// ---------------------------------------------------------------------------------------------------------------
// Problems and meetings

export const problemStatuses = ['open', 'in_progress', 'resolved'] as const;

export const ProblemInput = z
  .object({
    title: text(200).min(1),
    description: text(2000).nullable().optional(),
    projectId: z.number().int().positive().nullable().optional().describe('raised by a project: its county'),
    regionCode: z.string().optional().describe('raised by a county (required without a project)'),
    raisedOn: day.optional(),
    department: text(100).nullable().optional().describe('the department it is assigned to'),
    dueOn: day.nullable().optional(),
  })
  .meta({ id: 'ProblemBody' });

export const ProblemPatch = z
  .object({
    title: text(200).min(1).optional(),
    description: text(2000).nullable().optional(),
    department: text(100).nullable().optional(),
    dueOn: day.nullable().optional(),
    status: z.enum(problemStatuses).optional(),
    resolution: text(2000).nullable().optional(),
    resolvedOn: day.nullable().optional().describe('default: today when the status becomes resolved'),
  })
  .meta({ id: 'ProblemPatch' });

export const ProblemListQuery = z.object({
  region: z.string().optional(),
  status: z.enum(problemStatuses).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  projectId: z.coerce.number().int().positive().optional(),
  format: ExportFormat,
});
export const ProblemList = z.object({ today: z.string(), items: z.array(ProblemSummary) }).meta({ id: 'ProblemList' });

export const MeetingInput = z
  .object({
    heldOn: day,
    title: text(200).min(1),
    attendees: text(2000).min(1),
    decisions: text(5000).nullable().optional(),
    problems: z
      .array(
        z.object({
          problemId: z.number().int().positive(),
          discussion: text(2000).nullable().optional(),
          followUp: text(1000).nullable().optional().describe('what is to be done by the next meeting'),
        }),
      )
      .default([]),
  })
  .meta({ id: 'MeetingBody' });

export const MeetingSummary = z
  .object({
    id: z.number().int(),
    heldOn: z.string(),
    title: z.string(),
    attendees: z.string(),
    decisions: z.string().nullable(),
    problemCount: z.number().int(),
  })
  .meta({ id: 'MeetingSummary' });
export const MeetingList = z.object({ items: z.array(MeetingSummary) }).meta({ id: 'MeetingList' });

const MeetingItem = z.object({
  problem: ProblemSummary,
  discussion: z.string().nullable(),
  followUp: z.string().nullable(),
});

export const MeetingDetail = MeetingSummary.extend({
  problems: z.array(MeetingItem),
  previous: z
    .object({
      id: z.number().int(),
      heldOn: z.string(),
      title: z.string(),
      followUps: z.array(
        MeetingItem.extend({
          check: z
            .enum(['done', 'open', 'overdue'])
            .describe('done: resolved by this meeting · overdue: past its due date at this meeting · open'),
          discussedAgain: z.boolean(),
        }),
      ),
    })
    .nullable()
    .describe("the previous meeting's follow-up list, checked on this meeting's date"),
}).meta({ id: 'MeetingDetail' });

// ---------------------------------------------------------------------------------------------------------------
// Import

export const ProgressImportQuery = z.object({
  fileName: z.string().min(1).max(200),
  dryRun: z.enum(['true', 'false']).optional(),
});

export const ProgressImportOutcome = z
  .object({
    status: z.enum(['committed', 'rejected', 'dry_run']),
    batchId: z.number().int().nullable(),
    format: z.string().nullable(),
    rows: z.number().int(),
    inserted: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    problems: z.array(
      z.object({
        row: z.number().int().nullable(),
        column: z.string().nullable(),
        value: z.string().nullable(),
        code: z.string(),
        reason: z.object({ zh: z.string(), en: z.string() }),
      }),
    ),
  })
  .meta({ id: 'ProgressImportOutcome' });

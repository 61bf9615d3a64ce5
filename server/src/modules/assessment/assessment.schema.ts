import { z } from 'zod';
import { LocalizedName } from '../plan/plan.schema.js';

export const AssessmentStatus = z
  .enum(['draft', 'on_notice', 'published', 'superseded', 'withdrawn'])
  .describe(
    'draft → on_notice (公示) → published; a published run becomes superseded when a newer version of the year is published; a draft or a run on notice becomes withdrawn when a newer version is computed',
  )
  .meta({ id: 'AssessmentStatus' });

export const AssessmentCriterion = z
  .object({
    code: z.string(),
    name: LocalizedName,
    indicator: z.string().describe('how the actual is found: sei_output_growth, sei_output_share, …'),
    weight: z.number(),
    floor: z.number(),
    target: z.number(),
  })
  .meta({ id: 'AssessmentCriterion' });

export const ActualSource = z
  .object({
    kind: z.enum(['figures', 'custom']),
    period: z.string(),
    figure: z.string().nullable().describe('the figure code read (readFigures), e.g. output_value'),
    measure: z.enum(['growth', 'value']),
    industries: z.array(z.string()).describe("'sei' or the county's focus industries"),
    current: z.number().nullable().describe('comparable sum now (yuan), behind a growth'),
    base: z.number().nullable().describe('comparable sum a year earlier (yuan), behind a growth'),
    value: z.number().nullable(),
    lastYear: z.number().nullable(),
    enterprises: z.number().int(),
    basis: z.enum(['region_stats', 'returns']).nullable(),
    missing: z.enum(['no_figure', 'no_base', 'no_focus_industries']).nullable(),
  })
  .meta({ id: 'AssessmentActualSource' });

export const CriterionScore = z
  .object({
    criterionCode: z.string(),
    actual: z.number().nullable().describe('null: no data — 0 points'),
    points: z.number(),
    source: ActualSource,
    why: LocalizedName.describe('the actual, where it came from and how it scored, in words'),
  })
  .meta({ id: 'AssessmentCriterionScore' });

export const CountyResult = z
  .object({
    regionCode: z.string(),
    name: LocalizedName,
    total: z.number(),
    rank: z.number().int(),
    position: z.number().int(),
    scores: z.array(CriterionScore),
  })
  .meta({ id: 'AssessmentCountyResult' });

export const Objection = z
  .object({
    id: z.number().int(),
    regionCode: z.string(),
    regionName: LocalizedName,
    criterionCode: z.string().nullable(),
    reason: z.string(),
    filedBy: z.string(),
    filedByName: z.string().nullable(),
    filedAt: z.string(),
    answer: z.string().nullable(),
    answeredBy: z.string().nullable(),
    answeredByName: z.string().nullable(),
    answeredAt: z.string().nullable(),
  })
  .meta({ id: 'AssessmentObjection' });

export const Notice = z
  .object({
    days: z.number().int(),
    start: z.string(),
    end: z.string(),
    open: z.boolean().describe('the window is open now: counties may object'),
  })
  .meta({ id: 'AssessmentNotice' });

export const AssessmentSummary = z
  .object({
    id: z.number().int(),
    year: z.number().int(),
    version: z.number().int(),
    schemeVersion: z.number().int(),
    status: AssessmentStatus,
    computedAt: z.string(),
    computedBy: z.string(),
    publishedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
    notice: Notice.nullable(),
  })
  .meta({ id: 'AssessmentSummary' });

export const AssessmentDetail = AssessmentSummary.extend({
  planId: z.string(),
  criteria: z.array(AssessmentCriterion),
  ranking: z.array(CountyResult),
  objections: z.array(Objection).describe("all of them for the office and leaders; a county officer's own county's"),
  previousVersionId: z.number().int().nullable(),
  publishBlockers: z
    .array(z.enum(['not_on_notice', 'notice_open', 'objections_unanswered']))
    .describe('why it cannot be published now (empty: it can)'),
}).meta({ id: 'AssessmentDetail' });

export const AssessmentList = z.object({ items: z.array(AssessmentSummary) }).meta({ id: 'AssessmentList' });

export const AssessmentListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const AssessmentIdParams = z.object({ id: z.coerce.number().int().positive() });
export const ObjectionParams = AssessmentIdParams.extend({ objectionId: z.coerce.number().int().positive() });

export const ComputeAssessmentBody = z
  .object({
    year: z.number().int().min(2000).max(2100),
    schemeVersion: z.number().int().positive().optional().describe('default: the newest scheme version loaded'),
  })
  .meta({ id: 'ComputeAssessmentBody' });

export const NoticeBody = z
  .object({ days: z.number().int().min(1).max(60).describe('length of the public notice (公示) in days') })
  .meta({ id: 'AssessmentNoticeBody' });

export const ObjectionBody = z
  .object({
    regionCode: z.string().optional().describe("the objecting county; default: the officer's own county"),
    criterionCode: z.string().optional().describe('the criterion objected to; absent: the result as a whole'),
    reason: z.string().trim().min(2).max(2000),
  })
  .meta({ id: 'AssessmentObjectionBody' });

export const AnswerBody = z.object({ answer: z.string().trim().min(2).max(2000) }).meta({ id: 'AssessmentAnswerBody' });

export const DiffQuery = z.object({
  against: z.coerce.number().int().positive().optional().describe('default: the previous version of the same year'),
});

const Side = z.object({
  id: z.number().int(),
  version: z.number().int(),
  schemeVersion: z.number().int(),
  status: AssessmentStatus,
});

export const AssessmentDiff = z
  .object({
    from: Side,
    to: Side,
    schemeChanged: z.boolean(),
    counties: z.array(
      z.object({
        regionCode: z.string(),
        name: LocalizedName,
        totalBefore: z.number().nullable(),
        totalAfter: z.number().nullable(),
        totalChange: z.number().nullable(),
        rankBefore: z.number().int().nullable(),
        rankAfter: z.number().int().nullable(),
        rankChange: z.number().int().nullable().describe('positive: moved up'),
        criteria: z.array(
          z.object({
            criterionCode: z.string(),
            actualBefore: z.number().nullable(),
            actualAfter: z.number().nullable(),
            actualChange: z.number().nullable(),
            pointsBefore: z.number().nullable(),
            pointsAfter: z.number().nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'AssessmentDiff' });

export type AssessmentDetail = z.infer<typeof AssessmentDetail>;
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;
export type AssessmentDiff = z.infer<typeof AssessmentDiff>;
export type AssessmentCriterion = z.infer<typeof AssessmentCriterion>;
export type CountyResult = z.infer<typeof CountyResult>;

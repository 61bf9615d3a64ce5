import { z } from 'zod';
import { LocalizedName } from '../plan/plan.schema.js';

export const SeiShareVersion = z
  .object({
    industryCode: z.string(),
    share: z.number(),
    validFrom: z.string().describe("first month it applies, 'YYYY-MM' ('1900-01': from the start)"),
    validTo: z.string().nullable().describe('first month it no longer applies; null while current'),
    basis: z
      .enum(['import', 'ruling', 'catalogue'])
      .describe('how it was decided: an import, a person, a catalogue match'),
    catalogueEntryCode: z.string().nullable(),
    note: z.string().nullable(),
    decidedBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'SeiShareVersion' });

export const EnterpriseSummary = z
  .object({
    uscc: z.string(),
    name: z.string(),
    regionCode: z.string(),
    regionName: LocalizedName,
    industryCode: z.string().nullable().describe('GB/T 4754'),
    aboveScale: z.boolean(),
    tags: z.array(z.string()),
    seiShares: z
      .array(z.object({ industryCode: z.string(), share: z.number() }))
      .describe('the classification valid now'),
    updatedAt: z.string(),
  })
  .meta({ id: 'EnterpriseSummary' });

export const EnterprisePage = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    items: z.array(EnterpriseSummary),
  })
  .meta({ id: 'EnterprisePage' });

export const EnterpriseListQuery = z.object({
  region: z.string().optional().describe('a county (its zones included) or zone code'),
  industry: z.string().optional().describe('plan industry code: enterprises classified in it now'),
  tag: z.string().optional(),
  aboveScale: z.enum(['true', 'false']).optional(),
  search: z.string().max(100).optional().describe('part of the name, or the start of the credit code'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const ReturnFigures = z
  .object({
    period: z.string().describe("'YYYY-MM', year to date"),
    outputValue: z.number().nullable(),
    salesOutput: z.number().nullable(),
    valueAdded: z.number().nullable(),
    revenue: z.number().nullable(),
    rdExpense: z.number().nullable(),
    taxes: z.number().nullable(),
    employees: z.number().nullable(),
    energyTce: z.number().nullable(),
    landMu: z.number().nullable(),
    revision: z.number().int(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ReturnFigures' });

export const Revision = z
  .object({
    period: z.string(),
    indicator: z.string(),
    oldValue: z.number().nullable(),
    newValue: z.number().nullable(),
    batchId: z.number().int().nullable(),
    revisedBy: z.string(),
    revisedAt: z.string(),
  })
  .meta({ id: 'Revision' });

export const EnterpriseDetail = EnterpriseSummary.extend({
  createdAt: z.string(),
  seiShareHistory: z.array(SeiShareVersion),
  returns: z.array(ReturnFigures).describe('year-to-date returns as filed, newest first'),
  revisions: z.array(Revision).describe('every corrected figure with its old value'),
}).meta({ id: 'EnterpriseDetail' });

export const UsccParams = z.object({ uscc: z.string().length(18, 'a credit code has 18 characters') });

export const UpdateEnterpriseBody = z
  .object({
    name: z.string().min(1).max(200).optional(),
    industryCode: z.string().max(10).nullable().optional(),
    aboveScale: z.boolean().optional(),
    tags: z.array(z.enum(['龙头企业', '专精特新', '高新技术企业'])).optional(),
    classification: z
      .object({
        validFrom: z.string().regex(/^\d{4}-\d{2}$/, "expected a month 'YYYY-MM'"),
        shares: z.array(z.object({ industryCode: z.string(), share: z.number().gt(0).max(1) })),
        note: z.string().max(500).optional(),
        catalogueEntryCode: z.string().optional(),
      })
      .optional()
      .describe("a person's ruling on the SEI classification from a month on (the past keeps its own)"),
  })
  .meta({ id: 'UpdateEnterpriseBody' });

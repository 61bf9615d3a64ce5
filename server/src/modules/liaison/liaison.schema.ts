import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

export const LiaisonMember = z.object({
  body: z.enum(['group', 'office']).describe('group 领导小组 · office 办公室'),
  positionZh: text(40).describe('组长, 副组长, 成员, 办公室主任 …'),
  name: text(60),
  titleZh: text(80),
});

export const IndustryLiaison = z.object({
  industryCode: text(60),
  leaderName: text(60),
  leaderTitleZh: text(80),
  note: z.string().max(500).nullable().optional(),
});

export const LiaisonBody = z
  .object({
    group: z.object({ nameZh: text(120), officeZh: text(120) }).nullable(),
    members: z.array(LiaisonMember).max(100),
    industries: z.array(IndustryLiaison).max(100),
  })
  .meta({ id: 'LiaisonBody' });

export const Liaison = z
  .object({
    group: z.object({ nameZh: z.string(), officeZh: z.string() }).nullable(),
    members: z.array(LiaisonMember),
    industries: z.array(IndustryLiaison.extend({ note: z.string().nullable() })),
    planIndustries: z.array(
      z.object({
        code: z.string(),
        nameZh: z.string(),
        nameEn: z.string(),
        liaison: IndustryLiaison.extend({ note: z.string().nullable() }).nullable(),
      }),
    ),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
  })
  .meta({ id: 'Liaison' });

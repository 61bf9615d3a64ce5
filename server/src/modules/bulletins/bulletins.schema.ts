import { z } from 'zod';

const FigureField = z.enum(['value', 'growth', 'lastYear']);

const Segment = z.union([
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({
    kind: z.literal('figure'),
    figure: z.string().describe('figure id: region|industry|code|period'),
    field: FigureField,
    text: z.string(),
  }),
]);
const Sentence = z.object({ segments: z.array(Segment) }).meta({ id: 'BulletinSentence' });

const ModelFigure = z
  .object({
    id: z.string(),
    region: z.string(),
    industry: z.string(),
    code: z.string(),
    period: z.string(),
    unit: z.enum(['yuan', 'ratio', 'tce', 'persons', 'mu']),
    value: z.number().nullable(),
    lastYear: z.number().nullable(),
    growth: z.number().nullable(),
  })
  .meta({ id: 'BulletinFigure' });

const TableCell = z.object({
  text: z.string(),
  figure: z.object({ id: z.string(), field: FigureField }).optional(),
});

const Liaison = z.object({ leaderName: z.string(), leaderTitleZh: z.string() });

export const BulletinModel = z
  .object({
    title: z.string(),
    period: z.string(),
    periodKind: z.enum(['year', 'quarter', 'month']),
    periodLabel: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    generatedAt: z.string(),
    headline: Sentence,
    overview: z.array(Sentence),
    industries: z.array(
      z.object({ industry: z.string(), nameZh: z.string(), liaison: Liaison.nullable(), sentences: z.array(Sentence) }),
    ),
    counties: z.array(Sentence),
    tables: z.array(z.object({ title: z.string(), columns: z.array(z.string()), rows: z.array(z.array(TableCell)) })),
    charts: z.array(
      z.object({
        title: z.string(),
        unit: z.string(),
        bars: z.array(z.object({ label: z.string(), value: z.number(), figure: z.string(), field: FigureField })),
      }),
    ),
    warnings: z.array(
      z.object({ text: z.string(), status: z.string(), region: z.string(), industry: z.string().nullable() }),
    ),
    assessment: z
      .object({
        published: z
          .object({
            year: z.number().int(),
            version: z.number().int().nullable(),
            rows: z.array(
              z.object({ rank: z.number().int(), regionCode: z.string(), regionName: z.string(), total: z.number() }),
            ),
          })
          .nullable(),
      })
      .nullable(),
    leadingGroup: z.object({ nameZh: z.string(), officeZh: z.string() }).nullable(),
    figures: z.record(z.string(), ModelFigure).describe('every figure the text, tables and charts show, by id'),
  })
  .meta({ id: 'BulletinModel' });

export const BulletinStatus = z.enum(['draft', 'reviewed', 'published']);
export const BulletinFormat = z.enum(['pdf', 'docx', 'xlsx']);

export const BulletinSummary = z
  .object({
    id: z.number().int(),
    period: z.string(),
    periodKind: z.enum(['year', 'quarter', 'month']),
    regionCode: z.string(),
    title: z.string(),
    status: BulletinStatus,
    version: z.number().int(),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    reviewedBy: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    publishedBy: z.string().nullable(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'BulletinSummary' });

export const BulletinDetail = BulletinSummary.extend({
  model: BulletinModel,
  files: z.array(z.object({ format: BulletinFormat, size: z.number().int(), sha256: z.string() })),
  versions: z.array(z.object({ version: z.number().int(), createdBy: z.string(), createdAt: z.string() })),
  lockedPeriods: z.array(z.string()).optional().describe('publish only: the periods this publication locked'),
}).meta({ id: 'BulletinDetail' });

export const BulletinList = z.object({ items: z.array(BulletinSummary) }).meta({ id: 'BulletinList' });
export const BulletinListQuery = z.object({ status: BulletinStatus.optional() });
export const CreateBulletinBody = z
  .object({ period: z.string().min(4).describe('2013 (year), 2013Q2 (quarter) or 2013-06 (month)') })
  .meta({ id: 'CreateBulletinBody' });
export const BulletinFileParams = z.object({ id: z.coerce.number().int().positive(), format: BulletinFormat });

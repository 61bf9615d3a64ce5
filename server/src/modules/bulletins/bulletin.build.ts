import type { Period } from '../statistics/period.js';
import {
  formatField,
  industryTitle,
  periodLabel,
  type BulletinModel,
  type FigureField,
  type ModelAssessment,
  type ModelChart,
  type ModelFigure,
  type ModelLiaison,
  type ModelTable,
  type ModelWarning,
  type Segment,
  type Sentence,
  type TableCell,
} from './bulletin.model.js';

/** Everything a bulletin is made of, already read: the builder itself touches no database. */
export interface BulletinInput {
  period: Period;
  periodText: string;
  city: { code: string; nameZh: string };
  counties: { code: string; nameZh: string }[];
  industries: { code: string; nameZh: string }[];
  figures: ModelFigure[];
  liaisons: Map<string, ModelLiaison>;
  warnings: ModelWarning[];
  /** Yearly bulletins: the published assessment or null; undefined for months and quarters. */
  assessment?: ModelAssessment | null | undefined;
  leadingGroup: { nameZh: string; officeZh: string } | null;
  generatedAt: string;
}

/** The codes a bulletin reads, for every region (city and counties) × industry key (`sei` and each industry). */
export const bulletinCodes = [
  'output_value',
  'value_added',
  'revenue',
  'taxes',
  'rd_expense',
  'output_share',
  'value_added_share_of_gdp',
  'rd_intensity',
] as const;

class SentenceBuilder {
  readonly segments: Segment[] = [];
  constructor(private readonly lookup: (region: string, industry: string, code: string) => ModelFigure | undefined) {}

  text(t: string): this {
    const last = this.segments.at(-1);
    if (last?.kind === 'text') last.text += t;
    else this.segments.push({ kind: 'text', text: t });
    return this;
  }

  figure(f: ModelFigure, field: FigureField): this {
    this.segments.push({ kind: 'figure', figure: f.id, field, text: formatField(f, field) });
    return this;
  }

  /** `同比增长12.3%` / `同比下降4.0%` (sums) or `比上年同期提高1.2个百分点` (ratios); nothing without a growth. */
  growth(f: ModelFigure): this {
    if (f.growth === null) return this;
    if (f.unit === 'ratio') {
      this.text(f.growth >= 0 ? '，比上年同期提高' : '，比上年同期下降')
        .figure(f, 'growth')
        .text('个百分点');
    } else {
      this.text(f.growth >= 0 ? '，同比增长' : '，同比下降')
        .figure(f, 'growth')
        .text('%');
    }
    return this;
  }

  /** `实现产值1234.56亿元，同比增长12.3%` for a sum in yuan; false when the figure has no value. */
  amount(region: string, industry: string, code: string, verb: string): boolean {
    const f = this.lookup(region, industry, code);
    if (!f || f.value === null) return false;
    this.text(verb).figure(f, 'value').text('亿元').growth(f);
    return true;
  }

  /** `占…的45.6%` for a ratio; false when the figure has no value. */
  share(region: string, industry: string, code: string, lead: string): boolean {
    const f = this.lookup(region, industry, code);
    if (!f || f.value === null) return false;
    this.text(lead).figure(f, 'value').text('%');
    return true;
  }

  build(): Sentence {
    return { segments: this.segments };
  }
}

/** Builds the model: narrative, tables, charts, warnings, the assessment of a yearly bulletin. */
export function buildBulletinModel(input: BulletinInput): BulletinModel {
  const byKey = new Map<string, ModelFigure>();
  for (const f of input.figures) byKey.set(`${f.region}|${f.industry}|${f.code}`, f);
  const lookup = (region: string, industry: string, code: string) => byKey.get(`${region}|${industry}|${code}`);
  const used = new Map<string, ModelFigure>();
  const track = (s: Sentence) => {
    for (const seg of s.segments) if (seg.kind === 'figure') used.set(seg.figure, figureById(seg.figure));
    return s;
  };
  const all = new Map(input.figures.map((f) => [f.id, f]));
  const figureById = (id: string): ModelFigure => {
    const f = all.get(id);
    if (!f) throw new Error(`bulletin: unknown figure ${id}`);
    return f;
  };
  const city = input.city.code;
  const when = input.period.kind === 'year' ? `${input.period.year}年` : periodLabel(input.period, false);
  const sb = () => new SentenceBuilder(lookup);

  // Headline: output of the SEI, its growth and its share of above-size industrial output.
  const head = sb().text(`${when}，全市战略性新兴产业`);
  if (head.amount(city, 'sei', 'output_value', '实现产值')) {
    head.share(city, 'sei', 'output_share', '，占规模以上工业总产值的');
  } else {
    head.text('产值暂无数据');
  }
  const headline = track(head.text('。').build());

  const overview: Sentence[] = [];
  const va = sb().text('全市战略性新兴产业');
  if (va.amount(city, 'sei', 'value_added', '实现增加值')) {
    va.share(city, 'sei', 'value_added_share_of_gdp', '，相当于地区生产总值的');
    overview.push(track(va.text('。').build()));
  }
  const rev = sb().text('战略性新兴产业企业');
  if (rev.amount(city, 'sei', 'revenue', '实现营业收入')) {
    rev.amount(city, 'sei', 'taxes', '；实现税金');
    overview.push(track(rev.text('。').build()));
  }
  const rd = sb().text('研究开发费用');
  if (rd.amount(city, 'sei', 'rd_expense', '投入')) {
    rd.share(city, 'sei', 'rd_intensity', '，占营业收入的');
    overview.push(track(rd.text('。').build()));
  }

  const industries = input.industries.map((ind) => {
    const s = sb().text(industryTitle(ind.nameZh));
    const sentences: Sentence[] = [];
    if (s.amount(city, ind.code, 'output_value', '实现产值')) {
      s.share(city, ind.code, 'output_share', '，占规模以上工业总产值的');
      s.amount(city, ind.code, 'value_added', '；实现增加值');
      sentences.push(track(s.text('。').build()));
    } else {
      sentences.push(track(s.text('本期暂无数据。').build()));
    }
    const r = sb().text('研究开发费用');
    if (r.share(city, ind.code, 'rd_intensity', '占营业收入的')) sentences.push(track(r.text('。').build()));
    return { industry: ind.code, nameZh: ind.nameZh, liaison: input.liaisons.get(ind.code) ?? null, sentences };
  });

  // Counties: the fastest and the slowest growth of SEI output, named with their figures.
  const counties: Sentence[] = [];
  const ranked = input.counties
    .map((c) => ({ c, f: lookup(c.code, 'sei', 'output_value') }))
    .filter((x): x is { c: { code: string; nameZh: string }; f: ModelFigure } => !!x.f && x.f.growth !== null)
    .sort((a, b) => (b.f.growth ?? 0) - (a.f.growth ?? 0));
  const fastest = ranked[0];
  const slowest = ranked.at(-1);
  if (fastest && slowest && ranked.length > 1) {
    const s = sb().text(`分县（市、区）看，战略性新兴产业产值增速最快的是${fastest.c.nameZh}`);
    s.text('（')
      .text((fastest.f.growth ?? 0) >= 0 ? '增长' : '下降')
      .figure(fastest.f, 'growth')
      .text('%）');
    s.text(`，最慢的是${slowest.c.nameZh}`);
    s.text('（')
      .text((slowest.f.growth ?? 0) >= 0 ? '增长' : '下降')
      .figure(slowest.f, 'growth')
      .text('%）。');
    counties.push(track(s.build()));
  }

  const cell = (region: string, industry: string, code: string, field: FigureField): TableCell => {
    const f = lookup(region, industry, code);
    if (!f) return { text: '—' };
    used.set(f.id, f);
    // Tables carry the sign: a fall is a negative growth.
    const text = field === 'growth' && f.growth !== null ? (f.growth * 100).toFixed(1) : formatField(f, field);
    return { text, figure: { id: f.id, field } };
  };
  const columns = ['产值(亿元)', '同比增长(%)', '增加值(亿元)', '同比增长(%)', '占规上工业比重(%)', '研发强度(%)'];
  const row = (region: string, industry: string): TableCell[] => [
    cell(region, industry, 'output_value', 'value'),
    cell(region, industry, 'output_value', 'growth'),
    cell(region, industry, 'value_added', 'value'),
    cell(region, industry, 'value_added', 'growth'),
    cell(region, industry, 'output_share', 'value'),
    cell(region, industry, 'rd_intensity', 'value'),
  ];
  const tables: ModelTable[] = [
    {
      title: '表1　全市战略性新兴产业分产业主要指标',
      columns: ['产业', ...columns],
      rows: [
        [{ text: '合计' }, ...row(city, 'sei')],
        ...input.industries.map((ind) => [{ text: ind.nameZh }, ...row(city, ind.code)]),
      ],
    },
    {
      title: '表2　分县（市、区）战略性新兴产业主要指标',
      columns: ['县（市、区）', ...columns],
      rows: [
        [{ text: input.city.nameZh }, ...row(city, 'sei')],
        ...input.counties.map((c) => [{ text: c.nameZh }, ...row(c.code, 'sei')]),
      ],
    },
  ];

  const chartOf = (
    title: string,
    unit: string,
    items: { label: string; f: ModelFigure | undefined }[],
    field: FigureField,
  ) => {
    const bars: ModelChart['bars'] = [];
    for (const { label, f } of items) {
      const v = f?.[field];
      if (!f || v === null || v === undefined) continue;
      used.set(f.id, f);
      bars.push({ label, value: field === 'growth' || f.unit === 'ratio' ? v * 100 : v / 1e8, figure: f.id, field });
    }
    return { title, unit, bars };
  };
  const charts: ModelChart[] = [
    chartOf(
      '图1　分产业产值',
      '亿元',
      input.industries.map((i) => ({ label: i.nameZh, f: lookup(city, i.code, 'output_value') })),
      'value',
    ),
    chartOf(
      '图2　分县（市、区）战略性新兴产业产值增速',
      '%',
      input.counties.map((c) => ({ label: c.nameZh, f: lookup(c.code, 'sei', 'output_value') })),
      'growth',
    ),
  ];

  return {
    title: `${input.city.nameZh}战略性新兴产业发展情况通报（${periodLabel(input.period)}）`,
    period: input.periodText,
    periodKind: input.period.kind,
    periodLabel: periodLabel(input.period),
    regionCode: city,
    regionName: input.city.nameZh,
    generatedAt: input.generatedAt,
    headline,
    overview,
    industries,
    counties,
    tables,
    charts,
    warnings: input.warnings,
    assessment: input.period.kind === 'year' ? { published: input.assessment ?? null } : null,
    leadingGroup: input.leadingGroup,
    figures: Object.fromEntries([...used.entries()].sort(([a], [b]) => a.localeCompare(b))),
  };
}

import type { Db } from '../../db/database.js';
import { findActivePlan } from '../plan/plan.repository.js';

/**
 * Open data (R14.3): only what published bulletins published. Figures come from `published_figure` (snapshotted at
 * publication) joined to bulletins whose status is `published`; live figures and drafts are never read here.
 */

export type Lang = 'zh' | 'en';
interface Label {
  zh: string;
  en: string;
}

/** Indicator labels and units; `<code>.growth` is the comparable growth of a sum, or the change in points of a ratio. */
const indicatorLabels: Record<string, Label & { unit: Label; decimals: number }> = {
  output_value: { zh: '工业总产值', en: 'Output value', unit: { zh: '元', en: 'yuan' }, decimals: 0 },
  sales_output: { zh: '工业销售产值', en: 'Sales output', unit: { zh: '元', en: 'yuan' }, decimals: 0 },
  value_added: { zh: '工业增加值', en: 'Value added', unit: { zh: '元', en: 'yuan' }, decimals: 0 },
  revenue: { zh: '营业收入', en: 'Revenue', unit: { zh: '元', en: 'yuan' }, decimals: 0 },
  taxes: { zh: '税金总额', en: 'Taxes', unit: { zh: '元', en: 'yuan' }, decimals: 0 },
  rd_expense: { zh: '研究开发费用', en: 'R&D expense', unit: { zh: '元', en: 'yuan' }, decimals: 0 },
  employees: { zh: '从业人员平均人数', en: 'Employees', unit: { zh: '人', en: 'persons' }, decimals: 0 },
  energy_tce: { zh: '综合能源消费量', en: 'Energy use', unit: { zh: '吨标准煤', en: 'tce' }, decimals: 0 },
  land_mu: { zh: '用地面积', en: 'Land', unit: { zh: '亩', en: 'mu' }, decimals: 0 },
  output_share: {
    zh: '占规模以上工业总产值比重',
    en: 'Share of above-size industrial output',
    unit: { zh: '比率', en: 'ratio' },
    decimals: 4,
  },
  value_added_share_of_gdp: {
    zh: '增加值占地区生产总值比重',
    en: 'Value added as a share of GDP',
    unit: { zh: '比率', en: 'ratio' },
    decimals: 4,
  },
  rd_intensity: {
    zh: '研发费用占营业收入比重',
    en: 'R&D expense as a share of revenue',
    unit: { zh: '比率', en: 'ratio' },
    decimals: 4,
  },
};

function indicatorLabel(id: string) {
  const [code = id, part] = id.split('.');
  const base = indicatorLabels[code] ?? { zh: code, en: code, unit: { zh: '', en: '' }, decimals: 2 };
  if (part !== 'growth') return base;
  const ratio = base.unit.en === 'ratio';
  return {
    zh: ratio ? `${base.zh}比上年同期变化` : `${base.zh}同比增长（同口径）`,
    en: ratio ? `${base.en}, change on a year earlier` : `${base.en}, comparable growth on a year earlier`,
    unit: { zh: '比率', en: 'ratio' },
    decimals: 4,
  };
}

export interface OpenObservation {
  region: string;
  industry: string;
  indicator: string;
  period: string;
  value: number | null;
  bulletinId: number;
}

/** Published figures: the newest publication of each (region, industry, code, period) wins. */
export async function publishedObservations(db: Db): Promise<OpenObservation[]> {
  const rows = await db
    .selectFrom('publishedFigure as f')
    .innerJoin('bulletin as b', 'b.id', 'f.bulletinId')
    .select([
      'f.bulletinId',
      'f.regionCode',
      'f.industry',
      'f.code',
      'f.period',
      'f.value',
      'f.growth',
      'b.publishedAt',
    ])
    .where('b.status', '=', 'published')
    .orderBy('b.publishedAt')
    .orderBy('b.id')
    .execute();
  const latest = new Map<string, OpenObservation>();
  for (const r of rows) {
    const base = { region: r.regionCode, industry: r.industry, period: r.period, bulletinId: r.bulletinId };
    latest.set(`${r.regionCode}|${r.industry}|${r.code}|${r.period}`, { ...base, indicator: r.code, value: r.value });
    latest.set(`${r.regionCode}|${r.industry}|${r.code}.growth|${r.period}`, {
      ...base,
      indicator: `${r.code}.growth`,
      value: r.growth,
    });
  }
  return [...latest.values()];
}

async function labels(db: Db) {
  const regions = await db.selectFrom('region').select(['code', 'nameZh', 'nameEn', 'sortOrder']).execute();
  const plan = await findActivePlan(db);
  const industries = plan
    ? await db
        .selectFrom('industry')
        .select(['code', 'nameZh', 'nameEn', 'sortOrder'])
        .where('planId', '=', plan.id)
        .execute()
    : [];
  const region = new Map(regions.map((r) => [r.code, { zh: r.nameZh, en: r.nameEn, order: r.sortOrder }]));
  const industry = new Map<string, Label & { order: number }>([
    ['sei', { zh: '战略性新兴产业合计', en: 'All strategic emerging industries', order: -2 }],
    ['all', { zh: '规模以上工业', en: 'All above-size industry', order: -1 }],
    ...industries.map((i) => [i.code, { zh: i.nameZh, en: i.nameEn, order: i.sortOrder }] as const),
  ]);
  return { region, industry };
}

const indicatorOrder = Object.keys(indicatorLabels);
function sortIndicators(a: string, b: string) {
  const [ca = a, pa = ''] = a.split('.');
  const [cb = b, pb = ''] = b.split('.');
  return indicatorOrder.indexOf(ca) - indicatorOrder.indexOf(cb) || pa.localeCompare(pb);
}

/** The published figures as a JSON-stat 2.0 dataset: region × industry × indicator × period. */
export async function jsonStatDataset(db: Db, lang: Lang) {
  const observations = await publishedObservations(db);
  const { region, industry } = await labels(db);
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const uniq = (f: (o: OpenObservation) => string) => [...new Set(observations.map(f))];
  const regions = uniq((o) => o.region).sort(
    (a, b) => (region.get(a)?.order ?? 999) - (region.get(b)?.order ?? 999) || a.localeCompare(b),
  );
  const industries = uniq((o) => o.industry).sort(
    (a, b) => (industry.get(a)?.order ?? 999) - (industry.get(b)?.order ?? 999) || a.localeCompare(b),
  );
  const indicators = uniq((o) => o.indicator).sort(sortIndicators);
  const periods = uniq((o) => o.period).sort();
  const size = [regions.length, industries.length, indicators.length, periods.length];
  const index = (list: string[]) => Object.fromEntries(list.map((c, i) => [c, i]));
  const ri = index(regions);
  const ii = index(industries);
  const ki = index(indicators);
  const pi = index(periods);
  const value: (number | null)[] = new Array<number | null>(size.reduce((a, b) => a * b, 1)).fill(null);
  // Row-major over id: the last dimension (period) varies fastest, as JSON-stat 2.0 orders `value`.
  for (const o of observations) {
    const r = ri[o.region] ?? 0;
    const i = ii[o.industry] ?? 0;
    const k = ki[o.indicator] ?? 0;
    const p = pi[o.period] ?? 0;
    value[((r * industries.length + i) * indicators.length + k) * periods.length + p] = o.value;
  }
  const named = (list: string[], map: Map<string, Label>) => ({
    index: index(list),
    label: Object.fromEntries(list.map((c) => [c, map.get(c)?.[lang] ?? c])),
  });
  const otherLabels = (list: string[], map: Map<string, Label>) =>
    Object.fromEntries(list.map((c) => [c, map.get(c)?.[other] ?? c]));
  const indicatorMap = new Map(indicators.map((k) => [k, indicatorLabel(k)]));
  const t = lang === 'zh';
  return {
    version: '2.0',
    class: 'dataset',
    label: t ? '战略性新兴产业已发布指标' : 'Strategic emerging industries: published figures',
    source: t ? '已发布的发展情况通报' : 'published bulletins',
    updated: new Date().toISOString().slice(0, 10),
    note: [
      t
        ? '仅含已发布通报中的数据（发布时的快照）。数值为年初至报告期末累计；货币单位为元。'
        : 'Only figures of published bulletins, as published. Values are year to date; money in yuan.',
    ],
    id: ['region', 'industry', 'indicator', 'period'],
    size,
    role: { geo: ['region'], time: ['period'], metric: ['indicator'] },
    dimension: {
      region: {
        label: t ? '地区' : 'Region',
        category: named(regions, region),
        extension: { label: t ? 'Region' : '地区', categoryLabel: otherLabels(regions, region) },
      },
      industry: {
        label: t ? '产业' : 'Industry',
        category: named(industries, industry),
        extension: { label: t ? 'Industry' : '产业', categoryLabel: otherLabels(industries, industry) },
      },
      indicator: {
        label: t ? '指标' : 'Indicator',
        category: {
          ...named(indicators, indicatorMap),
          unit: Object.fromEntries(
            indicators.map((k) => {
              const l = indicatorLabel(k);
              return [k, { label: l.unit[lang], decimals: l.decimals }];
            }),
          ),
        },
        extension: {
          label: t ? 'Indicator' : '指标',
          categoryLabel: otherLabels(indicators, indicatorMap),
          unitLabel: Object.fromEntries(indicators.map((k) => [k, indicatorLabel(k).unit[other]])),
        },
      },
      period: {
        label: t ? '报告期' : 'Period',
        category: { index: index(periods), label: Object.fromEntries(periods.map((p) => [p, p])) },
      },
    },
    value,
  };
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The same figures as CSV (UTF-8 with BOM so that Excel reads the Chinese), one observation a line. */
export async function indicatorsCsv(db: Db): Promise<string> {
  const observations = await publishedObservations(db);
  const { region, industry } = await labels(db);
  const header = [
    'region',
    'region_zh',
    'region_en',
    'industry',
    'industry_zh',
    'industry_en',
    'indicator',
    'indicator_zh',
    'indicator_en',
    'unit',
    'period',
    'value',
    'bulletin_id',
  ];
  const lines = observations
    .sort(
      (a, b) =>
        a.period.localeCompare(b.period) ||
        a.region.localeCompare(b.region) ||
        a.industry.localeCompare(b.industry) ||
        sortIndicators(a.indicator, b.indicator),
    )
    .map((o) => {
      const l = indicatorLabel(o.indicator);
      return [
        o.region,
        region.get(o.region)?.zh ?? '',
        region.get(o.region)?.en ?? '',
        o.industry,
        industry.get(o.industry)?.zh ?? '',
        industry.get(o.industry)?.en ?? '',
        o.indicator,
        l.zh,
        l.en,
        l.unit.en,
        o.period,
        o.value,
        o.bulletinId,
      ]
        .map(csvCell)
        .join(',');
    });
  return `\uFEFF${[header.join(','), ...lines].join('\n')}\n`;
}

/** Published bulletins for the index. */
export async function publishedBulletins(db: Db) {
  const rows = await db
    .selectFrom('bulletin')
    .select(['id', 'title', 'period', 'periodKind', 'currentVersion', 'publishedAt'])
    .where('status', '=', 'published')
    .orderBy('period', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    period: r.period,
    periodKind: r.periodKind,
    version: r.currentVersion,
    publishedAt: r.publishedAt ?? '',
    files: {
      pdf: `/open/v1/bulletins/${r.id}/pdf`,
      docx: `/open/v1/bulletins/${r.id}/docx`,
      xlsx: `/open/v1/bulletins/${r.id}/xlsx`,
    },
  }));
}

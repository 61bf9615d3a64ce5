import type { ActualSource } from './criteria.js';

/**
 * The "why" of a score, in words (Chinese first, English beside): the actual, where it came from, and how the rule
 * turned it into points. Built when a run is read, from the stored actual and its source, so it always describes
 * exactly the frozen numbers.
 */

export interface WhyInput {
  criterion: { name: { zh: string; en: string }; weight: number; floor: number; target: number };
  actual: number | null;
  points: number;
  source: ActualSource;
  /** Names of the industries the source names (plan industry codes → names). */
  industryName: (code: string) => { zh: string; en: string };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const pts = (x: number) => x.toFixed(2);

/** Yuan as 亿元 (≥ 1亿) or 万元, two decimals. */
function yuanZh(x: number): string {
  return Math.abs(x) >= 1e8 ? `${(x / 1e8).toFixed(2)}亿元` : `${(x / 1e4).toFixed(2)}万元`;
}
function yuanEn(x: number): string {
  return Math.abs(x) >= 1e8 ? `CNY ${(x / 1e8).toFixed(2)} yi (100 m)` : `CNY ${(x / 1e4).toFixed(2)} wan (10 k)`;
}

export function explainScore(input: WhyInput): { zh: string; en: string } {
  const { criterion, actual, points, source } = input;
  const industriesZh = source.industries
    .map((c) => (c === 'sei' ? '战略性新兴产业' : input.industryName(c).zh))
    .join('、');
  const industriesEn = source.industries.map((c) => (c === 'sei' ? 'all SEI' : input.industryName(c).en)).join(', ');
  const rule = {
    zh: `得${pts(points)}分（权重${criterion.weight}，下限${pct(criterion.floor)}，目标${pct(criterion.target)}）`,
    en: `${pts(points)} points (weight ${criterion.weight}, floor ${pct(criterion.floor)}, target ${pct(criterion.target)})`,
  };
  const figureZh: Record<string, string> = {
    output_value: '工业总产值',
    value_added: '工业增加值',
    output_share: '产值占规上工业总产值比重',
    rd_intensity: '研发经费占销售收入比重',
  };
  const from = {
    zh: `数据来源：${source.period}年统计数字·${source.figure ? (figureZh[source.figure] ?? source.figure) : '自定义'}（${industriesZh || '—'}，${source.figure ?? ''}）`,
    en: `source: figure ${source.figure ?? 'custom'} of ${source.period} (${industriesEn || '—'})`,
  };

  if (actual === null) {
    const reason = {
      no_figure: { zh: '没有该项数据', en: 'no data' },
      no_base: { zh: '上年同期没有可比基数，无法计算增长', en: 'no comparable base a year earlier, so no growth' },
      no_focus_industries: { zh: '未确定重点发展产业', en: 'no focus industries stated' },
    }[source.missing ?? 'no_figure'];
    return {
      zh: `${criterion.name.zh}：${reason.zh}，本项记0分。${from.zh}。`,
      en: `${criterion.name.en}: ${reason.en}; 0 points. ${from.en}.`,
    };
  }

  let detail: { zh: string; en: string };
  if (source.measure === 'growth') {
    detail = {
      zh: `同口径增长${pct(actual)}（本期${yuanZh(source.current ?? 0)}，上年同期${yuanZh(source.base ?? 0)}，${source.enterprises}家企业）`,
      en: `comparable growth ${pct(actual)} (now ${yuanEn(source.current ?? 0)}, a year earlier ${yuanEn(source.base ?? 0)}, ${source.enterprises} enterprises)`,
    };
  } else {
    const basis = {
      zh:
        source.basis === 'region_stats' ? '，分母取地区统计' : source.basis === 'returns' ? '，分母取企业报表合计' : '',
      en:
        source.basis === 'region_stats'
          ? '; denominator from region statistics'
          : source.basis === 'returns'
            ? '; denominator: sum of returns'
            : '',
    };
    const last = source.lastYear === null ? null : source.lastYear;
    detail = {
      zh: `${pct(actual)}（${last === null ? '上年无数据' : `上年${pct(last)}`}，${source.enterprises}家企业${basis.zh}）`,
      en: `${pct(actual)} (${last === null ? 'no figure a year earlier' : `a year earlier ${pct(last)}`}, ${source.enterprises} enterprises${basis.en})`,
    };
  }
  return {
    zh: `${criterion.name.zh}：${detail.zh}，${rule.zh}。${from.zh}。`,
    en: `${criterion.name.en}: ${detail.en}; ${rule.en}. ${from.en}.`,
  };
}

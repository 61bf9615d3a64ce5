import type { Period } from '../statistics/period.js';

/**
 * The bulletin model (发展情况通报): what every format renders. Every number in the text is a segment that refers to a
 * figure by id (region|industry|code|period) and names the field it shows, so a sentence can be traced to the
 * Figure (region, industry, code, period) it came from; `figures` holds those figures as they were at generation.
 */

export type FigureField = 'value' | 'growth' | 'lastYear';

export interface ModelFigure {
  id: string;
  region: string;
  industry: string;
  code: string;
  period: string;
  unit: 'yuan' | 'ratio' | 'tce' | 'persons' | 'mu';
  value: number | null;
  lastYear: number | null;
  growth: number | null;
}

export type Segment =
  { kind: 'text'; text: string } | { kind: 'figure'; figure: string; field: FigureField; text: string };

export interface Sentence {
  segments: Segment[];
}

export interface TableCell {
  text: string;
  /** The figure this cell shows, when it shows one. */
  figure?: { id: string; field: FigureField } | undefined;
}

export interface ModelTable {
  title: string;
  columns: string[];
  rows: TableCell[][];
}

export interface ModelChart {
  title: string;
  unit: string;
  bars: { label: string; value: number; figure: string; field: FigureField }[];
}

export interface ModelLiaison {
  leaderName: string;
  leaderTitleZh: string;
}

export interface IndustrySection {
  industry: string;
  nameZh: string;
  /** The city leader who liaises this industry (联系市领导); null when none is named. */
  liaison: ModelLiaison | null;
  sentences: Sentence[];
}

export interface ModelWarning {
  text: string;
  status: string;
  region: string;
  industry: string | null;
}

export interface ModelAssessment {
  year: number;
  version: number | null;
  rows: { rank: number; regionCode: string; regionName: string; total: number }[];
}

export interface BulletinModel {
  title: string;
  period: string;
  periodKind: Period['kind'];
  /** `2013年1—6月`, `2013年`. */
  periodLabel: string;
  regionCode: string;
  regionName: string;
  generatedAt: string;
  /** The opening sentence (the headline a reader and `pdftotext` look for). */
  headline: Sentence;
  overview: Sentence[];
  industries: IndustrySection[];
  counties: Sentence[];
  tables: ModelTable[];
  charts: ModelChart[];
  warnings: ModelWarning[];
  /** Yearly bulletins only: the published assessment, or `null` inside when none is published. */
  assessment: { published: ModelAssessment | null } | null;
  /** The leading group and its office, named in the closing lines. */
  leadingGroup: { nameZh: string; officeZh: string } | null;
  figures: Record<string, ModelFigure>;
}

export function figureId(f: { region: string; industry: string; code: string; period: string }): string {
  return `${f.region}|${f.industry}|${f.code}|${f.period}`;
}

/** The plain text of a sentence. */
export function sentenceText(s: Sentence): string {
  return s.segments.map((x) => x.text).join('');
}

/** The figure ids a sentence refers to, in order. */
export function sentenceFigures(s: Sentence): string[] {
  return s.segments.flatMap((x) => (x.kind === 'figure' ? [x.figure] : []));
}

// Number formats of a statistics office: 亿元 with two decimals, growth and shares in per cent with one.
export function formatYi(yuan: number): string {
  return (yuan / 1e8).toFixed(2);
}
export function formatPercent(ratio: number): string {
  return (Math.abs(ratio) * 100).toFixed(1);
}
export function formatPercentSigned(ratio: number): string {
  return (ratio * 100).toFixed(1);
}

/** The display text of one field of a figure, without its unit word. */
export function formatField(f: ModelFigure, field: FigureField): string {
  const v = f[field];
  if (v === null) return '—';
  if (field === 'growth') return formatPercent(v);
  if (f.unit === 'yuan') return formatYi(v);
  if (f.unit === 'ratio') return formatPercentSigned(v);
  return Math.round(v).toLocaleString('zh-CN');
}

/** `2013年1—6月`, `2013年1月`, `2013年`. */
export function periodLabel(p: Period, withYear = true): string {
  const y = withYear ? `${p.year}年` : '';
  if (p.kind === 'year') return `${p.year}年`;
  const last = p.kind === 'month' ? p.month : p.quarter * 3;
  return last === 1 ? `${y}1月` : `${y}1—${last}月`;
}

/** `新能源产业`, but `物联网及相关产业` stays as it is. */
export function industryTitle(nameZh: string): string {
  return nameZh.endsWith('产业') ? nameZh : `${nameZh}产业`;
}

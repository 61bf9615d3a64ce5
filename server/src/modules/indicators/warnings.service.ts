import type { Db } from '../../db/database.js';
import { formatPeriod, periodLabelZh, type Period } from '../statistics/period.js';
import { readRegionTree } from './figures.service.js';
import { activePlanFile, latestYear, progressOf, type ScopedProgressItem } from './progress.service.js';
import { periodOrThrow } from './figures.service.js';
import { cubeMemo } from './memo.js';
import type { ProgressStatus } from './trajectory.js';

/**
 * Early warnings (预警, R3): the targets — for the city, each county and zone, and each industry target — whose
 * status moved to `at_risk` or `off_track` at this period from a better one (or from no data), with the figure that
 * caused it, worst first.
 */

export interface Warning {
  target: string;
  targetName: { zh: string; en: string };
  region: string;
  regionName: { zh: string; en: string };
  industry: string | null;
  status: 'at_risk' | 'off_track';
  previousStatus: ProgressStatus;
  period: string;
  previousPeriod: string;
  actual: number | null;
  trajectory: number | null;
  unit: ScopedProgressItem['unit'];
  /** The figure that caused it, as a sentence a bulletin can print. */
  figure: string;
}

const severity: Record<ProgressStatus, number> = { no_data: 0, met: 0, on_track: 0, at_risk: 1, off_track: 2 };

/**
 * The period before: the previous month or quarter of the year; for January or Q1 (and a year) the year before,
 * the last point whose status was judged.
 */
export function previousPeriodOf(p: Period): Period {
  if (p.kind === 'month' && p.month > 1) return { kind: 'month', year: p.year, month: p.month - 1 };
  if (p.kind === 'quarter' && p.quarter > 1) {
    return { kind: 'quarter', year: p.year, quarter: (p.quarter - 1) as 1 | 2 | 3 };
  }
  return { kind: 'year', year: p.year - 1 };
}

export async function listWarnings(
  db: Db,
  query: { period?: string | undefined },
): Promise<{ period: string; items: Warning[] }> {
  return cubeMemo(db, 'warnings', query, () => computeWarnings(db, query));
}

async function computeWarnings(db: Db, query: { period?: string | undefined }) {
  const plan = await activePlanFile(db);
  const tree = await readRegionTree(db);
  const period = query.period ? periodOrThrow(query.period) : await latestYear(db);
  const previous = previousPeriodOf(period);
  const regions = await db.selectFrom('region').select(['code', 'nameZh', 'nameEn']).orderBy('sortOrder').execute();
  const items: Warning[] = [];
  const readAlso = regions.map((r) => r.code);
  for (const region of regions) {
    const now = await progressOf(db, plan, plan.targets, { region: region.code, period, city: tree.city, readAlso });
    const before = await progressOf(db, plan, plan.targets, {
      region: region.code,
      period: previous,
      city: tree.city,
      readAlso,
    });
    now.forEach((item, i) => {
      const was = before[i]?.status ?? 'no_data';
      if (item.status !== 'at_risk' && item.status !== 'off_track') return;
      if (severity[item.status] <= severity[was] && was !== 'no_data') return;
      items.push({
        target: item.target,
        targetName: item.name,
        region: region.code,
        regionName: { zh: region.nameZh, en: region.nameEn },
        industry: item.scope.industry,
        status: item.status,
        previousStatus: was,
        period: formatPeriod(period),
        previousPeriod: formatPeriod(previous),
        actual: item.actual,
        trajectory: item.trajectory,
        unit: item.unit,
        figure: warningSentence(region.nameZh, item, period),
      });
    });
  }
  items.sort((a, b) => severity[b.status] - severity[a.status] || a.region.localeCompare(b.region));
  return { period: formatPeriod(period), items };
}

/** Status words as the office prints them (pages have their own in web/src/i18n). */
export const statusZh: Record<ProgressStatus, string> = {
  no_data: '无数据',
  met: '已达成',
  on_track: '符合进度',
  at_risk: '有风险',
  off_track: '滞后',
};

/** 亿元 with two decimals, or a percentage with one; the unit always printed. */
export function formatValueZh(value: number | null, unit: ScopedProgressItem['unit']): string {
  if (value === null) return '—';
  return unit === 'ratio' ? `${(value * 100).toFixed(1)}%` : `${(value / 1e8).toFixed(2)}亿元`;
}

/** e.g. 南湖区 2013年1—6月 战略性新兴产业产值同比增长18.2%，低于进度要求的24.6%，由符合进度转为有风险。 */
export function warningSentence(regionZh: string, item: ScopedProgressItem, period: Period): string {
  const label = periodLabelZh(period, { yearToDate: true });
  const name = item.name.zh;
  const moved = `状态为${statusZh[item.status]}`;
  if (item.yearToDate && item.yearToDate.change !== null && item.yearToDate.required !== null) {
    const points = item.yearToDate.measure === 'points';
    const fmt = (v: number) => (points ? `${(v * 100).toFixed(2)}个百分点` : `${(v * 100).toFixed(1)}%`);
    const verb = points ? '同比提高' : '同比增长';
    return `${regionZh}${label}“${name}”：${verb}${fmt(item.yearToDate.change)}，低于进度要求的${fmt(item.yearToDate.required)}，${moved}。`;
  }
  return `${regionZh}${label}“${name}”：实际${formatValueZh(item.actual, item.unit)}，进度要求${formatValueZh(item.trajectory, item.unit)}，${moved}。`;
}

import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { systemContext, type RequestContext } from '../auth/actor.js';
import { flagOf, funnel, investmentProgress, monthEnd, overdue, rates, type MeasureProject } from './measures.js';
import { defaultMonth, loadProjects } from './projects.service.js';

type Q = Kysely<Database>;

export interface GroupMeasures {
  listed: number;
  started: number;
  producing: number;
  startRate: number | null;
  productionRate: number | null;
  investmentPlanned: number;
  investmentExpected: number;
  investmentCompleted: number;
  /** completed / time-proportional plan (时序进度); null when nothing is expected yet. */
  investmentProgress: number | null;
  red: number;
  yellow: number;
  shouldHaveStarted: number;
  shouldHaveCompleted: number;
}

/** The measures of a group of projects of list `year` at the end of `month` (only projects listed by then count). */
export function groupMeasures(projects: readonly MeasureProject[], year: number, month: number): GroupMeasures {
  const asOf = monthEnd(year, month);
  const r = rates(projects, year, month);
  const listed = projects.filter((p) => p.listYear === year && p.listedOn <= asOf);
  let planned = 0;
  let expected = 0;
  let completed = 0;
  let red = 0;
  let yellow = 0;
  let shouldHaveStarted = 0;
  let shouldHaveCompleted = 0;
  for (const p of listed) {
    const inv = investmentProgress(p, year, month);
    planned += inv.planned;
    expected += inv.expected;
    completed += inv.completed;
    const flag = flagOf(p, year, month).level;
    if (flag === 'red') red += 1;
    if (flag === 'yellow') yellow += 1;
    if (overdue(p, p.plannedStart, 'started', asOf)) shouldHaveStarted += 1;
    if (overdue(p, p.plannedCompletion, 'completed', asOf)) shouldHaveCompleted += 1;
  }
  return {
    ...r,
    investmentPlanned: planned,
    investmentExpected: expected,
    investmentCompleted: completed,
    investmentProgress: expected > 0 ? completed / expected : null,
    red,
    yellow,
    shouldHaveStarted,
    shouldHaveCompleted,
  };
}

function grouped<E extends object>(
  loaded: Awaited<ReturnType<typeof loadProjects>>,
  key: (p: MeasureProject) => string,
  year: number,
  month: number,
  extra: (k: string) => E,
): ({ key: string } & E & GroupMeasures)[] {
  const groups = new Map<string, MeasureProject[]>();
  for (const { measure } of loaded) groups.set(key(measure), [...(groups.get(key(measure)) ?? []), measure]);
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, list]) => ({ key: k, ...extra(k), ...groupMeasures(list, year, month) }));
}

/** Every measure of a list year for the project pages, within the caller's scope. */
export async function getMeasures(db: Q, ctx: RequestContext, year: number, monthArg?: number) {
  const month = monthArg ?? defaultMonth(year);
  const loaded = await loadProjects(db, ctx, { year });
  const measures = loaded.map((p) => p.measure);
  const regionNames = new Map(loaded.map((p) => [p.row.regionCode, { zh: p.row.regionZh, en: p.row.regionEn }]));
  const industries = await db.selectFrom('industry').select(['code', 'nameZh', 'nameEn']).execute();
  const industryNames = new Map(industries.map((i) => [i.code, { zh: i.nameZh, en: i.nameEn }]));
  const years = await db.selectFrom('project').select('listYear').distinct().orderBy('listYear').execute();
  return {
    year,
    month,
    asOf: monthEnd(year, month),
    total: groupMeasures(measures, year, month),
    byCounty: grouped(
      loaded,
      (p) => p.regionCode,
      year,
      month,
      (k) => ({
        name: regionNames.get(k) ?? { zh: k, en: k },
      }),
    ),
    byIndustry: grouped(
      loaded,
      (p) => p.industryCode,
      year,
      month,
      (k) => ({
        name: industryNames.get(k) ?? { zh: k, en: k },
      }),
    ),
    funnel: funnel(measures, year, month),
    years: years.map((y) => y.listYear),
  };
}

export interface CountyProjectMeasures {
  regionCode: string;
  listed: number;
  started: number;
  producing: number;
  startRate: number | null;
  productionRate: number | null;
  /** Planned investment of the year, yuan. */
  investmentPlanned: number;
  /** Completed from January to the month, yuan. */
  investmentCompleted: number;
  /** completed / the time-proportional plan at the month (at December: the whole year's plan). */
  investmentProgress: number | null;
}

/**
 * For the county assessment: per county, the `year` list's start and production rates and investment against its
 * time-proportional plan at the end of `month` (default December). Every county with a project on the list appears;
 * computed as the plan office sees it (no caller scope).
 */
export async function projectMeasuresByCounty(db: Q, year: number, month = 12): Promise<CountyProjectMeasures[]> {
  const loaded = await loadProjects(db, systemContext('serve'), { year });
  return grouped(
    loaded,
    (p) => p.regionCode,
    year,
    month,
    () => ({}),
  ).map((g) => ({
    regionCode: g.key,
    listed: g.listed,
    started: g.started,
    producing: g.producing,
    startRate: g.startRate,
    productionRate: g.productionRate,
    investmentPlanned: g.investmentPlanned,
    investmentCompleted: g.investmentCompleted,
    investmentProgress: g.investmentProgress,
  }));
}

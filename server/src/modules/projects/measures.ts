/**
 * The measures of the major-project list, as pure functions over plain data (no database): stage history, start and
 * production rates, the time-proportional investment plan (时序进度), overdue projects, red flags and yellow cards,
 * and the sign → start → production funnel. The definitions are written out in docs/projects.md; the tests beside
 * this file compute every case by hand.
 */

/** The stages of a project, in order: 储备 → 签约 → 开工 → 竣工 → 投产. */
export const stages = ['reserve', 'signed', 'started', 'completed', 'producing'] as const;
export type Stage = (typeof stages)[number];

export function stageRank(stage: Stage): number {
  return stages.indexOf(stage);
}

export function isStage(text: string): text is Stage {
  return (stages as readonly string[]).includes(text);
}

/** A recorded stage event: events are only ever added, never edited. */
export interface StageEvent {
  /** Order of recording (the database id): a later record of the same stage corrects the earlier one's date. */
  id: number;
  stage: Stage;
  /** The day the stage was reached, 'YYYY-MM-DD'. */
  occurredOn: string;
}

/** The date each stage was reached: for each stage the most recently recorded event gives its date. */
export function stageDates(events: readonly StageEvent[]): Partial<Record<Stage, string>> {
  const latest = new Map<Stage, StageEvent>();
  for (const e of events) {
    const seen = latest.get(e.stage);
    if (!seen || e.id > seen.id) latest.set(e.stage, e);
  }
  const dates: Partial<Record<Stage, string>> = {};
  for (const [stage, e] of latest) dates[stage] = e.occurredOn;
  return dates;
}

/**
 * The stage a project is in on `asOf` (default: now, i.e. every event): the highest stage reached on or before that
 * day. A later stage implies the earlier ones (a project that produces has started), so stages are never "lost".
 */
export function currentStage(dates: Partial<Record<Stage, string>>, asOf?: string): Stage {
  let current: Stage = 'reserve';
  for (const stage of stages) {
    const date = dates[stage];
    if (date !== undefined && (asOf === undefined || date <= asOf) && stageRank(stage) > stageRank(current)) {
      current = stage;
    }
  }
  return current;
}

/** Whether the project had reached `stage` (or a later one) on `asOf`. */
export function reachedBy(dates: Partial<Record<Stage, string>>, stage: Stage, asOf: string): boolean {
  return stageRank(currentStage(dates, asOf)) >= stageRank(stage);
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

/** The last day of a month, 'YYYY-MM-DD'. */
export function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The same day `months` later; a day that the target month lacks becomes its last day (01-31 + 1 → 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = Number(monthEnd(year, month).slice(8));
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// ---------------------------------------------------------------------------------------------------------------
// The list and its rates

/** What the measures need of one project on a year's list. Money in yuan. */
export interface MeasureProject {
  id: number;
  regionCode: string;
  industryCode: string;
  listYear: number;
  /** The day it was put on the list ('YYYY-MM-DD'); projects added mid-year count from then. */
  listedOn: string;
  plannedStart: string | null;
  plannedCompletion: string | null;
  dates: Partial<Record<Stage, string>>;
  /** Planned investment of the list year. */
  plannedInvestment: number;
  /** Investment completed in each month of the list year (the monthly returns), any order, months 1–12. */
  monthly: readonly { month: number; investment: number }[];
}

export interface Rates {
  /** Projects on the list by the end of the month. */
  listed: number;
  /** Of those, started (开工 or later) by then. */
  started: number;
  /** Of those, producing (投产) by then. */
  producing: number;
  /** started / listed; null when nothing is listed. */
  startRate: number | null;
  productionRate: number | null;
}

/** Whether a project counts for list `year` at the end of `month`: on that year's list and added by then. */
export function listedBy(p: MeasureProject, year: number, month: number): boolean {
  return p.listYear === year && p.listedOn <= monthEnd(year, month);
}

/** Start and production rates of the `year` list at the end of `month` (default December). */
export function rates(projects: readonly MeasureProject[], year: number, month = 12): Rates {
  const asOf = monthEnd(year, month);
  const listed = projects.filter((p) => listedBy(p, year, month));
  const started = listed.filter((p) => reachedBy(p.dates, 'started', asOf)).length;
  const producing = listed.filter((p) => reachedBy(p.dates, 'producing', asOf)).length;
  return {
    listed: listed.length,
    started,
    producing,
    startRate: listed.length ? started / listed.length : null,
    productionRate: listed.length ? producing / listed.length : null,
  };
}

/** The rates by group (county, industry): one entry per key found among the listed projects, sorted by key. */
export function ratesBy(
  projects: readonly MeasureProject[],
  key: (p: MeasureProject) => string,
  year: number,
  month = 12,
): { key: string; rates: Rates }[] {
  const groups = new Map<string, MeasureProject[]>();
  for (const p of projects) {
    if (!listedBy(p, year, month)) continue;
    const k = key(p);
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, list]) => ({ key: k, rates: rates(list, year, month) }));
}

// ---------------------------------------------------------------------------------------------------------------
// Investment against the time-proportional plan (时序进度)

/**
 * The share of the year's planned investment due by the end of `month`: m/12 for a project listed before or in
 * January; a project listed in month k of the year spreads its plan over the months left, (m − k + 1)/(13 − k),
 * and owes nothing before month k.
 */
export function timeProportionalShare(listedOn: string, year: number, month: number): number {
  const listedYear = Number(listedOn.slice(0, 4));
  const k = listedYear < year ? 1 : listedYear > year ? 13 : Number(listedOn.slice(5, 7));
  if (k > 12 || month < k) return 0;
  return (month - k + 1) / (13 - k);
}

export interface InvestmentProgress {
  planned: number;
  /** planned × the time-proportional share. */
  expected: number;
  /** Completed from January to the month (the sum of the monthly returns). */
  completed: number;
  /** completed / expected; null when nothing is expected yet. */
  ratio: number | null;
}

export function investmentProgress(p: MeasureProject, year: number, month: number): InvestmentProgress {
  const expected = p.plannedInvestment * timeProportionalShare(p.listedOn, year, month);
  const completed = p.monthly.filter((r) => r.month <= month).reduce((sum, r) => sum + r.investment, 0);
  return { planned: p.plannedInvestment, expected, completed, ratio: expected > 0 ? completed / expected : null };
}

// ---------------------------------------------------------------------------------------------------------------
// Overdue, red flags and yellow cards

/** Planned date passed without the stage: should have started / finished but has not (应开工未开工 / 应竣工未竣工). */
export function overdue(
  p: Pick<MeasureProject, 'dates'>,
  planned: string | null,
  stage: Stage,
  asOf: string,
): { plannedOn: string; daysLate: number } | null {
  if (!planned || planned >= asOf || reachedBy(p.dates, stage, asOf)) return null;
  return { plannedOn: planned, daysLate: daysBetween(planned, asOf) };
}

export type FlagLevel = 'red' | 'yellow';

export type FlagReason =
  | { code: 'start_overdue'; level: FlagLevel; plannedOn: string; daysLate: number }
  | { code: 'completion_overdue'; level: FlagLevel; plannedOn: string; daysLate: number }
  | { code: 'investment_behind'; level: FlagLevel; ratio: number };

/** The thresholds of the rules (docs/projects.md). */
export const FLAG_RULES = { overdueMonthsRed: 3, investmentYellowBelow: 0.8, investmentRedBelow: 0.5 } as const;

/**
 * The marks of one project at the end of `month` of its list year:
 * - start or completion overdue: yellow card while at most 3 months late (asOf ≤ planned + 3 months), red flag beyond;
 * - investment behind the time-proportional plan: yellow card below 80%, red flag below 50%.
 * The project's mark is the worst of its reasons; null when it has none.
 */
export function flagOf(
  p: MeasureProject,
  year: number,
  month: number,
): { level: FlagLevel | null; reasons: FlagReason[] } {
  const asOf = monthEnd(year, month);
  const reasons: FlagReason[] = [];
  const lateLevel = (plannedOn: string): FlagLevel =>
    asOf > addMonths(plannedOn, FLAG_RULES.overdueMonthsRed) ? 'red' : 'yellow';
  const start = overdue(p, p.plannedStart, 'started', asOf);
  if (start) reasons.push({ code: 'start_overdue', level: lateLevel(start.plannedOn), ...start });
  const completion = overdue(p, p.plannedCompletion, 'completed', asOf);
  if (completion) reasons.push({ code: 'completion_overdue', level: lateLevel(completion.plannedOn), ...completion });
  if (p.listYear === year && listedBy(p, year, month)) {
    const inv = investmentProgress(p, year, month);
    if (inv.ratio !== null && inv.ratio < FLAG_RULES.investmentYellowBelow) {
      const level = inv.ratio < FLAG_RULES.investmentRedBelow ? 'red' : 'yellow';
      reasons.push({ code: 'investment_behind', level, ratio: inv.ratio });
    }
  }
  const level = reasons.some((r) => r.level === 'red') ? 'red' : reasons.length ? 'yellow' : null;
  return { level, reasons };
}

// ---------------------------------------------------------------------------------------------------------------
// The funnel

/** The median; the mean of the two middle values for an even count; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface Funnel {
  listed: number;
  signed: number;
  started: number;
  producing: number;
  /** Median days from signing to start, over projects with both dates by asOf; n says how many. */
  signToStart: { medianDays: number | null; n: number };
  startToProduction: { medianDays: number | null; n: number };
}

/** The sign → start → production funnel of the `year` list at the end of `month`, with its lead times. */
export function funnel(projects: readonly MeasureProject[], year: number, month = 12): Funnel {
  const asOf = monthEnd(year, month);
  const listed = projects.filter((p) => listedBy(p, year, month));
  const leadTime = (from: Stage, to: Stage) => {
    const days = listed.flatMap((p) => {
      const a = p.dates[from];
      const b = p.dates[to];
      return a && b && a <= asOf && b <= asOf ? [daysBetween(a, b)] : [];
    });
    return { medianDays: median(days), n: days.length };
  };
  return {
    listed: listed.length,
    signed: listed.filter((p) => reachedBy(p.dates, 'signed', asOf)).length,
    started: listed.filter((p) => reachedBy(p.dates, 'started', asOf)).length,
    producing: listed.filter((p) => reachedBy(p.dates, 'producing', asOf)).length,
    signToStart: leadTime('signed', 'started'),
    startToProduction: leadTime('started', 'producing'),
  };
}

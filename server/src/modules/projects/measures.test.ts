import { describe, expect, it } from 'vitest';
import {
  addMonths,
  currentStage,
  flagOf,
  funnel,
  investmentProgress,
  median,
  monthEnd,
  rates,
  ratesBy,
  stageDates,
  timeProportionalShare,
  type MeasureProject,
} from './measures.js';

const project = (over: Partial<MeasureProject> & { id: number }): MeasureProject => ({
  regionCode: '330402',
  industryCode: 'iot',
  listYear: 2013,
  listedOn: '2013-01-01',
  plannedStart: null,
  plannedCompletion: null,
  dates: {},
  plannedInvestment: 0,
  monthly: [],
  ...over,
});

describe('stage history', () => {
  it('takes each stage from its latest record; the current stage is the highest reached by the day', () => {
    const dates = stageDates([
      { id: 1, stage: 'signed', occurredOn: '2013-02-10' },
      { id: 2, stage: 'started', occurredOn: '2013-05-01' },
      // A later record of the same stage corrects the date; the first record stays in the history.
      { id: 3, stage: 'started', occurredOn: '2013-04-20' },
      { id: 4, stage: 'producing', occurredOn: '2014-03-01' },
    ]);
    expect(dates).toEqual({ signed: '2013-02-10', started: '2013-04-20', producing: '2014-03-01' });
    expect(currentStage(dates, '2013-01-31')).toBe('reserve');
    expect(currentStage(dates, '2013-04-19')).toBe('signed');
    expect(currentStage(dates, '2013-04-20')).toBe('started');
    // Producing without a recorded completion: the later stage implies the earlier ones.
    expect(currentStage(dates)).toBe('producing');
  });
});

describe('start and production rates', () => {
  // Four projects on the 2013 list; D is added mid-year (1 July); E is on the 2012 list and never counts for 2013.
  const list = [
    project({ id: 1, dates: { started: '2013-03-15' } }),
    project({ id: 2, dates: { started: '2012-11-01', producing: '2013-06-30' }, regionCode: '330421' }),
    project({ id: 3, dates: { signed: '2013-02-01' }, industryCode: 'bio' }),
    project({ id: 4, listedOn: '2013-07-01', dates: { started: '2013-08-10' }, regionCode: '330421' }),
    project({ id: 5, listYear: 2012, listedOn: '2012-01-01', dates: { started: '2012-05-01' } }),
  ];

  it('counts a project added mid-year only from its month on', () => {
    // End of June: A, B, C listed (3); started A (03-15) and B (2012) = 2; producing B (06-30) = 1.
    expect(rates(list, 2013, 6)).toEqual({
      listed: 3,
      started: 2,
      producing: 1,
      startRate: 2 / 3,
      productionRate: 1 / 3,
    });
    // End of July: D is listed but has not started (08-10): 4 listed, 2 started.
    expect(rates(list, 2013, 7)).toMatchObject({ listed: 4, started: 2, startRate: 0.5 });
    // End of the year: 4 listed, A, B, D started = 0.75; B producing = 0.25.
    expect(rates(list, 2013)).toMatchObject({
      listed: 4,
      started: 3,
      producing: 1,
      startRate: 0.75,
      productionRate: 0.25,
    });
    expect(rates(list, 2011).startRate).toBeNull();
  });

  it('groups by county and by industry', () => {
    const byCounty = ratesBy(list, (p) => p.regionCode, 2013);
    expect(byCounty.map((g) => [g.key, g.rates.listed, g.rates.started, g.rates.startRate])).toEqual([
      ['330402', 2, 1, 0.5], // A started, C only signed
      ['330421', 2, 2, 1], // B and D
    ]);
    const byIndustry = ratesBy(list, (p) => p.industryCode, 2013, 6);
    expect(byIndustry.map((g) => [g.key, g.rates.listed, g.rates.started])).toEqual([
      ['bio', 1, 0],
      ['iot', 2, 2], // D is not listed yet at the end of June
    ]);
  });
});

describe('time-proportional plan (时序进度)', () => {
  it('is planned × m/12, or over the months left for a project added in month k', () => {
    expect(timeProportionalShare('2012-06-01', 2013, 3)).toBe(3 / 12);
    expect(timeProportionalShare('2013-01-15', 2013, 9)).toBe(9 / 12);
    // Added in July (k = 7): nothing owed in June, 1/6 at the end of July, 4/6 at the end of October, all in December.
    expect(timeProportionalShare('2013-07-01', 2013, 6)).toBe(0);
    expect(timeProportionalShare('2013-07-01', 2013, 7)).toBe(1 / 6);
    expect(timeProportionalShare('2013-07-20', 2013, 10)).toBe(4 / 6);
    expect(timeProportionalShare('2013-07-01', 2013, 12)).toBe(1);
  });

  it('compares the completed investment with it', () => {
    // Planned 1.2亿 (120,000,000 yuan) for 2013; at the end of June 6/12 → 60,000,000 expected.
    // Returns: Jan 10m, Mar 20m, Jun 15m, Jul 30m (after June, ignored) → 45m completed, 75%.
    const p = project({
      id: 1,
      plannedInvestment: 120_000_000,
      monthly: [
        { month: 7, investment: 30_000_000 },
        { month: 1, investment: 10_000_000 },
        { month: 3, investment: 20_000_000 },
        { month: 6, investment: 15_000_000 },
      ],
    });
    expect(investmentProgress(p, 2013, 6)).toEqual({
      planned: 120_000_000,
      expected: 60_000_000,
      completed: 45_000_000,
      ratio: 0.75,
    });
  });
});

describe('overdue rules, red flags and yellow cards', () => {
  it('adds calendar months, keeping to the end of a short month', () => {
    expect(addMonths('2013-03-15', 3)).toBe('2013-06-15');
    expect(addMonths('2013-11-30', 3)).toBe('2014-02-28');
    expect(monthEnd(2012, 2)).toBe('2012-02-29');
  });

  it('gives a yellow card while at most 3 months late and a red flag beyond', () => {
    // Planned start 2013-03-31, not started. End of June: 06-30 ≤ 06-30 (+3 months) → yellow, 91 days late.
    const p = project({ id: 1, plannedStart: '2013-03-31' });
    expect(flagOf(p, 2013, 6)).toEqual({
      level: 'yellow',
      reasons: [{ code: 'start_overdue', level: 'yellow', plannedOn: '2013-03-31', daysLate: 91 }],
    });
    // End of July: 07-31 > 06-30 → red.
    expect(flagOf(p, 2013, 7).level).toBe('red');
    // Not yet due at the end of March (planned on the last day itself): no mark.
    expect(flagOf(p, 2013, 3).level).toBeNull();
    // Started on 04-10: no start mark afterwards, whatever the month.
    expect(flagOf({ ...p, dates: { started: '2013-04-10' } }, 2013, 7).level).toBeNull();
  });

  it('marks completion overdue (应竣工未竣工) by the same rule', () => {
    const p = project({ id: 1, plannedCompletion: '2013-05-10', dates: { started: '2012-10-01' } });
    const may = flagOf(p, 2013, 5); // 05-31: 21 days late
    expect(may.reasons).toEqual([
      { code: 'completion_overdue', level: 'yellow', plannedOn: '2013-05-10', daysLate: 21 },
    ]);
    expect(flagOf(p, 2013, 9).level).toBe('red'); // 09-30 > 08-10
    expect(flagOf({ ...p, dates: { ...p.dates, producing: '2013-05-20' } }, 2013, 9).level).toBeNull();
  });

  it('marks investment below 80% of the time-proportional plan yellow and below 50% red', () => {
    // Planned 12m; end of March expects 3m.
    const at = (completed: number) =>
      flagOf(
        project({ id: 1, plannedInvestment: 12_000_000, monthly: [{ month: 2, investment: completed }] }),
        2013,
        3,
      );
    expect(at(2_400_000).level).toBeNull(); // 80% exactly
    expect(at(2_399_999).level).toBe('yellow');
    expect(at(1_500_000).level).toBe('yellow'); // 50% exactly
    expect(at(1_499_999).reasons).toEqual([{ code: 'investment_behind', level: 'red', ratio: 1_499_999 / 3_000_000 }]);
    // A project added in July owes nothing in June.
    expect(flagOf(project({ id: 2, listedOn: '2013-07-01', plannedInvestment: 12_000_000 }), 2013, 6).level).toBeNull();
  });
});

describe('the funnel', () => {
  it('counts each stage and takes the median lead times', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
    const list = [
      project({ id: 1, dates: { signed: '2013-01-01', started: '2013-01-31', producing: '2013-12-01' } }), // 30 d; 304 d
      project({ id: 2, dates: { signed: '2013-02-01', started: '2013-04-02' } }), // 60 d
      project({ id: 3, dates: { signed: '2013-03-01', started: '2013-03-11' } }), // 10 d
      project({ id: 4, dates: { signed: '2013-06-01' } }),
      project({ id: 5 }),
      // Producing in 2014: outside a 2013 funnel's lead times and counts.
      project({ id: 6, dates: { signed: '2012-06-01', started: '2012-06-21', producing: '2014-01-20' } }), // 20 d
    ];
    expect(funnel(list, 2013)).toEqual({
      listed: 6,
      signed: 5,
      started: 4,
      producing: 1,
      signToStart: { medianDays: 25, n: 4 }, // 10, 20, 30, 60 → (20 + 30) / 2
      startToProduction: { medianDays: 304, n: 1 },
    });
  });
});

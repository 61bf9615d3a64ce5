import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../statistics/period.js';
import type { Period } from '../statistics/period.js';
import { attributedValues, classificationAt, classificationDateOf } from './attribution.js';
import { comparableGrowth } from './comparable.js';
import { targetProgress } from './progress.js';
import type { IndicatorTarget } from './trajectory.js';
import { YearToDateSeries } from './ytd.js';

const p = (text: string): Period => {
  const period = parsePeriod(text);
  if (!period) throw new Error(`bad period ${text}`);
  return period;
};
const YI = 1e8;
const common = { baseYear: 2010, targetYear: 2015, tolerance: 0.05 };
const city = { region: '330400' };
const level: IndicatorTarget = {
  ...common,
  id: 'sei-output-level',
  indicator: 'sei_output',
  scope: city,
  kind: 'level',
  value: 3600 * YI,
  unit: 'yuan',
};
const multiple: IndicatorTarget = { ...level, id: 'sei-output-multiple', kind: 'multiple', multiple: 3 };
const share: IndicatorTarget = {
  ...common,
  id: 'sei-output-share',
  indicator: 'sei_output_share',
  scope: city,
  kind: 'share',
  value: 0.3,
  unit: 'ratio',
};
const growth: IndicatorTarget = {
  ...common,
  id: 'sei-value-added-growth',
  indicator: 'sei_value_added',
  scope: city,
  kind: 'annual_growth',
  growth: 0.15,
  unit: 'yuan',
};
const change: IndicatorTarget = {
  ...common,
  id: 'sei-value-added-gdp-share',
  indicator: 'sei_value_added_share_of_gdp',
  scope: city,
  kind: 'annual_change',
  change: 0.015,
  expectedValue: 0.18,
  unit: 'ratio',
};
const floor: IndicatorTarget = {
  ...common,
  id: 'sei-rd-intensity',
  indicator: 'sei_rd_intensity',
  scope: city,
  kind: 'ratio_floor',
  value: 0.03,
  unit: 'ratio',
};
const output = { 2010: 1200 * YI, 2011: 1450 * YI, 2012: 1700 * YI, 2013: 2000 * YI };
const cityScope = { region: '330400', industry: null };

describe('progress item of a year, for every kind', () => {
  it('level: 2013 below its trajectory and below the band', () => {
    // Trajectory 2013: 1200亿·3^(3/5) ≈ 2319.82亿; 2000亿 < 0.95 × 2319.82亿 ≈ 2203.83亿 → off_track.
    const t2013 = 1200 * YI * Math.pow(3, 3 / 5);
    expect(t2013 / YI).toBeCloseTo(2319.818453918115, 9);
    expect(targetProgress(level, { yearly: output }, p('2013'))).toEqual({
      target: 'sei-output-level',
      kind: 'level',
      indicator: 'sei_output',
      scope: cityScope,
      unit: 'yuan',
      actual: 2000 * YI,
      trajectory: t2013,
      targetValue: 3600 * YI,
      targetYear: 2015,
      status: 'off_track',
      // (3600/2000)^(1/2) − 1 ≈ 34.16% a year for 2014 and 2015.
      requiredAnnualGrowth: Math.pow((3600 * YI) / (2000 * YI), 1 / 2) - 1,
      forecast: 2000 * YI * Math.pow((2000 * YI) / (1200 * YI), 2 / 3),
      forecastYears: { from: 2010, to: 2013 },
      yearToDate: null,
    });
    expect(Math.pow(3600 / 2000, 1 / 2) - 1).toBeCloseTo(0.3416407865, 9);
  });

  it('multiple: target value m·B from the data; met at Y', () => {
    const item = targetProgress(multiple, { yearly: { ...output, 2015: 3600 * YI } }, p('2015'));
    expect(item).toMatchObject({
      target: 'sei-output-multiple',
      kind: 'multiple',
      actual: 3600 * YI,
      trajectory: 3 * 1200 * YI,
      targetValue: 3 * 1200 * YI,
      status: 'met',
      requiredAnnualGrowth: null,
      forecast: null,
      forecastYears: null,
    });
  });

  it('share: 2012 on its straight line', () => {
    const t2012 = 0.25 + ((0.3 - 0.25) * 2) / 5;
    expect(targetProgress(share, { yearly: { 2010: 0.25, 2011: 0.26, 2012: t2012 } }, p('2012'))).toEqual({
      target: 'sei-output-share',
      kind: 'share',
      indicator: 'sei_output_share',
      scope: cityScope,
      unit: 'ratio',
      actual: t2012,
      trajectory: t2012,
      targetValue: 0.3,
      targetYear: 2015,
      status: 'on_track',
      requiredAnnualGrowth: (0.3 - t2012) / 3,
      // Two years back to 2010: (27% − 25%)/2 = 1 point a year, three more years → 30%.
      forecast: t2012 + ((t2012 - 0.25) / 2) * 3,
      forecastYears: { from: 2010, to: 2012 },
      yearToDate: null,
    });
  });

  it('annual_growth: actual, trajectory and target value are growths, in ratio', () => {
    const yearlyGrowth = { 2011: 0.16, 2012: 0.14, 2013: 0.15 };
    expect(targetProgress(growth, { yearlyGrowth }, p('2012'))).toEqual({
      target: 'sei-value-added-growth',
      kind: 'annual_growth',
      indicator: 'sei_value_added',
      scope: cityScope,
      unit: 'ratio',
      actual: 0.14,
      trajectory: 0.15,
      targetValue: 0.15,
      targetYear: 2015,
      status: 'off_track',
      requiredAnnualGrowth: 0.15,
      forecast: Math.pow((1 + 0.16) * (1 + 0.14), 1 / 2) - 1,
      forecastYears: { from: 2010, to: 2012 },
      yearToDate: null,
    });
  });

  it('annual_change: target value B + d·(Y−y0)', () => {
    const item = targetProgress(change, { yearly: { 2010: 0.105, 2013: 0.145 } }, p('2013'));
    expect(item).toMatchObject({
      kind: 'annual_change',
      actual: 0.145,
      trajectory: 0.105 + 0.015 * 3,
      targetValue: 0.105 + 0.015 * 5,
      status: 'at_risk',
      requiredAnnualGrowth: (0.105 + 0.015 * 5 - 0.145) / 2,
      forecast: 0.145 + ((0.145 - 0.105) / 3) * 2,
      forecastYears: { from: 2010, to: 2013 },
    });
  });

  it('ratio_floor: V every year', () => {
    const item = targetProgress(floor, { yearly: { 2012: 0.027, 2013: 0.029 } }, p('2013'));
    expect(item).toMatchObject({
      kind: 'ratio_floor',
      unit: 'ratio',
      actual: 0.029,
      trajectory: 0.03,
      targetValue: 0.03,
      status: 'at_risk',
      requiredAnnualGrowth: (0.03 - 0.029) / 2,
      forecast: 0.029 + ((0.029 - 0.027) / 1) * 2,
      forecastYears: { from: 2012, to: 2013 },
    });
  });

  it('no data, and the base year', () => {
    expect(targetProgress(level, { yearly: output }, p('2014'))).toMatchObject({
      actual: null,
      trajectory: 1200 * YI * Math.pow(3, 4 / 5),
      status: 'no_data',
      requiredAnnualGrowth: null,
      forecast: null,
    });
    expect(targetProgress(level, { yearly: output }, p('2010'))).toMatchObject({
      actual: 1200 * YI,
      trajectory: 1200 * YI,
      status: 'no_data',
    });
    expect(targetProgress(multiple, {}, p('2012'))).toMatchObject({ targetValue: null, status: 'no_data' });
  });
});

describe('progress item of a quarter and a month, from year-to-date returns', () => {
  it('a quarter: SEI output with partial shares, an enterprise entering and one leaving', () => {
    // A is 60% new materials; B wholly new energy; C (bio) enters in 2013; D (IoT) closes after 2012.
    const classification = classificationAt(
      [
        { enterprise: 'A', validFrom: '2010-01-01', shares: [{ industry: 'new-materials', share: 0.6 }] },
        { enterprise: 'B', validFrom: '2010-01-01', shares: [{ industry: 'new-energy', share: 1 }] },
        { enterprise: 'C', validFrom: '2013-01-01', shares: [{ industry: 'bio', share: 1 }] },
        { enterprise: 'D', validFrom: '2010-01-01', shares: [{ industry: 'iot', share: 1 }] },
      ],
      classificationDateOf(p('2013Q2')),
    );
    const returns = {
      A: { '2012-03': 240 * YI, '2012-06': 500 * YI, '2013-03': 280 * YI, '2013-06': 600 * YI },
      B: { '2012-03': 100 * YI, '2012-06': 200 * YI, '2013-03': 110 * YI, '2013-06': 257 * YI },
      C: { '2013-03': 40 * YI, '2013-06': 100 * YI },
      D: { '2012-03': 30 * YI, '2012-06': 50 * YI },
    };
    const ytdAt = (period: Period) => {
      const values = new Map<string, number>();
      for (const [enterprise, filed] of Object.entries(returns)) {
        const series = new YearToDateSeries(Object.entries(filed).map(([t, value]) => ({ period: p(t), value })));
        const v = series.cumulativeTo(period);
        if (v !== undefined) values.set(enterprise, v);
      }
      return attributedValues(values, classification);
    };
    const g = comparableGrowth(ytdAt(p('2013Q2')), ytdAt(p('2012Q2')));
    // SEI-attributed 1–6月: A 600亿·0.6 = 360亿 (was 500亿·0.6 = 300亿), B 257亿 (200亿), C 100亿 (new), D — (50亿).
    expect(g.comparable).toEqual(['A', 'B']);
    expect(g.growth).toBe((360 * YI + 257 * YI) / (300 * YI + 200 * YI) - 1);
    expect(g.growth).toBeCloseTo(0.234, 12);
    expect(g.currentTotal).toBe((360 + 257 + 100) * YI);
    expect(g.previousTotal).toBe((300 + 200 + 50) * YI);

    const needed = Math.pow(3, 1 / 5) - 1; // ≈ 24.57%; band (1 − 0.05) × 24.57% ≈ 23.34%
    const item = targetProgress(
      level,
      {
        yearly: { 2010: 1200 * YI, 2011: 1450 * YI, 2012: 1700 * YI },
        yearToDate: { value: g.currentTotal, sameTimeLastYear: g.previousTotal, comparableGrowth: g.growth },
      },
      p('2013Q2'),
    );
    expect(item).toEqual({
      target: 'sei-output-level',
      kind: 'level',
      indicator: 'sei_output',
      scope: cityScope,
      unit: 'yuan',
      actual: 717 * YI,
      // 550亿 a year earlier × (1 + 24.57%) ≈ 685.15亿: the plain total (717亿) passes it, the comparable growth
      // (23.4%) does not reach 24.57% but is within the band → at_risk.
      trajectory: 550 * YI * (1 + needed),
      targetValue: 3600 * YI,
      targetYear: 2015,
      status: 'at_risk',
      // From the last complete year, 2012: (3600/1700)^(1/3) − 1.
      requiredAnnualGrowth: Math.pow((3600 * YI) / (1700 * YI), 1 / 3) - 1,
      // 2009 has no figure, so the trend is 2010–2012: 1700亿 × (1700/1200)^(3/2).
      forecast: 1700 * YI * Math.pow((1700 * YI) / (1200 * YI), 3 / 2),
      forecastYears: { from: 2010, to: 2012 },
      yearToDate: { measure: 'growth', change: g.growth, required: needed },
    });
    expect((item.forecast ?? 0) / YI).toBeCloseTo(2866.4900220123386, 9);
  });

  it('a month: value-added growth January–March against g', () => {
    const march = (year: number) =>
      new Map(
        Object.entries({
          A: { 2013: 80 * YI, 2014: 92 * YI },
          B: { 2013: 120 * YI, 2014: 137 * YI },
          E: { 2014: 30 * YI },
        }).flatMap(([e, byYear]) => {
          const v = new YearToDateSeries(
            Object.entries(byYear).map(([y, value]) => ({ period: p(`${y}-03`), value })),
          ).cumulativeTo(p(`${year}-03`));
          return v === undefined ? [] : [[e, v] as const];
        }),
      );
    const g = comparableGrowth(march(2014), march(2013));
    // (92 + 137)/(80 + 120) − 1 = 229/200 − 1 = 14.5%: below g = 15%, above 0.95 × 15% = 14.25% → at_risk.
    expect(g.growth).toBe((92 * YI + 137 * YI) / (80 * YI + 120 * YI) - 1);
    expect(g.growth).toBeCloseTo(0.145, 12);
    const item = targetProgress(
      growth,
      {
        yearlyGrowth: { 2011: 0.16, 2012: 0.14, 2013: 0.15 },
        yearToDate: { value: g.currentTotal, sameTimeLastYear: g.previousTotal, comparableGrowth: g.growth },
      },
      p('2014-03'),
    );
    expect(item).toEqual({
      target: 'sei-value-added-growth',
      kind: 'annual_growth',
      indicator: 'sei_value_added',
      scope: cityScope,
      unit: 'ratio',
      actual: g.growth,
      trajectory: 0.15,
      targetValue: 0.15,
      targetYear: 2015,
      status: 'at_risk',
      requiredAnnualGrowth: 0.15,
      forecast: Math.pow((1 + 0.16) * (1 + 0.14) * (1 + 0.15), 1 / 3) - 1,
      forecastYears: { from: 2010, to: 2013 },
      yearToDate: { measure: 'growth', change: g.growth, required: 0.15 },
    });
  });

  it('a share month and a ratio floor quarter', () => {
    const item = targetProgress(
      share,
      { yearly: { 2010: 0.25, 2012: 0.262 }, yearToDate: { value: 0.2648, sameTimeLastYear: 0.255 } },
      p('2013-06'),
    );
    expect(item).toMatchObject({
      actual: 0.2648,
      trajectory: 0.255 + (0.3 - 0.25) / 5,
      status: 'at_risk',
      requiredAnnualGrowth: (0.3 - 0.262) / 3,
      yearToDate: { measure: 'points', change: 0.2648 - 0.255, required: (0.3 - 0.25) / 5 },
    });
    expect(targetProgress(floor, { yearToDate: { value: 0.031 } }, p('2013Q3'))).toMatchObject({
      actual: 0.031,
      trajectory: 0.03,
      status: 'on_track',
      yearToDate: null,
    });
  });
});

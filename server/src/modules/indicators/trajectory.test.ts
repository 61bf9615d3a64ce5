import { describe, expect, it } from 'vitest';
import type { PlanTarget } from '../plan/plan-file.schema.js';
import {
  forecastAt,
  fromPlanTarget,
  isMet,
  requiredAnnualGrowth,
  subYearStatus,
  targetValueOf,
  trajectoryAt,
  trajectoryStep,
  yearlyStatus,
} from './trajectory.js';
import type { IndicatorTarget, TargetSeries } from './trajectory.js';

// Jiaxing (§三): SEI output 1200亿元 in 2010, at least 3600亿元 (three times) in 2015; τ = 0.05. Amounts in yuan.
const YI = 1e8;
const B = 1200 * YI;
const common = { indicator: 'sei_output', scope: { region: '330400' }, baseYear: 2010, targetYear: 2015 };
const level: IndicatorTarget = {
  ...common,
  id: 'level',
  kind: 'level',
  value: 3600 * YI,
  tolerance: 0.05,
  unit: 'yuan',
};
const multiple: IndicatorTarget = {
  ...common,
  id: 'multiple',
  kind: 'multiple',
  multiple: 3,
  tolerance: 0.05,
  unit: 'yuan',
};
const share: IndicatorTarget = { ...common, id: 'share', kind: 'share', value: 0.3, tolerance: 0.05, unit: 'ratio' };
const growth: IndicatorTarget = {
  ...common,
  id: 'growth',
  kind: 'annual_growth',
  growth: 0.15,
  tolerance: 0.05,
  unit: 'yuan',
};
const change: IndicatorTarget = {
  ...common,
  id: 'change',
  kind: 'annual_change',
  change: 0.015,
  expectedValue: 0.18,
  tolerance: 0.05,
  unit: 'ratio',
};
const floor: IndicatorTarget = {
  ...common,
  id: 'floor',
  kind: 'ratio_floor',
  value: 0.03,
  tolerance: 0.05,
  unit: 'ratio',
};

/** The level trajectory of 2012 by hand: B·(V/B)^((2012−2010)/(2015−2010)) = 1200亿·3^(2/5) ≈ 1862.21亿. */
const level2012 = 1200 * YI * Math.pow(3, 2 / 5);
const withYear = (year: number, actual: number, base = B): TargetSeries => ({ yearly: { 2010: base, [year]: actual } });

describe('trajectory at year y, for every kind', () => {
  it('level and multiple: constant growth from B to V', () => {
    expect(trajectoryAt(level, B, 2012)).toBe(level2012);
    expect(level2012 / YI).toBeCloseTo(1862.2146886984317, 9);
    // multiple: as level with V = m·B; with B = 1200, m = 3 the 2012 trajectory is 1200·3^(2/5).
    expect(trajectoryAt(multiple, 1200, 2012)).toBe(1200 * Math.pow(3, 2 / 5));
    expect(trajectoryAt(multiple, B, 2012)).toBe(level2012);
    expect(trajectoryAt(level, B, 2010)).toBe(B);
    expect(trajectoryAt(level, B, 2015)).toBe(3600 * YI);
    // After Y the path stays at V; before y0 there is none.
    expect(trajectoryAt(level, B, 2017)).toBe(3600 * YI);
    expect(trajectoryAt(level, B, 2009)).toBeUndefined();
    expect(trajectoryAt(level, undefined, 2012)).toBeUndefined();
    expect(trajectoryAt(level, 0, 2012)).toBeUndefined();
  });

  it('share: a straight line in points; annual_change: B + d·(y−y0); ratio_floor: V; annual_growth: g', () => {
    // 25% in 2010 → 30% in 2015: 2012 asks 25% + 5 points·2/5 = 27%.
    expect(trajectoryAt(share, 0.25, 2012)).toBe(0.25 + ((0.3 - 0.25) * 2) / 5);
    expect(trajectoryAt(share, 0.25, 2012)).toBeCloseTo(0.27, 12);
    // VA share of GDP 10.5% in 2010, +1.5 points a year: 2012 asks 13.5%; the target value is 18%.
    expect(trajectoryAt(change, 0.105, 2012)).toBe(0.105 + 0.015 * 2);
    expect(trajectoryAt(change, 0.105, 2012)).toBeCloseTo(0.135, 12);
    expect(targetValueOf(change, 0.105)).toBe(0.105 + 0.015 * (2015 - 2010));
    expect(targetValueOf(change, 0.105)).toBeCloseTo(0.18, 12);
    expect(trajectoryAt(change, 0.105, 2016)).toBe(0.105 + 0.015 * 5);
    expect(trajectoryAt(floor, undefined, 2013)).toBe(0.03);
    expect(trajectoryAt(growth, undefined, 2013)).toBe(0.15);
    expect(trajectoryAt(growth, undefined, 2010)).toBeUndefined();
  });

  it('the step from y−1 to y: the constant growth, or the points a year', () => {
    // (V/B)^(1/(Y−y0)) − 1 = 3^(1/5) − 1 ≈ 24.57% a year, for every year of the plan.
    expect(trajectoryStep(level, B, 2013)).toEqual({ step: Math.pow(3, 1 / 5) - 1, measure: 'growth' });
    expect(Math.pow(3, 1 / 5) - 1).toBeCloseTo(0.2457309396155174, 12);
    expect(trajectoryStep(multiple, B, 2011)?.step).toBe(Math.pow(3, 1 / 5) - 1);
    expect(trajectoryStep(share, 0.25, 2013)).toEqual({ step: (0.3 - 0.25) / 5, measure: 'points' });
    expect(trajectoryStep(change, 0.105, 2013)).toEqual({ step: 0.015, measure: 'points' });
    expect(trajectoryStep(growth, undefined, 2013)).toEqual({ step: 0.15, measure: 'growth' });
    expect(trajectoryStep(level, B, 2016)).toEqual({ step: 0, measure: 'growth' });
    expect(trajectoryStep(level, B, 2010)).toBeUndefined();
  });
});

describe('yearly status at every boundary', () => {
  it('level: on the trajectory, within τ, at the band edge, below it', () => {
    expect(yearlyStatus(level, withYear(2012, level2012), 2012)).toBe('on_track');
    expect(yearlyStatus(level, withYear(2012, level2012 - 1), 2012)).toBe('at_risk');
    // The band edge (1−τ)·trajectory = 0.95 × 1862.21亿 ≈ 1769.10亿 is still at_risk; one yuan less is off_track.
    expect(yearlyStatus(level, withYear(2012, (1 - 0.05) * level2012), 2012)).toBe('at_risk');
    expect(yearlyStatus(level, withYear(2012, (1 - 0.05) * level2012 - 1), 2012)).toBe('off_track');
    expect(((1 - 0.05) * level2012) / YI).toBeCloseTo(1769.1039542635101, 9);
  });

  it('level: met before, at and after Y; near misses at Y; no data', () => {
    expect(yearlyStatus(level, withYear(2014, 3600 * YI), 2014)).toBe('met');
    expect(yearlyStatus(level, withYear(2015, 3600 * YI), 2015)).toBe('met');
    expect(yearlyStatus(level, withYear(2016, 3700 * YI), 2016)).toBe('met');
    // At Y the trajectory is V: 3500亿 ≥ 0.95 × 3600亿 = 3420亿 is at_risk; 3400亿 is off_track.
    expect(yearlyStatus(level, withYear(2015, 3500 * YI), 2015)).toBe('at_risk');
    expect(yearlyStatus(level, withYear(2015, 3400 * YI), 2015)).toBe('off_track');
    expect(yearlyStatus(level, withYear(2012, level2012), 2013)).toBe('no_data');
    // Base year and before: nothing is asked yet.
    expect(yearlyStatus(level, withYear(2012, level2012), 2010)).toBe('no_data');
    // Without B there is no trajectory, but V alone can still be met.
    expect(yearlyStatus(level, { yearly: { 2013: 2000 * YI } }, 2013)).toBe('no_data');
    expect(yearlyStatus(level, { yearly: { 2014: 3700 * YI } }, 2014)).toBe('met');
  });

  it('multiple: met at m·B; B stated in the plan wins over the data', () => {
    expect(targetValueOf(multiple, B)).toBe(3 * 1200 * YI);
    expect(yearlyStatus(multiple, withYear(2015, 3600 * YI), 2015)).toBe('met');
    expect(yearlyStatus(multiple, withYear(2015, 3600 * YI - 1), 2015)).toBe('at_risk');
    expect(yearlyStatus(multiple, withYear(2015, (1 - 0.05) * (3 * 1200 * YI)), 2015)).toBe('at_risk');
    expect(yearlyStatus(multiple, withYear(2015, (1 - 0.05) * (3 * 1200 * YI) - 1), 2015)).toBe('off_track');
    expect(yearlyStatus(multiple, withYear(2012, level2012), 2012)).toBe('on_track');
    // Stated B = 1000亿: 2012 asks 1000亿·3^(2/5) ≈ 1551.85亿, so 1600亿 is on track though below 1200亿·3^(2/5).
    const stated: TargetSeries = { statedBase: 1000 * YI, yearly: { 2010: 1200 * YI, 2012: 1600 * YI } };
    expect(trajectoryAt(multiple, 1000 * YI, 2012)).toBe(1000 * YI * Math.pow(3, 2 / 5));
    expect(yearlyStatus(multiple, stated, 2012)).toBe('on_track');
    expect(yearlyStatus(multiple, { yearly: { 2012: 1600 * YI } }, 2012)).toBe('no_data');
    expect(isMet(multiple, undefined, 1)).toBeUndefined();
  });

  it('share: the band is τ·trajectory below it (relative), not τ points', () => {
    const at = (actual: number, year = 2012): TargetSeries => ({ yearly: { 2010: 0.25, [year]: actual } });
    const t2012 = 0.25 + ((0.3 - 0.25) * 2) / 5; // 27%
    expect(yearlyStatus(share, at(t2012), 2012)).toBe('on_track');
    expect(yearlyStatus(share, at(0.265), 2012)).toBe('at_risk');
    // Band edge: 27% − 0.05 × 27% = 25.65%.
    expect(t2012 - 0.05 * t2012).toBeCloseTo(0.2565, 12);
    expect(yearlyStatus(share, at(t2012 - 0.05 * t2012), 2012)).toBe('at_risk');
    expect(yearlyStatus(share, at(t2012 - 0.05 * t2012 - 1e-12), 2012)).toBe('off_track');
    // 25% would be inside a 5-point band (27% − 5 points = 22%); it is not inside 5% of 27%.
    expect(yearlyStatus(share, at(0.25), 2012)).toBe('off_track');
    expect(yearlyStatus(share, at(0.3, 2014), 2014)).toBe('met');
    expect(yearlyStatus(share, at(0.31, 2015), 2015)).toBe('met');
  });

  it('annual_growth: each year against g; one year that dipped below g stops it being met at Y', () => {
    const growths = { 2011: 0.16, 2012: 0.14, 2013: 0.15, 2014: 0.145, 2015: 0.17, 2016: 0.2 };
    const s: TargetSeries = { yearlyGrowth: growths };
    expect(yearlyStatus(growth, s, 2011)).toBe('on_track');
    // (1 − τ)·g = 0.95 × 15% = 14.25%: 14% is below it, 14.5% within it, 15% exactly on track.
    expect(yearlyStatus(growth, s, 2012)).toBe('off_track');
    expect(yearlyStatus(growth, s, 2013)).toBe('on_track');
    expect(yearlyStatus(growth, s, 2014)).toBe('at_risk');
    // At Y: not met (2012 dipped to 14%); the weakest year, 14% < 14.25%, makes it off_track — also after Y.
    expect(yearlyStatus(growth, s, 2015)).toBe('off_track');
    expect(yearlyStatus(growth, s, 2016)).toBe('off_track');
    // Had 2012 dipped only to 14.25% (the band edge), the target would be at_risk at Y.
    const edge = { ...growths, 2012: (1 - 0.05) * 0.15 };
    expect(yearlyStatus(growth, { yearlyGrowth: edge }, 2012)).toBe('at_risk');
    expect(yearlyStatus(growth, { yearlyGrowth: edge }, 2015)).toBe('at_risk');
    expect(yearlyStatus(growth, { yearlyGrowth: { ...edge, 2012: (1 - 0.05) * 0.15 - 1e-12 } }, 2012)).toBe(
      'off_track',
    );
    const allMet = { 2011: 0.16, 2012: 0.15, 2013: 0.18, 2014: 0.151, 2015: 0.15 };
    expect(yearlyStatus(growth, { yearlyGrowth: allMet }, 2015)).toBe('met');
    // Met is a verdict at Y: 2014 with every year ≥ g so far is on_track, not met.
    expect(yearlyStatus(growth, { yearlyGrowth: allMet }, 2014)).toBe('on_track');
    // Every known year reached g but 2013 has no data: met is unproven.
    const { 2013: _gap, ...withGap } = allMet;
    expect(yearlyStatus(growth, { yearlyGrowth: withGap }, 2015)).toBe('on_track');
    expect(yearlyStatus(growth, { yearlyGrowth: withGap }, 2013)).toBe('no_data');
    expect(yearlyStatus(growth, { yearlyGrowth: { 2010: 0.3 } }, 2010)).toBe('no_data');
  });

  it('annual_change: B + d·(y−y0) with the share band; met at B + d·(Y−y0)', () => {
    const at = (year: number, actual: number): TargetSeries => ({ yearly: { 2010: 0.105, [year]: actual } });
    const t2013 = 0.105 + 0.015 * 3; // 15%
    expect(yearlyStatus(change, at(2013, t2013), 2013)).toBe('on_track');
    // 15% − 0.05 × 15% = 14.25%: 14.5% at_risk, 14% off_track.
    expect(yearlyStatus(change, at(2013, 0.145), 2013)).toBe('at_risk');
    expect(yearlyStatus(change, at(2013, t2013 - 0.05 * t2013), 2013)).toBe('at_risk');
    expect(yearlyStatus(change, at(2013, 0.14), 2013)).toBe('off_track');
    expect(yearlyStatus(change, at(2014, 0.105 + 0.015 * 5), 2014)).toBe('met');
    expect(yearlyStatus(change, at(2015, 0.105 + 0.015 * 5 - 1e-12), 2015)).toBe('at_risk');
    // expectedValue (≈18%) is the policy's wording; the condition is B + d·(Y−y0) whatever it says.
    const other: IndicatorTarget = { ...change, expectedValue: 0.2 };
    expect(targetValueOf(other, 0.105)).toBe(0.105 + 0.015 * 5);
    expect(yearlyStatus(change, { yearly: { 2013: 0.15 } }, 2013)).toBe('no_data');
  });

  it('ratio_floor: V every year; met at V, at_risk within τ·V below it', () => {
    const at = (actual: number): TargetSeries => ({ yearly: { 2013: actual } });
    expect(yearlyStatus(floor, at(0.031), 2013)).toBe('met');
    expect(yearlyStatus(floor, at(0.03), 2013)).toBe('met');
    expect(yearlyStatus(floor, at(0.029), 2013)).toBe('at_risk');
    // 3% − 0.05 × 3% = 2.85%.
    expect(yearlyStatus(floor, at(0.03 - 0.05 * 0.03), 2013)).toBe('at_risk');
    expect(yearlyStatus(floor, at(0.03 - 0.05 * 0.03 - 1e-12), 2013)).toBe('off_track');
    expect(yearlyStatus(floor, at(0.028), 2013)).toBe('off_track');
    expect(yearlyStatus(floor, at(0.028), 2014)).toBe('no_data');
  });
});

describe('status of a month or quarter from its comparable YTD growth', () => {
  const needed = Math.pow(3600 / 1200, 1 / 5) - 1; // ≈ 24.57%: what the path needs from 2012 to 2013
  const ytd = (comparableGrowth: number): TargetSeries => ({ yearly: { 2010: B }, yearToDate: { comparableGrowth } });

  it('level-like kinds: growth against the growth the path needs, in the growth band', () => {
    expect(subYearStatus(level, ytd(needed), 2013)).toBe('on_track');
    expect(subYearStatus(level, ytd(0.24), 2013)).toBe('at_risk');
    // (1 − τ)·24.57% ≈ 23.34%.
    expect((1 - 0.05) * needed).toBeCloseTo(0.2334443926347415, 12);
    expect(subYearStatus(multiple, ytd((1 - 0.05) * needed), 2013)).toBe('at_risk');
    expect(subYearStatus(multiple, ytd((1 - 0.05) * needed - 1e-12), 2013)).toBe('off_track');
    // Never met within a year, even far ahead; no data without the growth or before the plan.
    expect(subYearStatus(level, ytd(2), 2015)).toBe('on_track');
    expect(subYearStatus(level, { yearly: { 2010: B } }, 2013)).toBe('no_data');
    expect(subYearStatus(level, ytd(0.3), 2010)).toBe('no_data');
    // After Y the path is flat: any comparable growth ≥ 0 is on track, a fall is off track.
    expect(subYearStatus(level, ytd(0.01), 2016)).toBe('on_track');
    expect(subYearStatus(level, ytd(-0.01), 2016)).toBe('off_track');
  });

  it('annual_growth: the YTD comparable growth against g', () => {
    expect(subYearStatus(growth, { yearToDate: { comparableGrowth: 0.15 } }, 2013)).toBe('on_track');
    expect(subYearStatus(growth, { yearToDate: { comparableGrowth: 0.145 } }, 2013)).toBe('at_risk');
    expect(subYearStatus(growth, { yearToDate: { comparableGrowth: 0.14 } }, 2013)).toBe('off_track');
  });

  it('shares: the change in points over the same point a year earlier against the points the path adds', () => {
    // The path adds (30% − 25%)/5 = 1 point a year; the band is 0.95 point.
    const at = (value: number, sameTimeLastYear: number): TargetSeries => ({
      yearly: { 2010: 0.25 },
      yearToDate: { value, sameTimeLastYear },
    });
    expect(subYearStatus(share, at(0.266, 0.255), 2013)).toBe('on_track'); // +1.1 points
    expect(subYearStatus(share, at(0.2648, 0.255), 2013)).toBe('at_risk'); // +0.98 point
    expect(subYearStatus(share, at(0.262, 0.255), 2013)).toBe('off_track'); // +0.7 point
    expect(subYearStatus(share, { yearly: { 2010: 0.25 }, yearToDate: { value: 0.3 } }, 2013)).toBe('no_data');
    // annual_change adds d = 1.5 points: band 1.425 points.
    const c = (value: number): TargetSeries => ({
      yearly: { 2010: 0.105 },
      yearToDate: { value, sameTimeLastYear: 0.12 },
    });
    expect(subYearStatus(change, c(0.136), 2013)).toBe('on_track');
    expect(subYearStatus(change, c(0.1345), 2013)).toBe('at_risk');
    expect(subYearStatus(change, c(0.134), 2013)).toBe('off_track');
  });

  it('ratio_floor: the YTD ratio against V itself, never met', () => {
    expect(subYearStatus(floor, { yearToDate: { value: 0.031 } }, 2013)).toBe('on_track');
    expect(subYearStatus(floor, { yearToDate: { value: 0.029 } }, 2013)).toBe('at_risk');
    expect(subYearStatus(floor, { yearToDate: { value: 0.028 } }, 2013)).toBe('off_track');
    expect(subYearStatus(floor, {}, 2013)).toBe('no_data');
  });
});

describe('required annual growth', () => {
  it('level-like: (V/actual)^(1/(Y−y)) − 1; on the trajectory it is the path’s own growth', () => {
    expect(requiredAnnualGrowth(level, B, 2012, level2012)).toBe(Math.pow((3600 * YI) / level2012, 1 / 3) - 1);
    expect(requiredAnnualGrowth(level, B, 2012, level2012)).toBeCloseTo(Math.pow(3, 1 / 5) - 1, 12);
    // From 1700亿 in 2012: (3600/1700)^(1/3) − 1 ≈ 28.42% a year.
    expect(requiredAnnualGrowth(multiple, B, 2012, 1700 * YI)).toBeCloseTo(Math.pow(3600 / 1700, 1 / 3) - 1, 12);
    expect(requiredAnnualGrowth(multiple, B, 2012, 1700 * YI)).toBeCloseTo(0.28415622034, 9);
    // Ahead of the target: negative, the fall it could afford.
    expect(requiredAnnualGrowth(level, B, 2014, 4000 * YI)).toBe(3600 / 4000 - 1);
    expect(requiredAnnualGrowth(level, B, 2015, 3000 * YI)).toBeUndefined();
    expect(requiredAnnualGrowth(level, B, 2012, 0)).toBeUndefined();
    expect(requiredAnnualGrowth(level, B, 2012, undefined)).toBeUndefined();
    expect(requiredAnnualGrowth(multiple, undefined, 2012, 1700 * YI)).toBeUndefined();
  });

  it('shares: (V − actual)/(Y − y) points a year; annual_growth: g', () => {
    expect(requiredAnnualGrowth(share, 0.25, 2012, 0.26)).toBe((0.3 - 0.26) / 3);
    expect(requiredAnnualGrowth(share, 0.25, 2012, 0.26)).toBeCloseTo(0.013333333333, 12);
    expect(requiredAnnualGrowth(change, 0.105, 2013, 0.14)).toBe((0.105 + 0.015 * 5 - 0.14) / 2);
    expect(requiredAnnualGrowth(floor, undefined, 2013, 0.029)).toBe((0.03 - 0.029) / 2);
    expect(requiredAnnualGrowth(growth, undefined, 2013, 0.1)).toBe(0.15);
    expect(requiredAnnualGrowth(growth, undefined, 2015, 0.1)).toBeUndefined();
  });
});

describe('forecast to the target year with the years it was drawn from', () => {
  it('level-like: the compound growth of the last three years continued to Y', () => {
    const s: TargetSeries = { yearly: { 2010: 1200 * YI, 2011: 1450 * YI, 2012: 1700 * YI, 2013: 2000 * YI } };
    // (2000/1200)^(1/3) − 1 ≈ 18.56% a year; 2000亿 × (2000/1200)^(2/3) ≈ 2811.44亿 in 2015.
    const f = forecastAt(level, s, 2013);
    expect(f).toEqual({
      value: 2000 * YI * Math.pow((2000 * YI) / (1200 * YI), 2 / 3),
      rate: Math.pow(2000 / 1200, 1 / 3) - 1,
      fromYear: 2010,
      toYear: 2013,
    });
    expect((f?.value ?? 0) / YI).toBeCloseTo(2000 * Math.pow(5 / 3, 2 / 3), 9);
    expect(f?.rate).toBeCloseTo(0.185631101, 9);
  });

  it('takes fewer years when the earlier ones have no figure, B stated for y0, and none at or after Y', () => {
    const gap: TargetSeries = { yearly: { 2011: 1450 * YI, 2013: 2000 * YI } };
    expect(forecastAt(level, gap, 2013)).toMatchObject({ fromYear: 2011, toYear: 2013 });
    expect(forecastAt(level, gap, 2013)?.value).toBe(2000 * YI * Math.pow(2000 / 1450, 2 / 2));
    const stated: TargetSeries = { statedBase: 1200 * YI, yearly: { 2012: 1700 * YI } };
    expect(forecastAt(multiple, stated, 2012)).toEqual({
      value: 1700 * YI * Math.pow(1700 / 1200, 3 / 2),
      rate: Math.pow(1700 / 1200, 1 / 2) - 1,
      fromYear: 2010,
      toYear: 2012,
    });
    expect(forecastAt(level, { yearly: { 2013: 2000 * YI } }, 2013)).toBeUndefined();
    expect(forecastAt(level, { yearly: { 2014: 3000 * YI, 2015: 3500 * YI } }, 2015)).toBeUndefined();
  });

  it('shares: the average change in points continued to Y', () => {
    const s: TargetSeries = { yearly: { 2010: 0.25, 2011: 0.255, 2012: 0.262, 2013: 0.27 } };
    // (27% − 25%)/3 ≈ 0.667 point a year: 27% + 2 × 0.667 ≈ 28.33% in 2015.
    expect(forecastAt(share, s, 2013)).toEqual({
      value: 0.27 + ((0.27 - 0.25) / 3) * (2015 - 2013),
      rate: (0.27 - 0.25) / 3,
      fromYear: 2010,
      toYear: 2013,
    });
    expect(forecastAt(share, s, 2013)?.value).toBeCloseTo(0.283333333333, 12);
  });

  it('annual_growth: the compound of the last three yearly growths', () => {
    const s: TargetSeries = { yearlyGrowth: { 2011: 0.16, 2012: 0.14, 2013: 0.15, 2014: 0.145 } };
    const rate = Math.pow((1 + 0.14) * (1 + 0.15) * (1 + 0.145), 1 / 3) - 1;
    expect(forecastAt(growth, s, 2014)).toEqual({ value: rate, rate, fromYear: 2011, toYear: 2014 });
    expect(rate).toBeCloseTo(0.14499272193, 9);
    // One year only: (1 + 10%)^(1/1) − 1, which in doubles is 1.1 − 1, not the literal 0.1.
    expect(forecastAt(growth, { yearlyGrowth: { 2014: 0.1 } }, 2014)).toMatchObject({
      value: 1 + 0.1 - 1,
      fromYear: 2013,
    });
  });
});

describe('plan targets', () => {
  it('take the plan default tolerance unless they state their own', () => {
    const planTarget: PlanTarget = {
      id: 'sei-output-multiple',
      name: { zh: '产值比2010年增长两倍', en: 'SEI output three times its 2010 level' },
      indicator: 'sei_output',
      scope: { region: '330400' },
      kind: 'multiple',
      multiple: 3,
      baseYear: 2010,
      targetYear: 2015,
      comparator: 'gte',
      source: '§三',
    };
    expect(fromPlanTarget(planTarget, { tolerance: 0.05, unit: 'yuan' })).toMatchObject({ tolerance: 0.05 });
    expect(fromPlanTarget({ ...planTarget, tolerance: 0.1 }, { tolerance: 0.05, unit: 'yuan' }).tolerance).toBe(0.1);
  });
});

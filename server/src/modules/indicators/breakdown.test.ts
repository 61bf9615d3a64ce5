import { describe, expect, it } from 'vitest';
import { breakDown } from './progress.service.js';
import { targetProgress } from './progress.js';
import type { IndicatorTarget } from './trajectory.js';

/**
 * The target breakdown (目标分解) of a city amount target to a county, computed by hand: city SEI output 1200亿元 in
 * 2010 → 3600亿元 in 2015; the county had 120亿元 (10%) in 2010.
 */
const level: IndicatorTarget = {
  id: 'sei-output-level',
  indicator: 'sei_output',
  kind: 'level',
  value: 3600e8,
  scope: { region: '330400' },
  baseYear: 2010,
  targetYear: 2015,
  tolerance: 0.05,
  unit: 'yuan',
};
const city = { yearly: { 2010: 1200e8 } };
const county = { yearly: { 2010: 120e8, 2012: 190e8 } };

describe('breaking a city target down to a county', () => {
  it('proposes the city value in proportion to the base-year weight: 3600 × 120/1200 = 360亿元', () => {
    const { target, cascade } = breakDown({ cascade: [] }, level, '330421', city, county);
    expect(cascade).toEqual({ basis: 'proportional', cityValue: 3600e8, weight: 0.1 });
    expect(target).toMatchObject({ kind: 'level', value: 360e8, scope: { region: '330421' } });
    // Its path is the city's, scaled: 120 × 3^(2/5) = 186.22亿元 in 2012; 190 ≥ that ⇒ on track.
    const item = targetProgress(target, county, { kind: 'year', year: 2012 });
    expect(item.trajectory).toBeCloseTo(120e8 * Math.pow(3, 2 / 5), 0);
    expect(item.status).toBe('on_track');
  });

  it('takes the value the plan states for the county', () => {
    const plan = { cascade: [{ target: 'sei-output-level', region: '330421', value: 400e8 }] };
    const { target, cascade } = breakDown(plan, level, '330421', city, county);
    expect(cascade.basis).toBe('plan');
    expect(target).toMatchObject({ kind: 'level', value: 400e8 });
    // 120 × (400/120)^(2/5) = 194.33亿元 in 2012: 190 is within 5% ⇒ at risk.
    expect(targetProgress(target, county, { kind: 'year', year: 2012 }).status).toBe('at_risk');
  });

  it('asks a county without base-year data the city multiple of its own base, which has no data yet', () => {
    const { target, cascade } = breakDown({ cascade: [] }, level, '330421', city, { yearly: { 2012: 10e8 } });
    expect(cascade).toMatchObject({ basis: 'proportional', weight: null });
    expect(target).toMatchObject({ kind: 'multiple', multiple: 3 });
    expect(targetProgress(target, { yearly: { 2012: 10e8 } }, { kind: 'year', year: 2012 }).status).toBe('no_data');
  });

  it('applies shares, growths and floors to the county as they are', () => {
    const share: IndicatorTarget = { ...level, id: 's', kind: 'share', value: 0.3, unit: 'ratio' };
    const { target, cascade } = breakDown({ cascade: [] }, share, '330421', city, county);
    expect(cascade.basis).toBe('same_rule');
    expect(target).toMatchObject({ kind: 'share', value: 0.3, scope: { region: '330421' } });
  });
});

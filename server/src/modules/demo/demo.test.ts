import { describe, expect, it } from 'vitest';
import { jiaxingPlanFile } from '../../../test/app.js';
import { usccProblem } from '../enterprises/uscc.js';
import { loadPlanFileOrThrow } from '../plan/plan-file.js';
import { generateDemo } from './demo.js';

const { plan } = loadPlanFileOrThrow(jiaxingPlanFile);
const options = { enterprises: 600, from: 2010, to: 2015, seed: 7 };

describe('demo data', () => {
  it('is reproducible: the same seed gives the same data, another seed other data', () => {
    const a = generateDemo(plan, options);
    const b = generateDemo(plan, options);
    const c = generateDemo(plan, { ...options, seed: 8 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('places enterprises in the seven counties with valid credit codes, SEI and non-SEI', () => {
    const { enterprises } = generateDemo(plan, options);
    const counties = new Set(plan.city.counties.map((c) => c.code));
    expect(new Set(enterprises.map((e) => e.region))).toEqual(counties);
    expect(enterprises.every((e) => usccProblem(e.uscc) === undefined && e.uscc.slice(2, 8) === e.region)).toBe(true);
    expect(new Set(enterprises.map((e) => e.uscc)).size).toBe(enterprises.length);
    const sei = enterprises.filter((e) => e.seiShares.length > 0);
    expect(sei.length).toBeGreaterThan(100);
    expect(sei.length).toBeLessThan(300);
    for (const e of sei) {
      const total = e.seiShares.reduce((s, x) => s + x.share, 0);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThanOrEqual(1);
    }
    expect(enterprises.every((e) => e.name.startsWith('（演示）'))).toBe(true);
  });

  it('is calibrated: 2010 SEI output ≈ 1200亿元, published GDP for 2011–2015', () => {
    const { years } = generateDemo(plan, options);
    const y2010 = years.find((y) => y.year === 2010);
    expect((y2010?.seiOutput ?? 0) / 1e8).toBeCloseTo(1200, 0);
    expect(years.find((y) => y.year === 2013)).toMatchObject({ gdp: 3147.7e8, gdpSource: 'published' });
    expect(y2010?.gdpSource).toBe('extrapolated');
    const y2015 = years.find((y) => y.year === 2015);
    expect((y2015?.seiOutput ?? 0) / (y2010?.seiOutput ?? 1)).toBeGreaterThan(1.8);
  });

  it('refuses a year range that runs backwards', () => {
    expect(() => generateDemo(plan, { ...options, from: 2015, to: 2010 })).toThrow('--to must not be before --from');
  });
});

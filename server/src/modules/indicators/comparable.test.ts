import { describe, expect, it } from 'vitest';
import { comparableGrowth } from './comparable.js';

describe('comparable growth (同口径)', () => {
  it('compares only the enterprises with a value in both periods, and shows the plain totals beside it', () => {
    // 2012: A, B, C (C closes in 2013). 2013: A, B, D (D enters in 2013).
    const y2012 = new Map([
      ['A', 400],
      ['B', 600],
      ['C', 250],
    ]);
    const y2013 = new Map([
      ['B', 690],
      ['A', 460],
      ['D', 300],
    ]);
    const r = comparableGrowth(y2013, y2012);
    expect(r.comparable).toEqual(['A', 'B']);
    expect(r.entered).toEqual(['D']);
    expect(r.left).toEqual(['C']);
    expect(r.comparableCurrent).toBe(460 + 690);
    expect(r.comparableBase).toBe(400 + 600);
    // (460 + 690) / (400 + 600) − 1 = 1150 / 1000 − 1 = 0.15
    expect(r.growth).toBeCloseTo(0.15, 12);
    expect(r.growth).toBe(1150 / 1000 - 1);
    expect(r.currentTotal).toBe(460 + 690 + 300);
    expect(r.previousTotal).toBe(400 + 600 + 250);
    // Plain ratio 1450 / 1250 = 1.16: the entering enterprise makes it look like 16%, not comparable.
    expect(r.totalsRatio).toBe(1450 / 1250);
    expect(r.totalsRatio).toBeCloseTo(1.16, 12);
  });

  it('counts a reported zero as a value, and an absent enterprise as none', () => {
    const r = comparableGrowth(
      new Map([
        ['A', 110],
        ['B', 0],
      ]),
      new Map([
        ['A', 100],
        ['B', 50],
      ]),
    );
    // (110 + 0) / (100 + 50) − 1
    expect(r.growth).toBe(110 / 150 - 1);
    expect(r.growth).toBeCloseTo(-0.266666666667, 12);
    expect(r.left).toEqual([]);
  });

  it('is undefined, not NaN or Infinity, when the comparable base is empty or zero', () => {
    const onlyNew = comparableGrowth(new Map([['D', 300]]), new Map([['C', 250]]));
    expect(onlyNew.growth).toBeUndefined();
    expect(onlyNew.comparableBase).toBe(0);
    expect(onlyNew.totalsRatio).toBe(300 / 250);
    const zeroBase = comparableGrowth(new Map([['A', 10]]), new Map([['A', 0]]));
    expect(zeroBase.growth).toBeUndefined();
    expect(zeroBase.totalsRatio).toBeUndefined();
    const nothing = comparableGrowth(new Map(), new Map());
    expect(nothing.growth).toBeUndefined();
    expect(nothing.currentTotal).toBe(0);
    expect(nothing.totalsRatio).toBeUndefined();
  });

  it('refuses values that are not finite', () => {
    expect(() => comparableGrowth(new Map([['A', Number.NaN]]), new Map())).toThrow(/enterprise A: current value/);
  });
});

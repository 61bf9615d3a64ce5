import { describe, expect, it } from 'vitest';
import { ExactSum, exactSum } from './sum.js';

describe('exact summation', () => {
  it('adds what a running sum loses', () => {
    // 1e16 + 1 is not representable: a running sum drops each 1; the exact sum keeps both.
    expect([1e16, 1, 1].reduce((a, b) => a + b, 0)).toBe(1e16);
    expect(exactSum([1e16, 1, 1])).toBe(1e16 + 2);
    expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
  });

  it('does not depend on the order of the values', () => {
    const values = [123456789.123, -0.000001, 98765.4321, 1e-3, 3.3e9, 0.1, 0.7, 1e15];
    const forward = exactSum(values);
    expect(exactSum([...values].reverse())).toBe(forward);
    expect(exactSum([...values].sort((a, b) => a - b))).toBe(forward);
  });

  it('is zero for nothing and refuses non-finite values', () => {
    expect(exactSum([])).toBe(0);
    expect(() => exactSum([1, Number.NaN])).toThrow(/finite/);
    expect(() => exactSum([Number.POSITIVE_INFINITY])).toThrow(/finite/);
  });

  it('gives the same sum when the values are added one at a time, and counts them', () => {
    const values = [0.1, 1e16, -3.3e-7, 1, 1, 2.675, -1e16, 123456.789];
    const running = new ExactSum();
    for (const [i, v] of values.entries()) {
      running.add(v);
      // At every step, the sum of what was added so far, rounded once.
      expect(running.value()).toBe(exactSum(values.slice(0, i + 1)));
    }
    expect(running.count).toBe(values.length);
    expect(running.value()).not.toBe(values.reduce((a, b) => a + b, 0));
  });

  it('a copy holds the same terms and count, and goes on apart', () => {
    const sum = new ExactSum();
    for (const v of [1e16, 1, 1]) sum.add(v);
    const copy = sum.copy();
    expect([copy.value(), copy.count]).toEqual([1e16 + 2, 3]);
    copy.add(0.5);
    sum.add(-1e16);
    expect([copy.value(), copy.count]).toEqual([exactSum([1e16, 1, 1, 0.5]), 4]);
    expect([sum.value(), sum.count]).toEqual([2, 4]);
  });
});

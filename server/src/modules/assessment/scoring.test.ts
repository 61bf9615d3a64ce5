import { describe, expect, it } from 'vitest';
import { criterionPoints, rankCounties, scoreCounties, type Criterion } from './scoring.js';

// The Jiaxing default scheme (plans/jiaxing-2011.yaml `assessment`), written out.
const growth: Criterion = { code: 'sei-output-growth', weight: 30, floor: 0, target: 0.2457 };
const share: Criterion = { code: 'sei-output-share', weight: 20, floor: 0.15, target: 0.3 };
const vaGrowth: Criterion = { code: 'sei-value-added-growth', weight: 15, floor: 0, target: 0.15 };
const focus: Criterion = { code: 'focus-industry-growth', weight: 20, floor: 0, target: 0.2457 };
const rd: Criterion = { code: 'sei-rd-intensity', weight: 15, floor: 0.01, target: 0.03 };
const scheme = [growth, share, vaGrowth, focus, rd];

describe('criterionPoints: w · clamp((a − f)/(t − f), 0, 1)', () => {
  it('is linear between floor and target', () => {
    // 30 · (0.2 − 0)/(0.2457 − 0) = 6 / 0.2457 = 24.4200244…
    expect(criterionPoints(growth, 0.2)).toBeCloseTo(24.420024, 5);
    // 20 · (0.225 − 0.15)/(0.30 − 0.15) = 20 · 0.5 = 10
    expect(criterionPoints(share, 0.225)).toBeCloseTo(10, 10);
    // 15 · (0.02 − 0.01)/(0.03 − 0.01) = 7.5
    expect(criterionPoints(rd, 0.02)).toBeCloseTo(7.5, 10);
  });

  it('gives nothing at or below the floor and the full weight at or beyond the target', () => {
    expect(criterionPoints(share, 0.15)).toBe(0);
    expect(criterionPoints(share, 0.05)).toBe(0);
    expect(criterionPoints(growth, -0.1)).toBe(0);
    expect(criterionPoints(share, 0.3)).toBe(20);
    expect(criterionPoints(share, 0.9)).toBe(20);
  });

  it('gives 0 points without an actual', () => {
    expect(criterionPoints(growth, null)).toBe(0);
    expect(criterionPoints(growth, Number.NaN)).toBe(0);
  });

  it('works for a lower-is-better criterion (target below floor)', () => {
    // energy per output: floor 0.8, target 0.6 → 10 · (0.7 − 0.8)/(0.6 − 0.8) = 10 · 0.5 = 5
    expect(criterionPoints({ code: 'energy', weight: 10, floor: 0.8, target: 0.6 }, 0.7)).toBeCloseTo(5, 10);
  });
});

describe('scoreCounties and rankCounties', () => {
  it('sums the points of a hand-computed county', () => {
    // 南湖: growth 0.20 → 24.4200244; share 0.285714… (120/420) → 20 · 0.135714/0.15 = 18.0952381;
    // value added growth 0.10 → 15 · 0.10/0.15 = 10; focus growth 0.20 → 4/0.2457 = 16.2800163;
    // R&D 0.02 → 7.5. Total 76.2952788 ≈ 76.295279.
    const [county] = scoreCounties(scheme, [{ regionCode: 'A', actuals: [0.2, 120 / 420, 0.1, 0.2, 0.02] }]);
    expect(county?.points.map((p) => Number(p.toFixed(6)))).toEqual([24.420024, 18.095238, 10, 16.280016, 7.5]);
    expect(county?.total).toBeCloseTo(76.295279, 5);
  });

  it('ranks by total, breaks ties by the first criterion, then the second, then shares the rank', () => {
    // All have 30 points in total:
    //   B: growth 0.2457 → 30, nothing else                      → first criterion 30
    //   C: share 0.30 → 20, VA growth 0.10 → 10                   → first 0, second 20
    //   D: VA growth 0.15 → 15, R&D 0.03 → 15                     → first 0, second 0
    //   E: same as D                                               → tied with D all the way
    //   A: 76.295279                                               → first overall
    //   F: no data at all → 0
    const scored = scoreCounties(scheme, [
      { regionCode: 'F', actuals: [null, null, null, null, null] },
      { regionCode: 'D', actuals: [0, 0.15, 0.15, 0, 0.03] },
      { regionCode: 'C', actuals: [0, 0.3, 0.1, 0, 0.01] },
      { regionCode: 'E', actuals: [0, 0.15, 0.15, 0, 0.03] },
      { regionCode: 'B', actuals: [0.2457, 0.15, 0, 0, 0.01] },
      { regionCode: 'A', actuals: [0.2, 120 / 420, 0.1, 0.2, 0.02] },
    ]);
    const ranked = rankCounties(scored);
    expect(ranked.map((r) => [r.regionCode, r.rank, Number(r.total.toFixed(6))])).toEqual([
      ['A', 1, 76.295279],
      ['B', 2, 30],
      ['C', 3, 30],
      ['D', 4, 30],
      ['E', 4, 30], // tied on total, first and second criterion: same rank, given order kept
      ['F', 6, 0], // competition ranking: the rank after a shared 4th is 6th
    ]);
    expect(ranked.map((r) => r.position)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('treats totals equal up to floating-point noise as equal', () => {
    // 0.1 + 0.2 ≠ 0.3 in binary floating point; the ranking must not care.
    const c: Criterion = { code: 'x', weight: 1, floor: 0, target: 1 };
    const ranked = rankCounties(
      scoreCounties(
        [c, c, c],
        [
          { regionCode: 'P', actuals: [0.1, 0.2, 0] },
          { regionCode: 'Q', actuals: [0.1, 0.2, 0] },
        ],
      ).map((s, i) => (i === 1 ? { ...s, total: 0.3 } : s)),
    );
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });
});

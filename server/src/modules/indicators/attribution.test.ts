import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../statistics/period.js';
import type { Period } from '../statistics/period.js';
import {
  attributeSei,
  attributedValues,
  classificationAt,
  classificationDateOf,
  validateShares,
} from './attribution.js';
import type { ClassificationVersion } from './attribution.js';

const p = (text: string): Period => {
  const period = parsePeriod(text);
  if (!period) throw new Error(`bad period ${text}`);
  return period;
};

// A: partly new materials, partly bio, the rest (0.2) not SEI. B: wholly new energy. C: never SEI.
// D: half new materials from 2012; from 2013-07-01 also half new energy.
// E: bio until 2013-06-30, then taken out of SEI.
const versions: ClassificationVersion[] = [
  {
    enterprise: 'A',
    validFrom: '2010-01-01',
    shares: [
      { industry: 'new-materials', share: 0.6 },
      { industry: 'bio', share: 0.2 },
    ],
  },
  { enterprise: 'B', validFrom: '2010-01-01', shares: [{ industry: 'new-energy', share: 1 }] },
  { enterprise: 'D', validFrom: '2012-01-01', shares: [{ industry: 'new-materials', share: 0.5 }] },
  {
    enterprise: 'D',
    validFrom: '2013-07-01',
    shares: [
      { industry: 'new-materials', share: 0.5 },
      { industry: 'new-energy', share: 0.5 },
    ],
  },
  { enterprise: 'E', validFrom: '2010-01-01', shares: [{ industry: 'bio', share: 1 }] },
  { enterprise: 'E', validFrom: '2013-07-01', shares: [] },
];

describe('SEI attribution with partial, versioned shares', () => {
  it('computes each industry as Σ v·s and the total as the sum of the industries (first half of 2013)', () => {
    const classification = classificationAt(versions, classificationDateOf(p('2013Q2')));
    const values = new Map([
      ['A', 1000],
      ['B', 500],
      ['C', 800],
      ['D', 250],
      ['E', 40],
    ]);
    const { byIndustry, total } = attributeSei(values, classification);
    // new-materials: A 1000·0.6 + D 250·0.5 = 600 + 125; bio: A 1000·0.2 + E 40·1; new-energy: B 500·1. C adds nothing.
    expect(byIndustry.get('new-materials')).toBe(725);
    expect(byIndustry.get('bio')).toBe(240);
    expect(byIndustry.get('new-energy')).toBe(500);
    expect([...byIndustry.keys()]).toEqual(['bio', 'new-energy', 'new-materials']);
    expect(total).toBe(725 + 240 + 500);
  });

  it('computes the year with the classification in force at its end', () => {
    const classification = classificationAt(versions, classificationDateOf(p('2013')));
    const values = new Map([
      ['A', 2000],
      ['B', 1000],
      ['D', 400],
      ['E', 90],
    ]);
    const { byIndustry, total } = attributeSei(values, classification);
    // D now splits 0.5/0.5; E is out of SEI from 2013-07-01.
    expect(byIndustry.get('new-energy')).toBe(1000 + 400 * 0.5);
    expect(byIndustry.get('new-materials')).toBe(2000 * 0.6 + 400 * 0.5);
    expect(byIndustry.get('bio')).toBe(2000 * 0.2);
    expect(total).toBe(1200 + 1400 + 400);
    // Before D's first version it is not SEI at all.
    expect(classificationAt(versions, '2011-12-31').has('D')).toBe(false);
    expect(classificationAt(versions, '2012-01-01').get('D')).toEqual([{ industry: 'new-materials', share: 0.5 }]);
  });

  it("gives each enterprise's attributed value, for one industry or all", () => {
    const classification = classificationAt(versions, '2013-12-31');
    const values = new Map([
      ['A', 2000],
      ['C', 300],
      ['D', 400],
    ]);
    expect(attributedValues(values, classification)).toEqual(
      new Map([
        ['A', 2000 * 0.6 + 2000 * 0.2],
        ['D', 400 * 0.5 + 400 * 0.5],
      ]),
    );
    expect(attributedValues(values, classification, 'new-energy')).toEqual(new Map([['D', 200]]));
  });

  it('knows the last day of each period', () => {
    expect(classificationDateOf(p('2013Q2'))).toBe('2013-06-30');
    expect(classificationDateOf(p('2012-02'))).toBe('2012-02-29');
    expect(classificationDateOf(p('2013-02'))).toBe('2013-02-28');
    expect(classificationDateOf(p('2013'))).toBe('2013-12-31');
  });

  it('rejects shares outside 0 < s ≤ 1 or adding up to more than 1, accepting decimals that make 1', () => {
    expect(() =>
      validateShares('F', [
        { industry: 'a', share: 0.6 },
        { industry: 'b', share: 0.3 },
        { industry: 'c', share: 0.1 },
      ]),
    ).not.toThrow();
    expect(() => validateShares('F', [{ industry: 'bio', share: 0 }])).toThrow(
      'enterprise F: share of bio is 0; a share must be > 0 and ≤ 1',
    );
    expect(() => validateShares('F', [{ industry: 'bio', share: -0.1 }])).toThrow(/must be > 0 and ≤ 1/);
    expect(() => validateShares('F', [{ industry: 'bio', share: 1.2 }])).toThrow(/must be > 0 and ≤ 1/);
    expect(() => validateShares('F', [{ industry: 'bio', share: Number.NaN }])).toThrow(/must be > 0 and ≤ 1/);
    expect(() =>
      validateShares('F', [
        { industry: 'bio', share: 0.7 },
        { industry: 'iot', share: 0.4 },
      ]),
    ).toThrow('enterprise F: SEI shares add up to 1.1; they must add up to at most 1');
    expect(() =>
      validateShares('F', [
        { industry: 'bio', share: 0.3 },
        { industry: 'bio', share: 0.3 },
      ]),
    ).toThrow('enterprise F: industry bio is listed twice');
  });

  it('rejects a bad classification where it is read', () => {
    const over: ClassificationVersion = {
      enterprise: 'G',
      validFrom: '2011-01-01',
      shares: [
        { industry: 'bio', share: 0.5 },
        { industry: 'iot', share: 0.6 },
      ],
    };
    expect(() => classificationAt([over], '2013-01-01')).toThrow(/enterprise G: SEI shares add up to/);
    expect(() => attributeSei(new Map([['G', 1]]), new Map([['G', over.shares]]))).toThrow(/add up to/);
    expect(() => classificationAt([...versions, { ...versions[1]!, shares: [] }], '2013-01-01')).toThrow(
      'enterprise B: two classifications valid from 2010-01-01',
    );
    expect(() => classificationAt(versions, '2013-1-1')).toThrow(/YYYY-MM-DD/);
    expect(() => attributeSei(new Map([['A', Number.NaN]]), new Map())).toThrow(/not a finite number/);
  });
});

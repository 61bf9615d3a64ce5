import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../statistics/period.js';
import type { Period } from '../statistics/period.js';
import { YearToDateSeries } from './ytd.js';

const p = (text: string): Period => {
  const period = parsePeriod(text);
  if (!period) throw new Error(`bad period ${text}`);
  return period;
};
const series = (returns: Record<string, number>) =>
  new YearToDateSeries(Object.entries(returns).map(([period, value]) => ({ period: p(period), value })));

// One enterprise's 2013 output, yuan, as it files them: each return holds January to that month.
const y2013 = {
  '2013-01': 100,
  '2013-02': 190,
  '2013-03': 300,
  '2013-04': 420,
  '2013-05': 530,
  '2013-06': 650,
  '2013-07': 760,
  '2013-08': 880,
  '2013-09': 1000,
  '2013-10': 1110,
  '2013-11': 1230,
  '2013-12': 1360,
};

describe('year-to-date returns → month, quarter, year', () => {
  const s = series(y2013);

  it('takes a month alone as the difference of two consecutive returns, January as itself', () => {
    expect(s.valueOf(p('2013-01'))).toBe(100);
    expect(s.valueOf(p('2013-02'))).toBe(190 - 100);
    expect(s.valueOf(p('2013-06'))).toBe(650 - 530);
    expect(s.valueOf(p('2013-12'))).toBe(1360 - 1230);
  });

  it("takes a quarter as its last month's YTD minus the previous quarter's", () => {
    expect(s.valueOf(p('2013Q1'))).toBe(300);
    expect(s.valueOf(p('2013Q2'))).toBe(650 - 300);
    expect(s.valueOf(p('2013Q3'))).toBe(1000 - 650);
    expect(s.valueOf(p('2013Q4'))).toBe(1360 - 1000);
    // The four quarters add up to the year, as they must.
    expect(300 + (650 - 300) + (1000 - 650) + (1360 - 1000)).toBe(s.valueOf(p('2013')));
  });

  it("takes a year as December's YTD, and the year to date of any period as its last month's return", () => {
    expect(s.valueOf(p('2013'))).toBe(1360);
    expect(s.cumulativeTo(p('2013Q2'))).toBe(650);
    expect(s.cumulativeTo(p('2013-05'))).toBe(530);
    expect(s.cumulativeTo(p('2013'))).toBe(1360);
  });

  it('takes a bare-year return as the year, and prefers it to the December return', () => {
    expect(series({ '2014': 1500 }).valueOf(p('2014'))).toBe(1500);
    const both = series({ '2014-11': 1300, '2014-12': 1480, '2014': 1500 });
    expect(both.valueOf(p('2014'))).toBe(1500);
    // December alone and the fourth quarter follow the same year-end figure, so the year reads one way.
    expect(both.valueOf(p('2014-12'))).toBe(1500 - 1300);
  });

  it('reads a quarterly return as the cumulative figure at its last month', () => {
    const quarterly = series({ '2015Q1': 280, '2015Q2': 610 });
    expect(quarterly.valueOf(p('2015Q2'))).toBe(610 - 280);
    expect(quarterly.cumulativeAt(2015, 6)).toBe(610);
    // June alone needs May, which a quarterly filer never gives.
    expect(quarterly.valueOf(p('2015-06'))).toBeUndefined();
  });

  it('leaves a figure undefined when a return it needs is missing, never guessing', () => {
    const { '2013-03': _march, '2013-12': _december, ...gaps } = y2013;
    const s2 = series(gaps);
    expect(s2.valueOf(p('2013-03'))).toBeUndefined();
    expect(s2.valueOf(p('2013-04'))).toBeUndefined();
    expect(s2.valueOf(p('2013Q1'))).toBeUndefined();
    expect(s2.valueOf(p('2013Q2'))).toBeUndefined();
    // A missing May does not matter to the second quarter: it needs only March and June.
    const { '2013-05': _may, ...noMay } = y2013;
    expect(series(noMay).valueOf(p('2013Q2'))).toBe(650 - 300);
    // No December and no bare year: the year is unknown, not November's figure.
    expect(s2.valueOf(p('2013'))).toBeUndefined();
    expect(s2.valueOf(p('2013Q4'))).toBeUndefined();
    expect(s2.valueOf(p('2013-11'))).toBe(1230 - 1110);
    // A year never borrows from another year.
    expect(s.valueOf(p('2012'))).toBeUndefined();
    expect(s.valueOf(p('2014-01'))).toBeUndefined();
  });

  it('refuses two different figures for the same point and non-finite values', () => {
    expect(() => series({ '2013-06': 650, '2013Q2': 651 })).toThrow(/two different year-to-date figures for 2013Q2/);
    expect(series({ '2013-06': 650, '2013Q2': 650 }).cumulativeAt(2013, 6)).toBe(650);
    expect(() => series({ '2013-06': Number.NaN })).toThrow(/finite/);
  });
});

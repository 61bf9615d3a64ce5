import { describe, expect, it } from 'vitest';
import { formatPeriod, lastMonthOf, parsePeriod, periodLabelZh, previousYearOf } from './period.js';

describe('reporting periods', () => {
  it.each([
    ['2013', '2013'],
    ['2013年', '2013'],
    ['2013-06', '2013-06'],
    ['2013-6', '2013-06'],
    ['2013/06', '2013-06'],
    ['201306', '2013-06'],
    ['2013年6月', '2013-06'],
    ['2013年06月份', '2013-06'],
    ['2013年1-6月', '2013-06'],
    ['2013年1—6月', '2013-06'],
    ['2013Q2', '2013Q2'],
    ['2013q4', '2013Q4'],
    ['2013年二季度', '2013Q2'],
    ['2013年第3季度', '2013Q3'],
    [' 2013 - 06 ', '2013-06'],
    [2015, '2015'],
  ])('reads %j as %s', (input, canonical) => {
    const p = parsePeriod(input);
    expect(p && formatPeriod(p)).toBe(canonical);
  });

  it.each(['2013-13', '2013-00', '20131', '2013Q5', '13-06', '1899', '2013年13月', 'June 2013', '', '2013年2-6月'])(
    'refuses %j',
    (input) => {
      expect(parsePeriod(input)).toBeUndefined();
    },
  );

  it('knows the last month of each kind and the same period a year earlier', () => {
    expect(lastMonthOf({ kind: 'year', year: 2013 })).toBe(12);
    expect(lastMonthOf({ kind: 'quarter', year: 2013, quarter: 3 })).toBe(9);
    expect(lastMonthOf({ kind: 'month', year: 2013, month: 5 })).toBe(5);
    expect(formatPeriod(previousYearOf({ kind: 'quarter', year: 2013, quarter: 2 }))).toBe('2012Q2');
  });

  it('labels periods as Chinese statistics print them', () => {
    expect(periodLabelZh({ kind: 'month', year: 2013, month: 6 }, { yearToDate: true })).toBe('2013年1—6月');
    expect(periodLabelZh({ kind: 'month', year: 2013, month: 1 }, { yearToDate: true })).toBe('2013年1月');
    expect(periodLabelZh({ kind: 'quarter', year: 2013, quarter: 2 })).toBe('2013年二季度');
    expect(periodLabelZh({ kind: 'year', year: 2013 })).toBe('2013年');
  });
});

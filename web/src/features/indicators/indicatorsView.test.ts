import { describe, expect, it } from 'vitest';
import { sparkOption, trendOption } from './charts';
import {
  chartValue,
  exportFileName,
  forecastPath,
  formatFigure,
  formatGrowth,
  formatPeriodText,
  formatRequired,
  formatYi,
  growthBucketLabels,
  growthColor,
  parsePeriod,
  periodLabel,
  targetYearSeries,
  yearsBetween,
} from './indicatorsView';

describe('periods', () => {
  it('reads and writes years, quarters and months', () => {
    expect(parsePeriod('2013')).toEqual({ kind: 'year', year: 2013 });
    expect(parsePeriod('2013Q2')).toEqual({ kind: 'quarter', year: 2013, part: 2 });
    expect(parsePeriod('2013-06')).toEqual({ kind: 'month', year: 2013, part: 6 });
    for (const text of ['2013', '2013Q4', '2013-01', '2013-12']) {
      expect(formatPeriodText(parsePeriod(text)!)).toBe(text);
    }
    for (const bad of ['', '13', '2013Q5', '2013-13', '2013-6', null, undefined]) {
      expect(parsePeriod(bad)).toBeUndefined();
    }
  });

  it('names a period as year to date, in Chinese and English', () => {
    expect(periodLabel({ kind: 'year', year: 2013 }, 'zh-CN')).toBe('2013年');
    expect(periodLabel({ kind: 'quarter', year: 2013, part: 2 }, 'zh-CN')).toBe('2013年第二季度（1—6月累计）');
    expect(periodLabel({ kind: 'month', year: 2013, part: 6 }, 'zh-CN')).toBe('2013年1—6月');
    expect(periodLabel({ kind: 'month', year: 2013, part: 1 }, 'zh-CN')).toBe('2013年1月');
    expect(periodLabel({ kind: 'month', year: 2013, part: 6 }, 'en-US')).toBe('January–June 2013');
  });

  it('lists the years between two, both included', () => {
    expect(yearsBetween(2010, 2013)).toEqual([2010, 2011, 2012, 2013]);
    expect(yearsBetween(2013, 2013)).toEqual([2013]);
    expect(yearsBetween(2014, 2013)).toEqual([]);
  });
});

describe('values', () => {
  it('shows amounts in 亿元 with two decimals and ratios in %', () => {
    expect(formatYi(207_950_653_000, 'zh-CN')).toBe('2079.51亿元');
    expect(formatYi(360_000_000_000, 'zh-CN')).toBe('3600.00亿元');
    expect(formatFigure(0.316942385, 'ratio', 'zh-CN')).toBe('31.69%');
    expect(formatFigure(null, 'yuan', 'zh-CN')).toBe('—');
    expect(formatYi(207_950_653_000, 'en-US')).toBe('CNY 207.95 billion');
  });

  it('signs growths, and shows a change of a ratio in points', () => {
    expect(formatGrowth(0.194823, 'yuan', 'zh-CN')).toBe('+19.48%');
    expect(formatGrowth(-0.05, 'yuan', 'zh-CN')).toBe('−5.00%');
    expect(formatGrowth(0.021293, 'ratio', 'zh-CN')).toBe('+2.13个百分点');
    expect(formatGrowth(null, 'yuan', 'zh-CN')).toBe('—');
  });

  it('says what is still needed: a growth rate for amounts, points for shares', () => {
    expect(formatRequired('level', 0.315743, 'zh-CN')).toBe('尚需年均增长31.57%');
    expect(formatRequired('share', 0.0185512, 'zh-CN')).toBe('尚需每年提高1.86个百分点');
    expect(formatRequired('annual_change', -0.0084712, 'zh-CN')).toBe('已高于目标值');
    expect(formatRequired('level', -0.3, 'zh-CN')).toBe('已高于目标值');
    expect(formatRequired('level', null, 'zh-CN')).toBeNull();
  });

  it('scales chart values to 亿元 (billions in English) and percent, two decimals, keeping gaps', () => {
    expect(chartValue(207_950_653_000, 'yuan', 'zh-CN')).toBe(2079.51);
    expect(chartValue(207_950_653_000, 'yuan', 'en-US')).toBe(207.95);
    expect(chartValue(0.316942, 'ratio', 'zh-CN')).toBe(31.69);
    expect(chartValue(null, 'yuan', 'zh-CN')).toBeNull();
  });

  it('colours growth in buckets and labels them', () => {
    expect(growthColor(-0.01)).toBe('#cf1322');
    expect(growthColor(0)).toBe('#fadb14');
    expect(growthColor(0.35)).toBe('#135200');
    expect(growthColor(null)).toBeUndefined();
    expect(growthBucketLabels('zh-CN')).toEqual(['< 0%', '0%–10%', '10%–20%', '20%–30%', '≥ 30%']);
  });

  it('makes a file name of a title', () => {
    expect(exportFileName('南湖区 / 2013年')).toBe('南湖区 2013年.xlsx');
    expect(exportFileName('  ')).toBe('export.xlsx');
  });
});

describe('series', () => {
  it('draws the forecast compound for amounts, straight in points for shares', () => {
    // Jiaxing example (docs/indicators.md): 2000 in 2013, forecast 2811.44 in 2015.
    const path = forecastPath({ year: 2013, value: 2000 }, 2811.44, 2015, 'level');
    expect(path.map((p) => p.year)).toEqual([2013, 2014, 2015]);
    expect(path[1]?.value).toBeCloseTo(2000 * Math.sqrt(2811.44 / 2000), 9);
    expect(path[2]?.value).toBeCloseTo(2811.44, 9);
    const share = forecastPath({ year: 2012, value: 0.26 }, 0.3, 2015, 'share');
    expect(share[1]?.value).toBeCloseTo(0.26 + 0.04 / 3, 12);
    expect(forecastPath({ year: 2015, value: 1 }, 2, 2015, 'level')).toEqual([]);
    expect(forecastPath(undefined, 2, 2015, 'level')).toEqual([]);
    expect(forecastPath({ year: 2013, value: 1 }, null, 2015, 'level')).toEqual([]);
  });

  it("takes one target's actual and path from each year's progress, with gaps where a year is missing", () => {
    const byYear = new Map([
      [2011, { items: [{ target: 'a', actual: 1, trajectory: 2, status: 'off_track' as const }] }],
      [2013, { items: [{ target: 'a', actual: 3, trajectory: 3, status: 'on_track' as const }] }],
    ]);
    expect(targetYearSeries('a', [2011, 2012, 2013], byYear)).toEqual([
      { year: 2011, actual: 1, trajectory: 2, status: 'off_track' },
      { year: 2012, actual: null, trajectory: null, status: null },
      { year: 2013, actual: 3, trajectory: 3, status: 'on_track' },
    ]);
  });

  it('builds the spark line and the trend chart with the target as a line', () => {
    const spark = sparkOption(
      { years: [2011, 2012], actual: [1, 2], trajectory: [1, 3] },
      { actual: 'A', trajectory: 'T' },
    );
    expect(Array.isArray(spark.series) ? spark.series.map((s) => s.name) : []).toEqual(['T', 'A']);
    const trend = trendOption(
      {
        years: [2014, 2015],
        actual: [1, null],
        trajectory: [1, 2],
        forecast: [1, 2.5],
        targetValue: 2,
        targetYear: 2015,
        unitLabel: '亿元',
      },
      { actual: 'A', trajectory: 'T', forecast: 'F', target: 'G' },
    );
    const series = Array.isArray(trend.series) ? trend.series : [];
    expect(series.map((s) => s.name)).toEqual(['A', 'T', 'F']);
    expect(JSON.stringify(series[0])).toContain('"yAxis":2');
  });
});

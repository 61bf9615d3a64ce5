import { describe, expect, it } from 'vitest';
import type { components } from './api/openapi';
import {
  formatAmount,
  formatDate,
  formatDateTime,
  formatFen,
  formatNumber,
  formatPercent,
  formatPoints,
  formatRefundSchedule,
  formatTargetValue,
} from './format';

type Target = components['schemas']['Target'];

function target(overrides: Partial<Target>): Target {
  return {
    id: 't',
    name: { zh: '目标', en: 'Target' },
    indicator: 'sei_output',
    kind: 'level',
    scope: { region: null, industry: null },
    baseYear: 2010,
    targetYear: 2015,
    value: null,
    multiple: null,
    growth: null,
    change: null,
    expectedValue: null,
    comparator: 'gte',
    tolerance: 0.05,
    unit: 'yuan',
    displayUnit: '亿元',
    source: '',
    ...overrides,
  };
}

describe('numbers', () => {
  it('prints Chinese figures without grouping and English ones with it', () => {
    expect(formatNumber(3600, 'zh-CN')).toBe('3600');
    expect(formatNumber(3600, 'en-US')).toBe('3,600');
    expect(formatNumber(1234.5678, 'zh-CN')).toBe('1234.57');
  });

  it('shows fractions as percentages without floating-point noise', () => {
    expect(formatPercent(0.3, 'zh-CN')).toBe('30%');
    expect(formatPercent(0.15, 'zh-CN')).toBe('15%');
    expect(formatPercent(0.035, 'en-US')).toBe('3.5%');
    expect(formatPoints(0.015, 'zh-CN')).toBe('1.5个百分点');
    expect(formatPoints(0.015, 'en-US')).toBe('1.5 percentage points');
  });
});

describe('amounts', () => {
  it('shows yuan in 亿元 and 万元 as Chinese statistics print them', () => {
    expect(formatAmount(3600e8, '亿元', 'zh-CN')).toBe('3600亿元');
    expect(formatAmount(1000e8, '亿元', 'zh-CN')).toBe('1000亿元');
    expect(formatAmount(12.5e4, '万元', 'zh-CN')).toBe('12.5万元');
  });

  it('shows English amounts in billions and millions of yuan', () => {
    expect(formatAmount(3600e8, '亿元', 'en-US')).toBe('CNY 360 billion');
    expect(formatAmount(5e8, '亿元', 'en-US')).toBe('CNY 500 million');
    expect(formatAmount(1200, '亿元', 'en-US')).toBe('CNY 1,200');
  });

  it('turns fen into 亿元 (1亿元 = 1e10 fen)', () => {
    expect(formatFen(5e10, '亿元', 'zh-CN')).toBe('5亿元');
    expect(formatFen(5e10, '亿元', 'en-US')).toBe('CNY 500 million');
  });
});

describe('targets', () => {
  it('words a level target with its comparator and unit', () => {
    expect(formatTargetValue(target({ kind: 'level', value: 3600e8, comparator: 'gt' }), 'zh-CN')).toBe('超过3600亿元');
    expect(formatTargetValue(target({ kind: 'level', value: 3600e8, comparator: 'gte' }), 'zh-CN')).toBe(
      '不低于3600亿元',
    );
    expect(formatTargetValue(target({ kind: 'level', value: 1000e8, comparator: 'gt' }), 'en-US')).toBe(
      'more than CNY 100 billion',
    );
  });

  it('words a multiple of the base year', () => {
    const t = target({ kind: 'multiple', multiple: 3 });
    expect(formatTargetValue(t, 'zh-CN')).toBe('不低于2010年的3倍');
    expect(formatTargetValue(t, 'en-US')).toBe('at least 3 × the 2010 value');
  });

  it('words shares, growth, yearly change and ratio floors', () => {
    const ratio = { unit: 'ratio' as const, displayUnit: '%' };
    expect(formatTargetValue(target({ ...ratio, kind: 'share', value: 0.3 }), 'zh-CN')).toBe('不低于30%');
    expect(formatTargetValue(target({ ...ratio, kind: 'annual_growth', growth: 0.15 }), 'zh-CN')).toBe(
      '年均增长不低于15%',
    );
    expect(formatTargetValue(target({ ...ratio, kind: 'annual_change', change: 0.015 }), 'zh-CN')).toBe(
      '每年提高1.5个百分点',
    );
    expect(
      formatTargetValue(target({ ...ratio, kind: 'annual_change', change: 0.015, expectedValue: 0.18 }), 'zh-CN'),
    ).toBe('每年提高1.5个百分点，到2015年约18%');
    expect(
      formatTargetValue(target({ ...ratio, kind: 'annual_change', change: 0.015, expectedValue: 0.18 }), 'en-US'),
    ).toBe('+1.5 percentage points a year, about 18% by 2015');
    expect(formatTargetValue(target({ ...ratio, kind: 'ratio_floor', value: 0.03 }), 'zh-CN')).toBe('不低于3%');
  });

  it('shows a dash when the value is missing rather than inventing one', () => {
    expect(formatTargetValue(target({ kind: 'level', value: null }), 'zh-CN')).toBe('不低于—');
  });
});

describe('refund schedule', () => {
  it('words the years and rates', () => {
    const schedule = [
      { years: 3, rate: 1 },
      { years: 3, rate: 0.5 },
    ];
    expect(formatRefundSchedule(schedule, 'zh-CN')).toBe('前3年100%、后3年50%');
    expect(formatRefundSchedule(schedule, 'en-US')).toBe('years 1–3: 100%, years 4–6: 50%');
    expect(
      formatRefundSchedule(
        [
          { years: 3, rate: 1 },
          { years: 2, rate: 0.5 },
          { years: 1, rate: 0.25 },
        ],
        'zh-CN',
      ),
    ).toBe('前3年100%、第4—5年50%、后1年25%');
  });
});

describe('dates', () => {
  it('prints an ISO date the way each language writes it', () => {
    expect(formatDate('2011-07-08', 'zh-CN')).toBe('2011年7月8日');
    expect(formatDate('2011-07-08', 'en-US')).toBe('8 July 2011');
  });
});

describe('formatDateTime', () => {
  it('shows a moment in local time to the minute, and nothing for none', () => {
    const iso = '2026-05-12T06:03:09.000Z';
    const local = new Date(iso);
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(formatDateTime(iso)).toBe(
      `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())} ${pad(local.getHours())}:${pad(local.getMinutes())}`,
    );
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('fixed decimals', () => {
  it('pads to the minimum and rounds to the maximum', () => {
    expect(formatNumber(20975, 'zh-CN', 2, 2)).toBe('20975.00');
    expect(formatNumber(23305.6, 'zh-CN', 2, 2)).toBe('23305.60');
    expect(formatNumber(1250.555, 'en-US', 2, 2)).toBe('1,250.56');
  });
});

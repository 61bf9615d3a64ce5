import type { ChartOption } from '../../components/Chart';

/**
 * ECharts options of the indicator pages, built from plain series so they can be tested without a browser. Values
 * arrive already scaled (亿元 or %, see chartValue); null is a gap.
 */

export interface YearSeries {
  years: number[];
  actual: (number | null)[];
  trajectory: (number | null)[];
}

const actualColor = '#1d5fbf';
const pathColor = '#8c8c8c';
const forecastColor = '#722ed1';
const targetColor = '#cf1322';

/** The card's spark line: actual (solid) against the required path (dashed), no axes. */
export function sparkOption(s: YearSeries, names: { actual: string; trajectory: string }): ChartOption {
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 6, bottom: 2 },
    xAxis: { type: 'category', data: s.years.map(String), show: false, boundaryGap: false },
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: { trigger: 'axis', confine: true, valueFormatter: (v) => (typeof v === 'number' ? v.toFixed(2) : '—') },
    series: [
      {
        type: 'line',
        name: names.trajectory,
        data: s.trajectory,
        symbol: 'none',
        lineStyle: { type: 'dashed', width: 1.5, color: pathColor },
        itemStyle: { color: pathColor },
        connectNulls: false,
      },
      {
        type: 'line',
        name: names.actual,
        data: s.actual,
        symbol: 'circle',
        symbolSize: 3,
        lineStyle: { width: 2, color: actualColor },
        itemStyle: { color: actualColor },
      },
    ],
  };
}

export interface TrendSeries extends YearSeries {
  /** Forecast values by year (null outside the forecast's span). */
  forecast: (number | null)[];
  targetValue: number | null;
  targetYear: number;
  unitLabel: string;
}

/** The target's trend: actual, the required path, the target value as a line, and the dashed forecast. */
export function trendOption(
  s: TrendSeries,
  names: { actual: string; trajectory: string; forecast: string; target: string },
): ChartOption {
  const digits = 2;
  return {
    animation: false,
    grid: { left: 64, right: 96, top: 48, bottom: 32 },
    legend: { top: 0, data: [names.actual, names.trajectory, names.forecast] },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (typeof v === 'number' ? `${v.toFixed(digits)} ${s.unitLabel}` : '—'),
    },
    xAxis: { type: 'category', data: s.years.map(String), boundaryGap: false },
    yAxis: { type: 'value', name: s.unitLabel, scale: false, nameTextStyle: { align: 'right' } },
    series: [
      {
        type: 'line',
        name: names.actual,
        data: s.actual,
        symbolSize: 7,
        lineStyle: { width: 3, color: actualColor },
        itemStyle: { color: actualColor },
        markLine:
          s.targetValue === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { color: targetColor, type: 'solid', width: 1.5 },
                label: {
                  position: 'end',
                  formatter: `${names.target}\n${s.targetValue.toFixed(digits)}`,
                  color: targetColor,
                },
                data: [{ yAxis: s.targetValue }],
              },
      },
      {
        type: 'line',
        name: names.trajectory,
        data: s.trajectory,
        symbol: 'none',
        lineStyle: { type: 'dashed', width: 2, color: pathColor },
        itemStyle: { color: pathColor },
      },
      {
        type: 'line',
        name: names.forecast,
        data: s.forecast,
        symbol: 'emptyCircle',
        symbolSize: 6,
        lineStyle: { type: 'dotted', width: 2.5, color: forecastColor },
        itemStyle: { color: forecastColor },
      },
    ],
  };
}

/** A plain yearly (or monthly) figure: value as a line, its growth as bars on a second axis. */
export function figureTrendOption(
  s: {
    periods: string[];
    value: (number | null)[];
    growth: (number | null)[];
    valueLabel: string;
    growthLabel: string;
  },
  names: { value: string; growth: string },
): ChartOption {
  return {
    animation: false,
    grid: { left: 64, right: 64, top: 48, bottom: 32 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: s.periods },
    yAxis: [
      { type: 'value', name: s.valueLabel },
      { type: 'value', name: s.growthLabel, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: names.growth,
        data: s.growth,
        yAxisIndex: 1,
        itemStyle: { color: '#b7d3f7' },
        barMaxWidth: 24,
      },
      {
        type: 'line',
        name: names.value,
        data: s.value,
        symbolSize: 6,
        lineStyle: { width: 3, color: actualColor },
        itemStyle: { color: actualColor },
      },
    ],
  };
}

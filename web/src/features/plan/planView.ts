import type { Schemas } from '../../api/client';

export type Plan = Schemas['PlanOverview'];
export type Region = Schemas['Region'];
export type Industry = Schemas['Industry'];
export type Target = Schemas['Target'];

/**
 * Industry colours, by the industry's position in the plan (Okabe–Ito, distinguishable with the common forms of
 * colour blindness). The map, the legend and every industry tag use the same colour for the same industry.
 */
const palette = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F0E442', '#999999'];

export function industryColor(plan: Plan, industryCode: string): string {
  const index = plan.industries.findIndex((i) => i.code === industryCode);
  return palette[(index < 0 ? plan.industries.length : index) % palette.length] ?? '#999999';
}

const countyKinds: ReadonlySet<Region['kind']> = new Set(['district', 'county', 'county_city']);
const zoneKinds: ReadonlySet<Region['kind']> = new Set(['development_zone', 'port_zone', 'new_area']);

export function isCounty(region: Region): boolean {
  return countyKinds.has(region.kind);
}

export function isZone(region: Region): boolean {
  return zoneKinds.has(region.kind);
}

export function cityOf(plan: Plan): Region | undefined {
  return plan.regions.find((r) => r.kind === 'city');
}

/** City first, then each county (by code) followed by the zones carved out of it. */
export function regionsInOrder(plan: Plan): Region[] {
  const byCode = (a: Region, b: Region) => a.code.localeCompare(b.code);
  const counties = plan.regions.filter(isCounty).sort(byCode);
  const zones = plan.regions.filter(isZone).sort(byCode);
  const placed = new Set<string>();
  const ordered: Region[] = plan.regions.filter((r) => r.kind === 'city');
  for (const county of counties) {
    ordered.push(county);
    for (const zone of zones.filter((z) => z.parentCode === county.code)) {
      ordered.push(zone);
      placed.add(zone.code);
    }
  }
  return [...ordered, ...zones.filter((z) => !placed.has(z.code))];
}

/** Names of the plan's industries and regions by code, in the current language; the code when unknown. */
export function namesOf(plan: Plan, localize: (name: { zh: string; en: string }) => string) {
  const industries = new Map(plan.industries.map((i) => [i.code, localize(i.name)]));
  const regions = new Map(plan.regions.map((r) => [r.code, localize(r.name)]));
  return {
    industry: (code: string) => industries.get(code) ?? code,
    region: (code: string) => regions.get(code) ?? code,
  };
}

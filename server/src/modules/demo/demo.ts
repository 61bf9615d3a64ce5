import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { PlanFile } from '../plan/plan-file.schema.js';
import { buildUscc } from '../enterprises/uscc.js';

/**
 * Synthetic, reproducible demo data: the same seed and options always give the same enterprises and figures.
 * Calibrated so the city's totals are plausible against what is known of Jiaxing: GDP 2011–2015 as published, and
 * SEI output in 2010 ≈ 1200亿元 (the plan's 3600亿元 in 2015 is three times it). Everything else is invented and
 * marked as demo data wherever it is shown.
 */

export interface DemoOptions {
  enterprises: number;
  from: number;
  to: number;
  seed: number;
}

export interface DemoEnterprise {
  uscc: string;
  name: string;
  region: string;
  aboveScale: boolean;
  /** SEI industries with shares (Σ ≤ 1); empty for a non-SEI enterprise. */
  seiShares: { industry: string; share: number }[];
  firstYear: number;
  lastYear: number;
  /** 工业总产值 per year, yuan. */
  output: Record<number, number>;
}

export interface DemoYear {
  year: number;
  gdp: number;
  gdpSource: 'published' | 'extrapolated';
  seiOutput: number;
  aboveScaleOutput: number;
  enterprises: number;
}

export interface DemoData {
  options: DemoOptions;
  enterprises: DemoEnterprise[];
  years: DemoYear[];
}

const YI = 1e8;
/** Jiaxing GDP, 亿元, as published; other years are extrapolated at the 2011–2015 average growth. */
const PUBLISHED_GDP: Record<number, number> = { 2011: 2668.1, 2012: 2885, 2013: 3147.7, 2014: 3352.8, 2015: 3517.8 };
const SEI_OUTPUT_2010 = 1200 * YI;
/** Assumed: SEI is about a quarter of above-size output in 2010 (the plan asks for 30% by 2015). */
const ABOVE_SCALE_OUTPUT_2010 = 4800 * YI;

export function generateDemo(plan: PlanFile, options: DemoOptions): DemoData {
  if (options.to < options.from) throw new Error('--to must not be before --from');
  if (options.enterprises < 10) throw new Error('--enterprises must be at least 10');
  const rng = xoroshiro128plus(options.seed);
  const uniform = () => uniformInt(rng, 0, 999_999) / 1_000_000;
  const pick = <T>(items: readonly T[]): T => items[uniformInt(rng, 0, items.length - 1)] as T;

  const counties = plan.city.counties.map((c) => c.code);
  const industries = plan.industries.map((i) => i.code);
  const focus = new Map(plan.focusIndustries.map((f) => [f.region, f.industries]));
  const enterprises: DemoEnterprise[] = [];
  const rawSize: number[] = [];

  for (let n = 0; n < options.enterprises; n += 1) {
    const region = pick(counties);
    const isSei = uniform() < 0.3;
    const seiShares: DemoEnterprise['seiShares'] = [];
    if (isSei) {
      // Two in three SEI enterprises work in one of their county's focus industries.
      const own = focus.get(region) ?? industries;
      const main = uniform() < 0.67 ? pick(own) : pick(industries);
      if (uniform() < 0.2) {
        const other = pick(industries.filter((i) => i !== main));
        seiShares.push({ industry: main, share: 0.6 }, { industry: other, share: 0.2 });
      } else {
        seiShares.push({ industry: main, share: 1 });
      }
    }
    const firstYear =
      uniform() < 0.85 ? options.from : options.from + uniformInt(rng, 1, Math.max(1, options.to - options.from));
    const lastYear = uniform() < 0.05 ? Math.max(firstYear, options.to - uniformInt(rng, 0, 3)) : options.to;
    const body = `${String(n).padStart(6, '0')}${pick(['A', 'B', 'C', 'D'])}${uniformInt(rng, 0, 9)}`;
    enterprises.push({
      uscc: buildUscc(region, body),
      name: `（演示）嘉兴${String(n + 1).padStart(4, '0')}号${isSei ? '新兴产业' : '制造'}有限公司`,
      region,
      aboveScale: uniform() < 0.9,
      seiShares,
      firstYear,
      lastYear,
      output: {},
    });
    // A heavy-tailed size: most enterprises are small, a few are very large (龙头企业).
    rawSize.push(
      Math.exp(2.2 * Math.sqrt(-2 * Math.log(1 - uniform() * 0.999999)) * Math.cos(2 * Math.PI * uniform())),
    );
  }

  const seiWeight = (e: DemoEnterprise) => e.seiShares.reduce((s, x) => s + x.share, 0);
  // Scale SEI and the rest separately, over the enterprises present in the first year, so that both first-year
  // totals land exactly on their calibration; enterprises that enter later add to the growth after it.
  let seiRaw = 0;
  let seiAboveScaleRaw = 0;
  let otherAboveScaleRaw = 0;
  enterprises.forEach((e, i) => {
    if (e.firstYear !== options.from) return;
    const w = seiWeight(e);
    const size = rawSize[i] ?? 0;
    seiRaw += w * size;
    if (e.aboveScale && w > 0) seiAboveScaleRaw += size;
    if (e.aboveScale && w === 0) otherAboveScaleRaw += size;
  });
  // An SEI enterprise's whole output is on the SEI scale; its SEI figure is that output times its shares.
  const seiScale = SEI_OUTPUT_2010 / seiRaw;
  const otherScale = (ABOVE_SCALE_OUTPUT_2010 - seiAboveScaleRaw * seiScale) / otherAboveScaleRaw;

  enterprises.forEach((e, i) => {
    const w = seiWeight(e);
    let value = (rawSize[i] ?? 0) * (w > 0 ? seiScale : otherScale);
    // During the plan SEI firms grow about 19 %/yr (behind the 24.6 % that tripling needs) and others about 7 %/yr;
    // after 2015 growth slows to about 9 % and 5 %, as Jiaxing's did. Each year with noise.
    for (let year = options.from; year <= options.to; year += 1) {
      const trend = year <= 2015 ? 1.07 + 0.12 * w : 1.05 + 0.04 * w;
      if (year > options.from) value *= trend + (uniform() - 0.5) * 0.12;
      if (year >= e.firstYear && year <= e.lastYear) e.output[year] = Math.round(value * 100) / 100;
    }
  });

  const years: DemoYear[] = [];
  for (let year = options.from; year <= options.to; year += 1) {
    let seiOutput = 0;
    let aboveScaleOutput = 0;
    let active = 0;
    for (const e of enterprises) {
      const v = e.output[year];
      if (v === undefined) continue;
      active += 1;
      seiOutput += v * seiWeight(e);
      if (e.aboveScale) aboveScaleOutput += v;
    }
    const published = PUBLISHED_GDP[year];
    years.push({
      year,
      gdp: (published ?? extrapolateGdp(year)) * YI,
      gdpSource: published ? 'published' : 'extrapolated',
      seiOutput,
      aboveScaleOutput,
      enterprises: active,
    });
  }
  return { options, enterprises, years };
}

function extrapolateGdp(year: number): number {
  const growth = Math.pow(3517.8 / 2668.1, 1 / 4);
  return year < 2011 ? 2668.1 / Math.pow(growth, 2011 - year) : 3517.8 * Math.pow(growth, year - 2015);
}

/** A plain-text summary of the data set: what `npx beizeng demo` prints. */
export function describeDemo(demo: DemoData): string {
  const { options } = demo;
  const sei = demo.enterprises.filter((e) => e.seiShares.length > 0).length;
  const lines = [
    `演示数据 demo data — seed ${options.seed}, ${demo.enterprises.length} enterprises (${sei} SEI), ${options.from}–${options.to}`,
    '',
    'year  GDP(亿元)       SEI output(亿元)  above-size output(亿元)  SEI share  enterprises',
  ];
  for (const y of demo.years) {
    lines.push(
      `${y.year}  ${(y.gdp / YI).toFixed(1).padStart(8)}${y.gdpSource === 'published' ? ' (pub)' : ' (est)'}  ${(y.seiOutput / YI).toFixed(1).padStart(16)}  ${(y.aboveScaleOutput / YI).toFixed(1).padStart(23)}  ${((y.seiOutput / y.aboveScaleOutput) * 100).toFixed(1).padStart(8)}%  ${String(y.enterprises).padStart(11)}`,
    );
  }
  return lines.join('\n');
}

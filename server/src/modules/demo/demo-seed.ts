import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database.js';
import { systemContext, type RoleGrant } from '../auth/actor.js';
import { createUser } from '../auth/auth.service.js';
import type { PlanFile } from '../plan/plan-file.schema.js';
import type { ReturnIndicator } from '../statistics/import/columns.js';
import { writeImportFile, type ImportRowInput } from '../statistics/import/templates.js';
import { runImport, type ImportOutcome } from '../statistics/import.service.js';
import { formatMonth } from '../statistics/period.js';
import { seedDemoProjects } from '../projects/demo-projects.js';
import { seedDefaultLiaison } from '../liaison/liaison.service.js';
import { generateDemo, type DemoData, type DemoEnterprise, type DemoOptions } from './demo.js';

/**
 * Fills an empty platform with the synthetic demo data set — through the import path itself: the data are written as
 * template-shaped files (XLSX, GB18030 and UTF-8 CSV) into `outDir` and imported like any county's files, so a demo
 * start exercises reading, validation, revisions and the batch log.
 */
export async function seedDemo(
  db: Db,
  plan: PlanFile,
  options: DemoOptions,
  outDir: string,
  log: (line: string) => void = () => undefined,
): Promise<{ data: DemoData; outcomes: ImportOutcome[]; files: string[] }> {
  const data = generateDemo(plan, options);
  fs.mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  const ctx = systemContext('cli');
  const outcomes: ImportOutcome[] = [];
  const importFile = async (file: string, kind: 'enterprises' | 'returns' | 'region-stats') => {
    const outcome = await runImport(db, ctx, { filePath: file, fileName: path.basename(file), kind, dryRun: false });
    if (outcome.status !== 'committed') {
      const first = outcome.problems[0];
      throw new Error(
        `demo file ${path.basename(file)} was refused: ${first ? JSON.stringify(first) : 'unknown problem'}`,
      );
    }
    outcomes.push(outcome);
    log(`  ${path.basename(file)}: ${outcome.dataRows} rows imported (batch ${outcome.batchId})`);
  };

  const register = path.join(outDir, 'enterprises.xlsx');
  await writeImportFile('enterprises', data.enterprises.map(registerRow), register, { format: 'xlsx' });
  files.push(register);
  await importFile(register, 'enterprises');

  for (let year = options.from; year <= options.to; year += 1) {
    // Years alternate between the encodings county offices send: GB18030 (Chinese Excel) and UTF-8 with a BOM.
    const gb = year % 2 === 0;
    const file = path.join(outDir, `returns-${year}${gb ? '-gb18030' : ''}.csv`);
    const rows = data.enterprises.flatMap((e) => monthlyReturns(e, year));
    await writeImportFile('returns', rows, file, { format: 'csv', encoding: gb ? 'gb18030' : 'utf-8' });
    files.push(file);
    await importFile(file, 'returns');
  }

  const regionFile = path.join(outDir, 'region-stats.xlsx');
  await writeImportFile('region-stats', regionTotals(plan, data), regionFile, { format: 'xlsx' });
  files.push(regionFile);
  await importFile(regionFile, 'region-stats');
  // Major projects, their monthly progress (imported), leads, coordination problems and meetings.
  await seedDemoProjects(
    db,
    plan,
    { ...options, perYear: Math.min(100, Math.ceil(options.enterprises / 12)) },
    outDir,
    log,
  );
  await seedDefaultLiaison(db); // the leading group and the industries' liaison leaders (联系制度), marked 演示
  return { data, outcomes, files };
}

export const DEMO_PASSWORD = 'Demo-2011-beizeng';

/** Demo logins, one per role and one per county, all with DEMO_PASSWORD; returned for `npm start` to print. */
export async function createDemoUsers(
  db: Db,
  plan: PlanFile,
  data: DemoData,
): Promise<{ login: string; role: string }[]> {
  const firstSei = data.enterprises.find((e) => e.seiShares.length > 0);
  const users: { login: string; name: string; roles: RoleGrant[] }[] = [
    {
      login: 'demo-office',
      name: '（演示）领导小组办公室',
      roles: [{ role: 'admin', regionCode: null, enterpriseUscc: null }],
    },
    {
      login: 'demo-leader',
      name: '（演示）市领导',
      roles: [{ role: 'leader', regionCode: null, enterpriseUscc: null }],
    },
    { login: 'demo-expert', name: '（演示）专家', roles: [{ role: 'expert', regionCode: null, enterpriseUscc: null }] },
    ...plan.city.counties.map((c) => ({
      login: `demo-${c.code}`,
      name: `（演示）${c.name.zh}经信局`,
      roles: [{ role: 'county' as const, regionCode: c.code, enterpriseUscc: null }],
    })),
    ...(firstSei
      ? [
          {
            login: 'demo-enterprise',
            name: `（演示）${firstSei.name}`,
            roles: [{ role: 'enterprise' as const, regionCode: null, enterpriseUscc: firstSei.uscc }],
          },
        ]
      : []),
  ];
  for (const u of users) {
    await createUser(db, systemContext('cli'), {
      login: u.login,
      displayName: u.name,
      password: DEMO_PASSWORD,
      roles: u.roles,
    });
  }
  return users.map((u) => ({ login: u.login, role: u.roles[0]?.role ?? '' }));
}

function registerRow(e: DemoEnterprise): ImportRowInput<'enterprises'> {
  return {
    uscc: e.uscc,
    name: e.name,
    region: e.region,
    above_scale: e.aboveScale,
    industry_code: null,
    sei_industries: e.seiShares.map((s) => ({ industry: s.industry, share: s.share })),
    tags: [],
  };
}

/** Share of the year's output by the end of each month: February is short (Spring Festival), December long. */
const MONTH_WEIGHTS = [0.07, 0.055, 0.085, 0.085, 0.085, 0.085, 0.085, 0.085, 0.085, 0.09, 0.09, 0.1];
const CUMULATIVE = MONTH_WEIGHTS.map((_, i) => MONTH_WEIGHTS.slice(0, i + 1).reduce((s, w) => s + w, 0));

/** A stable number in [0, 1) from a text: the same enterprise always gets the same rates. */
function unit(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/** Twelve year-to-date returns of an enterprise for a year, every figure a whole number of 千元 (exact in files). */
function monthlyReturns(e: DemoEnterprise, year: number): ImportRowInput<'returns'>[] {
  const annual = e.output[year];
  if (annual === undefined) return [];
  const sei = e.seiShares.reduce((s, x) => s + x.share, 0) > 0;
  const vaRate = 0.18 + 0.08 * unit(`${e.uscc}va`);
  const rdRate = sei ? 0.02 + 0.02 * unit(`${e.uscc}rd`) : 0.005 + 0.01 * unit(`${e.uscc}rd`);
  const thousands = (v: number) => Math.round(v / 1000) * 1000;
  const employees = Math.max(8, Math.round(annual / (0.9e6 + 0.6e6 * unit(`${e.uscc}prod`))));
  const land = Math.round(20 + 200 * unit(`${e.uscc}land`));
  return CUMULATIVE.map((share, i) => {
    const output = annual * share;
    const values: Partial<Record<ReturnIndicator, number>> = {
      output_value: thousands(output),
      sales_output: thousands(output * 0.97),
      value_added: thousands(output * vaRate),
      revenue: thousands(output * 1.04),
      rd_expense: thousands(output * 1.04 * rdRate),
      taxes: thousands(output * 1.04 * 0.045),
      employees,
      energy_tce: Math.round((output / 1e4) * 0.045),
      land_mu: land,
    };
    return { uscc: e.uscc, period: formatMonth(year, i + 1), values };
  });
}

/** Yearly totals of the city and each county: GDP (the city's as published, split by output), above-size output and value added. */
function regionTotals(plan: PlanFile, data: DemoData): ImportRowInput<'region-stats'>[] {
  const rows: ImportRowInput<'region-stats'>[] = [];
  const countyOf = (region: string) => plan.city.zones.find((z) => z.code === region)?.county ?? region;
  for (const y of data.years) {
    const output = new Map<string, number>();
    for (const e of data.enterprises) {
      const v = e.output[y.year];
      if (v === undefined || !e.aboveScale) continue;
      const county = countyOf(e.region);
      output.set(county, (output.get(county) ?? 0) + v);
    }
    const cityOutput = [...output.values()].reduce((s, v) => s + v, 0);
    const yi = (v: number) => Math.round(v / 1e6) * 1e6; // whole 百万元: exact in 亿元 with two decimals
    rows.push({
      region: plan.city.code,
      period: String(y.year),
      values: { gdp: yi(y.gdp), industrial_output: yi(cityOutput), industrial_value_added: yi(cityOutput * 0.22) },
    });
    for (const county of plan.city.counties) {
      const v = output.get(county.code) ?? 0;
      rows.push({
        region: county.code,
        period: String(y.year),
        values: { gdp: yi((y.gdp * v) / cityOutput), industrial_output: yi(v), industrial_value_added: yi(v * 0.22) },
      });
    }
  }
  return rows;
}

import type { Command } from 'commander';
import { readConfig } from '../../config.js';
import { openPlatform } from '../../platform.js';
import { rebuildCube } from './cube.service.js';
import { progressToWire, type ProgressResponse } from './indicators.schema.js';
import { readProgress } from './progress.service.js';
import { statusZh } from './warnings.service.js';
import type { z } from 'zod';

type Wire = z.infer<typeof ProgressResponse>;

/** `progress` (every target's progress) and `cube rebuild` (repair the cube from the returns). */
export function registerIndicatorCommands(program: Command): void {
  program
    .command('progress')
    .description("every target's progress at a period (JSON: exactly what GET /api/v1/progress answers)")
    .option('--period <period>', '2013, 2013Q2 or 2013-06 (default: the last year with data)')
    .option('--region <code>', 'a county or zone: the targets broken down to it (default: the city)')
    .option('--industry <code>', "only that industry's targets")
    .option('--format <format>', 'table, json or csv', 'table')
    .action(async (options: { period?: string; region?: string; industry?: string; format: string }) => {
      if (!['table', 'json', 'csv'].includes(options.format)) throw new Error('--format must be table, json or csv');
      const platform = await openPlatform(readConfig());
      try {
        const result = progressToWire(await readProgress(platform.db, options));
        if (options.format === 'json') console.log(JSON.stringify(result, null, 2));
        else if (options.format === 'csv') process.stdout.write(progressCsv(result));
        else console.log(progressTable(result));
      } finally {
        await platform.db.destroy();
      }
    });

  program
    .command('cube')
    .description('the indicator cube')
    .command('rebuild')
    .description('recompute every sum of the cube from the returns (repair; imports keep it current)')
    .action(async () => {
      const platform = await openPlatform(readConfig());
      try {
        const started = Date.now();
        const { months, cells } = await rebuildCube(platform.db);
        console.log(`立方体已重建 cube rebuilt: ${months} months, ${cells} cells, ${Date.now() - started} ms`);
      } finally {
        await platform.db.destroy();
      }
    });
}

const csvColumns = [
  'target',
  'kind',
  'indicator',
  'region',
  'industry',
  'unit',
  'actual',
  'trajectory',
  'target_value',
  'target_year',
  'status',
  'required_annual_growth',
  'forecast',
] as const;

/** CSV with the wire names; numbers in their stored unit (yuan, or a fraction for ratios), full precision. */
export function progressCsv(result: Wire): string {
  const quote = (v: unknown) => {
    const text = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [csvColumns.join(',')];
  for (const i of result.items) {
    const row: Record<(typeof csvColumns)[number], unknown> = {
      ...i,
      region: i.scope.region,
      industry: i.scope.industry,
    };
    lines.push(csvColumns.map((c) => quote(row[c])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** A table for a terminal: amounts in 亿元, shares and growths in %. */
export function progressTable(result: Wire): string {
  const fmt = (v: number | null, unit: string) =>
    v === null ? '—' : unit === 'ratio' ? `${(v * 100).toFixed(2)}%` : `${(v / 1e8).toFixed(2)}亿元`;
  const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(2)}%`);
  const rows = result.items.map((i) => [
    i.name.zh,
    statusZh[i.status],
    fmt(i.actual, i.unit),
    fmt(i.trajectory, i.unit),
    fmt(i.target_value, i.unit),
    i.unit === 'ratio' && i.kind !== 'annual_growth'
      ? fmt(i.required_annual_growth, 'ratio')
      : pct(i.required_annual_growth),
    fmt(i.forecast, i.unit),
  ]);
  const header = [
    '目标 target',
    '状态 status',
    '实际 actual',
    '进度要求 trajectory',
    '目标值 target',
    '所需年增 required',
    '预测 forecast',
  ];
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const line = (cells: string[]) => cells.map((s, c) => s + ' '.repeat((widths[c] ?? 0) - width(s))).join('  ');
  return [
    `进度 progress — ${result.period}, ${result.region}${result.industry ? `, ${result.industry}` : ''}`,
    line(header),
    ...rows.map(line),
  ].join('\n');
}

/**
 * `npx beizeng import FILE --kind project-progress [--dry-run] [--format text|json]`: the monthly project progress
 * import from the command line, acting as the office (all projects). Exit 0 when imported or checked, 1 with row
 * errors and nothing written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readConfig } from '../../config.js';
import { openPlatform } from '../../platform.js';
import { systemContext } from '../auth/actor.js';
import { importProgress, type ProgressImportOutcome, type ProgressProblem } from './progress-import.js';

/** The `--kind` of the monthly progress import. */
export const PROJECT_PROGRESS_KIND = 'project-progress';

/** `第 3 行 · 项目代码 · "2013-999"：未找到此项目代码…    | row 3 · 项目代码 · "2013-999": no such project code…` */
export function formatProgressProblem(p: ProgressProblem): string {
  const value = p.value === null ? '' : ` · "${p.value}"`;
  const at = (file: string, row: string) =>
    [p.row === null ? file : row, p.column].filter((s): s is string => s !== null).join(' · ');
  const zh = `${at('文件', `第 ${p.row} 行`)}${value}：${p.reason.zh}`;
  return `${zh}    | ${at('file', `row ${p.row}`)}${value}: ${p.reason.en}`;
}

export function describeProgressOutcome(fileName: string, o: ProgressImportOutcome): string {
  const head = `${fileName}${o.format ? `（${o.format}）` : ''}: ${o.rows} 行 rows`;
  if (o.status === 'rejected') {
    return [
      `${head} — 未导入，文件有 ${o.problems.length} 个问题 / NOT imported: ${o.problems.length} problem(s), nothing written`,
      ...o.problems.map((p) => `  ${formatProgressProblem(p)}`),
    ].join('\n');
  }
  const verb =
    o.status === 'dry_run'
      ? '试运行，未写入 / dry run, nothing written'
      : `已导入，批次 ${o.batchId} / imported as batch ${o.batchId}`;
  return `${head} — ${verb}: 新增 inserted ${o.inserted}, 修改 changed ${o.changed}, 未变 unchanged ${o.unchanged}`;
}

/** Runs the import for the CLI and prints the outcome; sets exit code 1 when the file is rejected. */
export async function importProjectProgressCli(
  file: string,
  options: { dryRun?: boolean; format: string },
): Promise<void> {
  if (options.format !== 'text' && options.format !== 'json') throw new Error('--format must be text or json');
  if (!fs.existsSync(file)) throw new Error(`no file ${file}`);
  const platform = await openPlatform(readConfig());
  try {
    const outcome = await importProgress(platform.db, systemContext('cli'), {
      filePath: path.resolve(file),
      fileName: path.basename(file),
      dryRun: options.dryRun === true,
    });
    if (options.format === 'json') console.log(JSON.stringify(outcome, null, 2));
    else console.log(describeProgressOutcome(path.basename(file), outcome));
    if (outcome.status === 'rejected') process.exitCode = 1;
  } finally {
    await platform.db.destroy();
  }
}

/**
 * Writing files in the shape the importer reads: a template per kind (Chinese headers with units, an example row and
 * a 说明 sheet), and the same shape filled with rows (so demo data goes in through the import path itself).
 */
import fs from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import {
  baseUnits,
  columnsOf,
  findUnit,
  kindLabels,
  templateHeader,
  units,
  type ColumnDefinition,
  type ImportKind,
} from './columns.js';
import { fromBaseUnit, type Decimal } from './numbers.js';
import type { ImportRowByKind, SeiShare } from './validate.js';

/** A typed row as writeImportFile takes it: what readImportFile returns, without the row number. */
export type ImportRowInput<K extends ImportKind> = Omit<ImportRowByKind[K], 'rowNumber'>;

export interface WriteRowsOptions {
  format: 'xlsx' | 'csv';
  /** CSV only: UTF-8 (with a BOM by default, which Excel needs to read it) or GB18030 (what Chinese Excel saves). */
  encoding?: 'utf-8' | 'gb18030';
  bom?: boolean;
  /** The unit to write each quantity column in, by English key (default: the template's, e.g. 千元). */
  units?: Partial<Record<string, string>>;
}

const TEXT_TYPES = new Set<ColumnDefinition['type']>(['uscc', 'region', 'industry_code', 'period']);

interface OutputColumn {
  column: ColumnDefinition;
  header: string;
  factor: Decimal;
}

function outputColumns(kind: ImportKind, unitChoice: Partial<Record<string, string>> = {}): OutputColumn[] {
  return columnsOf(kind).map((column) => {
    if (!column.dimension) return { column, header: templateHeader(column), factor: { mantissa: 1n, exponent: 0 } };
    const unitName = unitChoice[column.key] ?? column.templateUnit ?? baseUnits[column.dimension].name;
    const unit = findUnit(column.dimension, unitName);
    if (!unit) throw new Error(`unit ${unitName} is not allowed for ${column.key}`);
    return { column, header: templateHeader(column, unit.name), factor: unit.factor };
  });
}

/** A typed row's value of a column, as the cell shows it (numbers as exact decimal text in the column's unit). */
function cellOf(row: Record<string, unknown>, out: OutputColumn): string | number | null {
  const { column } = out;
  const values = row.values as Record<string, unknown> | undefined;
  const value = column.type === 'number' && values ? values[column.key] : row[column.key];
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'boolean':
      return value ? '是' : '否';
    case 'sei_industries':
      return (value as SeiShare[]).map((s) => (s.share === 1 ? s.industry : `${s.industry}:${s.share}`)).join(';');
    case 'tags':
      return (value as string[]).join(';');
    case 'number':
      return fromBaseUnit(value as number, out.factor);
    default:
      return String(value);
  }
}

function exampleRow(out: readonly OutputColumn[]): (string | number)[] {
  return out.map((o) => o.column.example);
}

/** The 说明 (instructions) sheet: one line per column, then the rules a file must follow. */
function instructionLines(kind: ImportKind, out: readonly OutputColumn[]): string[][] {
  const lines: string[][] = [
    [`「${kindLabels[kind].zh}」导入说明 (${kind})`],
    [],
    ['表头（中文列名）', '英文键', '必填', '单位', '内容与格式', 'Description'],
  ];
  for (const o of out) {
    const c = o.column;
    const unitText = c.dimension
      ? `${units[c.dimension].map((u) => u.name).join('/')}${c.unitRequired ? '（表头必须注明）' : `（未注明时按${baseUnits[c.dimension].name}）`}`
      : '';
    lines.push([
      [o.header, ...c.names.slice(1)].join(' / '),
      c.key,
      c.required ? '是' : '否',
      unitText,
      c.description.zh,
      c.description.en,
    ]);
  }
  lines.push(
    [],
    ['规则'],
    ['1. 表头在第一个非空行，可用中文列名或英文键，列的顺序不限；只读取第一个工作表。'],
    [
      '2. 金额列须在表头注明单位：(元)、(千元)、(万元)、(亿元)，导入时一律换算为元；未注明单位的金额列整份文件不予导入。',
    ],
    [
      '3. 报告期可写：2013-06、2013年6月、2013年1-6月、201306（月，年初至该月累计）；2013Q2、2013年二季度（季）；2013、2013年（全年）。「2013.1」含义不明，不予接受。',
    ],
    ['4. 统计报表的数值均为年初至报告期的累计数；同一企业同一年内，后一个月的累计数不能小于前一个月。'],
    ['5. 空单元格表示未填报，不会覆盖已有数据；单独的「-」也视为空。数值不能为负数。'],
    ['6. 统一社会信用代码、行业代码、报告期三列请设为文本格式，以免 Excel 改变其内容。'],
    ['7. 文件中只要有一处错误，整份文件都不导入；错误清单会列出行号、列名、填写内容和原因。'],
    ['8. 可导入 .xlsx、.csv（UTF-8 或 GB18030 编码）和 .json（对象数组，使用英文键，金额以元计）。'],
  );
  return lines;
}

function styleHeader(row: ExcelJS.Row, out: readonly OutputColumn[]): void {
  row.font = { bold: true };
  out.forEach((o, i) => {
    const cell = row.getCell(i + 1);
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: o.column.required ? 'FFFCE4D6' : 'FFDDEBF7' },
    };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
}

function columnSpecs(out: readonly OutputColumn[]): Partial<ExcelJS.Column>[] {
  return out.map((o) => ({
    width: Math.max(12, Math.min(40, o.header.length * 2 + 4)),
    ...(TEXT_TYPES.has(o.column.type) ? { style: { numFmt: '@' } } : {}),
  }));
}

/** The template workbook of a kind: headers with units, one example row, and the 说明 sheet. */
export function templateWorkbook(kind: ImportKind): ExcelJS.Workbook {
  const out = outputColumns(kind);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'beizeng';
  const sheet = workbook.addWorksheet(kindLabels[kind].zh, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columnSpecs(out);
  const header = sheet.addRow(out.map((o) => o.header));
  styleHeader(header, out);
  out.forEach((o, i) => {
    header.getCell(i + 1).note = `${o.column.required ? '必填。' : ''}${o.column.description.zh}`;
  });
  const example = sheet.addRow(exampleRow(out));
  out.forEach((o, i) => {
    if (TEXT_TYPES.has(o.column.type)) example.getCell(i + 1).numFmt = '@';
  });
  const help = workbook.addWorksheet('说明');
  help.columns = [{ width: 36 }, { width: 18 }, { width: 6 }, { width: 28 }, { width: 70 }, { width: 70 }];
  for (const line of instructionLines(kind, out)) help.addRow(line);
  help.getRow(1).font = { bold: true, size: 14 };
  help.getRow(3).font = { bold: true };
  return workbook;
}

/** Writes the template .xlsx of a kind to a file. */
export async function writeTemplate(kind: ImportKind, filePath: string): Promise<void> {
  await templateWorkbook(kind).xlsx.writeFile(filePath);
}

/** The template .xlsx of a kind, for a download response. */
export async function templateBuffer(kind: ImportKind): Promise<Buffer> {
  return Buffer.from(await templateWorkbook(kind).xlsx.writeBuffer());
}

/**
 * Writes typed rows (base units) as a file of the template's shape: .xlsx through exceljs's streaming writer, or
 * .csv in UTF-8 or GB18030. Numbers are written in the template's units as exact decimals, so reading the file
 * back gives the same figures. Returns the number of rows written.
 */
export async function writeImportFile<K extends ImportKind>(
  kind: K,
  rows: Iterable<ImportRowInput<K>> | AsyncIterable<ImportRowInput<K>>,
  filePath: string,
  options: WriteRowsOptions,
): Promise<number> {
  const out = outputColumns(kind, options.units);
  return options.format === 'xlsx' ? writeXlsx(kind, out, rows, filePath) : writeCsv(out, rows, filePath, options);
}

async function writeXlsx<K extends ImportKind>(
  kind: K,
  out: readonly OutputColumn[],
  rows: Iterable<ImportRowInput<K>> | AsyncIterable<ImportRowInput<K>>,
  filePath: string,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: filePath,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet(kindLabels[kind].zh, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columnSpecs(out);
  const header = sheet.addRow(out.map((o) => o.header));
  styleHeader(header, out);
  header.commit();
  let count = 0;
  for await (const row of rows) {
    const cells = out.map((o) => {
      const v = cellOf(row as Record<string, unknown>, o);
      return o.column.type === 'number' && typeof v === 'string' ? Number(v) : v;
    });
    const added = sheet.addRow(cells);
    out.forEach((o, i) => {
      if (TEXT_TYPES.has(o.column.type)) added.getCell(i + 1).numFmt = '@';
    });
    added.commit();
    count += 1;
  }
  sheet.commit();
  const help = workbook.addWorksheet('说明');
  help.columns = [{ width: 36 }, { width: 18 }, { width: 6 }, { width: 28 }, { width: 70 }, { width: 70 }];
  for (const line of instructionLines(kind, out)) help.addRow(line).commit();
  help.commit();
  await workbook.commit();
  return count;
}

/** One CSV field: quoted when it holds a separator, a quote, a line break or edge spaces. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function writeCsv<K extends ImportKind>(
  out: readonly OutputColumn[],
  rows: Iterable<ImportRowInput<K>> | AsyncIterable<ImportRowInput<K>>,
  filePath: string,
  options: WriteRowsOptions,
): Promise<number> {
  const encoding = options.encoding ?? 'utf-8';
  const stream = fs.createWriteStream(filePath);
  const encode = (text: string) => (encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8'));
  const write = async (text: string) => {
    if (!stream.write(encode(text))) await once(stream, 'drain');
  };
  try {
    if (encoding === 'utf-8' && options.bom !== false) await write('\ufeff');
    let buffer = `${out.map((o) => csvField(o.header)).join(',')}\r\n`;
    let count = 0;
    for await (const row of rows) {
      buffer += `${out.map((o) => csvField(cellOf(row as Record<string, unknown>, o))).join(',')}\r\n`;
      count += 1;
      if (buffer.length > 64 * 1024) {
        await write(buffer);
        buffer = '';
      }
    }
    await write(buffer);
    stream.end();
    await once(stream, 'finish');
    return count;
  } catch (error) {
    stream.destroy();
    throw error;
  }
}

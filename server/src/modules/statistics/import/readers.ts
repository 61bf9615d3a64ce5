/**
 * Reading the rows of an uploaded file, one at a time: .xlsx with exceljs's streaming WorkbookReader (never the
 * whole-workbook reader: a province's file holds 50,000 rows), .csv in UTF-8 or GB18030 through csv-parse, and .json.
 * Readers only read: they hand on each cell as the file holds it and leave every judgement to validate.ts.
 */
import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { parse as parseCsv } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { HeaderCell, SourceFormat } from './headers.js';
import { fileProblem, ImportFileError, type CellError, type ImportProblem } from './problems.js';

/** One data row. `cells` is keyed by HeaderCell.key; values are as the file holds them (text, number, Date, …). */
export interface SheetRow {
  /** The row number Excel shows (header row 1, first data row 2); for JSON the 1-based array position. */
  readonly rowNumber: number;
  readonly cells: Record<string, unknown>;
  /**
   * Spreadsheets and CSV: the row as read, `values[i]` the cell of the column whose HeaderCell.index is i. Validators
   * read these (no object keyed by header per row); `cells` is then built only when asked for.
   */
  readonly values?: readonly unknown[];
  /** Non-empty cells in columns that have no header. */
  readonly extra: { position: string; value: unknown }[];
}

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** An opened file: what it is, its header, and its rows (a single-use stream). */
export interface TableSource {
  format: SourceFormat;
  /** The worksheet read (xlsx). */
  sheet: string | null;
  /** Other worksheets the workbook has, which were not read (xlsx). */
  otherSheets: string[];
  /** The encoding detected (CSV). */
  encoding: CsvEncoding | null;
  /** The field separator detected (CSV). */
  delimiter: string | null;
  /** Row number of the header row; null when the file has none (JSON, or an empty file). */
  headerRow: number | null;
  headers: HeaderCell[];
  /** Excel's 1904 date system (old Mac workbooks): day serials count from 1904. */
  date1904: boolean;
  /** Problems found while opening (JSON elements that are not objects). */
  problems: ImportProblem[];
  /** The data rows one at a time. Single use; read either `rows` or `batches`, not both. */
  rows: AsyncIterable<SheetRow>;
  /** The same rows in the batches the parser hands them over in: one await per batch instead of per row. */
  batches: AsyncIterable<SheetRow[]>;
  /** Releases the file; safe to call twice. */
  close(): void;
}

/** JSON files are parsed whole, so they are capped: 32 MiB is about 100,000 returns rows. Use CSV or XLSX beyond. */
export const JSON_MAX_BYTES = 32 * 1024 * 1024;

const SNIFF_BYTES = 64 * 1024;

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let text = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    text = String.fromCharCode(65 + r) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Header cells from the header row (index i is column i + 1), keyed uniquely even when two headers read the same. */
function headerCells(values: readonly unknown[]): { headers: HeaderCell[]; keyByIndex: (string | undefined)[] } {
  const used = new Set<string>();
  const headers: HeaderCell[] = [];
  const keyByIndex: (string | undefined)[] = [];
  values.forEach((value, i) => {
    if (isEmptyValue(value)) return;
    const text = typeof value === 'string' ? value.trim() : String(value);
    // A header named __proto__ must not become the prototype of each row's cells.
    let key = text === '__proto__' ? '#__proto__' : text;
    for (let n = 2; used.has(key); n += 1) key = `${text}#${n}`;
    used.add(key);
    headers.push({ key, text, position: columnLetter(i + 1), index: i });
    keyByIndex[i] = key;
  });
  return { headers, keyByIndex };
}

function isEmptyRow(values: readonly unknown[]): boolean {
  for (let i = 0; i < values.length; i += 1) if (!isEmptyValue(values[i])) return false;
  return true;
}

/** A row of a spreadsheet or CSV: its values by position, and by header key only when someone asks. */
class TableRow implements SheetRow {
  constructor(
    readonly rowNumber: number,
    readonly values: readonly unknown[],
    private readonly keyByIndex: readonly (string | undefined)[],
    readonly extra: SheetRow['extra'],
  ) {}

  private byKey: Record<string, unknown> | undefined = undefined;

  get cells(): Record<string, unknown> {
    if (this.byKey) return this.byKey;
    const cells: Record<string, unknown> = {};
    this.keyByIndex.forEach((key, i) => {
      if (key !== undefined) cells[key] = this.values[i];
    });
    return (this.byKey = cells);
  }
}

/** A row of positional values, with the cells in columns that have no header. */
function toSheetRow(
  rowNumber: number,
  values: readonly unknown[],
  keyByIndex: readonly (string | undefined)[],
): SheetRow {
  let extra: SheetRow['extra'] | undefined;
  for (let i = 0; i < values.length; i += 1) {
    if (keyByIndex[i] === undefined && !isEmptyValue(values[i])) {
      (extra ??= []).push({ position: columnLetter(i + 1), value: values[i] });
    }
  }
  return new TableRow(rowNumber, values, keyByIndex, extra ?? NO_EXTRA);
}

const NO_EXTRA: SheetRow['extra'] = [];

/** A row as read: values[i] is column i + 1 (sparse where the file has no cell). */
interface PositionalRow {
  rowNumber: number;
  values: unknown[];
}

/** Rows one at a time from batches. */
async function* flatten<T>(batches: AsyncIterable<T[]>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}

/**
 * Reads batches up to the first non-empty row, which is the header; the rest are the data rows, still in batches.
 * The returned `data` releases the file when it ends or is stopped.
 */
async function splitHeader(
  batches: AsyncGenerator<PositionalRow[]>,
): Promise<{ headerRow: number | null; headers: HeaderCell[]; data: AsyncGenerator<SheetRow[]> }> {
  for (;;) {
    const next = await batches.next();
    if (next.done) return { headerRow: null, headers: [], data: (async function* () {})() };
    const batch = next.value;
    const at = batch.findIndex((row) => !isEmptyRow(row.values));
    const header = batch[at];
    if (at < 0 || !header) continue;
    const { headers, keyByIndex } = headerCells(header.values);
    const toSheetRows = (rows: readonly PositionalRow[]) => {
      const out: SheetRow[] = [];
      for (let r = 0; r < rows.length; r += 1) {
        const row = rows[r] as PositionalRow;
        if (!isEmptyRow(row.values)) out.push(toSheetRow(row.rowNumber, row.values, keyByIndex));
      }
      return out;
    };
    const rest = toSheetRows(batch.slice(at + 1));
    const data = (async function* () {
      try {
        if (rest.length > 0) yield rest;
        for await (const more of batches) {
          const rows = toSheetRows(more);
          if (rows.length > 0) yield rows;
        }
      } finally {
        // Stopping early still releases the file.
        await batches.return(undefined);
      }
    })();
    return { headerRow: header.rowNumber, headers, data };
  }
}

/**
 * The items a readable object stream holds, in the batches they arrive in (read() until empty, then wait), so the
 * consumer awaits once per chunk of the file rather than once per row.
 */
async function* streamBatches<T>(stream: NodeJS.ReadableStream & { readableEnded?: boolean }): AsyncGenerator<T[]> {
  let failure: { error: unknown } | undefined;
  let ended = false;
  let wake: (() => void) | undefined;
  const onReadable = () => wake?.();
  const onEnd = () => {
    ended = true;
    wake?.();
  };
  const onError = (error: unknown) => {
    failure = { error };
    wake?.();
  };
  stream.on('readable', onReadable);
  stream.on('end', onEnd);
  stream.on('error', onError);
  try {
    for (;;) {
      if (failure) throw failure.error;
      const batch: T[] = [];
      for (let item = stream.read(); item !== null; item = stream.read()) batch.push(item as T);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (ended || stream.readableEnded) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    stream.removeListener('readable', onReadable);
    stream.removeListener('end', onEnd);
    stream.removeListener('error', onError);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// XLSX

/** OOXML escapes control characters in strings as `_x000D_`; `_x005F_` escapes a literal underscore. */
function decodeOoxmlText(text: string): string {
  return text.includes('_x')
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** A cell as a plain value: rich text joined, a formula's cached result, an error as a CellError. */
export function xlsxCellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return decodeOoxmlText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : ({ error: '#NUM!' } satisfies CellError);
  if (typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return decodeOoxmlText(value.richText.map((r) => r.text ?? '').join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : undefined;
    const result = value.result;
    // No cached result: a program wrote the formula without calculating it, or the result was an error (the streaming
    // reader drops error results of formulas). Either way there is no figure to import.
    if (result === undefined || result === null) return { error: '', formula: formula ?? '' } satisfies CellError;
    if (typeof result === 'object' && !(result instanceof Date)) return { error: result.error, formula: formula ?? '' };
    if (typeof result === 'number' && !Number.isFinite(result)) return { error: '#VALUE!', formula: formula ?? '' };
    return typeof result === 'string' ? decodeOoxmlText(result) : result;
  }
  if ('error' in value) return { error: value.error } satisfies CellError;
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return decodeOoxmlText(text);
    if (typeof text === 'object' && text !== null && 'richText' in text) {
      return xlsxCellValue(text as ExcelJS.CellRichTextValue);
    }
    return null;
  }
  return null;
}

interface WorkbookReaderInternals {
  model?: { sheets?: { name?: string }[] };
  properties?: { model?: { date1904?: boolean } };
  sharedStrings?: unknown[];
  styles?: unknown;
}

/** Whether exceljs parked the sheet in a temp file (it read the whole zip first) rather than streaming it in place. */
function parkedInTempFile(sheet: SheetReader): boolean {
  const source = (sheet as unknown as { iterator?: { destroy?: unknown } }).iterator;
  return typeof source?.destroy === 'function';
}

type SheetReader = ExcelJS.stream.xlsx.WorksheetReader;

/** Lets a worksheet go unread: its stream is a temp file (destroyed) or a zip entry (ended, then drained by exceljs). */
function discardSheet(sheet: SheetReader): void {
  const source = (
    sheet as unknown as {
      iterator?: { destroy?: () => void; on?: (event: 'error', listener: () => void) => void; return?: () => unknown };
    }
  ).iterator;
  if (typeof source?.destroy === 'function') {
    // exceljs removes the temp file as soon as its generator moves on, possibly before the stream has opened it:
    // the ENOENT that follows must not become an uncaught exception.
    source.on?.('error', () => undefined);
    source.destroy();
  } else {
    void source?.return?.();
  }
}

/**
 * The names in a zip's central directory, or undefined when the zip does not end with one (a truncated upload).
 * Refusing a truncated file up front matters because exceljs, failing half-way, would leave the sheet it parked in a
 * temp file until the process exits; the names let openXlsx check that exceljs saw every part it needed.
 */
async function zipEntryNames(filePath: string): Promise<Set<string> | undefined> {
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    // End-of-central-directory record: 22 bytes plus a comment of up to 65,535.
    const length = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0 || eocd + 22 > tail.length) return undefined;
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    const names = new Set<string>();
    // Zip64 keeps the real figures elsewhere; such a workbook is read without the completeness check.
    if (directoryOffset === 0xffffffff || directoryOffset + directorySize > size) return names;
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    for (let at = 0; at + 46 <= directory.length && directory.readUInt32LE(at) === 0x02014b50;) {
      const nameLength = directory.readUInt16LE(at + 28);
      const extraLength = directory.readUInt16LE(at + 30);
      const commentLength = directory.readUInt16LE(at + 32);
      names.add(directory.toString('utf8', at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  } finally {
    await handle.close();
  }
}

/** exceljs lost a part of the workbook to a race in its zip reading; reading the file again gets it. */
class IncompleteRead extends Error {}

const XLSX_ATTEMPTS = 3;

/** Opens the first worksheet of an .xlsx with the streaming reader; the header is its first non-empty row. */
export async function openXlsx(filePath: string): Promise<TableSource> {
  const names = await zipEntryNames(filePath);
  if (!names) {
    throw new ImportFileError(
      fileProblem('file_unreadable', {
        zh: '文件不完整（上传中断或文件已损坏）；请重新保存后再上传',
        en: 'the file is incomplete (an interrupted upload or a damaged file); save it again and upload it again',
      }),
    );
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await openXlsxOnce(filePath, names);
    } catch (error) {
      if (!(error instanceof IncompleteRead)) throw error;
      if (attempt >= XLSX_ATTEMPTS) {
        throw new ImportFileError(
          fileProblem('file_unreadable', {
            zh: `无法完整读取工作簿（${error.message}）；请用 Excel 重新保存后再上传`,
            en: `the workbook could not be read completely (${error.message}); save it again in Excel and upload it again`,
          }),
        );
      }
    }
  }
}

/**
 * One attempt. exceljs's unzipper ends its entry stream when the zip's last record is read, even while entries it
 * has already found wait unread; small parts at the end of a zip (workbook.xml as exceljs writes it, sharedStrings
 * as Excel writes it) are then silently skipped. A sheet parked in a temp file is read only after the whole zip, so
 * before its rows are read this checks that every part the directory lists was seen, and throws IncompleteRead if not.
 */
async function openXlsxOnce(filePath: string, names: ReadonlySet<string>): Promise<TableSource> {
  const input = fs.createReadStream(filePath);
  // exceljs pipes this stream without listening for its errors; one unheard would end the process.
  input.on('error', () => undefined);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell a date from a number; without them a typed 2013-06 arrives as the day serial 41426.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const internals = workbook as unknown as WorkbookReaderInternals;
  const initialStyles = internals.styles;
  // exceljs reads `model.sheets` unguarded for every parked sheet; had it missed workbook.xml, that would throw and
  // abandon the other parked sheets' temp files. With a stand-in the sheets still come, and the check below retries.
  const standIn = { sheets: [] };
  internals.model = standIn;
  const sheets = workbook[Symbol.asyncIterator]();

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    input.destroy();
  };
  // When the shared strings come after the sheets in the zip (Excel, LibreOffice), exceljs parks each sheet in a temp
  // file and removes it only when its generator is resumed past it: so the generator is run to its end, never dropped.
  let finished = false;
  const finish = async () => {
    if (finished) return;
    finished = true;
    try {
      for (;;) {
        const next = await sheets.next();
        if (next.done) break;
        discardSheet(next.value);
      }
    } catch {
      // The sheet that matters has been read or has failed already; the rest may be as broken.
    } finally {
      close();
    }
  };

  let sheet: SheetReader | undefined;
  let reading = false;
  try {
    let sheetName: string | null = null;
    for (;;) {
      const next = await sheets.next();
      if (next.done) break;
      const name = (next.value as unknown as { name?: string }).name ?? null;
      const first = internals.model === standIn ? undefined : internals.model?.sheets?.[0]?.name;
      // Sheets arrive in zip order; the first in the workbook's own order is the one a person sees first.
      if (first === undefined || name === null || name === first) {
        sheet = next.value;
        sheetName = name;
        break;
      }
      discardSheet(next.value);
    }
    if (sheet && parkedInTempFile(sheet)) {
      const missing = [
        internals.model === standIn && names.has('xl/workbook.xml') ? 'workbook.xml' : null,
        internals.sharedStrings === undefined && names.has('xl/sharedStrings.xml') ? 'sharedStrings.xml' : null,
        internals.styles === initialStyles && names.has('xl/styles.xml') ? 'styles.xml' : null,
      ].filter((n) => n !== null);
      if (missing.length > 0) throw new IncompleteRead(missing.join(', '));
    }
    if (!sheet && [...names].some((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      throw new IncompleteRead('worksheet');
    }
    const otherSheets = (internals.model === standIn ? [] : (internals.model?.sheets ?? []))
      .map((s) => s.name ?? '')
      .filter((n) => n !== '' && n !== sheetName);
    const date1904 = internals.properties?.model?.date1904 === true;
    if (!sheet) {
      throw new ImportFileError(
        fileProblem('file_format', {
          zh: '文件中没有工作表，不是有效的 Excel .xlsx 工作簿',
          en: 'the file has no worksheet; it is not a valid Excel .xlsx workbook',
        }),
      );
    }
    const reader = sheet;
    reading = true;
    const positional = (async function* (): AsyncGenerator<PositionalRow[]> {
      try {
        // parse() hands over the rows of each chunk of XML together; the row-by-row iterator awaits each one.
        const events = reader.parse() as unknown as AsyncIterable<{ eventType: string; value: unknown }[]>;
        for await (const chunk of events) {
          const batch: PositionalRow[] = [];
          for (const { eventType, value } of chunk) {
            if (eventType !== 'row') continue;
            const row = value as ExcelJS.Row;
            const values: unknown[] = [];
            row.eachCell({ includeEmpty: false }, (cell, col) => {
              values[col - 1] = xlsxCellValue(cell.value);
            });
            batch.push({ rowNumber: row.number, values });
          }
          if (batch.length > 0) yield batch;
        }
      } catch (error) {
        throw asFileError(error);
      } finally {
        await finish();
      }
    })();
    const { headerRow, headers, data } = await splitHeader(positional);
    return {
      format: 'xlsx',
      sheet: sheetName,
      otherSheets,
      encoding: null,
      delimiter: null,
      headerRow,
      headers,
      date1904,
      problems: [],
      rows: flatten(data),
      batches: data,
      close: () => void data.return(undefined).then(finish, finish),
    };
  } catch (error) {
    // A sheet chosen but never read still holds its temp file open.
    if (sheet && !reading) discardSheet(sheet);
    await finish();
    throw error instanceof IncompleteRead ? error : asFileError(error);
  }
}

function asFileError(error: unknown): ImportFileError {
  if (error instanceof ImportFileError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ImportFileError(
    fileProblem('file_unreadable', {
      zh: `无法读取文件（文件损坏或格式不符）：${message}`,
      en: `the file cannot be read (damaged or not of its type): ${message}`,
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

/** Non-ASCII bytes that must decode as UTF-8 before a file is taken for UTF-8: a few GB18030 bytes may pass by chance. */
const UTF8_EVIDENCE_BYTES = 256;

/**
 * What a CSV's bytes say: its encoding (by BOM; else strict UTF-8 over its first non-ASCII bytes, at least
 * UTF8_EVIDENCE_BYTES of them when the file has so many, falling back to GB18030) and its separator.
 * `windows` yields the file from its start, 64 KiB at a time.
 */
export async function sniffCsv(
  windows: AsyncIterable<Buffer> | Iterable<Buffer>,
): Promise<{ encoding: CsvEncoding; bomLength: number; delimiter: string }> {
  let head: Buffer | undefined;
  let encoding: CsvEncoding = 'utf-8';
  let bomLength = 0;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let evidence = 0;
  for await (const window of windows) {
    if (!head) {
      // A copy: the windows may be one buffer read into again and again.
      head = Buffer.from(window);
      if (window[0] === 0xef && window[1] === 0xbb && window[2] === 0xbf) {
        encoding = 'utf-8-bom';
        bomLength = 3;
      } else if (window[0] === 0xff && window[1] === 0xfe) {
        encoding = 'utf-16le';
        bomLength = 2;
      } else if (window[0] === 0xfe && window[1] === 0xff) {
        encoding = 'utf-16be';
        bomLength = 2;
      }
      if (bomLength > 0) break;
    }
    try {
      // All ASCII (most of a file of codes and figures): no evidence, nothing to decode, only its first byte given to
      // the decoder, which fails there if the window before ended in the middle of a character.
      // stream: true — a character cut in half at the end of a window is not an error.
      utf8.decode(isAscii(window) ? window.subarray(0, 1) : window, { stream: true });
    } catch {
      encoding = 'gb18030';
      break;
    }
    for (let at = 0; at < window.length; at += 1) if ((window[at] as number) >= 0x80) evidence += 1;
    if (evidence >= UTF8_EVIDENCE_BYTES) break;
  }
  const first = head ?? Buffer.alloc(0);
  const text = iconv.decode(first.subarray(bomLength), encoding === 'utf-8-bom' ? 'utf-8' : encoding);
  return { encoding, bomLength, delimiter: sniffDelimiter(text) };
}

/** The separator of the first non-empty line: comma, tab (Excel's "Unicode text") or semicolon, outside quotes. */
function sniffDelimiter(text: string): string {
  const line =
    text
      .split(/\r\n|\n|\r/)
      .find((l) => l.trim() !== '')
      ?.replace(/"[^"]*"/g, '') ?? '';
  const counts = [',', '\t', ';'].map((c) => ({ c, n: line.split(c).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  const best = counts[0];
  return best && best.n > 0 ? best.c : ',';
}

/**
 * Bytes → text in an encoding other than UTF-8 (csv-parse reads UTF-8 itself). Bytes that are not of it become
 * U+FFFD, which the reader finds in the row that holds them (decoding runs ahead of parsing, so failing here would
 * name the wrong row).
 */
class DecodeStream extends Transform {
  private readonly decoder: { write(bytes: Buffer): string; end(): string };
  private skip: number;

  constructor(encoding: CsvEncoding, bomLength: number) {
    super({ decodeStrings: true });
    this.skip = bomLength;
    if (encoding === 'utf-8' || encoding === 'utf-8-bom') {
      const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
      this.decoder = { write: (b) => utf8.decode(b, { stream: true }), end: () => utf8.decode() };
    } else {
      const decoder = iconv.getDecoder(encoding, { stripBOM: false });
      this.decoder = { write: (b) => decoder.write(b), end: () => decoder.end() ?? '' };
    }
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    let bytes = chunk;
    if (this.skip > 0) {
      const n = Math.min(this.skip, bytes.length);
      bytes = bytes.subarray(n);
      this.skip -= n;
    }
    callback(null, this.decoder.write(bytes));
  }

  override _flush(callback: TransformCallback): void {
    callback(null, this.decoder.end());
  }
}

/**
 * A whole file, `size` bytes at a time, each window read into the same buffer (valid until the next): for one pass
 * over a file before reading it. Read synchronously, in the import worker: each read is a copy from the page cache,
 * which costs less than a round trip to the thread pool, and a fresh buffer per window costs more than either.
 */
function* reusedFileWindows(filePath: string, size: number): Generator<Buffer> {
  const fd = fs.openSync(filePath, 'r');
  try {
    const buffer = Buffer.allocUnsafe(size);
    for (let position = 0; ;) {
      const bytesRead = fs.readSync(fd, buffer, 0, size, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** csv-parse's limit on one record (characters); the hand splitter leaves longer lines to csv-parse. */
const CSV_MAX_RECORD = 1024 * 1024;

/**
 * Whether a UTF-8 CSV can be split by hand, giving exactly the records csv-parse gives: no quote character anywhere
 * (so no quoted field), one kind of line ending throughout (all `\n`, or all `\r\n` with no lone `\r` or `\n`),
 * and no line longer than csv-parse's record limit. The line ending, or null when csv-parse must read the file.
 *
 * It reads the whole file before the first row can be read, so it reads it through one reused buffer (a fresh buffer
 * per window cost most of the 30 ms a 3 MB file took), an LF-only file with the buffer's own scans alone: a 3 MB file
 * in 2–3 ms. Windows are no longer than the record limit, so only a line that spans windows can
 * exceed it; `windowBytes` lets tests put line endings across windows' edges.
 */
export function plainCsvLineEnding(filePath: string, windowBytes = SNIFF_BYTES): '\n' | '\r\n' | null {
  let carriageReturns = false;
  let loneLineFeed = false;
  let offset = 0;
  /** Where the last line feed so far is, in the file. */
  let lastLineFeed = -1;
  let endedWithCr = false;
  for (const window of reusedFileWindows(filePath, Math.min(windowBytes, CSV_MAX_RECORD))) {
    if (window.includes(0x22)) return null;
    const first = window.indexOf(0x0a);
    if (first >= 0) {
      if (offset + first - (lastLineFeed + 1) > CSV_MAX_RECORD) return null;
      lastLineFeed = offset + window.lastIndexOf(0x0a);
    }
    // A carriage return ending the previous window must be followed by this one's first byte, a line feed.
    if (endedWithCr && window[0] !== 0x0a) return null;
    const last = window.length - 1;
    if (window.includes(0x0d)) {
      carriageReturns = true;
      // Every carriage return must be followed by a line feed (one ending the window, by the next window's first
      // byte); then a line feed with none before it shows as more line feeds than pairs.
      let pairs = endedWithCr ? 1 : 0;
      for (let at = window.indexOf(0x0d); at >= 0; at = window.indexOf(0x0d, at + 1)) {
        if (at < last) {
          if (window[at + 1] !== 0x0a) return null;
          pairs += 1;
        }
      }
      let lineFeeds = 0;
      for (let at = first; at >= 0; at = window.indexOf(0x0a, at + 1)) lineFeeds += 1;
      if (lineFeeds > pairs) loneLineFeed = true;
      endedWithCr = window[last] === 0x0d;
    } else {
      // Line feeds here follow no carriage return, unless the first one follows the previous window's.
      if (first >= 0 && (first > 0 || !endedWithCr || window.indexOf(0x0a, 1) >= 0)) loneLineFeed = true;
      endedWithCr = false;
    }
    if (carriageReturns && loneLineFeed) return null;
    offset += window.length;
  }
  if (endedWithCr) return null;
  if (offset - (lastLineFeed + 1) > CSV_MAX_RECORD) return null;
  if (!carriageReturns) return '\n';
  return loneLineFeed ? null : '\r\n';
}

/**
 * The records of a CSV that plainCsvLineEnding accepted, in batches (one per chunk of the file): lines split on the
 * separator, as csv-parse reads them (an empty line is one empty field; the newline ending the file starts no record;
 * a UTF-8 BOM is dropped).
 */
async function* splitPlainCsv(filePath: string, lineEnding: string, delimiter: string): AsyncGenerator<RecordBatch> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  // Synchronously, through one buffer, as plainCsvLineEnding has just read the same file (it is in the page cache).
  for (const chunk of reusedFileWindows(filePath, SNIFF_BYTES)) {
    const text = carry + decoder.decode(chunk, { stream: true });
    const lines = text.split(lineEnding);
    carry = lines.pop() ?? '';
    if (lines.length > 0) {
      yield { records: lines.map((line) => line.split(delimiter)), decoded: !text.includes('\ufffd') };
    }
  }
  const rest = carry + decoder.decode();
  if (rest !== '') yield { records: [rest.split(delimiter)], decoded: !rest.includes('\ufffd') };
}

/** Records as read; `decoded`: known to hold no U+FFFD (no byte that was not of the encoding). */
interface RecordBatch {
  records: string[][];
  decoded: boolean;
}

async function* unchecked(batches: AsyncIterable<string[][]>): AsyncGenerator<RecordBatch> {
  for await (const records of batches) yield { records, decoded: false };
}

/**
 * Opens a CSV: the encoding is decided on its first non-ASCII bytes (an all-ASCII start says nothing: a GB18030 file
 * may begin with English keys and digits), then the file is decoded and parsed as a stream.
 */
export async function openCsv(filePath: string): Promise<TableSource> {
  const sniffed = await sniffCsv(reusedFileWindows(filePath, SNIFF_BYTES));
  const { encoding, bomLength, delimiter } = sniffed;

  const utf8 = encoding === 'utf-8' || encoding === 'utf-8-bom';
  // A UTF-8 file without a quote and with one kind of line ending is split by hand: what csv-parse would read from
  // it, at a third of the cost. Anything else goes through csv-parse.
  const lineEnding = utf8 ? plainCsvLineEnding(filePath) : null;
  let closed = false;
  let records: AsyncIterable<RecordBatch>;
  let stopReading: () => void;
  if (lineEnding) {
    const plain = splitPlainCsv(filePath, lineEnding, delimiter);
    records = plain;
    stopReading = () => void plain.return(undefined);
  } else {
    const input = fs.createReadStream(filePath);
    const parser = parseCsv({
      delimiter,
      relax_column_count: true,
      // A quote inside an unquoted field (嘉兴"华"公司) is text, as Excel reads it.
      relax_quotes: true,
      skip_empty_lines: false,
      bom: utf8,
      max_record_size: CSV_MAX_RECORD,
    });
    stopReading = () => {
      input.destroy();
      parser.destroy();
    };
    // Errors surface through the parser's iterator; the callback only keeps them from being unhandled.
    if (utf8) pipeline(input, parser, () => undefined);
    else pipeline(input, new DecodeStream(encoding, bomLength), parser, () => undefined);
    records = unchecked(streamBatches<string[]>(parser));
  }
  const close = () => {
    if (closed) return;
    closed = true;
    stopReading();
  };

  const encodingName = encoding === 'gb18030' ? 'GB18030' : encoding.startsWith('utf-8') ? 'UTF-8' : 'UTF-16';
  let lastRow = 0;
  const recordBatches = records;
  const positional = (async function* (): AsyncGenerator<PositionalRow[]> {
    try {
      for await (const { records, decoded } of recordBatches) {
        const batch: PositionalRow[] = new Array(records.length);
        for (let r = 0; r < records.length; r += 1) {
          const record = records[r] as string[];
          lastRow += 1;
          // U+FFFD stands where bytes were not of the encoding (or where an earlier program lost them).
          for (let bad = 0; !decoded && bad < record.length; bad += 1) {
            if (record[bad]?.includes('\ufffd')) {
              throw new ImportFileError({
                row: lastRow,
                column: `(${columnLetter(bad + 1)})`,
                value: record[bad] ?? null,
                code: 'encoding',
                reason: {
                  zh: `此行含有不是 ${encodingName} 编码的字节（文件混用了编码？）；请将整个文件以 UTF-8 或 GB18030 重新保存`,
                  en: `this row holds bytes that are not ${encodingName} (mixed encodings?); save the whole file again as UTF-8 or GB18030`,
                },
              });
            }
          }
          batch[r] = { rowNumber: lastRow, values: record };
        }
        yield batch;
      }
    } catch (error) {
      if (error instanceof ImportFileError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new ImportFileError(
        fileProblem(
          'csv_syntax',
          { zh: `CSV 格式错误（引号不成对？）：${message}`, en: `CSV syntax error (unbalanced quotes?): ${message}` },
          lastRow + 1,
        ),
      );
    } finally {
      close();
    }
  })();
  const { headerRow, headers, data } = await splitHeader(positional);
  return {
    format: 'csv',
    sheet: null,
    otherSheets: [],
    encoding,
    delimiter,
    headerRow,
    headers,
    date1904: false,
    problems: [],
    rows: flatten(data),
    batches: data,
    close: () => {
      void data.return(undefined);
      close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

/** Opens a JSON array of objects with English keys. Parsed whole, so refused above maxBytes (JSON_MAX_BYTES). */
export async function openJson(filePath: string, maxBytes = JSON_MAX_BYTES): Promise<TableSource> {
  const { size } = await fs.promises.stat(filePath);
  if (size > maxBytes) {
    throw new ImportFileError(
      fileProblem('file_too_large', {
        zh: `JSON 文件超过 ${Math.round(maxBytes / 1024 / 1024)} MiB 上限；大文件请用 CSV 或 XLSX`,
        en: `JSON files are limited to ${Math.round(maxBytes / 1024 / 1024)} MiB; use CSV or XLSX for larger files`,
      }),
    );
  }
  const bytes = await fs.promises.readFile(filePath);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportFileError(
      fileProblem('encoding', { zh: 'JSON 文件须为 UTF-8 编码', en: 'a JSON file must be UTF-8' }),
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFileError(
      fileProblem('json_shape', { zh: `JSON 语法错误：${message}`, en: `JSON syntax error: ${message}` }),
    );
  }
  if (!Array.isArray(data)) {
    throw new ImportFileError(
      fileProblem('json_shape', {
        zh: 'JSON 文件须为对象数组：[{"uscc": …}, …]',
        en: 'a JSON file must be an array of objects: [{"uscc": …}, …]',
      }),
    );
  }
  const problems: ImportProblem[] = [];
  const keys = new Set<string>();
  const records: { rowNumber: number; record: Record<string, unknown> }[] = [];
  data.forEach((element: unknown, index) => {
    if (typeof element !== 'object' || element === null || Array.isArray(element)) {
      problems.push({
        row: index + 1,
        column: null,
        value: JSON.stringify(element) ?? null,
        code: 'json_shape',
        reason: { zh: '数组元素须为对象', en: 'each element of the array must be an object' },
      });
      return;
    }
    const record = element as Record<string, unknown>;
    for (const key of Object.keys(record)) keys.add(key);
    records.push({ rowNumber: index + 1, record });
  });
  const headers: HeaderCell[] = [...keys].map((key) => ({ key, text: key, position: key }));
  const batches = (async function* (): AsyncGenerator<SheetRow[]> {
    let batch: SheetRow[] = [];
    for (const { rowNumber, record } of records) {
      if (Object.values(record).every(isEmptyValue)) continue;
      batch.push({ rowNumber, cells: record, extra: [] });
      if (batch.length === 1000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  })();
  return {
    format: 'json',
    sheet: null,
    otherSheets: [],
    encoding: 'utf-8',
    delimiter: null,
    headerRow: null,
    headers,
    date1904: false,
    problems,
    rows: flatten(batches),
    batches,
    close: () => undefined,
  };
}

// ---------------------------------------------------------------------------------------------------------------

/** The format of a file by its first bytes, then its name; refuses .xls, .et, HTML disguised as Excel, .ods. */
export async function detectFormat(filePath: string, fileName = filePath): Promise<SourceFormat> {
  const head = Buffer.alloc(512);
  // Synchronously: 512 bytes cost less than the round trips to the thread pool of opening, reading and closing.
  const fd = fs.openSync(filePath, 'r');
  let length: number;
  try {
    length = fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const bytes = head.subarray(0, length);
  const ext = path.extname(fileName).toLowerCase();
  const refuse = (zh: string, en: string) => new ImportFileError(fileProblem('file_format', { zh, en }));

  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw refuse(
      '这是 Excel 97-2003 (.xls) 或 WPS (.et) 格式的文件；请另存为 .xlsx 后再导入',
      'this is an Excel 97-2003 (.xls) or WPS (.et) file; save it as .xlsx and import again',
    );
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    if (ext === '.ods') {
      throw refuse('请将 OpenDocument (.ods) 文件另存为 .xlsx', 'save the OpenDocument (.ods) file as .xlsx');
    }
    return 'xlsx';
  }
  const start = iconv
    .decode(bytes, 'latin1')
    .replace(/^\ufeff|^[\u00ef\u00bb\u00bf]+/, '')
    .trimStart();
  if (/^<(?:!doctype|html|\?xml|table)/i.test(start)) {
    throw refuse(
      '这是网页 (HTML/XML) 文件而非 Excel 工作簿（系统导出的 .xls 常是如此）；请用 Excel 打开后另存为 .xlsx',
      'this is a web page (HTML/XML), not a workbook (exported .xls files often are); open it in Excel and save as .xlsx',
    );
  }
  if (ext === '.json' || (ext !== '.csv' && ext !== '.txt' && ext !== '.tsv' && /^[[{]/.test(start))) return 'json';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  if (ext === '.xlsx') {
    throw refuse('文件扩展名为 .xlsx，但内容不是 Excel 工作簿', 'the file is named .xlsx but is not a workbook');
  }
  throw refuse(
    `不支持的文件类型「${ext || '无扩展名'}」；请使用 .xlsx、.csv 或 .json`,
    `unsupported file type "${ext || 'no extension'}"; use .xlsx, .csv or .json`,
  );
}

/** Opens a file of any accepted format. */
export async function openTable(
  filePath: string,
  options: { fileName?: string; format?: SourceFormat; jsonMaxBytes?: number } = {},
): Promise<TableSource> {
  let format: SourceFormat;
  try {
    format = options.format ?? (await detectFormat(filePath, options.fileName ?? filePath));
  } catch (error) {
    throw asFileError(error);
  }
  switch (format) {
    case 'xlsx':
      return openXlsx(filePath);
    case 'csv':
      return openCsv(filePath).catch((error: unknown) => {
        throw asFileError(error);
      });
    case 'json':
      return openJson(filePath, options.jsonMaxBytes);
  }
}

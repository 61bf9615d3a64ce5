import type { FastifyReply } from 'fastify';
import ExcelJS from 'exceljs';

export interface SheetColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number | null;
  /** Excel number format, e.g. '0.00' or '0.0%'. */
  numFmt?: string;
}

/** One worksheet with a bold, frozen header row: what every list of the module exports as. */
export async function sheetBuffer<T>(title: string, columns: readonly SheetColumn<T>[], rows: readonly T[]) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Beizeng 倍增';
  const sheet = workbook.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width ?? 14,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(Object.fromEntries(columns.map((c, i) => [`c${i}`, c.value(row)])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Headers for an XLSX download with a Chinese file name. */
export function xlsxHeaders(asciiName: string, chineseName: string): Record<string, string> {
  return {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${asciiName}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${chineseName}.xlsx`)}`,
  };
}

/** Yuan as 万元 with two decimals, for export cells. */
export const wan = (yuan: number | null) => (yuan === null ? null : Math.round(yuan / 100) / 100);

/** Sends a workbook as a download; the route's JSON schema does not apply to a Buffer (Fastify sends it as is). */
export function sendXlsx(reply: FastifyReply, buffer: Buffer, asciiName: string, chineseName: string): FastifyReply {
  return reply.headers(xlsxHeaders(asciiName, chineseName)).send(buffer);
}

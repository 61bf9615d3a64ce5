import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  makeTempDir,
  NANHU,
  testContext,
  USCC_A,
  USCC_B,
  USCC_C,
  writeTextFile,
  writeXlsx,
} from '../../../../test/fixtures/imports/support.js';
import { readImportFile } from './import-file.js';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { columnLetter, openTable, plainCsvLineEnding, sniffCsv } from './readers.js';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

const HEADER_ZH = '统一社会信用代码,单位详细名称,行政区划代码,行业代码,是否规上,战略性新兴产业类别,企业标签';

describe('CSV encodings', () => {
  it('reads a GB18030 CSV with Chinese headers, including characters outside GBK', async () => {
    // 𠮷 (U+20BB7) needs GB18030's four-byte form; 䶮 is in CJK extension A.
    const file = writeTextFile(
      temp.dir,
      'gb18030.csv',
      [HEADER_ZH, `${USCC_A},嘉兴𠮷䶮新材料有限公司,${NANHU},2651,是,新材料:0.6;生物:0.2,龙头企业；专精特新`],
      'gb18030',
    );
    expect(fs.readFileSync(file).includes(Buffer.from('统一', 'utf8'))).toBe(false);
    const result = await readImportFile(file, 'enterprises', testContext());
    expect(result.problems).toEqual([]);
    expect(result.source).toMatchObject({ format: 'csv', encoding: 'gb18030', delimiter: ',', headerRow: 1 });
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        uscc: USCC_A,
        name: '嘉兴𠮷䶮新材料有限公司',
        region: NANHU,
        industry_code: '2651',
        above_scale: true,
        sei_industries: [
          { industry: 'new-materials', share: 0.6 },
          { industry: 'bio', share: 0.2 },
        ],
        tags: ['龙头企业', '专精特新'],
      },
    ]);
  });

  it('reads a UTF-8 CSV with a BOM, the BOM not part of the first header', async () => {
    const file = writeTextFile(temp.dir, 'bom.csv', [HEADER_ZH, `${USCC_A},甲公司,${NANHU},,否,,`], 'utf-8-bom');
    const result = await readImportFile(file, 'enterprises', testContext());
    expect(result.problems).toEqual([]);
    expect(result.source.encoding).toBe('utf-8-bom');
    expect(result.columns[0]).toEqual({ key: 'uscc', header: '统一社会信用代码', unit: null });
    expect(result.rows[0]).toMatchObject({ uscc: USCC_A, industry_code: null, sei_industries: [], tags: [] });
  });

  it('reads UTF-8 without a BOM even when the 64 KiB sample ends inside a character', async () => {
    const lines = [HEADER_ZH];
    let size = Buffer.byteLength(HEADER_ZH) + 2;
    // Fill so that a three-byte 公 straddles byte 65,536.
    const filler = 'x'.repeat(65_536 - size - 40);
    lines.push(`# ${filler}`);
    size += Buffer.byteLength(lines[1] ?? '') + 2;
    const pad = 'a'.repeat(65_536 - size - 1 - `${USCC_A},`.length);
    lines.push(`${USCC_A},${pad}公司,${NANHU},,否,,`);
    const file = writeTextFile(temp.dir, 'boundary.csv', lines);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(65_535, 65_536).toString('hex')).toBe(Buffer.from('公').subarray(0, 1).toString('hex'));
    const sniffed = await sniffCsv([bytes.subarray(0, 65_536), bytes.subarray(65_536)]);
    expect(sniffed.encoding).toBe('utf-8');
    const opened = await openTable(file);
    expect(opened.encoding).toBe('utf-8');
    const names = [];
    for await (const row of opened.rows) names.push(row.cells['单位详细名称']);
    expect(names.at(-1)).toBe(`${pad}公司`);
  });

  it('takes a window that ends inside a character and a next one all ASCII as not UTF-8', async () => {
    // The second window is skipped as ASCII except for its first byte, which must still close the first's character.
    const cut = Buffer.concat([Buffer.from('名称,'), Buffer.from('公').subarray(0, 2)]);
    expect((await sniffCsv([cut, Buffer.from('abc\n')])).encoding).toBe('gb18030');
    expect((await sniffCsv([cut, Buffer.concat([Buffer.from('公').subarray(2), Buffer.from('abc\n')])])).encoding).toBe(
      'utf-8',
    );
  });

  it('refuses a file that turns from UTF-8 into GB18030 half-way, naming the row', async () => {
    // 100 rows of UTF-8 Chinese: enough evidence that the file is UTF-8.
    const utf8 = Buffer.from(
      `${HEADER_ZH}\r\n${`${USCC_A},嘉兴市南湖区甲公司,${NANHU},,否,,\r\n`.repeat(100)}`,
      'utf8',
    );
    const filler = Buffer.from(`${'#,,,,,,\r\n'.repeat(9000)}`, 'utf8');
    // 9,000 bad rows before it: more problems than are kept, and the file's own problem is kept all the same.
    const gb = iconv.encode(`${USCC_B},乙公司,${NANHU},,否,,\r\n`, 'gb18030');
    const file = path.join(temp.dir, 'mixed.csv');
    fs.writeFileSync(file, Buffer.concat([utf8, filler, gb]));
    const result = await readImportFile(file, 'enterprises', testContext());
    expect(result.ok).toBe(false);
    const problem = result.problems.find((p) => p.code === 'encoding');
    expect(problem).toMatchObject({ column: '(B)' });
    expect(problem?.value).toContain('\ufffd');
    expect(problem?.reason.zh).toBe(
      '此行含有不是 UTF-8 编码的字节（文件混用了编码？）；请将整个文件以 UTF-8 或 GB18030 重新保存',
    );
    expect(problem?.row).toBe(9102);
    expect(result.truncated).toBe(true);
  });

  it('decides on enough non-ASCII bytes, even beyond the first 64 KiB', async () => {
    const lines = ['uscc,period,output_value(元)'];
    // 3,000 ASCII-only rows (their repeated periods do not matter here), then the first Chinese: 年, 月.
    for (let i = 1; i <= 3000; i += 1) lines.push(`${USCC_A},2013-01,${i}`);
    lines.push(`${USCC_B},2013年6月,1`);
    const file = writeTextFile(temp.dir, 'late-gb.csv', lines, 'gb18030');
    expect(fs.statSync(file).size).toBeGreaterThan(65_536 + 1024);
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.source.encoding).toBe('gb18030');
    expect(result.problems.filter((p) => p.code === 'encoding')).toEqual([]);
    expect(result.counts.dataRows).toBe(3001);
  });

  it('reads Excel’s "Unicode text": UTF-16 with tabs', async () => {
    const file = writeTextFile(
      temp.dir,
      'unicode.txt',
      [HEADER_ZH.replace(/,/g, '\t'), `${USCC_A}\t甲公司\t${NANHU}\t\t是\t\t`],
      'utf-16le-bom',
    );
    const result = await readImportFile(file, 'enterprises', testContext());
    expect(result.problems).toEqual([]);
    expect(result.source).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(result.rows[0]?.name).toBe('甲公司');
  });

  it('numbers rows as Excel does: blank lines count, a quoted line break does not', async () => {
    const file = writeTextFile(temp.dir, 'rows.csv', [
      '',
      HEADER_ZH,
      `${USCC_A},"甲公司,""南湖""",${NANHU},,是,,`,
      '',
      `${USCC_B},"乙公司`,
      `（原名丙）",${NANHU},,是,,`,
      `${USCC_C},丁公司,330499,,是,,`,
    ]);
    const result = await readImportFile(file, 'enterprises', testContext());
    expect(result.source.headerRow).toBe(2);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 6, column: '行政区划代码', value: '330499', code: 'unknown_region' }),
    ]);
    const opened = await openTable(file);
    const rows = [];
    for await (const row of opened.rows) rows.push(row);
    expect(rows.map((r) => r.rowNumber)).toEqual([3, 5, 6]);
    expect(rows[0]?.cells['单位详细名称']).toBe('甲公司,"南湖"');
    expect(rows[1]?.cells['单位详细名称']).toBe('乙公司\r\n（原名丙）');
  });

  it('refuses broken quoting with the row it is on', async () => {
    const file = writeTextFile(temp.dir, 'quotes.csv', [
      HEADER_ZH,
      `${USCC_A},嘉兴"华"公司,${NANHU},,是,,`,
      `${USCC_B},"乙公司,${NANHU},,是,,`,
    ]);
    const result = await readImportFile(file, 'enterprises', testContext());
    expect(result.problems).toEqual([expect.objectContaining({ row: 3, column: null, code: 'csv_syntax' })]);
    expect(result.rows).toEqual([]);
  });
});

describe('CSV without quotes, split by hand', () => {
  const options = { relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true };
  const cases: [string, string, '\n' | '\r\n' | null][] = [
    ['LF, trailing newline, an empty line', 'a,b\n1,2\n\n3,4\n', '\n'],
    ['LF, no trailing newline, blank-looking last line', 'a,b\n1,2\n ', '\n'],
    ['leading empty lines, empty fields', '\n\na,b\n,\n1', '\n'],
    ['CRLF throughout', 'a,b\r\n1,2\r\n\r\n3\r\n', '\r\n'],
    ['BOM, Chinese text', '\ufeff统一社会信用代码,报告期\n嘉兴,2013-06\n', '\n'],
    ['mixed line endings go to csv-parse', 'a,b\r\n1,2\n3,4\r\n', null],
    ['a lone LF after CRLF lines goes to csv-parse', 'a,b\r\n1,2\r\n3,4\r\n5,6\n', null],
    ['a CR ending the file goes to csv-parse', 'a,b\r\n1,2\r', null],
    ['lone CRs without a line feed go to csv-parse', 'a,b\r1,2\r3,4', null],
    ['a lone CR goes to csv-parse', 'a,b\r1,2\n', null],
    ['a quote goes to csv-parse', 'a,b\n嘉兴"华"公司,2\n', null],
  ];
  for (const [name, text, ending] of cases) {
    it(`${name}: the records csv-parse reads, row numbers included`, async () => {
      const file = path.join(temp.dir, `plain-${cases.findIndex((c) => c[0] === name)}.csv`);
      fs.writeFileSync(file, text);
      expect(await plainCsvLineEnding(file)).toBe(ending);
      // Read in windows of 1 to 4 bytes, every line ending falls across a window's edge somewhere.
      for (const windowBytes of [1, 2, 3, 4]) expect(await plainCsvLineEnding(file, windowBytes)).toBe(ending);
      const expected = (parseCsvSync(Buffer.from(text), { ...options, delimiter: ',' }) as string[][])
        .map((values, i) => ({ rowNumber: i + 1, values }))
        .filter((r) => r.values.some((v) => v.trim() !== ''));
      const source = await openTable(file);
      const got: { rowNumber: number; values: string[] }[] = [];
      const header = source.headers.map((h) => h.text);
      if (source.headerRow !== null) got.push({ rowNumber: source.headerRow, values: header });
      for await (const row of source.rows) {
        got.push({ rowNumber: row.rowNumber, values: source.headers.map((h) => String(row.cells[h.key] ?? '')) });
      }
      source.close();
      // The header row as csv-parse split it; data rows by header key (a missing trailing cell reads as '').
      expect(got.map((r) => r.rowNumber)).toEqual(expected.map((r) => r.rowNumber));
      expect(got[0]?.values).toEqual(expected[0]?.values.filter((v) => v.trim() !== '').map((v) => v.trim()));
      expect(got.slice(1).map((r) => r.values)).toEqual(
        expected.slice(1).map((r) => header.map((_, i) => r.values[i] ?? '')),
      );
    });
  }

  it.skipIf(process.platform !== 'linux')(
    'lets go of the file when the reader stops early, or reads to the end',
    async () => {
      const file = path.join(temp.dir, 'early.csv');
      fs.writeFileSync(file, `a,b\n${Array.from({ length: 50_000 }, (_, i) => `${i},x`).join('\n')}\n`);
      const holders = () =>
        fs.readdirSync('/proc/self/fd').filter((fd) => {
          try {
            return fs.readlinkSync(`/proc/self/fd/${fd}`) === file;
          } catch {
            return false;
          }
        }).length;
      const early = await openTable(file);
      for await (const batch of early.batches) {
        expect(batch.length).toBeGreaterThan(0);
        expect(holders()).toBe(1);
        break;
      }
      early.close();
      await new Promise((resolve) => setImmediate(resolve));
      expect(holders()).toBe(0);
      const whole = await openTable(file);
      let rows = 0;
      for await (const batch of whole.batches) rows += batch.length;
      expect(rows).toBe(50_000);
      expect(holders()).toBe(0);
    },
  );

  it('a line over the record limit goes to csv-parse', async () => {
    const file = path.join(temp.dir, 'long.csv');
    fs.writeFileSync(file, `a,b\n${'x'.repeat(1024 * 1024 + 10)},1\n`);
    expect(await plainCsvLineEnding(file)).toBe(null);
  });
});

describe('xlsx cells', () => {
  it('reads rich text, shared strings, numbers stored as text, dates and a header below blank rows', async () => {
    const file = await writeXlsx(
      temp.dir,
      'cells.xlsx',
      [
        [],
        [],
        [
          { richText: [{ text: '统一社会' }, { font: { bold: true }, text: '信用代码' }] },
          '报告期',
          '工业总产值\n（千元）',
          '营业收入(万元)',
          '从业人员平均人数',
          '综合能源消费量(吨标准煤)',
        ],
        [USCC_A, '2013年6月', '1,234.5', '１２', ' 42 ', 1.25],
        [],
        [
          { richText: [{ text: USCC_B.slice(0, 9) }, { text: USCC_B.slice(9) }] },
          new Date(Date.UTC(2013, 6, 1)),
          5,
          '-',
          7,
          null,
        ],
        [USCC_C, 201308, 7, 0, 9, '—'],
      ],
      (sheet) => {
        sheet.getCell('B6').numFmt = 'yyyy-mm';
      },
    );
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems).toEqual([]);
    expect(result.source).toMatchObject({ format: 'xlsx', sheet: '数据', headerRow: 3 });
    expect(result.rows).toEqual([
      {
        rowNumber: 4,
        uscc: USCC_A,
        period: '2013-06',
        values: { output_value: 1_234_500, revenue: 120_000, employees: 42, energy_tce: 1.25 },
      },
      { rowNumber: 6, uscc: USCC_B, period: '2013-07', values: { output_value: 5000, employees: 7 } },
      { rowNumber: 7, uscc: USCC_C, period: '2013-08', values: { output_value: 7000, revenue: 0, employees: 9 } },
    ]);
  });

  it('reads the first worksheet in the workbook’s order and names the others', async () => {
    const file = await writeXlsx(
      temp.dir,
      'sheets.xlsx',
      [
        ['统一社会信用代码', '报告期', '工业总产值(元)'],
        [USCC_A, '2013', 10],
      ],
      (_s, wb) => {
        wb.addWorksheet('说明').addRow(['这一页不读']);
      },
    );
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems).toEqual([]);
    expect(result.source).toMatchObject({ sheet: '数据', otherSheets: ['说明'] });
    expect(result.rows).toEqual([{ rowNumber: 2, uscc: USCC_A, period: '2013', values: { output_value: 10 } }]);
  });

  it('refuses an empty first worksheet', async () => {
    const file = await writeXlsx(temp.dir, 'empty.xlsx', []);
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: null,
        code: 'no_header',
        reason: expect.objectContaining({ zh: '文件的第一个工作表「数据」是空的，没有表头' }),
      }),
    ]);
  });

  it('refuses a header with no rows under it', async () => {
    const file = await writeXlsx(temp.dir, 'header-only.xlsx', [['统一社会信用代码', '报告期', '工业总产值(元)']]);
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems).toEqual([expect.objectContaining({ code: 'no_rows' })]);
  });
});

describe('files that are not what they say', () => {
  it('refuses an Excel 97-2003 .xls', async () => {
    const file = path.join(temp.dir, 'old.xls');
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: null,
        code: 'file_format',
        reason: {
          zh: '这是 Excel 97-2003 (.xls) 或 WPS (.et) 格式的文件；请另存为 .xlsx 后再导入',
          en: 'this is an Excel 97-2003 (.xls) or WPS (.et) file; save it as .xlsx and import again',
        },
      }),
    ]);
  });

  it('refuses an HTML table saved with an .xls name', async () => {
    const file = writeTextFile(temp.dir, 'export.xls', [
      '<html><body><table><tr><td>统一社会信用代码</td></tr></table></body></html>',
    ]);
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems[0]?.code).toBe('file_format');
  });

  it('refuses a damaged xlsx', async () => {
    const good = await writeXlsx(temp.dir, 'good.xlsx', [
      ['统一社会信用代码', '报告期', '工业总产值(元)'],
      [USCC_A, '2013', 10],
    ]);
    const bytes = fs.readFileSync(good);
    const file = path.join(temp.dir, 'damaged.xlsx');
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: null,
        code: 'file_unreadable',
        reason: expect.objectContaining({ zh: '文件不完整（上传中断或文件已损坏）；请重新保存后再上传' }),
      }),
    ]);
  });

  it('refuses an empty CSV', async () => {
    const file = path.join(temp.dir, 'empty.csv');
    fs.writeFileSync(file, '');
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems).toEqual([expect.objectContaining({ code: 'no_header' })]);
  });
});

describe('JSON', () => {
  it('reads an array of objects with English keys in base units, rows by position', async () => {
    const file = path.join(temp.dir, 'returns.json');
    fs.writeFileSync(
      file,
      JSON.stringify([
        { uscc: USCC_A, period: '2013-06', output_value: 1500000, revenue: '125000', employees: 300 },
        { uscc: USCC_B, period: 201306, output_value: 0.07 },
      ]),
    );
    const result = await readImportFile(file, 'returns', testContext());
    expect(result.problems).toEqual([]);
    expect(result.source).toMatchObject({ format: 'json', headerRow: null });
    expect(result.rows).toEqual([
      {
        rowNumber: 1,
        uscc: USCC_A,
        period: '2013-06',
        values: { output_value: 1_500_000, revenue: 125_000, employees: 300 },
      },
      { rowNumber: 2, uscc: USCC_B, period: '2013-06', values: { output_value: 0.07 } },
    ]);
  });

  it('reads industries as an array of objects; refuses nested values elsewhere and non-object elements', async () => {
    const file = path.join(temp.dir, 'enterprises.json');
    fs.writeFileSync(
      file,
      JSON.stringify([
        {
          uscc: USCC_A,
          name: '甲公司',
          region: NANHU,
          above_scale: true,
          sei_industries: [{ industry: 'bio', share: 0.5 }, 'iot:0.5'],
          tags: ['龙头企业'],
        },
        { uscc: USCC_B, name: { zh: '乙' }, region: NANHU, above_scale: 0 },
        42,
      ]),
    );
    const result = await readImportFile(file, 'enterprises', testContext());
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'name', 'not_scalar'],
      [3, null, 'json_shape'],
    ]);
  });

  it('refuses a JSON file over the size limit, and one that is not an array', async () => {
    const big = path.join(temp.dir, 'big.json');
    fs.writeFileSync(big, JSON.stringify([{ uscc: USCC_A, period: '2013', output_value: 1 }]));
    const tooBig = await readImportFile(big, 'returns', testContext(), { jsonMaxBytes: 10 });
    expect(tooBig.problems).toEqual([expect.objectContaining({ code: 'file_too_large' })]);

    const object = path.join(temp.dir, 'object.json');
    fs.writeFileSync(object, JSON.stringify({ rows: [] }));
    const notArray = await readImportFile(object, 'returns', testContext());
    expect(notArray.problems).toEqual([expect.objectContaining({ code: 'json_shape' })]);
  });
});

describe('column letters', () => {
  it('names columns as Excel does', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

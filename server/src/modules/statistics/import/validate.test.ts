import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../plan/plan-file.js';
import { NANHU, testContext, USCC_A, USCC_B, USCC_C } from '../../../../test/fixtures/imports/support.js';
import { matchHeaders, type HeaderCell } from './headers.js';
import type { SheetRow } from './readers.js';
import { ReturnBatchDecoder, ReturnBatchEncoder } from './compact.js';
import type { ImportProblem } from './problems.js';
import { formatPeriod, lastMonthOf, parsePeriod } from '../period.js';
import {
  createRowValidator,
  EntityYears,
  figureKeysOf,
  importContextFromPlan,
  validateRows,
  YtdAgainstStored,
  type ReturnRow,
} from './validate.js';

const header = (...texts: string[]): HeaderCell[] =>
  texts.map((text, i) => ({ key: text, text, position: String(i + 1) }));
const rows = (...cells: Record<string, unknown>[]): SheetRow[] =>
  cells.map((c, i) => ({ rowNumber: i + 2, cells: c, extra: [] }));
/** A returns CSV's columns, matched from its header texts. */
const returnsColumnsOf = (...texts: string[]) =>
  matchHeaders('returns', header(...texts), { format: 'csv', headerRow: 1 }).columns;
/** A returns file's columns with two cumulative figures and a head count (not cumulative). */
const ytdColumns = returnsColumnsOf('uscc', '报告期', '工业总产值(千元)', '营业收入(万元)', '从业人员(人)');
/** A fixed pseudo-random sequence in [0, 1) from `seed`: the same file at every run. */
const pseudoRandom = (seed: number) => {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
};

describe('validateRows (rows already in memory)', () => {
  const returnsColumns = returnsColumnsOf('uscc', '报告期', '工业总产值(千元)');

  it('locks: a quarter covers its months, a month covers the quarter return that equals it', async () => {
    const result = await validateRows(
      'returns',
      rows(
        { uscc: USCC_A, 报告期: '2013-05', '工业总产值(千元)': 1 },
        { uscc: USCC_A, 报告期: '2013Q3', '工业总产值(千元)': 2 },
        { uscc: USCC_B, 报告期: '2013-02', '工业总产值(千元)': 1 },
      ),
      returnsColumns,
      testContext({ lockedPeriods: new Set(['2013Q2', '2013-09']) }),
    );
    expect(result.problems.map((p) => [p.row, p.code, p.value])).toEqual([
      [2, 'period_locked', '2013-05'],
      [3, 'period_locked', '2013Q3'],
    ]);
    expect(result.rows).toEqual([]);
  });

  it('the file-only YTD rule (kept column by column) finds what the rule over whole points finds, in the same order', async () => {
    const columns = ytdColumns;
    // A fixed pseudo-random file: three enterprises, two years, months and quarters in any order, some blanks, some
    // figures lower than an earlier month's.
    const next = pseudoRandom(7);
    const cells: Record<string, unknown>[] = [];
    for (let i = 0; i < 300; i += 1) {
      const year = 2013 + Math.floor(next() * 2);
      const quarter = next() < 0.2;
      cells.push({
        uscc: [USCC_A, USCC_B, USCC_C][Math.floor(next() * 3)],
        报告期: quarter
          ? `${year}Q${1 + Math.floor(next() * 4)}`
          : `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`,
        '工业总产值(千元)': next() < 0.1 ? '' : String(Math.floor(next() * 100)),
        '营业收入(万元)': next() < 0.1 ? '' : (next() * 50).toFixed(2),
        '从业人员(人)': Math.floor(next() * 10),
      });
    }
    const compact = await validateRows('returns', rows(...cells), columns, testContext());
    // A stored-figures lookup that finds nothing sends the points through ytdProblems as objects.
    const whole = await validateRows('returns', rows(...cells), columns, testContext({ storedYtd: () => [] }));
    expect(compact.problems.filter((p) => p.code === 'ytd_decrease').length).toBeGreaterThan(10);
    expect(compact.problems).toEqual(whole.problems);
  });

  it('waits for an asynchronous lookup of stored values', async () => {
    const result = await validateRows(
      'returns',
      rows({ uscc: USCC_A, 报告期: '2013-03', '工业总产值(千元)': 1 }),
      returnsColumns,
      testContext({
        storedYtd: async () => [{ uscc: USCC_A, period: '2013Q1', values: { output_value: 5000 } }],
      }),
    );
    // The stored Q1 return is March's YTD: the file's March replaces it, so there is nothing to compare.
    expect(result.problems).toEqual([]);
    const later = await validateRows(
      'returns',
      rows({ uscc: USCC_A, 报告期: '2013-04', '工业总产值(千元)': 1 }),
      returnsColumns,
      testContext({
        storedYtd: async () => [{ uscc: USCC_A, period: '2013Q1', values: { output_value: 5000 } }],
      }),
    );
    expect(later.problems).toEqual([
      expect.objectContaining({ row: 2, column: '工业总产值(千元)', value: '1', code: 'ytd_decrease' }),
    ]);
  });

  it('refuses region totals outside the officer’s area', async () => {
    const columns = matchHeaders('region-stats', header('region', 'period', 'gdp'), {
      format: 'json',
      headerRow: null,
    }).columns;
    const result = await validateRows(
      'region-stats',
      [{ rowNumber: 1, cells: { region: '330421', period: '2013', gdp: 1 }, extra: [] }],
      columns,
      testContext({ allowedRegions: new Set([NANHU]) }),
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 1, column: 'region', value: '330421', code: 'region_out_of_scope' }),
    ]);
  });
});

describe('the rules across rows, as rows come while the file is in order', () => {
  const columns = ytdColumns;
  const usccs = [USCC_A, USCC_B, USCC_C];
  // A fixed pseudo-random file in entity, year and month order (as files usually come): three enterprises, two
  // years, months and quarters (2013Q2 is the YTD point of 2013-06, so some rows repeat one), some blanks, some
  // figures lower than an earlier month's.
  const next = pseudoRandom(11);
  const inOrder = Array.from({ length: 150 }, () => {
    const year = 2013 + Math.floor(next() * 2);
    const quarter = next() < 0.2 ? 1 + Math.floor(next() * 4) : 0;
    const month = quarter > 0 ? quarter * 3 : 1 + Math.floor(next() * 12);
    return {
      entity: Math.floor(next() * 3),
      year,
      month,
      cells: {
        uscc: usccs[0],
        报告期: quarter > 0 ? `${year}Q${quarter}` : `${year}-${String(month).padStart(2, '0')}`,
        '工业总产值(千元)': next() < 0.1 ? '' : String(Math.floor(next() * 100)),
        '营业收入(万元)': next() < 0.1 ? '' : (next() * 50).toFixed(2),
        '从业人员(人)': Math.floor(next() * 10),
      } as Record<string, unknown>,
    };
  })
    .sort((a, b) => a.entity - b.entity || a.year - b.year || a.month - b.month)
    .map((r) => ({ ...r.cells, uscc: usccs[r.entity] }));
  // The same rows with one of the first enterprise's moved to the end, past the rows kept: the order breaks there.
  const brokenLate = [...inOrder.slice(1), inOrder[0] as Record<string, unknown>];
  /** The rules over whole points (ytdProblems), whatever the order: what every other way must find. */
  const whole = (cells: Record<string, unknown>[]) =>
    validateRows('returns', rows(...cells), columns, testContext({ storedYtd: () => [] }));

  it('finds what the rules over whole points find, in the same order, keeping only the rows it may', async () => {
    const expected = (await whole(inOrder)).problems;
    expect(expected.filter((p) => p.code === 'ytd_decrease').length).toBeGreaterThan(10);
    expect(expected.filter((p) => p.code === 'duplicate_row').length).toBeGreaterThan(3);
    const validator = createRowValidator('returns', columns, testContext(), { format: 'csv', keepRowsAtMost: 50 });
    const problems: ImportProblem[] = [];
    for (const row of rows(...inOrder)) validator.push(row, problems);
    expect(validator.needsRowsAgain()).toBe(false);
    expect([...problems, ...(await validator.finish())]).toEqual(expected);
  });

  it('when the order breaks past the rows kept, asks for every row again and then finds the same', async () => {
    const expected = (await whole(brokenLate)).problems;
    expect(expected.length).toBeGreaterThan(10);
    const validator = createRowValidator('returns', columns, testContext(), { format: 'csv', keepRowsAtMost: 50 });
    const problems: ImportProblem[] = [];
    for (const row of rows(...brokenLate)) validator.push(row, problems);
    expect(validator.needsRowsAgain()).toBe(true);
    await expect(validator.finish()).rejects.toThrow(/every row again/);
    for (const row of rows(...brokenLate)) validator.readAgain(row);
    expect([...problems, ...(await validator.finish())]).toEqual(expected);
  });

  it('needs no second reading when the order breaks before the rows kept run out', async () => {
    const early = [inOrder[5] as Record<string, unknown>, ...inOrder.slice(0, 5), ...inOrder.slice(6)];
    const validator = createRowValidator('returns', columns, testContext(), { format: 'csv', keepRowsAtMost: 50 });
    const problems: ImportProblem[] = [];
    for (const row of rows(...early)) validator.push(row, problems);
    expect(validator.needsRowsAgain()).toBe(false);
    expect([...problems, ...(await validator.finish())]).toEqual((await whole(early)).problems);
  });
});

describe('EntityYears (the groups of the year-to-date rule)', () => {
  it('numbers entities and their years in order of first sight, past the room it starts with', () => {
    const groups = new EntityYears<number>();
    const next = pseudoRandom(5);
    // 1,000 enterprises (ids out of order), a few with a second or third year that comes rows later.
    const ids = Array.from({ length: 1000 }, (_, i) => (7919 * (i + 1)) % 100_003);
    const years = ids.map(() => [2013 + Math.floor(next() * 3)]);
    const seen: { id: number; year: number; group: number }[] = [];
    ids.forEach((id, i) => {
      const group = groups.group(id, years[i]?.[0] as number);
      seen.push({ id, year: years[i]?.[0] as number, group });
      expect(group).toBe(i * 65_536);
    });
    // Later years of every seventh enterprise, then again the first ones: a later year takes the entity's next ordinal.
    ids.forEach((id, i) => {
      if (i % 7 !== 0) return;
      const first = years[i]?.[0] as number;
      for (const year of [first + 1, first - 1]) {
        const group = groups.group(id, year);
        expect(group).toBe(i * 65_536 + (year > first ? 1 : 2));
        seen.push({ id, year, group });
      }
      expect(groups.group(id, first)).toBe(i * 65_536);
      expect(groups.group(id, first + 1)).toBe(i * 65_536 + 1);
    });
    for (const { id, year, group } of seen) {
      expect(groups.entityOf(group)).toBe(id);
      expect(groups.yearOf(group)).toBe(year);
      expect(groups.find(id, year)).toBe(group);
    }
    // Not numbered: a year of a known entity never seen, an unknown entity.
    expect(groups.find(ids[1] as number, 1999)).toBeUndefined();
    expect(groups.find(-1, 2014)).toBeUndefined();
    expect(groups.entities).toHaveLength(1000);
  });
});

describe("YtdAgainstStored (the writer's rule against stored months, inside its transaction)", () => {
  const keys = figureKeysOf('returns');
  const figures = (values: Record<string, number>) => Float64Array.from(keys, (key) => values[key] ?? Number.NaN);

  it('compares file rows with stored months, in base units when no columns are given', () => {
    const ytd = new YtdAgainstStored();
    ytd.addRow(1, 2013, 7, '2013-07', 2, figures({ output_value: 10, employees: 1 }), 0);
    ytd.addRow(2, 2013, 7, '2013-07', 3, figures({ output_value: 10 }), 0);
    ytd.addStored(1, 2013, 6, figures({ output_value: 11, employees: 5 }), 0);
    // Another year of the second enterprise, and an enterprise without file rows: neither is compared.
    ytd.addStored(2, 2012, 12, figures({ output_value: 99 }), 0);
    ytd.addStored(3, 2013, 6, figures({ output_value: 99 }), 0);
    expect(ytd.rows).toBe(2);
    expect(ytd.problems()).toEqual([
      {
        row: 2,
        column: 'output_value',
        value: '10',
        code: 'ytd_decrease',
        reason: {
          zh: '累计值低于同年2013年6月的累计值 11（已入库）',
          en: "year-to-date figure is lower than 2013-06's 11 (stored) of the same year",
        },
      },
    ]);
  });

  it('finds what the rule over whole points finds against the same stored months, in the same order', async () => {
    const columns = returnsColumnsOf('uscc', '报告期', '工业总产值(元)', '营业收入(元)', '从业人员(人)');
    // A fixed pseudo-random case: three enterprises, two years; the file gives some months (a quarter for some
    // quarter-ends), in any order, some figures blank; stored months likewise, some the file's, some between them.
    const next = pseudoRandom(11);
    const usccs = [USCC_A, USCC_B, USCC_C];
    const figure = () => (next() < 0.15 ? undefined : Math.floor(next() * 1000));
    const cells: Record<string, unknown>[] = [];
    const stored: { uscc: string; period: string; values: Record<string, number> }[] = [];
    for (let e = 0; e < 3; e += 1) {
      for (const year of [2013, 2014]) {
        for (let month = 1; month <= 12; month += 1) {
          const both = { output_value: figure(), revenue: figure() };
          if (next() < 0.5) {
            const quarter = month % 3 === 0 && next() < 0.3;
            cells.push({
              uscc: usccs[e],
              报告期: quarter ? `${year}Q${month / 3}` : `${year}-${String(month).padStart(2, '0')}`,
              '工业总产值(元)': both.output_value ?? '',
              '营业收入(元)': both.revenue ?? '',
              '从业人员(人)': 5,
            });
          }
          if (next() < 0.5) {
            const values: Record<string, number> = {};
            const output = figure();
            const revenue = figure();
            if (output !== undefined) values.output_value = output;
            if (revenue !== undefined) values.revenue = revenue;
            stored.push({ uscc: usccs[e] as string, period: `${year}-${String(month).padStart(2, '0')}`, values });
          }
        }
      }
    }
    // File order: shuffled.
    for (let i = cells.length - 1; i > 0; i -= 1) {
      const j = Math.floor(next() * (i + 1));
      [cells[i], cells[j]] = [cells[j] as Record<string, unknown>, cells[i] as Record<string, unknown>];
    }
    const whole = await validateRows('returns', rows(...cells), columns, testContext({ storedYtd: () => stored }));
    const expected = whole.problems.filter((p) => p.code.startsWith('ytd_'));
    expect(expected.filter((p) => p.code === 'ytd_decrease').length).toBeGreaterThan(5);
    expect(expected.filter((p) => p.code === 'ytd_above_stored_next').length).toBeGreaterThan(5);

    const ytd = new YtdAgainstStored();
    cells.forEach((c, i) => {
      const period = parsePeriod(c['报告期'] as string);
      if (!period) throw new Error('bad period in the test');
      const values: Record<string, number> = {};
      if (c['工业总产值(元)'] !== '') values.output_value = c['工业总产值(元)'] as number;
      if (c['营业收入(元)'] !== '') values.revenue = c['营业收入(元)'] as number;
      values.employees = 5;
      const id = usccs.indexOf(c.uscc as string);
      ytd.addRow(id, period.year, lastMonthOf(period), formatPeriod(period), i + 2, figures(values), 0);
    });
    for (const s of stored) {
      const [year, month] = s.period.split('-').map(Number) as [number, number];
      ytd.addStored(usccs.indexOf(s.uscc), year, month, figures(s.values), 0);
    }
    expect(ytd.problems(columns)).toEqual(expected);
  });
});

describe('the context from the plan file', () => {
  it('takes the regions and industries of plans/jiaxing-2011.yaml', async () => {
    const plan = readPlanFile(path.resolve('plans/jiaxing-2011.yaml'));
    if (!plan.ok) throw new Error('plan does not load');
    const context = importContextFromPlan(plan.plan, { knownEnterprises: new Set([USCC_A]) });
    expect(context.regionCodes.has('330400')).toBe(true);
    expect(context.enterpriseRegionCodes?.has('330400')).toBe(false);
    expect(context.enterpriseRegionCodes?.has('330400Z01')).toBe(true);
    const columns = matchHeaders('enterprises', header('uscc', 'name', 'region', 'above_scale', 'sei_industries'), {
      format: 'json',
      headerRow: null,
    }).columns;
    const result = await validateRows(
      'enterprises',
      [
        {
          rowNumber: 1,
          cells: {
            uscc: USCC_A,
            name: '甲',
            region: NANHU,
            above_scale: 'true',
            sei_industries: '物联网及相关产业:0.5;核电关联产业:0.5',
          },
          extra: [],
        },
      ],
      columns,
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows[0]?.sei_industries).toEqual([
      { industry: 'iot', share: 0.5 },
      { industry: 'nuclear', share: 0.5 },
    ]);
  });
});

describe('valid rows as parts (pushInto a RowSink), without an object per row', () => {
  // Figures in a different order from the kind's, blanks, units, and more rows than an encoder's first arrays hold.
  const columns = returnsColumnsOf('从业人员平均人数(人)', 'uscc', '营业收入(万元)', '报告期', '工业总产值(千元)');
  const cells = Array.from({ length: 2600 }, (_, i) => ({
    uscc: [USCC_A, USCC_B, USCC_C][i % 3],
    报告期: `${2010 + Math.floor(i / 36)}-${String(1 + (Math.floor(i / 3) % 12)).padStart(2, '0')}`,
    '工业总产值(千元)': i % 7 === 0 ? '' : String(10 * (1 + (Math.floor(i / 3) % 12))),
    '营业收入(万元)': i % 5 === 0 ? '' : `${1 + (Math.floor(i / 3) % 12)}.25`,
    '从业人员平均人数(人)': i % 11 === 1 && i % 7 !== 0 ? '' : 40 + (i % 3),
  }));

  it('hands the sink each valid row exactly as push types it, and batches decode back to the same rows', async () => {
    const typed = await validateRows('returns', rows(...cells), columns, testContext());
    expect(typed.problems).toEqual([]);

    const validator = createRowValidator('returns', columns, testContext());
    const encoder = new ReturnBatchEncoder();
    const decoder = new ReturnBatchDecoder();
    const decoded: ReturnRow[] = [];
    const take = () => {
      const batch = encoder.take();
      decoder.accept(batch);
      for (let i = 0; i < batch.rows; i += 1) decoded.push(decoder.row(batch, i));
    };
    for (const [i, row] of rows(...cells).entries()) {
      expect(validator.pushInto(row, [], encoder)).toBe(true);
      if (i === 700 || i === 2500) take();
    }
    take();
    expect(await validator.finish()).toEqual([]);
    expect(decoded).toEqual(typed.rows);
    // And typed rows encoded whole give the same batch contents.
    const again = new ReturnBatchDecoder();
    const whole = new ReturnBatchEncoder().encode(typed.rows);
    again.accept(whole);
    expect(Array.from({ length: whole.rows }, (_, i) => again.row(whole, i))).toEqual(typed.rows);
  });

  it('a row with a problem goes nowhere, and its problems are those push reports', async () => {
    const bad = [...cells.slice(0, 3), { ...cells[3], '工业总产值(千元)': '-5' }, cells[4]];
    const validator = createRowValidator('returns', columns, testContext());
    const added: number[] = [];
    const problems: ImportProblem[] = [];
    for (const row of rows(...(bad as Record<string, unknown>[]))) {
      validator.pushInto(row, problems, { add: (rowNumber) => added.push(rowNumber) });
    }
    expect(added).toEqual([2, 3, 4, 6]);
    const viaPush = await validateRows('returns', rows(...(bad as Record<string, unknown>[])), columns, testContext());
    expect(problems).toEqual(viaPush.problems);
  });
});

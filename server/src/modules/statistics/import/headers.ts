/**
 * Matching a file's header row to the columns of an import kind: by Chinese name or English key, whatever the
 * brackets, spaces and line breaks, reading the unit the header states (`工业总产值（万元）`).
 */
import {
  baseUnits,
  columnsOf,
  findUnit,
  importKinds,
  kindLabels,
  units,
  type ColumnDefinition,
  type ImportKind,
  type UnitDimension,
} from './columns.js';
import type { Decimal } from './numbers.js';
import type { ImportProblem, ProblemCode, Reason } from './problems.js';

export type SourceFormat = 'xlsx' | 'csv' | 'json';

/** One cell of the header row. */
export interface HeaderCell {
  /** The key of this column in each row's `cells` (unique even when two headers read the same). */
  key: string;
  /** The header as the file wrote it. */
  text: string;
  /** Where it is, for messages: `D` (xlsx), `4` (CSV, 1-based), the key itself (JSON). */
  position: string;
  /** Spreadsheets and CSV: the column's index in each row's `values` (0 for column A). */
  index?: number;
}

/** A header the importer understood. */
export interface MatchedColumn {
  column: ColumnDefinition;
  /** The header as written, for problem reports. */
  header: string;
  /** Key of the column in each row's `cells`. */
  cellKey: string;
  /** Its index in each row's `values`, when the rows have them (HeaderCell.index). */
  index?: number;
  /** The unit the header stated (canonical name), or the base unit when it stated none and none was needed. */
  unit: string | null;
  /** Base units per one unit of the file. */
  factor: Decimal;
}

export interface HeaderMatch {
  columns: MatchedColumn[];
  problems: ImportProblem[];
}

const ONE: Decimal = { mantissa: 1n, exponent: 0 };

/**
 * The header as compared: NFKC (full-width brackets, letters and digits become ASCII), no whitespace at all (Excel
 * headers often hold line breaks), 【】 and [] read as (), a required-marker `*` dropped, lower-case ASCII.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b\ufeff]+/g, '')
    .replace(/[【[〔]/g, '(')
    .replace(/[】\]〕]/g, ')')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}

function lookupFor(kind: ImportKind): Map<string, ColumnDefinition> {
  const map = new Map<string, ColumnDefinition>();
  for (const column of columnsOf(kind)) {
    map.set(normalizeHeader(column.key), column);
    for (const name of column.names) map.set(normalizeHeader(name), column);
  }
  return map;
}

const lookups = new Map<ImportKind, Map<string, ColumnDefinition>>(importKinds.map((k) => [k, lookupFor(k)]));

const allUnitNames: { name: string; dimension: UnitDimension }[] = (Object.keys(units) as UnitDimension[])
  .flatMap((dimension) =>
    units[dimension].flatMap((u) => [u.name, ...u.aliases].map((name) => ({ name: normalizeHeader(name), dimension }))),
  )
  // Longest first, so `万元` is not read as `元`.
  .sort((a, b) => b.name.length - a.name.length);

/** Whether bracketed text states a unit of some dimension (or looks like one: anything in 元). */
function looksLikeUnit(text: string): boolean {
  return allUnitNames.some((u) => u.name === text) || /元$|吨|亩|公顷|米|^人$/.test(text);
}

interface Parsed {
  column: ColumnDefinition;
  /** Bracketed or suffixed unit text, normalised; null when the header states none. */
  unitText: string | null;
  /** Whether the header is the column's English key (JSON files may then leave the unit out). */
  byKey: boolean;
}

const GROUP = /\(([^()]*)\)/g;

function parseHeader(norm: string, lookup: Map<string, ColumnDefinition>): Parsed | { error: 'two_units' } | undefined {
  const exact = lookup.get(norm);
  if (exact) return { column: exact, unitText: null, byKey: norm === normalizeHeader(exact.key) };

  // `工业总产值(当年价格)(千元)`: drop bracketed groups; at most one of them may be a unit, the others are remarks.
  const groups = [...norm.matchAll(GROUP)].map((m) => (m[1] ?? '').replace(/^单位:?/, ''));
  if (groups.length > 0) {
    const base = norm.replace(GROUP, '');
    const column = lookup.get(base);
    if (column) {
      const unitGroups = groups.filter(looksLikeUnit);
      if (unitGroups.length > 1) return { error: 'two_units' };
      return { column, unitText: unitGroups[0] ?? null, byKey: base === normalizeHeader(column.key) };
    }
  }

  // `工业总产值万元`, `工业总产值/万元`.
  for (const unit of allUnitNames) {
    if (!norm.endsWith(unit.name)) continue;
    const base = norm.slice(0, norm.length - unit.name.length).replace(/[/_:-]$/, '');
    const column = lookup.get(base);
    if (column) return { column, unitText: unit.name, byKey: base === normalizeHeader(column.key) };
  }
  return undefined;
}

function problem(row: number | null, column: string | null, code: ProblemCode, reason: Reason): ImportProblem {
  return { row, column, value: null, code, reason };
}

function allowedUnitsText(dimension: UnitDimension): string {
  return units[dimension].map((u) => u.name).join('、');
}

/**
 * Matches a header row to the columns of a kind. Problems: unknown header, duplicate column, required column
 * missing, unit missing (money in CSV/XLSX: 千元 and 万元 cannot be told apart), unit not allowed for the column.
 * JSON files use English keys and base units, so a JSON key without a unit means the base unit.
 */
export function matchHeaders(
  kind: ImportKind,
  headers: readonly HeaderCell[],
  options: { format: SourceFormat; headerRow: number | null },
): HeaderMatch {
  const lookup = lookups.get(kind) ?? new Map<string, ColumnDefinition>();
  const row = options.headerRow;
  const columns: MatchedColumn[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, HeaderCell>();
  const nonEmpty = headers.filter((h) => normalizeHeader(h.text) !== '');

  for (const header of nonEmpty) {
    const norm = normalizeHeader(header.text);
    const parsed = parseHeader(norm, lookup);
    if (parsed === undefined) {
      problems.push(problem(row, header.text, 'unknown_header', unknownHeaderReason(kind, norm, nonEmpty.length)));
      continue;
    }
    if ('error' in parsed) {
      problems.push(
        problem(row, header.text, 'unit_not_allowed', {
          zh: '表头中写了两个单位',
          en: 'the header states two units',
        }),
      );
      continue;
    }
    const { column, unitText, byKey } = parsed;
    const first = seen.get(column.key);
    if (first) {
      problems.push(
        problem(row, header.text, 'duplicate_column', {
          zh: `与「${first.text}」（${first.position}列）是同一列（${column.key}）`,
          en: `same column (${column.key}) as "${first.text}" (column ${first.position})`,
        }),
      );
      continue;
    }
    seen.set(column.key, header);

    let unit: string | null = null;
    let factor = ONE;
    if (column.dimension) {
      const base = baseUnits[column.dimension];
      if (unitText === null) {
        if (column.unitRequired && !(options.format === 'json' && byKey)) {
          problems.push(
            problem(row, header.text, 'unit_missing', {
              zh: `金额列须在表头注明单位，如「${column.names[0]}(千元)」或「${column.names[0]}(万元)」；可用：${allowedUnitsText(column.dimension)}`,
              en: `a money column must state its unit in the header, e.g. "${column.names[0]}(千元)" or "(万元)"; allowed: ${allowedUnitsText(column.dimension)}`,
            }),
          );
          continue;
        }
        unit = base.name;
      } else {
        const found = findUnit(column.dimension, unitText);
        if (!found) {
          problems.push(
            problem(row, header.text, 'unit_not_allowed', {
              zh: `此列不能使用单位「${unitText}」；可用：${allowedUnitsText(column.dimension)}`,
              en: `unit "${unitText}" is not allowed for this column; allowed: ${allowedUnitsText(column.dimension)}`,
            }),
          );
          continue;
        }
        unit = found.name;
        factor = found.factor;
      }
    } else if (unitText !== null && allUnitNames.some((u) => u.name === unitText)) {
      problems.push(
        problem(row, header.text, 'unit_not_allowed', {
          zh: `此列不是数值，不能带单位「${unitText}」`,
          en: `this column is not a quantity and cannot carry the unit "${unitText}"`,
        }),
      );
      continue;
    }
    columns.push({
      column,
      header: header.text,
      cellKey: header.key,
      ...(header.index === undefined ? {} : { index: header.index }),
      unit,
      factor,
    });
  }

  for (const column of columnsOf(kind)) {
    if (column.required && !seen.has(column.key)) {
      problems.push(
        problem(row, column.names[0] ?? column.key, 'missing_column', {
          zh: `缺少必填列「${column.names[0]}」（${column.key}）`,
          en: `required column "${column.names[0]}" (${column.key}) is missing`,
        }),
      );
    }
  }
  return { columns, problems };
}

function unknownHeaderReason(kind: ImportKind, norm: string, headerCount: number): Reason {
  for (const other of importKinds) {
    if (other === kind) continue;
    const parsed = parseHeader(norm, lookups.get(other) ?? new Map<string, ColumnDefinition>());
    if (parsed && !('error' in parsed)) {
      return {
        zh: `无法识别的列：这是「${kindLabels[other].zh}」的列，是否选错了导入类型？`,
        en: `unknown column: it belongs to the ${kindLabels[other].en} (${other}); was the wrong kind chosen?`,
      };
    }
  }
  if (headerCount === 1) {
    return {
      zh: '无法识别的列：表头应在第一个非空行，此行只有一个单元格，似乎是标题，请删除标题行',
      en: 'unknown column: the header must be the first non-empty row; this row has a single cell and looks like a title, remove it',
    };
  }
  return {
    zh: `无法识别的列；「${kindLabels[kind].zh}」的列为：${columnsOf(kind)
      .map((c) => c.names[0])
      .join('、')}`,
    en: `unknown column; the columns of ${kind} are: ${columnsOf(kind)
      .map((c) => c.key)
      .join(', ')}`,
  };
}

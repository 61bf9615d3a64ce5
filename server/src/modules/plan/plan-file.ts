import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { planFileSchema, type PlanFile } from './plan-file.schema.js';

export interface PlanFileProblem {
  /** Where inside the file: `targets[3].value`; empty for the file as a whole. */
  path: string;
  /** 1-based line in the file, when the path can be found there. */
  line: number | null;
  message: string;
}

export type PlanFileResult =
  { ok: true; plan: PlanFile; contentHash: string } | { ok: false; problems: PlanFileProblem[] };

export class PlanFileError extends Error {
  constructor(
    readonly fileName: string,
    readonly problems: PlanFileProblem[],
  ) {
    super(`${fileName}: ${problems.length} problem(s)\n${problems.map((p) => formatProblem(p)).join('\n')}`);
  }
}

/** `targets[3].value (line 120): expected a number` */
export function formatProblem(p: PlanFileProblem): string {
  const where = p.path || '(file)';
  return p.line ? `${where} (line ${p.line}): ${p.message}` : `${where}: ${p.message}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** Parses and validates plan-file text. Never throws on bad content: every problem is returned with its path. */
export function parsePlanText(text: string): PlanFileResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((e) => ({
        path: '',
        line: lineCounter.linePos(e.pos[0]).line,
        message: `YAML: ${e.message.split('\n')[0] ?? e.message}`,
      })),
    };
  }
  const data: unknown = document.toJS();
  const parsed = planFileSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => toProblem(issue, data, document, lineCounter)) };
  }
  return { ok: true, plan: parsed.data, contentHash: hashPlan(parsed.data) };
}

export function readPlanFile(fileName: string): PlanFileResult {
  let text: string;
  try {
    text = fs.readFileSync(fileName, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', line: null, message: `cannot read the file: ${reason}` }] };
  }
  return parsePlanText(text);
}

/** Reads a plan file or throws a PlanFileError that lists every problem. */
export function loadPlanFileOrThrow(fileName: string): { plan: PlanFile; contentHash: string } {
  const result = readPlanFile(fileName);
  if (!result.ok) throw new PlanFileError(fileName, result.problems);
  return result;
}

/** The identity of a plan's content: the same validated content always gives the same hash. */
export function hashPlan(plan: PlanFile): string {
  return createHash('sha256').update(JSON.stringify(plan)).digest('hex');
}

function toProblem(
  issue: z.core.$ZodIssue,
  data: unknown,
  document: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
) {
  const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  return {
    path: formatPath(path),
    line: lineOf(path, document, lineCounter),
    message: describeIssue(issue, valueAt(data, path)),
  };
}

// zod does not keep the offending input, so it is looked up in the parsed data to say what was found instead.
function valueAt(data: unknown, path: (string | number)[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

// Walks up the path until a node exists: a missing field is reported at the line of the object that lacks it.
function lineOf(path: (string | number)[], document: ReturnType<typeof parseDocument>, lineCounter: LineCounter) {
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = document.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return null;
}

function describeIssue(issue: z.core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return found === undefined
        ? `required: expected ${article(issue.expected)}`
        : `expected ${article(issue.expected)}, got ${typeName(found)}`;
    case 'unrecognized_keys':
      return `unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value)}`;
  return typeof value;
}

const moneyUnits: Record<string, number> = { 亿元: 1e8, 万元: 1e4, 元: 1 };

/** "5亿元" → 50 000 000 000 fen. Exact for amounts written with at most two decimals of yuan. */
export function moneyTextToFen(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(亿元|万元|元)$/.exec(text);
  if (!match?.[1] || !match[2]) throw new Error(`not an amount: ${text}`);
  const fen = Math.round(Number(match[1]) * (moneyUnits[match[2]] ?? 1) * 100);
  if (!Number.isSafeInteger(fen)) throw new Error(`amount too large: ${text}`);
  return fen;
}

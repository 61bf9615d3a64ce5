/** One field of an audited entity, before and after the change. */
export interface DiffRow {
  /** `displayName`, `roles[0].regionCode`, `industryCodes`; '' for a value that is not an object. */
  path: string;
  before: unknown;
  after: unknown;
  /** Present on one side only, or different. */
  changed: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isLeafList = (value: unknown[]) => value.every((v) => v === null || typeof v !== 'object');

/**
 * Flattens a recorded value into fields: objects by key, lists of objects by index; a list of plain values (the
 * industry codes, say) stays one field, since its order and members are what changed.
 */
export function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value === null || value === undefined) {
    if (prefix) out.set(prefix, value);
    return out;
  }
  if (Array.isArray(value)) {
    if (isLeafList(value) || value.length === 0) out.set(prefix, value);
    else value.forEach((item, index) => flatten(item, `${prefix}[${index}]`, out));
    return out;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && prefix) out.set(prefix, value);
    for (const [key, item] of entries) flatten(item, prefix ? `${prefix}.${key}` : key, out);
    return out;
  }
  out.set(prefix, value);
  return out;
}

/** The fields of both sides, in the order they first appear, each marked when it changed. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const b = flatten(before);
  const a = flatten(after);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths.map((path) => ({
    path,
    before: b.get(path),
    after: a.get(path),
    changed: !b.has(path) || !a.has(path) || JSON.stringify(b.get(path)) !== JSON.stringify(a.get(path)),
  }));
}

/** The last key of a path, without an index: `roles[0].regionCode` → regionCode; `industryCodes` → industryCodes. */
export function fieldOf(path: string): string {
  const last = path.split('.').at(-1) ?? path;
  return last.replace(/\[\d+\]$/, '');
}

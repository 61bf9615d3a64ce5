/**
 * Splits rows for statements with many parameters: SQLite allows at most 32,766 bound parameters a statement and
 * PostgreSQL 65,535, so large writes and IN-lists go in chunks.
 */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * An IN-list padded, with its last value repeated, to a power of two: a query run per batch with lists of varying
 * length then has a few texts, whose prepared statements are kept (selectArrays), instead of one per length.
 */
export function paddedList<T>(items: readonly T[]): T[] {
  if (items.length === 0) return [];
  let size = 1;
  while (size < items.length) size *= 2;
  const out = items.slice();
  while (out.length < size) out.push(items[items.length - 1] as T);
  return out;
}

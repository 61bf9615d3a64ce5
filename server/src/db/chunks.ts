/**
 * Splits rows for statements with many parameters: SQLite allows at most 32,766 bound parameters a statement and
 * PostgreSQL 65,535, so large writes and IN-lists go in chunks.
 */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

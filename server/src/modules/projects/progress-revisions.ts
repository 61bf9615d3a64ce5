/**
 * Revisions of monthly progress returns: when a re-import or a re-entry by form changes a stored return, the old
 * value of each changed field is kept (who, when, which import batch) — the returns are overwritten, their history
 * is not (like statistic_revision for the statistics returns).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Q = Kysely<Database>;

/** The fields of a return, as stored. */
export interface ProgressValues {
  investment: number;
  investmentToDate: number | null;
  stage: string | null;
  imageNote: string | null;
  problems: string | null;
}

export const numberFields = ['investment', 'investmentToDate'] as const;
export const textFields = ['stage', 'imageNote', 'problems'] as const;
export type ProgressField = (typeof numberFields)[number] | (typeof textFields)[number];

export interface FieldChange {
  field: ProgressField;
  oldValue: number | null;
  newValue: number | null;
  oldText: string | null;
  newText: string | null;
}

/** The fields whose value differs between the stored return and the new one, in a fixed order. */
export function progressChanges(before: ProgressValues, after: ProgressValues): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of numberFields) {
    if (before[field] !== after[field]) {
      changes.push({ field, oldValue: before[field], newValue: after[field], oldText: null, newText: null });
    }
  }
  for (const field of textFields) {
    if (before[field] !== after[field]) {
      changes.push({ field, oldValue: null, newValue: null, oldText: before[field], newText: after[field] });
    }
  }
  return changes;
}

/** Writes the old values of one return's changed fields, in the caller's transaction. */
export async function recordProgressRevisions(
  trx: Q,
  target: { projectId: number; year: number; month: number },
  changes: readonly FieldChange[],
  meta: { source: 'form' | 'import'; batchId: number | null; by: string; now: string },
): Promise<void> {
  if (changes.length === 0) return;
  await trx
    .insertInto('projectProgressRevision')
    .values(
      changes.map((c) => ({
        ...target,
        ...c,
        source: meta.source,
        batchId: meta.batchId,
        revisedBy: meta.by,
        revisedAt: meta.now,
      })),
    )
    .execute();
}

/** A project's revisions, newest first, with the import file's name where a batch made them. */
export async function listProgressRevisions(db: Q, projectId: number) {
  const rows = await db
    .selectFrom('projectProgressRevision as r')
    .leftJoin('projectImportBatch as b', 'b.id', 'r.batchId')
    .selectAll('r')
    .select('b.fileName')
    .where('r.projectId', '=', projectId)
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    period: `${r.year}-${String(r.month).padStart(2, '0')}`,
    field: r.field as ProgressField,
    oldValue: r.oldValue,
    newValue: r.newValue,
    oldText: r.oldText,
    newText: r.newText,
    source: r.source === 'import' ? ('import' as const) : ('form' as const),
    batchId: r.batchId,
    fileName: r.fileName ?? null,
    revisedBy: r.revisedBy,
    revisedAt: r.revisedAt,
  }));
}

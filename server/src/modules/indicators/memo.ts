import type { Db } from '../../db/database.js';
import { cubeVersion } from './cube.service.js';

/**
 * What was computed from the cube, kept until the cube, the regions or the plan change. Every read checks the three
 * (three small queries), so an import in another process (the CLI) is seen at once; nothing is ever served stale.
 * Kept per database handle, at most MAX_ENTRIES each, the oldest dropped first.
 */
const MAX_ENTRIES = 500;
const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

export async function cubeMemo<T>(db: Db, kind: string, query: unknown, compute: () => Promise<T>): Promise<T> {
  const [version, regions, plan] = await Promise.all([
    cubeVersion(db),
    db.selectFrom('region').select(['code', 'parentCode', 'reporting']).orderBy('code').execute(),
    db
      .selectFrom('plan as p')
      .innerJoin('planVersion as v', (j) =>
        j.onRef('v.planId', '=', 'p.id').onRef('v.version', '=', 'p.currentVersion'),
      )
      .select('v.contentHash')
      .where('p.active', '=', 1)
      .executeTakeFirst(),
  ]);
  const key = JSON.stringify([kind, version, plan?.contentHash ?? null, regions, query]);
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit as Promise<T>;
  const result = compute();
  memo.set(key, result);
  // A failed computation is not kept: the next read tries again.
  result.catch(() => memo.delete(key));
  if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value as string);
  return result;
}

// A period's framework snapshot, compiled, cached per period id. Safe to keep in memory on every instance:
// the snapshot is written once when the period opens and never changes (periods/routes.ts), so instances
// cannot disagree. Bounded, since a province's installation holds many regions' periods.
import { eq } from 'drizzle-orm';
import { type CompiledFramework, compile } from '../../domain/iid/engine';
import type { Framework } from '../../domain/iid/types';
import type { Db } from '../db/client';
import { periods } from '../db/schema';

const MAX = 500;
const cache = new Map<string, CompiledFramework>();

export async function periodFramework(db: Pick<Db, 'select'>, periodId: string): Promise<CompiledFramework> {
  const hit = cache.get(periodId);
  if (hit) return hit;
  const [row] = await db.select({ framework: periods.framework }).from(periods).where(eq(periods.id, periodId));
  if (!row) throw new Error(`period ${periodId} not found`);
  const compiled = compile(row.framework as Framework);
  if (cache.size >= MAX) cache.delete(cache.keys().next().value as string);
  cache.set(periodId, compiled);
  return compiled;
}

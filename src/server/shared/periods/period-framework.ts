// A period's framework snapshot, compiled, cached per period id. Safe to keep in memory on every instance:
// the snapshot is written once when the period opens and never changes (periods/routes.ts), so instances
// cannot disagree. Snapshots are shared by content: a province's installation holds hundreds of periods
// that mostly use the same framework version, and one compiled copy each (~100 KB) would add up.
import { eq, sql } from 'drizzle-orm';
import { type CompiledFramework, compile } from '../../../domain/iid/engine';
import type { Framework } from '../../../domain/iid/types';
import type { Db } from '../../db/client';
import { periods } from '../../db/schema';

const MAX = 2000;
const byPeriod = new Map<string, CompiledFramework>();
const byContent = new Map<string, CompiledFramework>();

export async function periodFramework(db: Pick<Db, 'select'>, periodId: string): Promise<CompiledFramework> {
  const hit = byPeriod.get(periodId);
  if (hit) return hit;
  const [row] = await db
    .select({ hash: sql<string>`md5(${periods.framework}::text)` })
    .from(periods)
    .where(eq(periods.id, periodId));
  if (!row) throw new Error(`period ${periodId} not found`);
  let compiled = byContent.get(row.hash);
  if (!compiled) {
    const [full] = await db.select({ framework: periods.framework }).from(periods).where(eq(periods.id, periodId));
    compiled = compile(full.framework as Framework);
    if (byContent.size >= 50) byContent.delete(byContent.keys().next().value as string);
    byContent.set(row.hash, compiled);
  }
  if (byPeriod.size >= MAX) byPeriod.delete(byPeriod.keys().next().value as string);
  byPeriod.set(periodId, compiled);
  return compiled;
}

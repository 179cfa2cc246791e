// "The period a page is about": the one asked for (in the region), else the open one, else the latest.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { periods } from '../db/schema';
import { notFound } from './errors';

export async function periodOfRegion(db: Db, regionId: string, periodId?: string) {
  const [period] = periodId
    ? await db
        .select()
        .from(periods)
        .where(and(eq(periods.id, periodId), eq(periods.regionId, regionId)))
    : await db.select().from(periods).where(eq(periods.regionId, regionId)).orderBy(sql`${periods.status} = 'open' desc`, desc(periods.year)).limit(1);
  if (!period) throw notFound();
  return period;
}

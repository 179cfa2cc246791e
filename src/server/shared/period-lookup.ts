// "The period a page is about": the one asked for (in the region), else the open one, else the latest.
import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { periods } from '../db/schema';
import { notFound } from './errors';
import { periodStampSql } from './period-memo';
import { prepared } from './prepared';

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

// The period row without its framework snapshot (tens of kilobytes, immutable, cached compiled by
// period-framework.ts) and with its stamp (period-memo.ts): what the hottest reads need, in one round trip.
const { framework: _framework, ...columns } = getTableColumns(periods);
const headColumns = { ...columns, stamp: periodStampSql };
const headById = (db: Db) =>
  db
    .select(headColumns)
    .from(periods)
    .where(and(eq(periods.id, sql.placeholder('periodId')), eq(periods.regionId, sql.placeholder('regionId'))))
    .prepare('inovda_period_head_by_id');
const headCurrent = (db: Db) =>
  db
    .select(headColumns)
    .from(periods)
    .where(eq(periods.regionId, sql.placeholder('regionId')))
    .orderBy(sql`${periods.status} = 'open' desc`, desc(periods.year))
    .limit(1)
    .prepare('inovda_period_head_current');

/** As periodOfRegion, without the framework snapshot and with the period's stamp. */
export async function periodHeadOfRegion(db: Db, regionId: string, periodId?: string) {
  const [period] = periodId
    ? await prepared(db, 'inovda_period_head_by_id', headById).execute({ periodId, regionId })
    : await prepared(db, 'inovda_period_head_current', headCurrent).execute({ regionId });
  if (!period) throw notFound();
  return period;
}

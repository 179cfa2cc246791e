// "The period a page is about": the one asked for (in the region), else the open one, else the latest.
import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { prepared } from '../../db/prepared';
import { periods } from '../../db/schema';
import { AppError, notFound } from '../http/errors';
import { periodFramework } from './period-framework';
import { periodStampSql } from './period-memo';

// The period row without its framework snapshot (tens of kilobytes, immutable, cached compiled by
// period-framework.ts) and with its stamp (period-memo.ts): what the hottest reads need, in one round trip.
const { framework: _framework, ...columns } = getTableColumns(periods);
/** Every column of a period but its framework snapshot. */
export const periodHeadColumns = columns;
const headColumns = { ...columns, stamp: periodStampSql };
const headById = (db: Db) =>
  db
    .select(headColumns)
    .from(periods)
    .where(and(eq(periods.id, sql.placeholder('periodId')), eq(periods.regionId, sql.placeholder('regionId'))))
    .prepare('inovda_period_head_by_id');
/** "The period a page is about" when none is asked: the open one, else the latest. */
export const openThenLatest = [sql`${periods.status} = 'open' desc`, desc(periods.year)];
const headCurrent = (db: Db) =>
  db
    .select(headColumns)
    .from(periods)
    .where(eq(periods.regionId, sql.placeholder('regionId')))
    .orderBy(...openThenLatest)
    .limit(1)
    .prepare('inovda_period_head_current');

/** The asked period of the region, else the open one, else the latest, or undefined: as periodHeadOfRegion. */
export async function findPeriodHead(db: Db, regionId: string, periodId?: string) {
  const [period] = periodId
    ? await prepared(db, 'inovda_period_head_by_id', headById).execute({ periodId, regionId })
    : await prepared(db, 'inovda_period_head_current', headCurrent).execute({ regionId });
  return period;
}

/** The asked period of the region, else the open one, else the latest: without the framework snapshot, with the period's stamp. */
export async function periodHeadOfRegion(db: Db, regionId: string, periodId?: string) {
  const period = await findPeriodHead(db, regionId, periodId);
  // A new region has no period at all: say that, not a bare "not found" (the simulator shows this text).
  if (!period) throw periodId ? notFound() : new AppError(404, 'no_period');
  return period;
}

/** As periodHeadOfRegion, with the framework snapshot from the per-period cache (period-framework.ts). */
export async function periodWithFramework(db: Db, regionId: string, periodId?: string) {
  const period = await periodHeadOfRegion(db, regionId, periodId);
  return { ...period, framework: (await periodFramework(db, period.id)).framework };
}

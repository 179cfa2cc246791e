import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { countWhere, orderOf, type PageRequest, pageOf } from '../db/paging';
import { regions } from '../db/schema';
import { searchAny } from '../db/search';

// Fully qualified: inside a subquery drizzle would leave column names bare and they would bind to the inner table.
const opdCount = sql<number>`(select count(*)::int from "opds" o where o."region_id" = "regions"."id")`;
const userCount = sql<number>`(select count(*)::int from "users" x where x."region_id" = "regions"."id")`;

const SORTS = { name: regions.name, kemendagriCode: regions.kemendagriCode, type: regions.type, createdAt: regions.createdAt };

export type RegionRow = typeof regions.$inferSelect & { opdCount: number; userCount: number };

export function toRegionDto(r: RegionRow) {
  return {
    id: r.id,
    name: r.name,
    type: r.type as 'kota' | 'kabupaten' | 'provinsi',
    kemendagriCode: r.kemendagriCode,
    address: r.address,
    active: r.active,
    opdCount: Number(r.opdCount),
    userCount: Number(r.userCount),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function listRegions(db: Db, req: PageRequest & { q?: string; sort: keyof typeof SORTS; onlyId?: string }) {
  const where = and(searchAny(req.q, [regions.name, regions.kemendagriCode]), req.onlyId ? eq(regions.id, req.onlyId) : undefined);
  return pageOf(req, countWhere(db, regions, where), (limit, offset) =>
    db
      .select({ ...getTableColumns(regions), opdCount, userCount })
      .from(regions)
      .where(where)
      .orderBy(...orderOf(SORTS[req.sort], req.dir, regions.id))
      .limit(limit)
      .offset(offset)
      .then((rows) => rows.map(toRegionDto)),
  );
}

export async function getRegion(db: Db, id: string): Promise<RegionRow | undefined> {
  const [row] = await db
    .select({ ...getTableColumns(regions), opdCount, userCount })
    .from(regions)
    .where(eq(regions.id, id));
  return row;
}

export async function kemendagriCodeTaken(db: Db, code: string, exceptId?: string) {
  const [row] = await db.select({ id: regions.id }).from(regions).where(eq(regions.kemendagriCode, code));
  return Boolean(row && row.id !== exceptId);
}

import { type AnyColumn, and, asc, eq, getTableColumns, ne, sql } from 'drizzle-orm';
import type { OpdKind, UnitKind } from '../../domain/organisation';
import type { Db } from '../db/client';
import { countWhere, orderOf, type PageRequest, pageOf } from '../db/paging';
import { opds, units } from '../db/schema';
import { searchAny } from '../db/search';
import { conflictOn } from '../shared/http/errors';

const unitCount = sql<number>`(select count(*)::int from "units" u where u."opd_id" = "opds"."id")`;
const userCount = sql<number>`(select count(*)::int from "users" x where x."opd_id" = "opds"."id")`;
const SORTS = { name: opds.name, shortName: opds.shortName, kind: opds.kind, unitCount, createdAt: opds.createdAt };

type OpdRow = typeof opds.$inferSelect & { unitCount: number; userCount: number };

export function toOpdDto(r: OpdRow) {
  return {
    id: r.id,
    regionId: r.regionId,
    name: r.name,
    shortName: r.shortName,
    kind: r.kind as OpdKind,
    headName: r.headName,
    headNip: r.headNip,
    active: r.active,
    unitCount: Number(r.unitCount),
    userCount: Number(r.userCount),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toUnitDto(u: typeof units.$inferSelect) {
  return {
    id: u.id,
    opdId: u.opdId,
    name: u.name,
    kind: u.kind as UnitKind,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

export interface OpdListRequest extends PageRequest {
  regionId: string;
  onlyOpdId?: string | null;
  q?: string;
  kind?: OpdKind;
  active: 'true' | 'false' | 'all';
  sort: keyof typeof SORTS;
}

export function listOpds(db: Db, req: OpdListRequest) {
  const where = and(
    eq(opds.regionId, req.regionId),
    req.onlyOpdId ? eq(opds.id, req.onlyOpdId) : undefined,
    req.kind ? eq(opds.kind, req.kind) : undefined,
    req.active === 'all' ? undefined : eq(opds.active, req.active === 'true'),
    searchAny(req.q, [opds.name, opds.shortName, opds.headName]),
  );
  return pageOf(req, countWhere(db, opds, where), (limit, offset) =>
    db
      .select({ ...getTableColumns(opds), unitCount, userCount })
      .from(opds)
      .where(where)
      .orderBy(...orderOf(SORTS[req.sort], req.dir, opds.id))
      .limit(limit)
      .offset(offset)
      .then((rows) => rows.map(toOpdDto)),
  );
}

export async function getOpd(db: Db, id: string) {
  const [row] = await db
    .select({ ...getTableColumns(opds), unitCount, userCount })
    .from(opds)
    .where(eq(opds.id, id));
  return row;
}

export function unitsOf(db: Db, opdId: string) {
  return db.select().from(units).where(eq(units.opdId, opdId)).orderBy(asc(units.name));
}

/** Names are unique per region ignoring case; say which field clashes. */
export async function assertOpdNamesFree(db: Db, regionId: string, name: string, shortName: string, exceptId?: string) {
  const clash = (col: AnyColumn, value: string) =>
    db
      .select({ id: opds.id })
      .from(opds)
      .where(and(eq(opds.regionId, regionId), eq(sql`lower(${col})`, value.toLowerCase()), exceptId ? ne(opds.id, exceptId) : undefined))
      .limit(1);
  if ((await clash(opds.name, name)).length) throw conflictOn('name', 'opd_name_taken');
  if ((await clash(opds.shortName, shortName)).length) throw conflictOn('shortName', 'opd_short_name_taken');
}

export async function assertUnitNameFree(db: Db, opdId: string, name: string, exceptId?: string) {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.opdId, opdId), eq(sql`lower(${units.name})`, name.toLowerCase()), exceptId ? ne(units.id, exceptId) : undefined))
    .limit(1);
  if (row) throw conflictOn('name', 'unit_name_taken');
}

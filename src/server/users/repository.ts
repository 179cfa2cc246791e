import { and, count, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Role } from '../../domain/roles';
import type { Db } from '../db/client';
import { orderOf, type PageRequest, pageOf } from '../db/paging';
import { opds, regions, users } from '../db/schema';
import { searchAny } from '../db/search';

// Names sort without regard to capitals: "dr. Ratna …" among the D's, not after every capitalised name.
const SORTS = {
  username: users.username,
  fullName: sql`lower(${users.fullName})`,
  role: users.role,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

const columns = { ...getTableColumns(users), regionName: regions.name, opdName: opds.name };

type UserRow = typeof users.$inferSelect & { regionName: string | null; opdName: string | null };

export function toUserDto(u: UserRow) {
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    email: u.email,
    role: u.role as Role,
    regionId: u.regionId,
    regionName: u.regionName,
    opdId: u.opdId,
    opdName: u.opdName,
    active: u.active,
    locale: u.locale as 'id' | 'en',
    mustChangePassword: u.mustChangePassword,
    totpEnabled: u.totpEnabled,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
  };
}

export interface UserListRequest extends PageRequest {
  regionId?: string;
  opdId?: string;
  role?: Role;
  q?: string;
  active: 'true' | 'false' | 'all';
  sort: keyof typeof SORTS;
}

export function listUsers(db: Db, req: UserListRequest) {
  const where = and(
    req.regionId ? eq(users.regionId, req.regionId) : undefined,
    req.opdId ? eq(users.opdId, req.opdId) : undefined,
    req.role ? eq(users.role, req.role) : undefined,
    req.active === 'all' ? undefined : eq(users.active, req.active === 'true'),
    searchAny(req.q, [users.username, users.fullName, users.email]),
  );
  const base = () => db.select(columns).from(users).leftJoin(regions, eq(regions.id, users.regionId)).leftJoin(opds, eq(opds.id, users.opdId));
  return pageOf(
    req,
    db
      .select({ n: count() })
      .from(users)
      .where(where)
      .then(([r]) => r.n),
    (limit, offset) =>
      base()
        .where(where)
        .orderBy(...orderOf(SORTS[req.sort], req.dir, users.id))
        .limit(limit)
        .offset(offset)
        .then((rows) => rows.map(toUserDto)),
  );
}

export async function getUser(db: Db, id: string) {
  const [row] = await db
    .select(columns)
    .from(users)
    .leftJoin(regions, eq(regions.id, users.regionId))
    .leftJoin(opds, eq(opds.id, users.opdId))
    .where(eq(users.id, id));
  return row;
}

export async function opdRegion(db: Db, opdId: string) {
  const [row] = await db.select({ regionId: opds.regionId }).from(opds).where(eq(opds.id, opdId));
  return row?.regionId;
}

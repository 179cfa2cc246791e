// The region's API tokens: stored as a SHA-256 of the token with its first characters (never the token itself),
// and every request made with one (api_token_uses).
import { randomBytes } from 'node:crypto';
import { and, count, desc, eq } from 'drizzle-orm';
import { tokenFromRandom } from '../../domain/open-data/tokens';
import type { Db } from '../db/client';
import { apiTokens, apiTokenUses, regions, users } from '../db/schema';
import { hashToken } from '../shared/accounts/tokens';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export const newApiToken = () => tokenFromRandom((n) => randomBytes(n));
export { hashToken };

export function tokenDto(row: ApiTokenRow & { createdByName?: string | null }, now: Date) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    status: row.revokedAt ? ('revoked' as const) : row.expiresAt <= now ? ('expired' as const) : ('active' as const),
  };
}

export async function listTokens(db: Db, regionId: string) {
  const rows = await db
    .select({ token: apiTokens, createdByName: users.fullName })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.regionId, regionId))
    .orderBy(desc(apiTokens.createdAt), apiTokens.id);
  return rows.map((r) => ({ ...r.token, createdByName: r.createdByName }));
}

/** A token of the region (another region's answers as missing). */
export async function findToken(db: Db, regionId: string, id: string) {
  const [row] = await db
    .select({ token: apiTokens, createdByName: users.fullName })
    .from(apiTokens)
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(and(eq(apiTokens.id, id), eq(apiTokens.regionId, regionId)));
  return row ? { ...row.token, createdByName: row.createdByName } : null;
}

/** The token a request presents, with its region's state. */
export async function tokenByHash(db: Db, hash: string) {
  const [row] = await db
    .select({ token: apiTokens, regionActive: regions.active })
    .from(apiTokens)
    .innerJoin(regions, eq(regions.id, apiTokens.regionId))
    .where(eq(apiTokens.tokenHash, hash));
  return row ?? null;
}

export async function tokenUses(db: Db, tokenId: string, page: number, pageSize: number) {
  const [items, [{ total }]] = await Promise.all([
    db
      .select({ id: apiTokenUses.id, at: apiTokenUses.at, method: apiTokenUses.method, path: apiTokenUses.path, status: apiTokenUses.status })
      .from(apiTokenUses)
      .where(eq(apiTokenUses.tokenId, tokenId))
      .orderBy(desc(apiTokenUses.at), desc(apiTokenUses.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(apiTokenUses).where(eq(apiTokenUses.tokenId, tokenId)),
  ]);
  return { items: items.map((u) => ({ ...u, at: u.at.toISOString() })), total, page, pageSize };
}

/** One request made with a token: kept, and the token's last use moved on. */
export async function recordUse(db: Db, tokenId: string, use: { method: string; path: string; status: number }, at: Date) {
  await db.insert(apiTokenUses).values({ tokenId, at, method: use.method, path: use.path.slice(0, 500), status: use.status });
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, tokenId));
}

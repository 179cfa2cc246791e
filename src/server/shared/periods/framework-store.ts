// Region clones of IID frameworks. Built-in versions come from the domain and are never stored.
import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { BUILT_IN_FRAMEWORKS, builtInFramework } from '../../../domain/iid/builtin';
import type { Framework } from '../../../domain/iid/types';
import type { Db } from '../../db/client';
import { frameworks } from '../../db/schema';

export interface StoredFramework {
  framework: Framework;
  builtIn: boolean;
  regionId: string | null;
  version: number;
  updatedAt: string | null;
}

const fromRow = (row: typeof frameworks.$inferSelect): StoredFramework => ({
  framework: { ...(row.data as Framework), id: row.id, builtIn: false },
  builtIn: false,
  regionId: row.regionId,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

const builtIn = (f: Framework): StoredFramework => ({ framework: f, builtIn: true, regionId: null, version: 0, updatedAt: null });

/** Built-ins for everyone; clones only for their own region (super admin: all). */
export async function listFrameworks(db: Db, regionId: string | null, all: boolean): Promise<StoredFramework[]> {
  const rows = await db
    .select()
    .from(frameworks)
    .where(all ? undefined : eq(frameworks.regionId, regionId ?? '00000000-0000-0000-0000-000000000000'))
    .orderBy(asc(frameworks.year), asc(frameworks.name));
  return [...BUILT_IN_FRAMEWORKS.map(builtIn), ...rows.map(fromRow)];
}

export async function findFramework(db: Db, id: string): Promise<StoredFramework | undefined> {
  const b = builtInFramework(id);
  if (b) return builtIn(b);
  const [row] = await db.select().from(frameworks).where(eq(frameworks.id, id));
  return row ? fromRow(row) : undefined;
}

export function newFrameworkId(basedOn: string | undefined, year: number): string {
  return `${basedOn ?? `iid-${year}`}-${randomBytes(3).toString('hex')}`;
}

export async function insertFramework(db: Db, regionId: string, f: Framework) {
  const [row] = await db
    .insert(frameworks)
    .values({ id: f.id, regionId, basedOn: f.basedOn ?? null, year: f.year, name: f.name, data: f })
    .returning();
  return fromRow(row);
}

/** Saves only when nobody saved in between (the version the editor loaded must still be current). */
export async function updateFramework(db: Db, f: Framework, expectedVersion: number) {
  const [row] = await db
    .update(frameworks)
    .set({ data: f, name: f.name, year: f.year, version: expectedVersion + 1, updatedAt: new Date() })
    .where(and(eq(frameworks.id, f.id), eq(frameworks.version, expectedVersion)))
    .returning();
  return row ? fromRow(row) : undefined;
}

export async function deleteFramework(db: Db, id: string) {
  await db.delete(frameworks).where(eq(frameworks.id, id));
}

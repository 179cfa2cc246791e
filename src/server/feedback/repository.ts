// Reads and writes of citizen feedback: the public post (limited per sender), the moderation queue, and the
// approved ratings summed per innovation and per OPD.
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import {
  combineSatisfaction,
  type FeedbackStatus,
  feedbackLimited,
  hidesPersonalData,
  publicComment,
  type RatingDistribution,
  type Satisfaction,
  satisfactionOf,
} from '../../domain/catalogue/feedback';
import { pageOffset } from '../../domain/paging';
import type { Db } from '../db/client';
import { catalogueEntries, citizenFeedback, opds, users } from '../db/schema';

/** Whose feedback a reader sees: the region's, or (an OPD role) its own OPD's. */
export interface FeedbackScope {
  regionId: string;
  opdId?: string;
}

/** The published innovation a public address names. */
export async function publishedBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({
      innovationId: catalogueEntries.innovationId,
      regionId: catalogueEntries.regionId,
      opdId: catalogueEntries.opdId,
      slug: catalogueEntries.slug,
      name: catalogueEntries.name,
    })
    .from(catalogueEntries)
    .where(eq(catalogueEntries.slug, slug));
  return row;
}

/**
 * Stores one citizen's feedback unless its sender already reached a limit (counted from the table, one sender at
 * a time: concurrent posts of one sender wait for each other). 'limited' when refused.
 */
export async function storeFeedback(
  db: Db,
  target: { innovationId: string; regionId: string; opdId: string },
  input: { rating: number; comment: string | null; senderHash: string },
): Promise<'stored' | 'limited'> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`citizen-feedback:${input.senderHash}`}, 0))`);
    // The hash changes every day (UTC): rows with it are this sender's posts of today.
    const [posted] = await tx
      .select({
        sameInnovationToday: sql<number>`count(*) filter (where ${citizenFeedback.innovationId} = ${target.innovationId})`.mapWith(Number),
        lastHour: sql<number>`count(*) filter (where ${citizenFeedback.createdAt} > now() - interval '1 hour')`.mapWith(Number),
      })
      .from(citizenFeedback)
      .where(eq(citizenFeedback.senderHash, input.senderHash));
    if (feedbackLimited(posted ?? { sameInnovationToday: 0, lastHour: 0 })) return 'limited';
    await tx.insert(citizenFeedback).values({ ...target, rating: input.rating, comment: input.comment, senderHash: input.senderHash, status: 'pending' });
    return 'stored';
  });
}

const receivedIn = (year: number) => sql`extract(year from (${citizenFeedback.createdAt} at time zone 'Asia/Jakarta'))::int = ${year}`;

const inScope = (scope: FeedbackScope) => and(eq(citizenFeedback.regionId, scope.regionId), scope.opdId ? eq(citizenFeedback.opdId, scope.opdId) : undefined);

export async function statusCounts(db: Db, scope: FeedbackScope) {
  const rows = await db.select({ status: citizenFeedback.status, n: count() }).from(citizenFeedback).where(inScope(scope)).groupBy(citizenFeedback.status);
  const counts = { pending: 0, approved: 0, rejected: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/** The region's items waiting for moderation: one count on the (region, status) index, for the navigation's badge. */
export async function pendingCount(db: Db, regionId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(citizenFeedback)
    .where(and(eq(citizenFeedback.regionId, regionId), eq(citizenFeedback.status, 'pending')));
  return Number(row?.n ?? 0);
}

export interface ListFilters {
  status: FeedbackStatus;
  opdId?: string;
  innovationId?: string;
  rating?: number;
  year?: number;
  page: number;
  pageSize: number;
}

export async function listFeedback(db: Db, scope: FeedbackScope, f: ListFilters) {
  const where = and(
    inScope(scope),
    eq(citizenFeedback.status, f.status),
    f.opdId ? eq(citizenFeedback.opdId, f.opdId) : undefined,
    f.innovationId ? eq(citizenFeedback.innovationId, f.innovationId) : undefined,
    f.rating ? eq(citizenFeedback.rating, f.rating) : undefined,
    f.year ? receivedIn(f.year) : undefined,
  );
  // The queue is worked oldest first; what was decided reads newest first.
  const order =
    f.status === 'pending' ? [asc(citizenFeedback.createdAt), asc(citizenFeedback.id)] : [desc(citizenFeedback.createdAt), desc(citizenFeedback.id)];
  const [rows, [total]] = await Promise.all([
    db
      .select({
        f: citizenFeedback,
        innovationName: catalogueEntries.name,
        slug: catalogueEntries.slug,
        opdName: opds.name,
        moderatedByName: users.fullName,
      })
      .from(citizenFeedback)
      .innerJoin(opds, eq(opds.id, citizenFeedback.opdId))
      .leftJoin(catalogueEntries, eq(catalogueEntries.innovationId, citizenFeedback.innovationId))
      .leftJoin(users, eq(users.id, citizenFeedback.moderatedBy))
      .where(where)
      .orderBy(...order)
      .limit(f.pageSize)
      .offset(pageOffset(f.page, f.pageSize)),
    db.select({ n: count() }).from(citizenFeedback).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.f.id,
      innovationId: r.f.innovationId,
      innovationName: r.innovationName ?? '',
      slug: r.slug,
      opdId: r.f.opdId,
      opdName: r.opdName,
      rating: r.f.rating,
      comment: publicComment(r.f.comment),
      hidPersonalData: hidesPersonalData(r.f.comment),
      status: r.f.status,
      createdAt: r.f.createdAt.toISOString(),
      moderatedAt: r.f.moderatedAt?.toISOString() ?? null,
      moderatedByName: r.moderatedByName,
    })),
    total: Number(total?.n ?? 0),
    page: f.page,
    pageSize: f.pageSize,
  };
}

/** The published innovations in scope and their OPDs, for the filters. */
export async function filterOptions(db: Db, scope: FeedbackScope) {
  const rows = await db
    .select({ id: catalogueEntries.innovationId, name: catalogueEntries.name, opdId: catalogueEntries.opdId, opdName: opds.name })
    .from(catalogueEntries)
    .innerJoin(opds, eq(opds.id, catalogueEntries.opdId))
    .where(and(eq(catalogueEntries.regionId, scope.regionId), scope.opdId ? eq(catalogueEntries.opdId, scope.opdId) : undefined))
    .orderBy(asc(catalogueEntries.name));
  const opdNames = new Map(rows.map((r) => [r.opdId, r.opdName]));
  return {
    opds: [...opdNames].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'id')),
    innovations: rows.map(({ id, name, opdId }) => ({ id, name, opdId })),
  };
}

/** The feedback items of the region with these ids (all of them, or fewer when some are not the region's). */
export async function feedbackOfRegion(db: Db, regionId: string, ids: string[]) {
  return db
    .select({ id: citizenFeedback.id, status: citizenFeedback.status, rating: citizenFeedback.rating, innovationName: catalogueEntries.name })
    .from(citizenFeedback)
    .leftJoin(catalogueEntries, eq(catalogueEntries.innovationId, citizenFeedback.innovationId))
    .where(and(eq(citizenFeedback.regionId, regionId), inArray(citizenFeedback.id, ids)));
}

type Row = Satisfaction & { opdId: string; opdName: string };

/** Approved ratings per innovation (every published innovation in scope, rated or not) and per OPD, of a year or all. */
export async function satisfactionReport(db: Db, scope: FeedbackScope, year: number | undefined) {
  const filters: (SQL | undefined)[] = [inScope(scope), eq(citizenFeedback.status, 'approved'), year ? receivedIn(year) : undefined];
  const [counted, published] = await Promise.all([
    db
      .select({
        innovationId: citizenFeedback.innovationId,
        opdId: citizenFeedback.opdId,
        opdName: opds.name,
        innovationName: catalogueEntries.name,
        slug: catalogueEntries.slug,
        rating: citizenFeedback.rating,
        n: count(),
      })
      .from(citizenFeedback)
      .innerJoin(opds, eq(opds.id, citizenFeedback.opdId))
      .leftJoin(catalogueEntries, eq(catalogueEntries.innovationId, citizenFeedback.innovationId))
      .where(and(...filters))
      .groupBy(citizenFeedback.innovationId, citizenFeedback.opdId, opds.name, catalogueEntries.name, catalogueEntries.slug, citizenFeedback.rating),
    db
      .select({
        innovationId: catalogueEntries.innovationId,
        name: catalogueEntries.name,
        slug: catalogueEntries.slug,
        opdId: catalogueEntries.opdId,
        opdName: opds.name,
      })
      .from(catalogueEntries)
      .innerJoin(opds, eq(opds.id, catalogueEntries.opdId))
      .where(and(eq(catalogueEntries.regionId, scope.regionId), scope.opdId ? eq(catalogueEntries.opdId, scope.opdId) : undefined)),
  ]);
  const innovations = new Map<string, { name: string; slug: string | null; opdId: string; opdName: string; d: Partial<RatingDistribution> }>();
  for (const p of published) innovations.set(p.innovationId, { name: p.name, slug: p.slug, opdId: p.opdId, opdName: p.opdName, d: {} });
  for (const c of counted) {
    const i = innovations.get(c.innovationId) ?? { name: c.innovationName ?? '', slug: c.slug, opdId: c.opdId, opdName: c.opdName, d: {} };
    const key = String(c.rating) as keyof RatingDistribution;
    i.d[key] = (i.d[key] ?? 0) + Number(c.n);
    innovations.set(c.innovationId, i);
  }
  const perInnovation = [...innovations].map(([innovationId, i]) => ({
    innovationId,
    name: i.name,
    slug: i.slug,
    opdId: i.opdId,
    opdName: i.opdName,
    ...satisfactionOf(i.d),
  }));
  perInnovation.sort((a, b) => a.opdName.localeCompare(b.opdName, 'id') || a.name.localeCompare(b.name, 'id'));
  const byOpd = new Map<string, Row[]>();
  for (const i of perInnovation) byOpd.set(i.opdId, [...(byOpd.get(i.opdId) ?? []), i]);
  const perOpd = [...byOpd].map(([opdId, rows]) => ({ opdId, opdName: rows[0]?.opdName ?? '', ...combineSatisfaction(rows) }));
  return { year: year ?? null, total: combineSatisfaction(perOpd), opds: perOpd, innovations: perInnovation };
}

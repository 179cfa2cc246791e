// The demo region's public catalogue, so a new installation's /katalog shows what publishing gives: the approved
// demo innovations with aims and benefits written, published by the demo admin, and a few citizens' ratings
// already approved. Seeded once, after the demo innovations, through the same row builder the publish route uses.
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appMeta, catalogueEntries, citizenFeedback, innovationEntries, periods, regions, users } from '../db/schema';
import { DEMO_INNOVATIONS_MARKER } from '../seed/demo-innovations';
import { catalogueRowOf } from './repository';

export const DEMO_CATALOGUE_MARKER = 'demo_catalogue_seeded';
const PUBLISHED = 12;
const RATINGS: { rating: number; comment: string }[] = [
  { rating: 5, comment: 'Sangat membantu, pelayanannya cepat dan ramah.' },
  { rating: 4, comment: 'Bagus, semoga diperluas ke semua kelurahan.' },
  { rating: 5, comment: '' },
];

/** Publishes the demo innovations once, when they are there; returns how many. */
export async function seedDemoCatalogue(db: Db): Promise<number> {
  const marks = await db.select({ key: appMeta.key }).from(appMeta);
  if (!marks.some((m) => m.key === DEMO_INNOVATIONS_MARKER) || marks.some((m) => m.key === DEMO_CATALOGUE_MARKER)) return 0;
  const [region] = await db.select().from(regions).where(eq(regions.kemendagriCode, '35.76'));
  const [admin] = await db.select().from(users).where(eq(users.username, 'admin'));
  if (!region || !admin) return 0;
  return db.transaction(async (tx) => {
    const entries = await tx
      .select({ entry: innovationEntries })
      .from(innovationEntries)
      .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
      .where(
        and(
          eq(innovationEntries.regionId, region.id),
          eq(innovationEntries.status, 'disetujui'),
          isNotNull(innovationEntries.tujuan),
          isNotNull(innovationEntries.manfaat),
          sql`${periods.year} = (select max(p.year) from assessment_periods p where p.region_id = ${region.id})`,
        ),
      )
      .orderBy(asc(innovationEntries.name))
      .limit(PUBLISHED);
    for (const [i, { entry }] of entries.entries()) {
      await tx.insert(catalogueEntries).values(await catalogueRowOf(tx, entry, null, admin.id, undefined));
      if (i < RATINGS.length)
        await tx.insert(citizenFeedback).values(
          RATINGS.map((r, k) => ({
            regionId: region.id,
            innovationId: entry.innovationId,
            opdId: entry.opdId,
            rating: r.rating,
            comment: r.comment || null,
            status: 'approved' as const,
            senderHash: `demo-${i}-${k}`,
            moderatedBy: admin.id,
            moderatedAt: new Date(),
          })),
        );
    }
    await tx.insert(appMeta).values({ key: DEMO_CATALOGUE_MARKER, value: { published: entries.length } });
    return entries.length;
  });
}

// Reads of the public open data API: only what a region published to the catalogue (catalogue_entries), and the
// official IID results it recorded (official_results). Nothing else of a region is ever read here.
import { and, asc, count, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { catalogueEntries, officialResults, regions } from '../db/schema';
import { catalogueMatches } from '../shared/catalogue/search-match';

export interface InnovationFilter {
  regionId?: string;
  opd?: string;
  urusan?: string;
  jenis?: string;
  tahapan?: string;
  year?: number;
  q?: string;
}

/** The region of a Kemendagri code (active regions only), or null. */
export async function regionByCode(db: Db, code: string) {
  const [row] = await db
    .select({ id: regions.id, code: regions.kemendagriCode, name: regions.name })
    .from(regions)
    .where(and(eq(regions.kemendagriCode, code), eq(regions.active, true)));
  return row ?? null;
}

function where(f: InnovationFilter): SQL | undefined {
  const c = catalogueEntries;
  const parts: (SQL | undefined)[] = [eq(regions.active, true)];
  if (f.regionId) parts.push(eq(c.regionId, f.regionId));
  if (f.opd) parts.push(eq(c.opdId, f.opd));
  if (f.urusan) parts.push(or(eq(c.urusanUtama, f.urusan), sql`${c.urusanLain} @> ${JSON.stringify([f.urusan])}::jsonb`));
  if (f.jenis) parts.push(eq(c.jenis, f.jenis as 'digital'));
  if (f.tahapan) parts.push(eq(c.tahapan, f.tahapan as 'inisiatif'));
  if (f.year) parts.push(eq(c.year, f.year));
  // The catalogue's own search: the same words find the same innovations on the pages and here.
  if (f.q) parts.push(catalogueMatches(f.q));
  return and(...parts);
}

const summaryColumns = {
  slug: catalogueEntries.slug,
  region: regions.kemendagriCode,
  regionName: regions.name,
  opdId: catalogueEntries.opdId,
  opdName: catalogueEntries.opdName,
  year: catalogueEntries.year,
  name: catalogueEntries.name,
  tahapan: catalogueEntries.tahapan,
  jenis: catalogueEntries.jenis,
  bentuk: catalogueEntries.bentuk,
  urusanUtama: catalogueEntries.urusanUtama,
  urusanLain: catalogueEntries.urusanLain,
  publishedAt: catalogueEntries.publishedAt,
  updatedAt: catalogueEntries.updatedAt,
};

const iso = (d: Date) => d.toISOString();
const catalogueUrl = (slug: string) => `/katalog/inovasi/${encodeURIComponent(slug)}`;

/** One page of published innovations in a stable order (name, then the innovation's id), and the total. */
export async function listPublished(db: Db, f: InnovationFilter, limit: number, offset: number) {
  const w = where(f);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(catalogueEntries)
      .innerJoin(regions, eq(regions.id, catalogueEntries.regionId))
      .where(w)
      .orderBy(asc(catalogueEntries.name), asc(catalogueEntries.innovationId))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(catalogueEntries).innerJoin(regions, eq(regions.id, catalogueEntries.regionId)).where(w),
  ]);
  return {
    total,
    items: rows.map((r) => ({ ...r, url: catalogueUrl(r.slug), urusanLain: r.urusanLain ?? [], publishedAt: iso(r.publishedAt), updatedAt: iso(r.updatedAt) })),
  };
}

export async function publishedBySlug(db: Db, slug: string) {
  const c = catalogueEntries;
  const [r] = await db
    .select({
      ...summaryColumns,
      inisiator: c.inisiator,
      waktuUjiCoba: c.waktuUjiCoba,
      waktuPenerapan: c.waktuPenerapan,
      rancangBangun: c.rancangBangun,
      tujuan: c.tujuan,
      manfaat: c.manfaat,
      hasil: c.hasil,
      lokasi: c.lokasi,
      contact: c.contact,
    })
    .from(c)
    .innerJoin(regions, eq(regions.id, c.regionId))
    .where(and(eq(c.slug, slug), eq(regions.active, true)));
  if (!r) return null;
  return { ...r, url: catalogueUrl(r.slug), urusanLain: r.urusanLain ?? [], publishedAt: iso(r.publishedAt), updatedAt: iso(r.updatedAt) };
}

/** Regions with at least one published innovation. */
export async function publishedRegions(db: Db) {
  const rows = await db
    .select({
      code: regions.kemendagriCode,
      name: regions.name,
      type: regions.type,
      innovations: sql<number>`count(*)::int`,
      opds: sql<number>`count(distinct ${catalogueEntries.opdId})::int`,
    })
    .from(catalogueEntries)
    .innerJoin(regions, eq(regions.id, catalogueEntries.regionId))
    .where(eq(regions.active, true))
    .groupBy(regions.id)
    .orderBy(asc(regions.kemendagriCode));
  return rows;
}

/** OPDs with published innovations (of one region, or all), with their counts. */
export async function publishedOpds(db: Db, regionId?: string) {
  return db
    .select({
      id: catalogueEntries.opdId,
      name: sql<string>`max(${catalogueEntries.opdName})`,
      region: regions.kemendagriCode,
      innovations: sql<number>`count(*)::int`,
    })
    .from(catalogueEntries)
    .innerJoin(regions, eq(regions.id, catalogueEntries.regionId))
    .where(where({ regionId }))
    .groupBy(catalogueEntries.opdId, regions.kemendagriCode)
    .orderBy(sql`max(${catalogueEntries.opdName})`, catalogueEntries.opdId);
}

/** Published counts by urusan (main and other), jenis, tahapan, OPD and year. */
export async function publishedStatistics(db: Db, regionId?: string) {
  const c = catalogueEntries;
  const w = where({ regionId });
  const grouped = async (key: SQL) => {
    const rows = await db
      .select({ key: sql<string | null>`${key}`, count: sql<number>`count(*)::int` })
      .from(c)
      .innerJoin(regions, eq(regions.id, c.regionId))
      .where(w)
      .groupBy(sql`1`)
      .orderBy(sql`1`);
    return rows.map((r) => ({ key: r.key ?? '', count: r.count }));
  };
  const [total, byJenis, byTahapan, byYear, byUrusan, byOpd] = await Promise.all([
    db.select({ n: count() }).from(c).innerJoin(regions, eq(regions.id, c.regionId)).where(w),
    grouped(sql`${c.jenis}`),
    grouped(sql`${c.tahapan}`),
    grouped(sql`${c.year}::text`),
    // An innovation counts under its main urusan and each other urusan it names (once per urusan).
    db.execute(sql`
      select u as key, count(distinct ${c.innovationId})::int as count
      from ${c} inner join ${regions} on ${regions.id} = ${c.regionId},
      lateral (select ${c.urusanUtama} as u where ${c.urusanUtama} is not null
               union select jsonb_array_elements_text(${c.urusanLain})) urusan
      where ${w}
      group by u order by u`) as unknown as Promise<{ rows: { key: string; count: number }[] }>,
    db
      .select({ key: c.opdId, name: sql<string>`max(${c.opdName})`, count: sql<number>`count(*)::int` })
      .from(c)
      .innerJoin(regions, eq(regions.id, c.regionId))
      .where(w)
      .groupBy(c.opdId)
      .orderBy(sql`count(*) desc`, sql`max(${c.opdName})`),
  ]);
  return {
    total: total[0].n,
    byUrusan: byUrusan.rows.map((r) => ({ key: r.key, count: Number(r.count) })),
    byJenis,
    byTahapan,
    byOpd,
    byYear: byYear.map((r) => ({ key: r.key, count: r.count })),
  };
}

/** A region's official IID results, oldest year first. */
export async function iidHistoryOf(db: Db, regionId: string) {
  return db
    .select({
      year: officialResults.year,
      iid: officialResults.iid,
      predicate: officialResults.predicate,
      nationalRank: officialResults.nationalRank,
      source: officialResults.source,
    })
    .from(officialResults)
    .where(eq(officialResults.regionId, regionId))
    .orderBy(asc(officialResults.year));
}

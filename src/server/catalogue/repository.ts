// The public catalogue's reads and the publication's writes. What the public reads comes from catalogue_entries
// (the profile as published), never from the entry being edited; public evidence is read live, only when marked.
import { and, asc, desc, eq, getTableColumns, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { COUNTED_REPLICATION_STATUSES } from '../../domain/catalogue/replication';
import { CATALOGUE_PAGE_SIZE, type CatalogueQuery } from '../../domain/catalogue/search';
import { innovationSlug } from '../../domain/catalogue/slug';
import { AWARD_RESULTS } from '../../domain/competitions/national';
import { FINAL_STAGE } from '../../domain/competitions/status';
import { INISIATOR_LABEL } from '../../domain/innovation/labels';
import type { Inisiator } from '../../domain/innovation/profile';
import type { Db, Tx } from '../db/client';
import { catalogueEntries, evidence, type innovationEntries, opds, periods, regions, replications } from '../db/schema';
import { catalogueMatches } from '../shared/catalogue/search-match';

/** A published profile as pages read it: every column but the stored search words. */
const { searchDocument: _words, rankDocument: _rankWords, ...profileColumns } = getTableColumns(catalogueEntries);
export type CatalogueRow = Omit<typeof catalogueEntries.$inferSelect, 'searchDocument' | 'rankDocument'>;

const awarded = sql`(exists (select 1 from national_results n where n.innovation_id = ${catalogueEntries.innovationId}
    and n.result in (${sql.join(
      AWARD_RESULTS.map((r) => sql`${r}`),
      sql`, `,
    )}))
  or exists (select 1 from competition_results r
    join competitions k on k.id = r.competition_id and k.status = 'published'
    join competition_entries ce on ce.id = r.entry_id
    where ce.innovation_id = ${catalogueEntries.innovationId} and r.stage_id = ${FINAL_STAGE} and r.advanced))`;

/**
 * Relevance from the name and the aims only (the long rancang bangun would drown them), read from the words stored
 * with the row: ranking every match costs no re-reading or re-stemming of its text.
 */
const rank = (q: string) =>
  sql`ts_rank_cd(${catalogueEntries.rankDocument}, websearch_to_tsquery('indonesian', ${q}::text)) + word_similarity(${q.toLowerCase()}::text, lower(${catalogueEntries.name}))`;

export interface CatalogueScope {
  /** One region's catalogue, or every region's (undefined). */
  regionId?: string;
}

function filters(scope: CatalogueScope, query: CatalogueQuery): SQL | undefined {
  return and(
    scope.regionId ? eq(catalogueEntries.regionId, scope.regionId) : undefined,
    query.q ? catalogueMatches(query.q) : undefined,
    query.opd ? eq(catalogueEntries.opdId, query.opd) : undefined,
    query.urusan ? sql`(${catalogueEntries.urusanUtama} = ${query.urusan} or ${catalogueEntries.urusanLain} ? ${query.urusan})` : undefined,
    query.jenis ? eq(catalogueEntries.jenis, query.jenis) : undefined,
    query.tahapan ? eq(catalogueEntries.tahapan, query.tahapan) : undefined,
    query.bentuk ? eq(catalogueEntries.bentuk, query.bentuk) : undefined,
    query.year ? eq(catalogueEntries.year, query.year) : undefined,
    query.award ? awarded : undefined,
  );
}

function ordering(query: CatalogueQuery): SQL[] {
  const byName = [asc(sql`lower(${catalogueEntries.name})`), asc(catalogueEntries.innovationId)];
  if (query.sort === 'relevan' && query.q) return [desc(rank(query.q)), ...byName];
  if (query.sort === 'terbaru') return [desc(catalogueEntries.publishedAt), ...byName];
  if (query.sort === 'tahun') return [desc(catalogueEntries.year), ...byName];
  return byName;
}

/** One page of a search, the total, and the awarded innovations among the page. */
export async function searchCatalogue(db: Db, scope: CatalogueScope, query: CatalogueQuery) {
  const where = filters(scope, query);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        innovationId: catalogueEntries.innovationId,
        slug: catalogueEntries.slug,
        name: catalogueEntries.name,
        opdName: catalogueEntries.opdName,
        regionName: regions.name,
        year: catalogueEntries.year,
        tahapan: catalogueEntries.tahapan,
        jenis: catalogueEntries.jenis,
        urusanUtama: catalogueEntries.urusanUtama,
        tujuan: catalogueEntries.tujuan,
        awarded: sql<boolean>`${awarded}`,
      })
      .from(catalogueEntries)
      .innerJoin(regions, eq(regions.id, catalogueEntries.regionId))
      .where(where)
      .orderBy(...ordering(query))
      .limit(CATALOGUE_PAGE_SIZE)
      .offset((query.page - 1) * CATALOGUE_PAGE_SIZE),
    db.select({ total: sql<number>`count(*)::int` }).from(catalogueEntries).where(where),
  ]);
  return { rows, total };
}

/** What the filters offer: the OPDs (of one region), urusan and years that have published innovations in this catalogue. */
export async function catalogueFacets(db: Db, scope: CatalogueScope) {
  const inScope = scope.regionId ? eq(catalogueEntries.regionId, scope.regionId) : undefined;
  const [opdRows, urusanRows, yearRows] = await Promise.all([
    // OPDs are offered within one region: across regions they would be every region's "Dinas Kesehatan" (thousands).
    !scope.regionId
      ? []
      : db
          .select({ id: catalogueEntries.opdId, name: catalogueEntries.opdName, count: sql<number>`count(*)::int` })
          .from(catalogueEntries)
          .where(inScope)
          .groupBy(catalogueEntries.opdId, catalogueEntries.opdName)
          .orderBy(asc(catalogueEntries.opdName)),
    db
      .selectDistinct({ code: catalogueEntries.urusanUtama })
      .from(catalogueEntries)
      .where(and(inScope, sql`${catalogueEntries.urusanUtama} is not null`)),
    db.selectDistinct({ year: catalogueEntries.year }).from(catalogueEntries).where(inScope).orderBy(desc(catalogueEntries.year)),
  ]);
  return { opds: opdRows, urusan: urusanRows.map((r) => r.code as string), years: yearRows.map((r) => r.year) };
}

/**
 * Every active region with how many innovations it publishes (0 for none), in one read: the across-regions
 * catalogue's region addresses (a region filter may name a region publishing nothing yet) and its index.
 */
export async function regionsWithCatalogue(db: Db) {
  return db
    .select({
      id: regions.id,
      name: regions.name,
      count: sql<number>`count(${catalogueEntries.slug})::int`,
      updatedAt: sql<string | null>`max(${catalogueEntries.updatedAt})`,
    })
    .from(regions)
    .leftJoin(catalogueEntries, eq(catalogueEntries.regionId, regions.id))
    .where(eq(regions.active, true))
    .groupBy(regions.id, regions.name)
    .orderBy(asc(regions.name));
}

/** Regions that publish at least one innovation, with their counts (the across-regions catalogue's index). */
export async function cataloguedRegions(db: Db) {
  return db
    .select({ id: regions.id, name: regions.name, count: sql<number>`count(*)::int`, updatedAt: sql<string>`max(${catalogueEntries.updatedAt})` })
    .from(catalogueEntries)
    .innerJoin(regions, eq(regions.id, catalogueEntries.regionId))
    .where(eq(regions.active, true))
    .groupBy(regions.id, regions.name)
    .orderBy(asc(regions.name));
}

export async function catalogueEntryBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ entry: profileColumns, regionName: regions.name })
    .from(catalogueEntries)
    .innerJoin(regions, eq(regions.id, catalogueEntries.regionId))
    .where(eq(catalogueEntries.slug, slug))
    .limit(1);
  return row;
}

/** A page's parts read beside the profile: public evidence, agreed replications. */
export async function catalogueDetails(db: Db, row: CatalogueRow) {
  const [files, replicated] = await Promise.all([
    db
      .select({
        id: evidence.id,
        kind: evidence.kind,
        fileName: evidence.fileName,
        title: evidence.title,
        url: evidence.url,
        size: evidence.size,
        mime: evidence.mime,
      })
      .from(evidence)
      .where(and(eq(evidence.entryId, row.entryId), eq(evidence.public, true), isNull(evidence.deletedAt)))
      .orderBy(asc(evidence.createdAt)),
    db
      .select({
        name: replications.replicatingName,
        status: replications.status,
        agreementDate: replications.agreementDate,
        implementedOn: replications.implementedOn,
      })
      .from(replications)
      .where(and(eq(replications.innovationId, row.innovationId), inArray(replications.status, [...COUNTED_REPLICATION_STATUSES])))
      .orderBy(desc(replications.agreementDate)),
  ]);
  return { files, replicated };
}

/** A public evidence file of a published innovation (nothing else is served to the public). */
export async function publicEvidenceFile(db: Db, evidenceId: string) {
  const [row] = await db
    .select({ sha256: evidence.fileSha256, name: evidence.fileName, mime: evidence.mime, size: evidence.size })
    .from(evidence)
    .innerJoin(catalogueEntries, eq(catalogueEntries.entryId, evidence.entryId))
    .where(and(eq(evidence.id, evidenceId), eq(evidence.public, true), isNull(evidence.deletedAt), eq(evidence.kind, 'file')))
    .limit(1);
  return row?.sha256 && row.name && row.mime && row.size !== null ? { sha256: row.sha256, name: row.name, mime: row.mime, size: row.size } : undefined;
}

export async function sitemapRows(db: Db) {
  return db
    .select({ slug: catalogueEntries.slug, updatedAt: catalogueEntries.updatedAt })
    .from(catalogueEntries)
    .innerJoin(regions, eq(regions.id, catalogueEntries.regionId))
    .where(eq(regions.active, true))
    .orderBy(asc(catalogueEntries.slug));
}

export async function publicationOf(db: Db | Tx, innovationId: string) {
  const [row] = await db.select().from(catalogueEntries).where(eq(catalogueEntries.innovationId, innovationId)).limit(1);
  return row;
}

type EntryRow = typeof innovationEntries.$inferSelect;

/** The catalogue row an entry's profile gives (the slug is kept once given, so links stay valid). */
export async function catalogueRowOf(
  tx: Tx,
  entry: EntryRow,
  contact: string | null,
  actorId: string,
  slug: string | undefined,
): Promise<typeof catalogueEntries.$inferInsert> {
  // One statement: a transaction's connection runs one query at a time (node-postgres deprecates overlapping them).
  const [row] = await tx
    .select({ opdName: opds.name, year: periods.year })
    .from(opds)
    .innerJoin(periods, eq(periods.id, entry.periodId))
    .where(eq(opds.id, entry.opdId));
  const inisiator = [entry.inisiatorType ? INISIATOR_LABEL[entry.inisiatorType as Inisiator] : null, entry.inisiatorName].filter(Boolean).join(' — ');
  return {
    innovationId: entry.innovationId,
    regionId: entry.regionId,
    opdId: entry.opdId,
    entryId: entry.id,
    slug: slug ?? innovationSlug(entry.name, entry.innovationId),
    year: row.year,
    name: entry.name,
    opdName: row.opdName,
    tahapan: entry.tahapan,
    jenis: entry.jenis,
    bentuk: entry.bentuk,
    urusanUtama: entry.urusanUtama,
    urusanLain: entry.urusanLain,
    inisiator: inisiator || null,
    waktuUjiCoba: entry.waktuUjiCoba,
    waktuPenerapan: entry.waktuPenerapan,
    rancangBangun: entry.rancangBangun,
    tujuan: entry.tujuan,
    manfaat: entry.manfaat,
    hasil: entry.hasil,
    lokasi: entry.lokasi,
    contact,
    publishedBy: actorId,
    updatedAt: new Date(),
  };
}

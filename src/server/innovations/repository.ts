import { and, count, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { Tahapan } from '../../domain/innovation/profile';
import { eligibility, wordCount } from '../../domain/innovation/profile';
import { pageOffset } from '../../domain/paging';
import type { Db } from '../db/client';
import { orderOf, type PageRequest } from '../db/paging';
import { innovationEntries, innovations, opds, periods, units } from '../db/schema';
import { liveEntry } from '../shared/live-entry';
import { searchAny } from '../shared/search';

const columns = {
  ...getTableColumns(innovationEntries),
  opdName: opds.name,
  unitName: units.name,
  periodYear: periods.year,
  periodStatus: periods.status,
};

type Row = typeof innovationEntries.$inferSelect & { opdName: string; unitName: string | null; periodYear: number; periodStatus: string };

export function toEntryDto(r: Row) {
  return {
    id: r.id,
    innovationId: r.innovationId,
    periodId: r.periodId,
    periodYear: r.periodYear,
    periodStatus: r.periodStatus,
    regionId: r.regionId,
    opdId: r.opdId,
    opdName: r.opdName,
    unitId: r.unitId,
    unitName: r.unitName,
    status: r.status,
    sent: r.sent,
    name: r.name,
    tahapan: r.tahapan,
    inisiatorType: r.inisiatorType,
    inisiatorName: r.inisiatorName,
    jenis: r.jenis,
    bentuk: r.bentuk,
    tematik: r.tematik,
    urusanUtama: r.urusanUtama,
    urusanLain: r.urusanLain ?? [],
    waktuUjiCoba: r.waktuUjiCoba,
    waktuPenerapan: r.waktuPenerapan,
    rancangBangun: r.rancangBangun,
    tujuan: r.tujuan,
    manfaat: r.manfaat,
    hasil: r.hasil,
    lokasi: r.lokasi,
    haki: r.haki,
    penghargaan: r.penghargaan,
    rancangBangunWords: wordCount(r.rancangBangun),
    eligibility: eligibility(r.periodYear, { tahapan: r.tahapan as Tahapan | null, waktuUjiCoba: r.waktuUjiCoba, waktuPenerapan: r.waktuPenerapan }),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const base = (db: Db) =>
  db
    .select(columns)
    .from(innovationEntries)
    .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
    .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
    .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
    .leftJoin(units, eq(units.id, innovationEntries.unitId));

export async function getEntry(db: Db, id: string): Promise<Row | undefined> {
  const [row] = await base(db).where(and(eq(innovationEntries.id, id), isNull(innovations.deletedAt)));
  return row;
}

const SORTS = { name: innovationEntries.name, updatedAt: innovationEntries.updatedAt, opd: opds.name, status: innovationEntries.status };

export interface EntryListRequest extends PageRequest {
  periodId: string;
  opdId?: string;
  status?: string;
  tahapan?: string;
  q?: string;
  sort: keyof typeof SORTS;
}

/**
 * One page of a period's entries with only the list's columns: first the page's ids and the total (a window
 * count) from the entries alone, then the names for those ids — two cheap queries instead of one wide join.
 */
export async function listEntries(db: Db, req: EntryListRequest) {
  const needsOpd = Boolean(req.q) || req.sort === 'opd';
  const where = and(
    eq(innovationEntries.periodId, req.periodId),
    liveEntry,
    req.opdId ? eq(innovationEntries.opdId, req.opdId) : undefined,
    req.status ? eq(innovationEntries.status, req.status) : undefined,
    req.tahapan ? eq(innovationEntries.tahapan, req.tahapan) : undefined,
    searchAny(req.q, [innovationEntries.name, opds.name, opds.shortName]),
  );
  const ids = db.select({ id: innovationEntries.id, total: sql<number>`count(*) over ()`.mapWith(Number) }).from(innovationEntries);
  const page = await (needsOpd ? ids.innerJoin(opds, eq(opds.id, innovationEntries.opdId)) : ids)
    .where(where)
    .orderBy(...orderOf(SORTS[req.sort], req.dir, innovationEntries.id))
    .limit(req.pageSize)
    .offset(pageOffset(req.page, req.pageSize));
  // Past the last page there is no row to carry the total; count separately then.
  const total =
    page[0]?.total ??
    (await (needsOpd
      ? db.select({ n: count() }).from(innovationEntries).innerJoin(opds, eq(opds.id, innovationEntries.opdId))
      : db.select({ n: count() }).from(innovationEntries)
    )
      .where(where)
      .then(([r]) => r.n));
  const rows = page.length
    ? await db
        .select({
          id: innovationEntries.id,
          innovationId: innovationEntries.innovationId,
          periodId: innovationEntries.periodId,
          opdId: innovationEntries.opdId,
          opdName: opds.name,
          unitName: units.name,
          status: innovationEntries.status,
          sent: innovationEntries.sent,
          name: innovationEntries.name,
          tahapan: innovationEntries.tahapan,
          jenis: innovationEntries.jenis,
          rancangBangun: innovationEntries.rancangBangun,
          updatedAt: innovationEntries.updatedAt,
          maturityClaimed: innovationEntries.maturityClaimed,
          maturityVerified: innovationEntries.maturityVerified,
          reviewSummary: innovationEntries.reviewSummary,
        })
        .from(innovationEntries)
        .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
        .leftJoin(units, eq(units.id, innovationEntries.unitId))
        .where(
          inArray(
            innovationEntries.id,
            page.map((p) => p.id),
          ),
        )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total,
    page: req.page,
    pageSize: req.pageSize,
    items: page.map(({ id }) => {
      const { rancangBangun, updatedAt, ...r } = byId.get(id) as (typeof rows)[number];
      return { ...r, rancangBangunWords: wordCount(rancangBangun), updatedAt: updatedAt.toISOString() };
    }),
  };
}

import { and, count, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { Tahapan } from '../../domain/innovation/profile';
import { eligibility, wordCount } from '../../domain/innovation/profile';
import type { Db } from '../db/client';
import { orderOf, type PageRequest, pageOf } from '../db/paging';
import { innovationEntries, innovations, opds, periods, units } from '../db/schema';
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

export function listEntries(db: Db, req: EntryListRequest) {
  const where = and(
    eq(innovationEntries.periodId, req.periodId),
    isNull(innovations.deletedAt),
    req.opdId ? eq(innovationEntries.opdId, req.opdId) : undefined,
    req.status ? eq(innovationEntries.status, req.status) : undefined,
    req.tahapan ? eq(innovationEntries.tahapan, req.tahapan) : undefined,
    searchAny(req.q, [innovationEntries.name, opds.name, opds.shortName]),
  );
  return pageOf(
    req,
    db
      .select({ n: count() })
      .from(innovationEntries)
      .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
      .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
      .where(where)
      .then(([r]) => r.n),
    (limit, offset) =>
      base(db)
        .where(where)
        .orderBy(...orderOf(SORTS[req.sort], req.dir, innovationEntries.id))
        .limit(limit)
        .offset(offset)
        .then((rows) =>
          rows.map((r) => {
            const d = toEntryDto(r);
            return {
              id: d.id,
              innovationId: d.innovationId,
              periodId: d.periodId,
              opdId: d.opdId,
              opdName: d.opdName,
              unitName: d.unitName,
              status: d.status,
              sent: d.sent,
              name: d.name,
              tahapan: d.tahapan,
              jenis: d.jenis,
              rancangBangunWords: d.rancangBangunWords,
              updatedAt: d.updatedAt,
              maturityClaimed: r.maturityClaimed,
              maturityVerified: r.maturityVerified,
              reviewSummary: r.reviewSummary,
            };
          }),
        ),
  );
}

export async function openPeriodOf(db: Db, regionId: string) {
  const [row] = await db
    .select()
    .from(periods)
    .where(and(eq(periods.regionId, regionId), eq(periods.status, 'open')));
  return row;
}

// Innovation entries as the registry reads them: one entry with its OPD, unit and period facts, and list pages.
import { and, eq, getTableColumns, isNull, or, sql } from 'drizzle-orm';
import type { Tahapan } from '../../domain/innovation/profile';
import { eligibility, wordCount } from '../../domain/innovation/profile';
import { pageOffset } from '../../domain/paging';
import type { PeriodStatus } from '../../domain/period-status';
import type { Db } from '../db/client';
import { orderOf, type PageRequest } from '../db/paging';
import { prepared } from '../db/prepared';
import { innovationEntries, innovations, opds, periods, units } from '../db/schema';
import { escapeLike } from '../db/search';
import { liveEntry } from '../shared/entries/live-entry';

const columns = {
  ...getTableColumns(innovationEntries),
  opdName: opds.name,
  unitName: units.name,
  periodYear: periods.year,
  periodStatus: periods.status,
  periodThreshold: periods.maturityThreshold,
};

type Row = typeof innovationEntries.$inferSelect & {
  opdName: string;
  unitName: string | null;
  periodYear: number;
  periodStatus: PeriodStatus;
  periodThreshold: number | null;
};

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
  // Every open, save and reload of an innovation reads it: planned once per connection.
  const [row] = await prepared(db, 'inovda_entry', (d) =>
    base(d)
      .where(and(eq(innovationEntries.id, sql.placeholder('id')), isNull(innovations.deletedAt)))
      .prepare('inovda_entry'),
  ).execute({ id });
  return row as Row | undefined;
}

const SORTS = { name: innovationEntries.name, updatedAt: innovationEntries.updatedAt, opd: opds.name, status: innovationEntries.status };

export interface EntryListRequest extends PageRequest {
  periodId: string;
  opdId?: string;
  status?: string;
  tahapan?: string;
  sent?: 'true' | 'false';
  q?: string;
  sort: keyof typeof SORTS;
}

const listColumns = {
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
};

const placeholder = sql.placeholder;

/**
 * The page's ids and the total (a window count) from the entries alone. Prepared per shape — which filters
 * are present, the sort — with the values as parameters, so PostgreSQL plans each shape once per connection.
 */
function pageIdsQuery(db: Db, req: EntryListRequest) {
  const needsOpd = Boolean(req.q) || req.sort === 'opd';
  const shape = `inovda_entry_ids_${req.sort}_${req.dir}_${[req.opdId, req.status, req.tahapan, req.q, req.sent].map((x) => (x ? 1 : 0)).join('')}`;
  return prepared(db, shape, (d) => {
    const ids = d.select({ id: innovationEntries.id, total: sql<number>`count(*) over ()`.mapWith(Number) }).from(innovationEntries);
    return (needsOpd ? ids.innerJoin(opds, eq(opds.id, innovationEntries.opdId)) : ids)
      .where(
        and(
          eq(innovationEntries.periodId, placeholder('periodId')),
          liveEntry,
          req.opdId ? eq(innovationEntries.opdId, placeholder('opdId')) : undefined,
          req.status ? eq(innovationEntries.status, placeholder('status')) : undefined,
          req.tahapan ? eq(innovationEntries.tahapan, placeholder('tahapan')) : undefined,
          req.sent ? eq(innovationEntries.sent, placeholder('sent')) : undefined,
          req.q ? or(...[innovationEntries.name, opds.name, opds.shortName].map((c) => sql`${c} ilike ${placeholder('pattern')}`)) : undefined,
        ),
      )
      .orderBy(...orderOf(SORTS[req.sort], req.dir, innovationEntries.id))
      .limit(placeholder('limit'))
      .offset(placeholder('offset'))
      .prepare(shape);
  });
}

/** One page of a period's entries with only the list's columns: the ids first, then their details. */
export async function listEntries(db: Db, req: EntryListRequest) {
  const params = {
    periodId: req.periodId,
    opdId: req.opdId,
    status: req.status,
    tahapan: req.tahapan,
    sent: req.sent === undefined ? undefined : req.sent === 'true',
    pattern: req.q ? `%${escapeLike(req.q)}%` : undefined,
    limit: req.pageSize,
    offset: pageOffset(req.page, req.pageSize),
  };
  const page = await pageIdsQuery(db, req).execute(params);
  // Past the last page there is no row to carry the total: ask for the first row's.
  const total = page[0]?.total ?? (await pageIdsQuery(db, req).execute({ ...params, limit: 1, offset: 0 }))[0]?.total ?? 0;
  const rows = page.length
    ? await prepared(db, 'inovda_entry_list_rows', (d) =>
        d
          .select(listColumns)
          .from(innovationEntries)
          .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
          .leftJoin(units, eq(units.id, innovationEntries.unitId))
          .where(sql`${innovationEntries.id} = any(${placeholder('ids')}::uuid[])`)
          .prepare('inovda_entry_list_rows'),
      ).execute({ ids: page.map((p) => p.id) })
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

// Innovation entries as the registry reads them: one entry with its OPD, unit and period facts, and list pages.
import { and, eq, getTableColumns, isNull, or, sql } from 'drizzle-orm';
import { roundTo, unscaled } from '../../domain/iid/engine';
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
import { openThenLatest } from '../shared/periods/period-lookup';

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
  regionId: string;
  /** The period asked for; without it, the region's open period, else its latest (openThenLatest). */
  periodId?: string;
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
  rancangBangunWords: innovationEntries.rancangBangunWords,
  // The text only where its count is not stored yet (fillWordCounts has not run since an older backup came back).
  rancangBangunUncounted: sql<string | null>`case when ${innovationEntries.rancangBangunWords} is null then ${innovationEntries.rancangBangun} end`,
  updatedAt: innovationEntries.updatedAt,
  maturityClaimed: innovationEntries.maturityClaimed,
  maturityVerified: innovationEntries.maturityVerified,
  reviewSummary: innovationEntries.reviewSummary,
};

const placeholder = sql.placeholder;

/**
 * The whole page in one statement — the period (asked for, or open-then-latest), the page's entries in order
 * with the total (a window count), their OPD and unit — so a list page costs one round trip after the session.
 * Prepared per shape (which filters are present, the sort) with the values as parameters: PostgreSQL plans each
 * shape once per connection. The period row comes back even when the page is empty (its entry columns null).
 */
function pageQuery(db: Db, req: EntryListRequest) {
  const needsOpd = Boolean(req.q) || req.sort === 'opd';
  const flags = [req.periodId, req.opdId, req.status, req.tahapan, req.q, req.sent].map((x) => (x ? 1 : 0)).join('');
  const shape = `inovda_entry_page_${req.sort}_${req.dir}_${flags}`;
  return prepared(db, shape, (d) => {
    // The CTEs' columns have names of their own: plain ones would be ambiguous beside the entries' columns.
    const period = d.$with('p').as(
      d
        .select({ periodId: sql<string>`${periods.id}`.as('p_period_id'), threshold: sql<number | null>`${periods.maturityThreshold}`.as('p_threshold') })
        .from(periods)
        .where(and(eq(periods.regionId, placeholder('regionId')), req.periodId ? eq(periods.id, placeholder('periodId')) : undefined))
        .orderBy(...openThenLatest)
        .limit(1),
    );
    const order = orderOf(SORTS[req.sort], req.dir, innovationEntries.id);
    const ids = d
      .select({
        pageId: sql<string>`${innovationEntries.id}`.as('f_entry_id'),
        total: sql<number>`count(*) over ()`.as('f_total'),
        ord: sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.as('f_ord'),
      })
      .from(innovationEntries);
    const withOpd = needsOpd ? ids.innerJoin(opds, eq(opds.id, innovationEntries.opdId)).$dynamic() : ids.$dynamic();
    // A search also looks at the unit's name (a puskesmas or school is how people remember an innovation).
    const searched = req.q ? withOpd.leftJoin(units, eq(units.id, innovationEntries.unitId)) : withOpd;
    const page = d.$with('f').as(
      searched
        .where(
          and(
            sql`${innovationEntries.periodId} = (select p_period_id from p)`,
            liveEntry,
            req.opdId ? eq(innovationEntries.opdId, placeholder('opdId')) : undefined,
            req.status ? eq(innovationEntries.status, placeholder('status')) : undefined,
            req.tahapan ? eq(innovationEntries.tahapan, placeholder('tahapan')) : undefined,
            req.sent ? eq(innovationEntries.sent, placeholder('sent')) : undefined,
            req.q ? or(...[innovationEntries.name, opds.name, opds.shortName, units.name].map((c) => sql`${c} ilike ${placeholder('pattern')}`)) : undefined,
          ),
        )
        .orderBy(...order)
        .limit(placeholder('limit'))
        .offset(placeholder('offset')),
    );
    return d
      .with(period, page)
      .select({ pagePeriodId: period.periodId, threshold: period.threshold, total: sql<number | null>`${page.total}`.mapWith(Number), ...listColumns })
      .from(period)
      .leftJoin(page, sql`true`)
      .leftJoin(innovationEntries, eq(innovationEntries.id, page.pageId))
      .leftJoin(opds, eq(opds.id, innovationEntries.opdId))
      .leftJoin(units, eq(units.id, innovationEntries.unitId))
      .orderBy(page.ord)
      .prepare(shape);
  });
}

const points = (scaled: number) => roundTo(unscaled(scaled), 4);

/**
 * One page of a period's entries as the list shows them (claimed and verified maturity, the review summary,
 * below the period's threshold or not), with the period it is about; `period` null when the region has none
 * (or not the one asked for).
 */
export async function listEntries(db: Db, req: EntryListRequest) {
  const params = {
    regionId: req.regionId,
    periodId: req.periodId,
    opdId: req.opdId,
    status: req.status,
    tahapan: req.tahapan,
    sent: req.sent === undefined ? undefined : req.sent === 'true',
    pattern: req.q ? `%${escapeLike(req.q)}%` : undefined,
    limit: req.pageSize,
    offset: pageOffset(req.page, req.pageSize),
  };
  const rows = await pageQuery(db, req).execute(params);
  if (!rows.length) return { period: null, total: 0, page: req.page, pageSize: req.pageSize, items: [] };
  const period = { id: rows[0].pagePeriodId, maturityThreshold: rows[0].threshold };
  // Past the last page no entry row carries the total: ask for the first page's.
  const total = rows[0].total ?? (await pageQuery(db, req).execute({ ...params, limit: 1, offset: 0 }))[0]?.total ?? 0;
  const items = [];
  for (const row of rows) {
    if (row.id === null) continue;
    // Left-joined (the period row comes back alone past the last page): here the entry's columns are there.
    const r = row as { [K in keyof typeof row]: NonNullable<(typeof row)[K]> } & {
      unitName: string | null;
      tahapan: (typeof row)['tahapan'];
      jenis: (typeof row)['jenis'];
    };
    const maturity = points(r.maturityClaimed);
    // Written field by field: a list page builds 25 of these on every request.
    items.push({
      id: r.id,
      innovationId: r.innovationId,
      periodId: r.periodId,
      opdId: r.opdId,
      opdName: r.opdName,
      unitName: r.unitName,
      status: r.status,
      sent: r.sent,
      name: r.name,
      tahapan: r.tahapan,
      jenis: r.jenis,
      rancangBangunWords: row.rancangBangunWords ?? wordCount(row.rancangBangunUncounted),
      updatedAt: r.updatedAt.toISOString(),
      maturity,
      maturityVerified: points(r.maturityVerified),
      review: r.reviewSummary,
      belowThreshold: period.maturityThreshold === null ? null : maturity < period.maturityThreshold,
    });
  }
  return { period, total, page: req.page, pageSize: req.pageSize, items };
}

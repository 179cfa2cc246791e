// Reads of a region's IPKD years: the year row, its values with their documents and who last changed them, and
// the computed claimed and verified index (the domain scores; nothing here decides).
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { IpkdYearDetail, IpkdYearSummary } from '../../../contract/ipkd';
import { type IpkdResult, scoreIpkd } from '../../../domain/ipkd/compute';
import { budgetYearOf, type IpkdFramework } from '../../../domain/ipkd/framework';
import { ipkdActions, pointsToNextPredicate } from '../../../domain/ipkd/improve';
import { type IpkdStoredValue, ipkdValueMaps } from '../../../domain/ipkd/review';
import type { Db } from '../../db/client';
import { ipkdDocuments, ipkdValues, ipkdYears, users } from '../../db/schema';
import { notFound } from '../http/errors';

export type IpkdYearRow = typeof ipkdYears.$inferSelect;
export type IpkdValueRow = typeof ipkdValues.$inferSelect;
export type IpkdDocumentRow = typeof ipkdDocuments.$inferSelect;

export async function yearOf(db: Db, regionId: string, measurementYear: number): Promise<IpkdYearRow> {
  const [row] = await db
    .select()
    .from(ipkdYears)
    .where(and(eq(ipkdYears.regionId, regionId), eq(ipkdYears.measurementYear, measurementYear)));
  if (!row) throw notFound();
  return row;
}

/** The value a row holds: its number, or its choice. */
export const storedValue = (v: Pick<IpkdValueRow, 'valueNumber' | 'valueChoice'>) => v.valueNumber ?? v.valueChoice ?? null;

/** Documents per value id. */
async function documentsOf(db: Db, valueIds: string[]) {
  const map = new Map<string, IpkdDocumentRow[]>();
  if (!valueIds.length) return map;
  const rows = await db.select().from(ipkdDocuments).where(inArray(ipkdDocuments.valueId, valueIds)).orderBy(asc(ipkdDocuments.createdAt));
  for (const d of rows) map.set(d.valueId, [...(map.get(d.valueId) ?? []), d]);
  return map;
}

export const documentShape = (d: IpkdDocumentRow) => ({
  id: d.id,
  fileName: d.fileName,
  mime: d.mime,
  size: d.size,
  url: d.url,
  title: d.title,
  createdAt: d.createdAt.toISOString(),
});

/** Every value of the years asked for, with document counts (for summaries) or whole (for one year). */
async function valuesOf(db: Db, yearIds: string[]) {
  if (!yearIds.length) return [];
  return db
    .select({ value: ipkdValues, updatedByName: users.fullName })
    .from(ipkdValues)
    .leftJoin(users, eq(users.id, ipkdValues.updatedBy))
    .where(inArray(ipkdValues.yearId, yearIds));
}

const stored = (v: IpkdValueRow, documentCount: number): IpkdStoredValue => ({
  indicatorId: v.indicatorId,
  value: storedValue(v),
  reviewStatus: v.reviewStatus,
  documentCount,
});

const scoreShape = (r: IpkdResult) => ({ ipkd: r.ipkd, predicate: r.predicate });

function summarise(year: IpkdYearRow, values: IpkdStoredValue[]): { summary: IpkdYearSummary; claimed: IpkdResult; verified: IpkdResult } {
  const maps = ipkdValueMaps(values);
  const claimed = scoreIpkd(year.framework, maps.claimed);
  const verified = scoreIpkd(year.framework, maps.verified);
  const known = new Set(year.framework.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
  const mine = values.filter((v) => known.has(v.indicatorId));
  return {
    claimed,
    verified,
    summary: {
      measurementYear: year.measurementYear,
      budgetYear: budgetYearOf(year.measurementYear),
      frameworkId: year.frameworkId,
      frameworkName: year.framework.name,
      fiscalCapacity: year.fiscalCapacity,
      claimed: scoreShape(claimed),
      verified: scoreShape(verified),
      answered: claimed.answered,
      accepted: mine.filter((v) => v.value !== null && v.reviewStatus === 'diterima').length,
      waiting: mine.filter((v) => v.reviewStatus === 'menunggu').length,
      total: claimed.total,
      official:
        year.officialIpkd === null
          ? null
          : { ipkd: year.officialIpkd, predicate: year.officialPredicate, rank: year.officialRank, source: year.officialSource ?? '' },
      version: year.version,
    },
  };
}

/** Every year of the region, oldest first, with its claimed and verified IPKD and official result. */
export async function yearSummaries(db: Db, regionId: string): Promise<IpkdYearSummary[]> {
  const years = await db.select().from(ipkdYears).where(eq(ipkdYears.regionId, regionId)).orderBy(asc(ipkdYears.measurementYear));
  const rows = await valuesOf(
    db,
    years.map((y) => y.id),
  );
  const docs = await documentsOf(
    db,
    rows.map((r) => r.value.id),
  );
  return years.map(
    (y) =>
      summarise(
        y,
        rows.filter((r) => r.value.yearId === y.id).map((r) => stored(r.value, docs.get(r.value.id)?.length ?? 0)),
      ).summary,
  );
}

const dimensionScores = (r: IpkdResult) => ({
  ...scoreShape(r),
  dimensions: r.dimensions.map((d) => ({ id: d.id, index: d.index, answered: d.answered, total: d.total })),
});

/** One year in full: the framework, every value with its documents, both results, what to improve first. */
export async function yearDetail(db: Db, year: IpkdYearRow): Promise<IpkdYearDetail> {
  const rows = await valuesOf(db, [year.id]);
  const docs = await documentsOf(
    db,
    rows.map((r) => r.value.id),
  );
  const { summary, claimed, verified } = summarise(
    year,
    rows.map((r) => stored(r.value, docs.get(r.value.id)?.length ?? 0)),
  );
  return {
    ...summary,
    framework: year.framework as unknown as Record<string, unknown>,
    values: rows.map((r) => valueShape(r.value, r.updatedByName, docs.get(r.value.id) ?? [])),
    claimedResult: dimensionScores(claimed),
    verifiedResult: dimensionScores(verified),
    actions: ipkdActions(year.framework, claimed),
    next: pointsToNextPredicate(year.framework, claimed.ipkd),
  };
}

export const valueShape = (v: IpkdValueRow, updatedByName: string | null, documents: IpkdDocumentRow[]) => ({
  indicatorId: v.indicatorId,
  value: storedValue(v),
  documentDate: v.documentDate,
  note: v.note,
  reviewStatus: v.reviewStatus,
  reviewNote: v.reviewNote,
  version: v.version,
  updatedAt: v.updatedAt.toISOString(),
  updatedByName,
  documents: documents.map(documentShape),
});

/** One value with its documents, as the API answers after a change. */
export async function oneValue(db: Db, valueId: string) {
  const [row] = await db
    .select({ value: ipkdValues, updatedByName: users.fullName })
    .from(ipkdValues)
    .leftJoin(users, eq(users.id, ipkdValues.updatedBy))
    .where(eq(ipkdValues.id, valueId));
  if (!row) throw notFound();
  const docs = await documentsOf(db, [valueId]);
  return valueShape(row.value, row.updatedByName, docs.get(valueId) ?? []);
}

/** The IPKD part of the leaders' report. */
export interface IpkdReport {
  measurementYear: number;
  budgetYear: number;
  claimed: { ipkd: number; predicate: string };
  verified: { ipkd: number; predicate: string };
  official: { ipkd: number; predicate: string | null; source: string } | null;
  dimensions: { name: string; index: number; weight: number }[];
  actions: { name: string; gain: number; reaches: string | null }[];
  trend: { year: number; claimed: number; official: number | null }[];
}

/** What the leaders' report shows of the IPKD: the newest year in full (names from its framework) and every year's trend. */
export async function ipkdReport(db: Db, regionId: string): Promise<IpkdReport | null> {
  const years = await yearSummaries(db, regionId);
  const newest = years.at(-1);
  if (!newest) return null;
  const detail = await yearDetail(db, await yearOf(db, regionId, newest.measurementYear));
  const framework = detail.framework as unknown as IpkdFramework;
  const names = new Map(framework.dimensions.flatMap((d) => [[d.id, d.name] as const, ...d.indicators.map((i) => [i.id, i.name] as const)]));
  return {
    measurementYear: detail.measurementYear,
    budgetYear: detail.budgetYear,
    claimed: detail.claimed,
    verified: detail.verified,
    official: detail.official,
    dimensions: framework.dimensions.map((d) => ({
      name: d.name,
      weight: d.weight,
      index: detail.claimedResult.dimensions.find((x) => x.id === d.id)?.index ?? 0,
    })),
    actions: detail.actions.slice(0, 3).map((a) => ({ name: names.get(a.indicatorId) ?? a.indicatorId, gain: a.gain, reaches: a.reaches })),
    trend: years.map((y) => ({ year: y.measurementYear, claimed: y.claimed.ipkd, official: y.official?.ipkd ?? null })),
  };
}

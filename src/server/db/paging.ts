// Runs one page of a list: the total and the rows, with a stable order (ties broken by id).
import { type AnyColumn, asc, count, desc, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Page, pageOffset } from '../../domain/paging';
import type { Db } from './client';

export interface PageRequest {
  page: number;
  pageSize: number;
  dir: 'asc' | 'desc';
}

export function orderOf(column: AnyColumn | SQL, dir: 'asc' | 'desc', tieBreak: AnyColumn): SQL[] {
  return [dir === 'desc' ? desc(column) : asc(column), asc(tieBreak)];
}

export async function countWhere(db: Db, table: PgTable, where: SQL | undefined): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(table).where(where);
  return n;
}

export async function pageOf<T>(req: PageRequest, total: Promise<number>, rows: (limit: number, offset: number) => Promise<T[]>): Promise<Page<T>> {
  const [n, items] = await Promise.all([total, rows(req.pageSize, pageOffset(req.page, req.pageSize))]);
  return { items, total: n, page: req.page, pageSize: req.pageSize };
}

// Carrying innovations into a new period: each innovation of the previous period gets a fresh draft entry
// with its profile and the answers whose indicator still exists in the new framework. Evidence rules that
// need the current year are flagged for renewal once evidence exists (issue 5, evidence).
import { and, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { Framework } from '../../domain/iid/types';
import type { Db } from '../db/client';
import { entryAnswers, innovationEntries, innovations } from '../db/schema';

export async function carryOver(db: Db, fromPeriodId: string, toPeriodId: string, framework: Framework): Promise<number> {
  const sidCodes = new Set(framework.indicators.filter((i) => i.aspect === 'SID').map((i) => i.code));
  const previous = await db
    .select(getTableColumns(innovationEntries))
    .from(innovationEntries)
    .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
    .where(and(eq(innovationEntries.periodId, fromPeriodId), isNull(innovations.deletedAt)));
  for (const e of previous) {
    const { id: _id, periodId: _p, status: _s, sent: _sent, version: _v, submittedAt: _sub, createdAt: _c, updatedAt: _u, ...profile } = e;
    const [copy] = await db
      .insert(innovationEntries)
      .values({ ...profile, periodId: toPeriodId })
      .returning({ id: innovationEntries.id });
    const answers = (await db.select().from(entryAnswers).where(eq(entryAnswers.entryId, e.id))).filter((a) => sidCodes.has(a.indicatorCode));
    if (answers.length)
      await db.insert(entryAnswers).values(answers.map((a) => ({ entryId: copy.id, indicatorCode: a.indicatorCode, value: a.value, updatedBy: a.updatedBy })));
  }
  return previous.length;
}

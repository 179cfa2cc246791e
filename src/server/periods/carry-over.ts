// Carrying innovations into a new period: each innovation of the previous period gets a fresh draft entry
// with its profile, the answers whose indicator still exists in the new framework and their live evidence
// (the files are shared, not copied). Evidence of indicators whose rule needs the current year is flagged
// for renewal; it does not count until the operator replaces it.
import { randomUUID } from 'node:crypto';
import { and, eq, getTableColumns, isNull } from 'drizzle-orm';
import type { Framework } from '../../domain/iid/types';
import { isProfileDocument } from '../../domain/innovation/profile';
import type { Db } from '../db/client';
import { entryAnswers, evidence, innovationEntries, innovations } from '../db/schema';
import { copyChecks } from '../shared/evidence-check/queue';
import { refreshEntryScores } from '../shared/items/scores';

export async function carryOver(db: Db, fromPeriodId: string, toPeriodId: string, framework: Framework): Promise<number> {
  const sid = framework.indicators.filter((i) => i.aspect === 'SID');
  const sidCodes = new Set(sid.map((i) => i.code));
  const renewal = new Set(sid.filter((i) => i.evidenceRenewal).map((i) => i.code));
  const previous = await db
    .select(getTableColumns(innovationEntries))
    .from(innovationEntries)
    .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
    .where(and(eq(innovationEntries.periodId, fromPeriodId), isNull(innovations.deletedAt)));
  const copies: string[] = [];
  for (const e of previous) {
    const { id: _id, periodId: _p, status: _s, sent: _sent, version: _v, submittedAt: _sub, createdAt: _c, updatedAt: _u, ...profile } = e;
    const [copy] = await db
      .insert(innovationEntries)
      .values({ ...profile, periodId: toPeriodId })
      .returning({ id: innovationEntries.id });
    copies.push(copy.id);
    const answers = (await db.select().from(entryAnswers).where(eq(entryAnswers.entryId, e.id))).filter((a) => sidCodes.has(a.indicatorCode));
    if (answers.length)
      await db.insert(entryAnswers).values(answers.map((a) => ({ entryId: copy.id, indicatorCode: a.indicatorCode, value: a.value, updatedBy: a.updatedBy })));
    const items = (
      await db
        .select()
        .from(evidence)
        .where(and(eq(evidence.entryId, e.id), isNull(evidence.deletedAt)))
    ).filter((x) => sidCodes.has(x.indicatorCode) || isProfileDocument(x.indicatorCode));
    if (items.length) {
      // Ids chosen here, so each copy is paired with its original: the copy takes over the original's reading.
      const copied = items.map((x) => ({ from: x.id, to: randomUUID() }));
      await db.insert(evidence).values(
        items.map(({ id: _id, createdAt: _c, deletedAt: _d, deletedBy: _db, ...x }, k) => ({
          ...x,
          id: copied[k].to,
          periodId: toPeriodId,
          entryId: copy.id,
          needsRenewal: renewal.has(x.indicatorCode),
        })),
      );
      await copyChecks(db, copied);
    }
  }
  await refreshEntryScores(db, copies);
  return previous.length;
}

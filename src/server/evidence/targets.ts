// Resolves what an evidence request is about — one SID indicator of an innovation entry, or one SPD
// indicator of the region in a period — and checks the actor may read or change it.
import { and, eq, isNull } from 'drizzle-orm';
import type { Framework } from '../../domain/iid/types';
import { isProfileDocument } from '../../domain/innovation/profile';
import { answersEditable, isEditable } from '../../domain/innovation/workflow';
import { can, canAccessOpd, canAccessRegion } from '../../domain/roles';
import type { Db } from '../db/client';
import { innovationEntries, innovations, periods } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { AppError, fieldError, forbidden, notFound } from '../shared/http/errors';
import type { ItemKey } from '../shared/items/state';

export interface Target {
  /** The reviewed item the evidence belongs to; null for profile documents. */
  key: ItemKey | null;
  regionId: string;
  periodId: string;
  entryId: string | null;
  code: string;
  /** Audit subject: the innovation entry, or the period for SPD items. */
  audit: { entityType: 'innovation' | 'period'; entityId: string; entityLabel: string };
}

export interface TargetQuery {
  entryId?: string;
  periodId?: string;
  code: string;
}

export async function entryScope(db: Db, actor: SessionUser, entryId: string) {
  const [row] = await db
    .select({ entry: innovationEntries, period: periods })
    .from(innovationEntries)
    .innerJoin(innovations, eq(innovations.id, innovationEntries.innovationId))
    .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
    .where(and(eq(innovationEntries.id, entryId), isNull(innovations.deletedAt)));
  if (!row || !canAccessOpd(actor, { id: row.entry.opdId, regionId: row.entry.regionId })) throw notFound();
  return row;
}

export async function periodScope(db: Db, actor: SessionUser, periodId: string) {
  const [period] = await db.select().from(periods).where(eq(periods.id, periodId));
  if (!period || !canAccessRegion(actor, period.regionId)) throw notFound();
  return period;
}

function indicatorIn(framework: Framework, code: string, aspect: 'SID' | 'SPD') {
  if (!framework.indicators.some((i) => i.code === code && i.aspect === aspect))
    throw fieldError({ code: { code: 'score_unknown_indicator', params: { code } } });
}

function assertPeriodWritable(status: string) {
  if (status === 'locked') throw new AppError(409, 'period_locked');
  if (status !== 'open') throw new AppError(409, 'period_closed');
}

/** The target of a change: checks scope, the indicator, the period and the workflow state. */
export async function writableTarget(db: Db, actor: SessionUser, q: TargetQuery): Promise<Target> {
  if (q.entryId) {
    if (!can(actor.role, 'innovation:write')) throw forbidden();
    const { entry, period } = await entryScope(db, actor, q.entryId);
    const profileDoc = isProfileDocument(q.code);
    if (!profileDoc) indicatorIn(period.framework as Framework, q.code, 'SID');
    assertPeriodWritable(period.status);
    // Profile documents follow the profile (draft only); indicator evidence also during verification.
    if (profileDoc ? !isEditable(entry.status) : !answersEditable(entry.status))
      throw new AppError(409, profileDoc ? 'entry_not_draft' : 'evidence_not_editable');
    return {
      // A profile document is no answer: nothing to send back to review.
      key: profileDoc ? null : { entryId: entry.id, code: q.code },
      regionId: entry.regionId,
      periodId: period.id,
      entryId: entry.id,
      code: q.code,
      audit: { entityType: 'innovation', entityId: entry.id, entityLabel: entry.name },
    };
  }
  if (!q.periodId) throw fieldError({ entryId: 'required' });
  if (!can(actor.role, 'period:write')) throw forbidden();
  const period = await periodScope(db, actor, q.periodId);
  indicatorIn(period.framework as Framework, q.code, 'SPD');
  if (period.status === 'locked') throw new AppError(409, 'period_locked');
  return {
    key: { periodId: period.id, code: q.code },
    regionId: period.regionId,
    periodId: period.id,
    entryId: null,
    code: q.code,
    audit: { entityType: 'period', entityId: period.id, entityLabel: String(period.year) },
  };
}

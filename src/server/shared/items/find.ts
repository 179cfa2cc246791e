// Finds the answered item a request is about — an innovation entry's SID indicator, or the region's SPD indicator
// in a period — within the actor's scope, and says whether it may change now. Answer saves, evidence and review
// decisions all start here. One small read, never the framework snapshot (indicators come from the compiled cache).
import { and, eq, sql } from 'drizzle-orm';
import type { Indicator } from '../../../domain/iid/types';
import { isProfileDocument } from '../../../domain/innovation/profile';
import { answersEditable, isEditable } from '../../../domain/innovation/workflow';
import { periodRefusal } from '../../../domain/period-status';
import { can, canAccessOpd, canAccessRegion } from '../../../domain/roles';
import type { Db, Tx } from '../../db/client';
import { executeNamed } from '../../db/named';
import { prepared } from '../../db/prepared';
import { innovationEntries, periods } from '../../db/schema';
import type { SessionUser } from '../../plugins/session';
import { liveEntry } from '../entries/live-entry';
import { AppError, fieldError, forbidden, notFound } from '../http/errors';
import { periodFramework } from '../periods/period-framework';
import type { ItemKey } from './state';

/** What owns items: an innovation entry (SID), or the region in a period (SPD; entryId null). */
export interface ItemOwner {
  entryId: string | null;
  periodId: string;
  regionId: string;
  opdId: string | null;
  /** The audit trail's label: the innovation's name, or the period's year. */
  label: string;
  periodStatus: string;
  /** The entry's workflow status; null for the region's items, which have no workflow. */
  entryStatus: string | null;
  frameworkId: string;
}

/** One item: its owner and indicator code, with the key its rows are stored under. */
export interface Item extends ItemOwner {
  code: string;
  key: ItemKey;
}

export interface ItemQuery {
  entryId?: string;
  periodId?: string;
}

// Every answer save and evidence change starts here: prepared statements.
const entryOwner = (db: Db) =>
  db
    .select({
      entryId: innovationEntries.id,
      periodId: innovationEntries.periodId,
      regionId: innovationEntries.regionId,
      opdId: innovationEntries.opdId,
      label: innovationEntries.name,
      periodStatus: periods.status,
      entryStatus: innovationEntries.status,
      frameworkId: periods.frameworkId,
    })
    .from(innovationEntries)
    .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
    .where(and(eq(innovationEntries.id, sql.placeholder('id')), liveEntry))
    .prepare('inovda_item_entry');
const periodOwner = (db: Db) =>
  db
    .select({
      entryId: sql<null>`null`,
      periodId: periods.id,
      regionId: periods.regionId,
      opdId: sql<null>`null`,
      label: sql<string>`${periods.year}::text`,
      periodStatus: periods.status,
      entryStatus: sql<null>`null`,
      frameworkId: periods.frameworkId,
    })
    .from(periods)
    .where(eq(periods.id, sql.placeholder('id')))
    .prepare('inovda_item_period');

/** The entry (entryId) or the region's period (periodId) whose items a request is about; 404 outside the actor's scope. */
export async function findOwner(db: Db | Tx, actor: SessionUser, q: ItemQuery): Promise<ItemOwner> {
  if (q.entryId) {
    const [row] = await prepared(db as Db, 'inovda_item_entry', entryOwner).execute({ id: q.entryId });
    if (!row || !canAccessOpd(actor, { id: row.opdId, regionId: row.regionId })) throw notFound();
    return row;
  }
  if (!q.periodId) throw fieldError({ entryId: 'required' });
  const [row] = await prepared(db as Db, 'inovda_item_period', periodOwner).execute({ id: q.periodId });
  if (!row || !canAccessRegion(actor, row.regionId)) throw notFound();
  return row;
}

export const itemOf = (owner: ItemOwner, code: string): Item => ({
  ...owner,
  code,
  key: owner.entryId ? { entryId: owner.entryId, code } : { periodId: owner.periodId, code },
});

export async function findItem(db: Db | Tx, actor: SessionUser, q: ItemQuery & { code: string }): Promise<Item> {
  return itemOf(await findOwner(db, actor, q), q.code);
}

/** The item's indicator in the period's framework, on its own side (SID for an entry, SPD for the region); 400 otherwise. */
export async function indicatorOf(db: Db | Tx, item: Item): Promise<Indicator> {
  const aspect = item.entryId ? 'SID' : 'SPD';
  const found = (await periodFramework(db, item.periodId)).framework.indicators.find((i) => i.code === item.code && i.aspect === aspect);
  if (!found) throw fieldError({ code: { code: 'score_unknown_indicator', params: { code: item.code } } });
  return found;
}

/**
 * An item the actor may change now: their permission (innovations for SID, the period for SPD), their scope, the
 * indicator, what the period allows and the entry's workflow. Evidence may also be a profile document of an
 * entry (no indicator: it follows the profile, draft only); its indicator is then null.
 */
export async function writableItem(
  db: Db,
  actor: SessionUser,
  q: ItemQuery & { code: string },
  opts: { profileDocuments?: boolean } = {},
): Promise<{ item: Item; indicator: Indicator | null }> {
  mayWrite(actor, q);
  return writableNow(db, await findItem(db, actor, q), opts);
}

/** The write permission of the side asked: innovations for SID, the period for SPD. */
function mayWrite(actor: SessionUser, q: ItemQuery) {
  if ((q.entryId || q.periodId) && !can(actor.role, q.entryId ? 'innovation:write' : 'period:write')) throw forbidden();
}

// The entry's owner row locked for the rest of the caller's transaction (see change.ts: changes to one entry's
// items queue there). NO KEY UPDATE: an evidence row inserted in the same transaction holds a KEY SHARE lock on it.
export const lockedEntryOwner = (id: string, opts: { xmin?: boolean } = {}) => sql`
  select ${opts.xmin ? sql`${innovationEntries}.xmin::text as xmin, ` : sql``}${innovationEntries.id} as "entryId", ${innovationEntries.periodId} as "periodId", ${innovationEntries.regionId} as "regionId",
    ${innovationEntries.opdId} as "opdId", ${innovationEntries.name} as label, p.status as "periodStatus",
    ${innovationEntries.status} as "entryStatus", p.framework_id as "frameworkId"
  from ${innovationEntries} join ${periods} p on p.id = ${innovationEntries.periodId}
  where ${innovationEntries.id} = ${id} and ${liveEntry}
  for no key update of ${innovationEntries}`;

/**
 * writableItem inside the caller's transaction, for a change that rewrites the entry's scores (an answer): the
 * owner is read and its entry locked in one statement, so the save costs one round trip less.
 */
export async function lockWritableItem(tx: Tx, actor: SessionUser, q: ItemQuery & { code: string }): Promise<{ item: Item; indicator: Indicator | null }> {
  mayWrite(actor, q);
  if (!q.entryId) return writableNow(tx, await findItem(tx, actor, q));
  const [row] = (await executeNamed<ItemOwner & { opdId: string }>(tx, lockedEntryOwner(q.entryId))).rows;
  return writableLocked(tx, actor, q, row);
}

/** The checks of lockWritableItem on the row lockedEntryOwner read (undefined: no such entry). */
export function writableLocked(
  tx: Tx,
  actor: SessionUser,
  q: ItemQuery & { code: string },
  row: (ItemOwner & { opdId: string }) | undefined,
): Promise<{ item: Item; indicator: Indicator | null }> {
  mayWrite(actor, q);
  if (!row || !canAccessOpd(actor, { id: row.opdId, regionId: row.regionId })) throw notFound();
  return writableNow(tx, itemOf(row, q.code));
}

/** What the period allows and the entry's workflow, for an item found in the actor's scope. */
async function writableNow(db: Db | Tx, item: Item, opts: { profileDocuments?: boolean } = {}): Promise<{ item: Item; indicator: Indicator | null }> {
  const profileDocument = Boolean(opts.profileDocuments && item.entryId && isProfileDocument(item.code));
  const indicator = profileDocument ? null : await indicatorOf(db, item);
  const refusal = periodRefusal(item.periodStatus, item.entryId ? 'innovation' : 'region_items');
  if (refusal) throw new AppError(409, refusal);
  // Profile documents follow the profile (draft only); answers and their evidence also during verification.
  if (item.entryStatus !== null && !(profileDocument ? isEditable(item.entryStatus) : answersEditable(item.entryStatus)))
    throw new AppError(409, profileDocument ? 'entry_not_draft' : 'evidence_not_editable');
  return { item, indicator };
}

// changeItem: the one path that changes an answered item — an option chosen, evidence added, deleted or
// restored, a review decided. In the caller's transaction it writes the item's row, sends its review back to
// "menunggu" when the answer or evidence changed, stores the entry's scores and records the audit event.
// Optimistic concurrency: a change of what a verifier judges (the option, the evidence) renews the item's
// version; a chosen option and a review decision carry the version they were made on and are refused (409, with
// the item as it is now) when it is no longer the item's — never a silent overwrite, never a decision on a value
// the verifier did not see.

import { type SQL, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { CurrentItem } from '../../../contract/common';
import type { ReviewStatus } from '../../../domain/evidence/review';
import { isProfileDocument } from '../../../domain/innovation/profile';
import type { Db, Tx } from '../../db/client';
import { executeNamed } from '../../db/named';
import { evidence, users } from '../../db/schema';
import { type ShapedStatement, statementShape } from '../../db/statement-shape';
import { auditInsertOf, auditRow } from '../audit/record';
import { AppError } from '../http/errors';
import { periodFramework } from '../periods/period-framework';
import { scoresOf, scoresUpdateOf } from './scores';
import type { ItemKey, ItemState } from './state';

/** Where a change is written and audited (find.ts Item has it all; a restore builds it from the evidence row). */
export interface ItemRef {
  key: ItemKey;
  periodId: string;
  regionId: string;
  /** The audit trail's label (the innovation's name, the period's year), when known. */
  label: string | null;
}

/**
 * `version` (answer, review): the item version the user saw — 0 for an item never answered. Evidence carries
 * none: adding or removing a file overwrites nobody's work, but it renews the version (a verifier's decision
 * is about the evidence too).
 */
export type ItemChange =
  | { kind: 'answer'; value: number; version: number }
  | { kind: 'evidence'; action: 'evidence_add' | 'evidence_delete' | 'evidence_restore'; before?: string | null; after?: string | null }
  | { kind: 'review'; status: ReviewStatus; note: string | null; at: Date; version: number };

export interface ChangedItem {
  /** False only for an answer saved with the value it already had: nothing was written. */
  changed: boolean;
  /**
   * The item as it was: its value (0 when unanswered), review status and version — null when the write found no row
   * (never answered, or a first answer another save inserted meanwhile: only a new read tells).
   */
  before: { value: number; reviewStatus: string | null; version: number | null };
  /** Every item of the same entry (or the region's period) after the change. */
  items: Record<string, ItemState>;
}

/** The item's table, its owner column and id, and which evidence is its own (SID: the entry's; SPD: the period's without entry). */
function sideOf(key: ItemKey) {
  if ('entryId' in key) return { table: sql.raw('entry_answers'), owner: sql.raw('entry_id'), id: key.entryId, live: sql`e.entry_id = ${key.entryId}` };
  return { table: sql.raw('region_answers'), owner: sql.raw('period_id'), id: key.periodId, live: sql`e.period_id = ${key.periodId} and e.entry_id is null` };
}

/** The row write of each kind of change, on the table alias `a`. */
function writeOf(key: ItemKey, change: ItemChange, actorId: string, guarded = false) {
  const { table, owner: o, id } = sideOf(key);
  const t = sql`${table} as a`;
  switch (change.kind) {
    case 'answer':
      // Nothing is written when the value stays (an unanswered item counts as 0) or the version is not the one the
      // choice was made on. `old` is the row locked as it is now; the conflict clause checks the version again for
      // a row another save inserted meanwhile (two first answers to one item at once).
      return sql`insert into ${t} (${o}, indicator_code, value, updated_by, version)
        select ${id}, ${key.code}, ${change.value}, ${actorId}, 1
          where coalesce((select version from old), 0) = ${change.version} and coalesce((select value from old), 0) <> ${change.value}
            ${guarded ? sql`and exists (select 1 from owner)` : sql``}
        on conflict (${o}, indicator_code) do update set value = excluded.value, review_status = 'menunggu', updated_by = excluded.updated_by,
          updated_at = now(), version = a.version + 1
          where a.version = ${change.version}`;
    case 'evidence':
      // Every evidence item has an answer row (state.ts counts evidence per row): created here with no option.
      return sql`insert into ${t} (${o}, indicator_code, value, review_status, updated_by, version) values (${id}, ${key.code}, 0, 'menunggu', ${actorId}, 1)
        on conflict (${o}, indicator_code) do update set review_status = 'menunggu', updated_by = excluded.updated_by, updated_at = now(),
          version = a.version + 1`;
    case 'review':
      // Waits for a save in flight (row lock), then decides only if the item is still the version the verifier saw.
      return sql`update ${t} set review_status = ${change.status}, review_note = ${change.note}, reviewed_by = ${actorId},
        reviewed_at = ${change.at.toISOString()}::timestamptz where a.${o} = ${id} and a.indicator_code = ${key.code} and a.version = ${change.version}`;
  }
}

export type Row = {
  before: number;
  beforeReview: string | null;
  beforeVersion: number | null;
  changed: number;
  items: (Omit<ItemState, 'reviewedAt'> & { code: string; reviewedAt: string | null })[];
};

/** The item as it is now (committed), with who changed it last: what a refused stale change is answered with. */
async function currentItem(tx: Db | Tx, key: ItemKey): Promise<CurrentItem> {
  const { table: t, owner: o, id, live } = sideOf(key);
  const result = (await tx.execute(sql`
    select a.value, a.version, a.review_status as "reviewStatus", a.updated_at as "updatedAt",
      a.updated_by as "updatedById", u.full_name as "updatedByName",
      (select count(*) from ${evidence} e where ${live} and e.indicator_code = a.indicator_code and e.deleted_at is null)::int as "evidenceCount"
    from ${t} a left join ${users} u on u.id = a.updated_by
    where a.${o} = ${id} and a.indicator_code = ${key.code}`)) as unknown as {
    rows: (Omit<CurrentItem, 'code' | 'updatedAt'> & { updatedAt: Date | string | null })[];
  };
  const row = result.rows[0];
  if (!row)
    return { code: key.code, value: 0, version: 0, reviewStatus: 'menunggu', evidenceCount: 0, updatedAt: null, updatedById: null, updatedByName: null };
  return { code: key.code, ...row, updatedAt: row.updatedAt ? new Date(row.updatedAt).toISOString() : null };
}

/**
 * Refuses a change made on a version the item no longer has (nothing was written): 409 with the item as it is now.
 * `version`: the item's version as the write found it locked — the same version means nothing to refuse (an option
 * chosen again), without reading the item again; null (no row was locked) reads it.
 */
async function refuseIfStale(tx: Db | Tx, key: ItemKey, change: ItemChange, version: number | null): Promise<void> {
  if (change.kind === 'evidence' || version === change.version) return;
  const current = await currentItem(tx, key);
  if (current.version === change.version) return;
  const code = change.kind === 'answer' ? 'answer_stale_version' : 'review_stale_version';
  throw new AppError(409, code, { code: key.code, value: current.value }, undefined, current);
}

/**
 * One statement: lock and read the item as it was, write it, and read every item of its owner as they are after
 * the write (the rows the write did not touch, plus what it returned) with their live evidence — the fewest round
 * trips for the most frequent write. `lockOwner` (an entry's answer): the statement also finds and locks the
 * entry first (the item's lock waits for it), and says whether it had to wait for another change of the entry to
 * commit — its read of the other items then predates that change (one snapshot per statement) and is read again.
 */
export function writeStatement(key: ItemKey, change: ItemChange, actorId: string, lockOwner?: SQL): SQL {
  const { table: t, owner: o, id, live } = sideOf(key);
  const ownerId = lockOwner ? sql`(select "entryId" from owner)` : id;
  return sql`
    with ${lockOwner ? sql`owner as (${lockOwner}), ` : sql``}old as (
      select value, review_status, version from ${t} where ${o} = ${ownerId} and indicator_code = ${key.code} for update
    ), up as (
      ${writeOf(key, change, actorId, Boolean(lockOwner))}
      returning a.indicator_code as code, a.value, a.version, a.review_status, a.review_note, a.reviewed_at
    ), after_write as (
      select indicator_code as code, value, version, review_status, review_note, reviewed_at from ${t}
        where ${o} = ${id} and indicator_code not in (select code from up)
      union all select * from up
    ), live_evidence as (
      -- The owner's live evidence counted once per indicator (one index range), not once per item.
      select e.indicator_code as code, count(*)::int as n, (count(*) filter (where e.needs_renewal))::int as renewal
        from ${evidence} e where ${live} and e.deleted_at is null group by e.indicator_code
    )
    select coalesce((select value from old), 0) as before, (select review_status from old) as "beforeReview",
      (select version from old) as "beforeVersion",
      (select count(*) from up)::int as changed,
      ${
        lockOwner
          ? sql`(select row_to_json(owner) from owner) as owner,
      coalesce((select xmin::text from owner) <> (select xmin::text from innovation_entries where id = ${id}), false) as waited,`
          : sql``
      }
      coalesce((select json_agg(json_build_object(
        'code', i.code, 'value', i.value, 'version', i.version, 'reviewStatus', i.review_status, 'reviewNote', i.review_note, 'reviewedAt', i.reviewed_at,
        'evidenceCount', coalesce(v.n, 0), 'renewalCount', coalesce(v.renewal, 0)
      )) from after_write i left join live_evidence v on v.code = i.code), '[]') as items`;
}

/** writeStatement's row: the change as written, and every item after it. */
export function writtenOf(row: Row): ChangedItem {
  const { before, beforeReview, beforeVersion, changed, items: rows } = row;
  const items: Record<string, ItemState> = {};
  for (const { code, reviewedAt, ...r } of rows) items[code] = { ...r, reviewedAt: reviewedAt ? new Date(reviewedAt).toISOString() : null };
  return { changed: changed > 0, before: { value: before, reviewStatus: beforeReview, version: beforeVersion }, items };
}

async function write(tx: Db | Tx, key: ItemKey, change: ItemChange, actorId: string): Promise<ChangedItem> {
  const result = (await executeNamed(tx, writeStatement(key, change, actorId))) as { rows: Row[] };
  return writtenOf(result.rows[0]);
}

/** What the audit trail records of a change: an action with the indicator's value before and after. */
function auditOf(code: string, change: ItemChange, before: ChangedItem['before']) {
  const k = `indikator ${code}`;
  switch (change.kind) {
    case 'answer':
      return { action: 'answer', before: { [k]: before.value }, after: { [k]: change.value } };
    case 'evidence':
      return {
        action: change.action,
        before: change.before === undefined ? null : { [k]: change.before },
        after: change.after === undefined ? null : { [k]: change.after },
      };
    case 'review':
      return {
        action: change.status === 'dikembalikan' ? 'review_return' : 'review_accept',
        before: { [k]: before.reviewStatus },
        after: { [k]: change.status, ...(change.note ? { catatan: change.note } : {}) },
      };
  }
}

/** `entryLocked`: the caller already locked the entry in this transaction (find.ts lockWritableItem). */
export async function changeItem(
  tx: Db | Tx,
  request: FastifyRequest,
  item: ItemRef,
  change: ItemChange,
  opts: { entryLocked?: boolean } = {},
): Promise<ChangedItem> {
  const actor = request.actor;
  const { key } = item;
  // A profile document is evidence of the entry's profile, not of an answer: nothing to review or score.
  const answered = !('entryId' in key && isProfileDocument(key.code));
  // The entry's scores are computed from all its items: changes to two of its items at once would each store a view
  // missing the other's. Locking the entry first queues them, and the write below then reads what the other committed.
  // (NO KEY UPDATE: an evidence row inserted in this transaction already holds a KEY SHARE lock on the entry.)
  if (answered && 'entryId' in key && !opts.entryLocked)
    await executeNamed(tx, sql`select 1 from innovation_entries where id = ${key.entryId} for no key update`);
  const written = answered ? await write(tx, key, change, actor.id) : { changed: true, before: { value: 0, reviewStatus: null, version: 0 }, items: {} };
  const { last, ...result } = await finishChange(tx, request, item, change, written, answered);
  if (last) await executeNamed(tx, last);
  return result;
}

/**
 * After the write: a refusal when nothing was written on a version no longer the item's, else the last statement
 * (the entry's scores and the audit event), returned for the caller to send — with the COMMIT, on the answer save
 * (answers.ts, compact-transaction.ts).
 */
export async function finishChange(
  tx: Db | Tx,
  request: FastifyRequest,
  item: ItemRef,
  change: ItemChange,
  result: ChangedItem,
  answered = true,
): Promise<ChangedItem & { last: SQL | ShapedStatement | null }> {
  const { key } = item;
  if (!result.changed) {
    // Nothing written: either the option was already chosen (fine), or the item moved on since the user saw it.
    await refuseIfStale(tx, key, change, result.before.version);
    return { ...result, last: null };
  }
  const audit = auditRow(request, {
    regionId: item.regionId,
    entityType: 'entryId' in key ? 'innovation' : 'period',
    entityId: 'entryId' in key ? key.entryId : key.periodId,
    entityLabel: item.label,
    ...auditOf(key.code, change, result.before),
  });
  // The entry's scores and the audit event in one statement (one round trip fewer on every save).
  if (answered && 'entryId' in key) {
    const scores = scoresOf(await periodFramework(tx, item.periodId), result.items);
    return { ...result, last: scoresAndAudit(tx, { entryId: key.entryId, ...scores, ...audit }) };
  }
  return { ...result, last: auditInsertOf(tx, audit).getSQL() };
}

/** An entry item's last statement, its scores stored and the audit event written: built once (db/statement-shape.ts). */
export const scoresAndAudit = statementShape(
  [
    ...['entryId', 'maturityClaimed', 'maturityVerified', 'reviewSummary', 'scoredAnswers'],
    ...['regionId', 'actorId', 'actorName', 'entityType', 'entityId', 'entityLabel', 'action', 'before', 'after', 'ip'],
  ] as const,
  (p, db) => {
    const { entryId, maturityClaimed, maturityVerified, reviewSummary, scoredAnswers, ...audit } = p;
    const scores = scoresUpdateOf(db, entryId, { maturityClaimed, maturityVerified, reviewSummary, scoredAnswers });
    return sql`with scores as (${scores.getSQL()}) ${auditInsertOf(db, audit).getSQL()}`;
  },
);

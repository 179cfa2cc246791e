// Writes one audit event: who, when, what, before and after. Called inside the same transaction as the change.
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../../db/client';
import { executeNamed } from '../../db/named';
import { auditEvents } from '../../db/schema';

const SECRET_KEYS = new Set(['passwordHash', 'totpSecret', 'password']);

/** Drops secrets and turns dates into strings so the stored JSON is safe and stable. */
export function auditSnapshot(value: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (SECRET_KEYS.has(k)) continue;
    out[k] = v instanceof Date ? v.toISOString() : v;
  }
  return out;
}

/** Only the keys that changed, so the trail shows what an edit did. */
export function changedOnly(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (key === 'updatedAt' || SECRET_KEYS.has(key)) continue;
    const bv = before[key] instanceof Date ? (before[key] as Date).toISOString() : before[key];
    const av = after[key] instanceof Date ? (after[key] as Date).toISOString() : after[key];
    if (JSON.stringify(bv) !== JSON.stringify(av)) {
      b[key] = bv ?? null;
      a[key] = av ?? null;
    }
  }
  return { before: b, after: a };
}

export interface AuditInput {
  regionId: string | null;
  entityType: string;
  entityId: string | null;
  entityLabel?: string | null;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** When there is no signed-in user (sign-in, reset by token, CLI). */
  actor?: { id: string | null; name: string };
}

export async function recordAudit(db: Db, request: FastifyRequest | null, input: AuditInput): Promise<void> {
  // Named: every change writes one, and the text depends only on which columns are given.
  await executeNamed(db, auditInsertOf(db, auditRow(request, input)));
}

/** The audit event's row: every column the app sets, always all of them (the statement's text stays the same). */
export function auditRow(request: FastifyRequest | null, input: AuditInput) {
  const actor = input.actor ?? (request?.user ? { id: request.user.id, name: request.user.username } : { id: null, name: 'system' });
  return {
    regionId: input.regionId,
    actorId: actor.id,
    actorName: actor.name,
    entityType: input.entityType,
    entityId: input.entityId,
    entityLabel: input.entityLabel ?? null,
    action: input.action,
    before: auditSnapshot(input.before),
    after: auditSnapshot(input.after),
    ip: request?.ip ?? null,
  };
}

export type AuditRow = ReturnType<typeof auditRow>;

/** The insert of one audit row (its values may be a statement shape's placeholders: db/statement-shape.ts). */
export const auditInsertOf = (db: Db | Tx, row: AuditRow) => db.insert(auditEvents).values(row);

/** Deactivation and reactivation are named as such in the audit trail. */
export function actionFor(changed: Record<string, unknown>): string {
  const keys = Object.keys(changed);
  if (keys.length === 1 && keys[0] === 'active') return changed.active ? 'activate' : 'deactivate';
  return 'update';
}

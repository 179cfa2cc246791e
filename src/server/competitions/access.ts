// Finding a competition or one of its stages as the actor may see it: another region's answers 404; a draft is
// the admin's alone.
import type { FastifyRequest } from 'fastify';
import { canAccessOpd, canAccessRegion } from '../../domain/roles';
import type { Db } from '../db/client';
import type { SessionUser } from '../plugins/session';
import { recordAudit } from '../shared/audit/record';
import { notFound } from '../shared/http/errors';
import { type CompetitionRow, findCompetition, findEntry } from './repository';

export async function competitionInScope(db: Db, actor: SessionUser, id: string): Promise<CompetitionRow> {
  const c = await findCompetition(db, id);
  if (!c || !canAccessRegion(actor, c.regionId)) throw notFound();
  if (c.status === 'draft' && actor.role !== 'admin_daerah' && actor.role !== 'super_admin') throw notFound();
  return c;
}

/** An OPD's entry as the actor may see it: the region, their own OPD for OPD-bound roles, and not in a draft. */
export async function entryInScope(db: Db, actor: SessionUser, id: string) {
  const row = await findEntry(db, id);
  if (!row || !canAccessOpd(actor, { id: row.entry.opdId, regionId: row.entry.regionId })) throw notFound();
  await competitionInScope(db, actor, row.competition.id);
  return row;
}

export function stageOf(c: CompetitionRow, stageId: string) {
  const index = c.rules.stages.findIndex((s) => s.id === stageId);
  if (index < 0) throw notFound();
  return { index, stage: c.rules.stages[index] };
}

/** The audit event of a change to a competition (its judges, assignments, decisions, invitations…). */
export function auditCompetition(
  tx: Db,
  request: FastifyRequest,
  c: CompetitionRow,
  action: string,
  after: Record<string, unknown>,
  before?: Record<string, unknown>,
) {
  return recordAudit(tx, request, {
    regionId: c.regionId,
    entityType: 'competition',
    entityId: c.id,
    entityLabel: c.name,
    action,
    after,
    ...(before && { before }),
  });
}

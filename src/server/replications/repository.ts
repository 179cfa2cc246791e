// Reads of replications and cooperation agreements, shaped for the API, and the step that turns an agreed
// replication into evidence of the origin innovation's Replikasi indicator.
import { aliasedTable, and, asc, desc, eq, ilike, inArray, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Cooperation, EvidenceOutcome, Replication } from '../../contract/replications';
import {
  COUNTED_REPLICATION_STATUSES,
  type CountedReplication,
  distinctReplicators,
  type ReplicationRule,
  replicationOption,
} from '../../domain/catalogue/replication';
import { builtInFramework } from '../../domain/iid/builtin';
import { can, canAccessOpd, isOpdBound } from '../../domain/roles';
import type { Db, Tx } from '../db/client';
import {
  catalogueEntries,
  cooperationAgreements,
  cooperationInnovations,
  evidence,
  innovationEntries,
  innovations,
  opds,
  periods,
  regions,
  replications,
  users,
} from '../db/schema';
import { escapeLike } from '../db/search';
import type { SessionUser } from '../plugins/session';
import { liveEntry } from '../shared/entries/live-entry';
import { queueChecks } from '../shared/evidence-check/queue';
import type { StoredUpload } from '../shared/files/store-upload';
import { changeItem } from '../shared/items/change';
import { periodFramework } from '../shared/periods/period-framework';

export type ReplicationRow = typeof replications.$inferSelect;
type Conn = Db | Tx;

const ownerRegion = aliasedTable(regions, 'owner_region');
const answerer = aliasedTable(users, 'answerer');

/** The innovation's name: its entry of the latest period. */
const innovationName = sql<string>`coalesce((select e.name from ${innovationEntries} e join ${periods} p on p.id = e.period_id
  where e.innovation_id = ${replications.innovationId} order by p.year desc limit 1), '')`;

function selectRows(db: Conn, where: SQL | undefined) {
  return db
    .select({ r: replications, innovationName, regionName: ownerRegion.name, opdName: opds.name, answeredByName: answerer.fullName })
    .from(replications)
    .innerJoin(ownerRegion, eq(ownerRegion.id, replications.regionId))
    .innerJoin(opds, eq(opds.id, replications.opdId))
    .leftJoin(answerer, eq(answerer.id, replications.answeredBy))
    .where(where)
    .orderBy(desc(replications.createdAt));
}
type Selected = Awaited<ReturnType<typeof selectRows>>[number];

/** The owning side: the innovation's OPD (OPD-bound roles) or its region. */
export const isOwningSide = (actor: SessionUser, r: ReplicationRow) => canAccessOpd(actor, { id: r.opdId, regionId: r.regionId });

/** The asking side: the replicating region's people (OPD-bound: the replicating OPD, or who asked). */
export function isAskingSide(actor: SessionUser, r: ReplicationRow): boolean {
  if (!r.replicatingRegionId || !actor.regionId || actor.regionId !== r.replicatingRegionId) return false;
  if (!isOpdBound(actor.role)) return true;
  return r.requestedBy === actor.id || (r.replicatingOpdId !== null && r.replicatingOpdId === actor.opdId);
}

export const mayAnswer = (actor: SessionUser, r: ReplicationRow) => can(actor.role, 'replication:answer') && isOwningSide(actor, r);

/** Inside the region: an OPD replicating another OPD's innovation of the same region. */
export const insideRegion = (r: Pick<ReplicationRow, 'replicatingOpdId' | 'replicatingRegionId' | 'regionId'>) =>
  r.replicatingOpdId !== null && r.replicatingRegionId === r.regionId;

export function toReplication(actor: SessionUser, s: Selected): Replication {
  const r = s.r;
  return {
    id: r.id,
    innovationId: r.innovationId,
    innovationName: s.innovationName,
    regionId: r.regionId,
    regionName: s.regionName,
    opdId: r.opdId,
    opdName: s.opdName,
    replicatingRegionId: r.replicatingRegionId,
    replicatingOpdId: r.replicatingOpdId,
    replicatingName: r.replicatingName,
    insideRegion: insideRegion(r),
    requesterName: r.requesterName,
    requesterPosition: r.requesterPosition,
    requesterEmail: r.requesterEmail,
    requesterPhone: r.requesterPhone,
    message: r.message,
    source: r.requestedBy ? 'signed_in' : 'public',
    status: r.status,
    answerNote: r.answerNote,
    answeredByName: s.answeredByName,
    answeredAt: r.answeredAt?.toISOString() ?? null,
    agreementKind: r.agreementKind,
    agreementNumber: r.agreementNumber,
    agreementDate: r.agreementDate,
    agreementFileName: r.agreementFileName,
    agreementSize: r.agreementSize,
    implementedOn: r.implementedOn,
    evidenceId: r.evidenceId,
    direction: isOwningSide(actor, r) ? 'incoming' : 'outgoing',
    canAnswer: mayAnswer(actor, r),
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  };
}

export async function replicationById(db: Conn, id: string): Promise<Selected | undefined> {
  const [row] = await selectRows(db, eq(replications.id, id));
  return row;
}

/** Incoming: requests for the actor's region's (OPD's) innovations. Outgoing: what the actor's region (OPD) asked. */
export async function listReplications(db: Db, actor: SessionUser, direction: 'incoming' | 'outgoing', status?: string) {
  const regionId = actor.regionId ?? '';
  const bound = isOpdBound(actor.role);
  const side =
    direction === 'incoming'
      ? and(eq(replications.regionId, regionId), bound ? eq(replications.opdId, actor.opdId ?? '') : undefined)
      : and(
          eq(replications.replicatingRegionId, regionId),
          bound ? or(eq(replications.replicatingOpdId, actor.opdId ?? ''), eq(replications.requestedBy, actor.id)) : undefined,
        );
  const rows = await selectRows(db, and(side, status ? eq(replications.status, status as ReplicationRow['status']) : undefined));
  // An admin's own inside-region requests are incoming as well: each is listed on the side it is for.
  return rows.filter((s) => (direction === 'incoming' ? isOwningSide(actor, s.r) : !isOwningSide(actor, s.r) || !bound)).map((s) => toReplication(actor, s));
}

const CANDIDATES = 30;

/**
 * What a signed-in user may ask to replicate, by name: other regions' published innovations, and the innovations of
 * the other OPDs of the user's own region that their Kepala OPD approved (an OPD-bound user's own OPD's left out).
 */
export async function replicationCandidatesFor(db: Db, actor: SessionUser, q: string | undefined, innovationId: string | undefined) {
  const regionId = actor.regionId ?? '';
  const pattern = q ? `%${escapeLike(q)}%` : undefined;
  const [published, inside] = await Promise.all([
    db
      .select({
        innovationId: catalogueEntries.innovationId,
        name: catalogueEntries.name,
        opdId: catalogueEntries.opdId,
        opdName: catalogueEntries.opdName,
        regionName: regions.name,
      })
      .from(catalogueEntries)
      .innerJoin(regions, eq(regions.id, catalogueEntries.regionId))
      .where(
        and(
          ne(catalogueEntries.regionId, regionId),
          eq(regions.active, true),
          pattern ? ilike(catalogueEntries.name, pattern) : undefined,
          innovationId ? eq(catalogueEntries.innovationId, innovationId) : undefined,
        ),
      )
      .orderBy(asc(catalogueEntries.name))
      .limit(CANDIDATES),
    db
      .selectDistinctOn([innovationEntries.innovationId], {
        innovationId: innovationEntries.innovationId,
        name: innovationEntries.name,
        opdId: innovationEntries.opdId,
        opdName: opds.name,
      })
      .from(innovationEntries)
      .innerJoin(opds, eq(opds.id, innovationEntries.opdId))
      .innerJoin(periods, eq(periods.id, innovationEntries.periodId))
      .where(
        and(
          eq(innovationEntries.regionId, regionId),
          eq(innovationEntries.status, 'disetujui'),
          liveEntry,
          isOpdBound(actor.role) && actor.opdId ? ne(innovationEntries.opdId, actor.opdId) : undefined,
          pattern ? ilike(innovationEntries.name, pattern) : undefined,
          innovationId ? eq(innovationEntries.innovationId, innovationId) : undefined,
        ),
      )
      .orderBy(innovationEntries.innovationId, desc(periods.year))
      .limit(500),
  ]);
  const own = actor.region?.name ?? '';
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id');
  return [
    ...inside
      .sort(byName)
      .slice(0, CANDIDATES)
      .map((i) => ({ ...i, regionName: own, insideRegion: true })),
    ...published.map((p) => ({ ...p, insideRegion: false })),
  ];
}

/** The replications of one innovation that count, in the domain's terms. */
export async function countedReplications(db: Conn, innovationId: string): Promise<CountedReplication[]> {
  const rows = await db
    .select()
    .from(replications)
    .where(and(eq(replications.innovationId, innovationId), inArray(replications.status, [...COUNTED_REPLICATION_STATUSES])));
  return rows.map((r) => ({
    status: r.status,
    replicatingRegionId: r.replicatingRegionId,
    replicatingOpdId: insideRegion(r) ? r.replicatingOpdId : null,
    replicatingName: r.replicatingName,
  }));
}

/** The period's Replikasi indicator and its rule; a period opened before the rule existed uses its built-in version's. */
async function replicationIndicator(db: Conn, periodId: string, frameworkId: string): Promise<{ code: string; rule: ReplicationRule } | null> {
  const c = await periodFramework(db, periodId);
  const own = c.framework.indicators.find((i) => i.aspect === 'SID' && i.replication);
  if (own?.replication) return { code: own.code, rule: own.replication };
  const builtIn = builtInFramework(frameworkId)?.indicators.find((i) => i.replication);
  if (!builtIn?.replication || !c.sid.some((i) => i.code === builtIn.code)) return null;
  return { code: builtIn.code, rule: builtIn.replication };
}

/**
 * The agreement of a replication just agreed becomes evidence of the origin innovation's Replikasi indicator in the
 * region's open period (its entry there), and the option is raised to what the distinct agreed replicating regions
 * support — never lowered. Both go through changeItem: the item's review goes back to "menunggu", the entry's
 * scores are stored and the audit trail records them. Runs in the agreeing transaction (after the status change).
 */
export async function recordReplicationEvidence(
  tx: Tx,
  request: FastifyRequest,
  r: ReplicationRow,
  file: StoredUpload,
): Promise<{ outcome: EvidenceOutcome; evidenceId: string | null }> {
  const none = (reason: EvidenceOutcome['reason'], periodYear: number | null = null) => ({
    outcome: { recorded: false, reason, periodYear, indicatorCode: null, optionBefore: null, optionAfter: null, distinctRegions: 0 },
    evidenceId: null,
  });
  const [period] = await tx
    .select({ id: periods.id, year: periods.year, frameworkId: periods.frameworkId })
    .from(periods)
    .where(and(eq(periods.regionId, r.regionId), eq(periods.status, 'open')))
    .orderBy(desc(periods.year))
    .limit(1);
  if (!period) return none('no_open_period');
  const [entry] = await tx
    .select({ id: innovationEntries.id, name: innovationEntries.name })
    .from(innovationEntries)
    .where(and(eq(innovationEntries.innovationId, r.innovationId), eq(innovationEntries.periodId, period.id)));
  if (!entry) return none('no_entry', period.year);
  const indicator = await replicationIndicator(tx, period.id, period.frameworkId);
  if (!indicator) return none('no_indicator', period.year);
  const [row] = await tx
    .insert(evidence)
    .values({
      regionId: r.regionId,
      periodId: period.id,
      entryId: entry.id,
      indicatorCode: indicator.code,
      kind: 'file',
      fileSha256: file.sha256,
      fileName: file.name,
      mime: file.mime,
      size: file.size,
      title: `Replikasi: ${r.replicatingName}`,
      createdBy: request.actor.id,
    })
    .returning({ id: evidence.id, kind: evidence.kind });
  await queueChecks(tx, [row]);
  const item = { key: { entryId: entry.id, code: indicator.code }, periodId: period.id, regionId: r.regionId, label: entry.name };
  const added = await changeItem(tx, request, item, { kind: 'evidence', action: 'evidence_add', after: file.name });
  const state = added.items[indicator.code];
  const before = state?.value ?? 0;
  const counted = await countedReplications(tx, r.innovationId);
  const supported = replicationOption(indicator.rule, counted);
  if (supported > before) await changeItem(tx, request, item, { kind: 'answer', value: supported, version: state?.version ?? 0 }, { entryLocked: true });
  return {
    outcome: {
      recorded: true,
      reason: null,
      periodYear: period.year,
      indicatorCode: indicator.code,
      optionBefore: before,
      optionAfter: Math.max(before, supported),
      distinctRegions: distinctReplicators(indicator.rule, counted).length,
    },
    evidenceId: row.id,
  };
}

/** Where an innovation has been replicated (every request but declined ones) and the agreements covering it. */
export async function innovationReplicationSummary(db: Db, innovationId: string) {
  const reps = await db
    .select()
    .from(replications)
    .where(and(eq(replications.innovationId, innovationId), inArray(replications.status, ['agreed', 'implemented'])))
    .orderBy(desc(replications.agreementDate));
  const agreements = await db
    .select({
      id: cooperationAgreements.id,
      title: cooperationAgreements.title,
      partnerName: cooperationAgreements.partnerName,
      kind: cooperationAgreements.kind,
      number: cooperationAgreements.number,
      signedOn: cooperationAgreements.signedOn,
      validUntil: cooperationAgreements.validUntil,
    })
    .from(cooperationInnovations)
    .innerJoin(cooperationAgreements, eq(cooperationAgreements.id, cooperationInnovations.agreementId))
    .where(eq(cooperationInnovations.innovationId, innovationId))
    .orderBy(desc(cooperationAgreements.signedOn));
  return {
    innovationId,
    replications: reps.map((r) => ({
      id: r.id,
      replicatingName: r.replicatingName,
      insideRegion: insideRegion(r),
      status: r.status,
      agreementKind: r.agreementKind,
      agreementNumber: r.agreementNumber,
      agreementDate: r.agreementDate,
      implementedOn: r.implementedOn,
    })),
    agreements,
  };
}

// Cooperation agreements

export type CooperationRow = typeof cooperationAgreements.$inferSelect;

export async function cooperationInnovationsOf(db: Conn, agreementIds: string[]) {
  const out = new Map<string, { id: string; name: string }[]>();
  if (!agreementIds.length) return out;
  const rows = await db
    .select({
      agreementId: cooperationInnovations.agreementId,
      id: cooperationInnovations.innovationId,
      // Written out in full: in a one-table query Drizzle leaves the column unqualified, binding it to the subquery.
      name: sql<string>`coalesce((select e.name from ${innovationEntries} e join ${periods} p on p.id = e.period_id
        where e.innovation_id = "cooperation_innovations"."innovation_id" order by p.year desc limit 1), '')`,
    })
    .from(cooperationInnovations)
    .where(inArray(cooperationInnovations.agreementId, agreementIds));
  for (const r of rows) out.set(r.agreementId, [...(out.get(r.agreementId) ?? []), { id: r.id, name: r.name }]);
  for (const list of out.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'id'));
  return out;
}

export const toCooperation = (c: CooperationRow, linked: { id: string; name: string }[]): Cooperation => ({
  id: c.id,
  partnerRegionId: c.partnerRegionId,
  partnerName: c.partnerName,
  title: c.title,
  kind: c.kind,
  number: c.number,
  signedOn: c.signedOn,
  validUntil: c.validUntil,
  notes: c.notes,
  fileName: c.fileName,
  size: c.size,
  innovations: linked,
  version: c.version,
  updatedAt: c.updatedAt.toISOString(),
});

/** Innovations of the region among the given ids (the others are refused by the caller). */
export async function regionInnovations(db: Conn, regionId: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .select({ id: innovations.id })
    .from(innovations)
    .where(and(eq(innovations.regionId, regionId), inArray(innovations.id, ids), isNull(innovations.deletedAt)));
  return new Set(rows.map((r) => r.id));
}

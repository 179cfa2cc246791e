// Replication of an innovation by another region (or another OPD of the same region), tracked as a transaction:
// asked → agreed (with the agreement document) → implemented; or declined by the owning OPD.

export const REPLICATION_STATUSES = ['requested', 'agreed', 'implemented', 'declined'] as const;
export type ReplicationStatus = (typeof REPLICATION_STATUSES)[number];

/** The document an agreement is recorded with: PKS (perjanjian kerja sama), MoU, a letter (surat pernyataan), other. */
export const AGREEMENT_KINDS = ['pks', 'mou', 'surat', 'lainnya'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

/** Statuses that count for the Replikasi indicator: the replication was agreed (and perhaps carried out). */
export const COUNTED_REPLICATION_STATUSES: readonly ReplicationStatus[] = ['agreed', 'implemented'];

/** Which step may follow which: the owning OPD answers a request; an agreed replication is later carried out. */
const NEXT: Record<ReplicationStatus, readonly ReplicationStatus[]> = {
  requested: ['agreed', 'declined'],
  agreed: ['implemented'],
  implemented: [],
  declined: [],
};

export function canMoveReplication(from: ReplicationStatus, to: ReplicationStatus): boolean {
  return NEXT[from].includes(to);
}

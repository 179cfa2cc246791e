import { queryOptions } from '@tanstack/react-query';
import type { Evidence, EvidenceList } from '../../../contract/evidence';
import { get } from '../api';

/** Whose evidence: an innovation entry's (SID) or a period's region items (SPD). */
export type EvidenceOwner = { entryId: string } | { periodId: string };

export const evidenceQueries = {
  all: ['evidence'] as const,
  ofOwner: (owner: EvidenceOwner | null) =>
    queryOptions({
      queryKey: ['evidence', 'owner', owner] as const,
      queryFn: (): Promise<Evidence[]> => get<EvidenceList>('/api/evidence', owner ?? {}).then((r) => r.items),
      enabled: Boolean(owner),
    }),
  deleted: () =>
    queryOptions({
      queryKey: ['evidence', 'deleted'] as const,
      queryFn: (): Promise<Evidence[]> => get<EvidenceList>('/api/evidence/deleted').then((r) => r.items),
    }),
};

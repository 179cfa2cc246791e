import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Evidence, EvidenceList } from '../../../contract/evidence';
import type { CheckCapabilities } from '../../../contract/evidence-check';
import { get } from '../api';

/** Whose evidence: an innovation entry's (SID) or a period's region items (SPD). */
export type EvidenceOwner = { entryId: string } | { periodId: string };

/** How often a list is read again while one of its items is still being read by the server's worker. */
export const CHECK_POLL_MS = 1500;

/** Some item's pre-check is still waiting or being read: its list is read again until none is. */
export const checkPending = (items: Evidence[] | undefined) => Boolean(items?.some((e) => e.check?.status === 'queued' || e.check?.status === 'running'));

export const evidenceQueries = {
  all: ['evidence'] as const,
  /**
   * `lang`: the pre-check's sentences come in the request's language, so a language switch reads the list again
   * (the previous language's list stays on screen meanwhile, for the same owner only).
   */
  ofOwner: (owner: EvidenceOwner | null, lang = 'id') =>
    queryOptions({
      queryKey: ['evidence', 'owner', owner, lang] as const,
      queryFn: (): Promise<Evidence[]> => get<EvidenceList>('/api/evidence', owner ?? {}).then((r) => r.items),
      enabled: Boolean(owner),
      refetchInterval: (q) => (checkPending(q.state.data) ? CHECK_POLL_MS : false),
      placeholderData: (previous, previousQuery) =>
        previousQuery && JSON.stringify(previousQuery.queryKey[2]) === JSON.stringify(owner) ? keepPreviousData(previous) : undefined,
    }),
  deleted: () =>
    queryOptions({
      queryKey: ['evidence', 'deleted'] as const,
      queryFn: (): Promise<Evidence[]> => get<EvidenceList>('/api/evidence/deleted').then((r) => r.items),
    }),
  /**
   * What this installation can read (PDF text, OCR of scans, video length): fixed while the server runs, and
   * outside 'evidence' so that an evidence change does not read it again.
   */
  checkCapabilities: () =>
    queryOptions({
      queryKey: ['evidence-check', 'capabilities'] as const,
      queryFn: () => get<CheckCapabilities>('/api/evidence/check-capabilities'),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

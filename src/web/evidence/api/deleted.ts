import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Evidence, PurgeInput, PurgeResult } from '../../../contract/evidence';
import { post } from '../../lib/api';
import { evidenceQueries } from '../../lib/queries/evidence';
import { invalidateEvidence } from '../../ui/evidence/api';

export const useDeletedEvidence = () => useQuery(evidenceQueries.deleted());

export function useRestoreEvidence() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => post<Evidence>(`/api/evidence/${id}/restore`), onSuccess: () => invalidateEvidence(qc) });
}

export function usePurgeEvidence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post<PurgeResult>('/api/evidence/purge', { olderThanDays: 30 } satisfies PurgeInput),
    onSuccess: () => invalidateEvidence(qc),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, post } from '../../lib/api';
import { type Evidence, invalidateEvidence } from '../../ui/evidence/api';

export const useDeletedEvidence = () =>
  useQuery({ queryKey: ['evidence', 'deleted'], queryFn: () => get<{ items: Evidence[] }>('/api/evidence/deleted').then((r) => r.items) });

export function useRestoreEvidence() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (id: string) => post<Evidence>(`/api/evidence/${id}/restore`), onSuccess: () => invalidateEvidence(qc) });
}

export function usePurgeEvidence() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => post<{ removedItems: number; removedFiles: number }>('/api/evidence/purge', { olderThanDays: 30 }),
    onSuccess: () => invalidateEvidence(qc),
  });
}

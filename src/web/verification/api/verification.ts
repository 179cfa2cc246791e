import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Assignment, DecideInput, Decision } from '../../../contract/verification';
import { ApiError, api, post } from '../../lib/api';
import { opdQueries } from '../../lib/queries/opds';
import { periodQueries } from '../../lib/queries/periods';
import { type QueueFilters, verificationQueries } from '../../lib/queries/verification';
import { invalidateEvidence } from '../../ui/evidence/api';

export type { QueueItem, QueueSummary } from '../../../contract/verification';
export type { QueueFilters } from '../../lib/queries/verification';

export const usePeriodList = () => useQuery(periodQueries.list());

export const useQueue = (f: QueueFilters | null) => useQuery({ ...verificationQueries.queue(f), placeholderData: keepPreviousData });

export const useQueueSummary = (periodId: string | null) => useQuery(verificationQueries.summary(periodId));

export const useFramework = (periodId: string | null) => useQuery(periodQueries.framework(periodId));

export function useDecide() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DecideInput) => post<Decision>('/api/verification/decide', body),
    onSuccess: () => invalidateEvidence(qc),
    // Refused because the item changed since it was read: read it (and its evidence) again.
    onError: (e) => {
      if (e instanceof ApiError && e.status === 409) void invalidateEvidence(qc);
    },
  });
}

export const useOpdChoices = () => useQuery(opdQueries.choices());

export function useAssign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, opdIds }: Assignment) => api<Assignment>('PUT', `/api/verification/assignments/${userId}`, { opdIds }),
    onSuccess: () => qc.invalidateQueries({ queryKey: verificationQueries.all }),
  });
}

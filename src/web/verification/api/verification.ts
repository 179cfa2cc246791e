import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Framework } from '../../../domain/iid/types';
import { api, get, type Page, post } from '../../lib/api';
import { invalidateEvidence } from '../../ui/evidence/api';

export interface QueueItem {
  scope: 'sid' | 'spd';
  entryId: string | null;
  periodId: string;
  entryName: string | null;
  opdId: string | null;
  opdName: string | null;
  code: string;
  indicatorName: string;
  value: number;
  reviewStatus: string;
  reviewNote: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  evidenceCount: number;
  updatedAt: string;
}

export interface QueueSummary {
  counts: { menunggu: number; diterima: number; dikembalikan: number };
  byVerifier: { userId: string; name: string; accepted: number; returned: number; pending: number; opdIds: string[] }[];
  pendingByOpd: { opdId: string; opdName: string; pending: number }[];
}

export interface QueueFilters {
  periodId: string;
  scope: 'sid' | 'spd';
  opdId?: string;
  code?: string;
  status?: string;
  /** Search by innovation (or OPD) name, case-insensitive; every word must match. */
  q?: string;
  mine?: 'true';
  page: number;
}

export const usePeriodList = () =>
  useQuery({ queryKey: ['periods'], queryFn: () => get<{ id: string; year: number; status: string; frameworkName: string }[]>('/api/periods') });

export const useQueue = (f: QueueFilters | null) =>
  useQuery({
    queryKey: ['verification', 'queue', f],
    queryFn: () => get<Page<QueueItem>>('/api/verification/queue', { ...f, pageSize: 50 }),
    enabled: Boolean(f),
    placeholderData: keepPreviousData,
  });

export const useQueueSummary = (periodId: string | null) =>
  useQuery({
    queryKey: ['verification', 'summary', periodId],
    queryFn: () => get<QueueSummary>('/api/verification/summary', { periodId: periodId ?? '' }),
    enabled: Boolean(periodId),
  });

export const useFramework = (periodId: string | null) =>
  useQuery({
    queryKey: ['period-framework', periodId],
    queryFn: () => get<Framework>(`/api/periods/${periodId}/framework`),
    enabled: Boolean(periodId),
    staleTime: 600_000,
  });

export function useDecide() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { entryId?: string; periodId?: string; code: string; decision: 'accept' | 'return'; note?: string }) =>
      post<{ reviewStatus: string; reviewNote: string | null }>('/api/verification/decide', body),
    onSuccess: () => invalidateEvidence(qc),
  });
}

export const useOpdChoices = () =>
  useQuery({
    queryKey: ['opd-options'],
    queryFn: () => get<Page<{ id: string; name: string; shortName: string }>>('/api/opds', { pageSize: 100, active: 'true' }),
    staleTime: 60_000,
  });

export function useAssign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, opdIds }: { userId: string; opdIds: string[] }) =>
      api<{ userId: string; opdIds: string[] }>('PUT', `/api/verification/assignments/${userId}`, { opdIds }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['verification'] }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Framework } from '../../../domain/iid/types';
import { api, get, patch, post } from '../../lib/api';
import type { ItemState } from '../../ui/evidence/api';

export interface Period {
  id: string;
  year: number;
  frameworkId: string;
  frameworkName: string;
  frameworkUncertain: boolean;
  status: 'open' | 'closed' | 'locked';
  penjaringanOpensOn: string;
  penjaringanClosesOn: string;
  internalDeadline: string | null;
  maturityThreshold: number | null;
  opdTarget?: number;
  entryCount: number;
  carriedOver?: number;
}

export interface PeriodInput {
  year: number;
  frameworkId: string;
  penjaringanOpensOn: string;
  penjaringanClosesOn: string;
  internalDeadline: string | null;
  maturityThreshold: number | null;
  opdTarget?: number;
  carryOver: boolean;
}

export const usePeriods = () => useQuery({ queryKey: ['periods'], queryFn: () => get<Period[]>('/api/periods') });

export const useFrameworkOptions = () =>
  useQuery({ queryKey: ['frameworks'], queryFn: () => get<{ id: string; name: string; year: number }[]>('/api/frameworks') });

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['periods'] });
}

export function useCreatePeriod() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: PeriodInput) => post<Period>('/api/periods', body), onSuccess: invalidate });
}

export function useUpdatePeriod(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: Partial<PeriodInput>) => patch<Period>(`/api/periods/${id}`, body), onSuccess: invalidate });
}

export function useSetPeriodStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: Period['status'] }) => post<Period>(`/api/periods/${id}/status`, { status }),
    onSuccess: invalidate,
  });
}

export interface RegionAnswers {
  periodId: string;
  answers: Record<string, number>;
  items: Record<string, ItemState>;
  spd: number;
  spdVerified: number;
  spdMax: number;
  missingEvidence: string[];
}

export const usePeriodFramework = (periodId: string | null) =>
  useQuery({
    queryKey: ['period-framework', periodId],
    queryFn: () => get<Framework>(`/api/periods/${periodId}/framework`),
    enabled: Boolean(periodId),
    staleTime: 600_000,
  });

export const useRegionAnswers = (periodId: string | null) =>
  useQuery({
    queryKey: ['region-answers', periodId],
    queryFn: () => get<RegionAnswers>(`/api/periods/${periodId}/region-answers`),
    enabled: Boolean(periodId),
  });

export function useSetRegionAnswer(periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, value }: { code: string; value: number }) =>
      api<RegionAnswers>('PUT', `/api/periods/${periodId}/region-answers/${encodeURIComponent(code)}`, { value }),
    onSuccess: (data) => {
      qc.setQueryData(['region-answers', periodId], data);
      void qc.invalidateQueries({ queryKey: ['region-score'] });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch, post } from '../../lib/api';

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

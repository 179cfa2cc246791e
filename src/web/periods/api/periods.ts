import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerInput } from '../../../contract/innovations';
import type { Period, PeriodCreateInput, PeriodUpdateInput, RegionAnswers } from '../../../contract/periods';
import { api, patch, post } from '../../lib/api';
import { evidenceQueries } from '../../lib/queries/evidence';
import { frameworkQueries } from '../../lib/queries/frameworks';
import { periodQueries } from '../../lib/queries/periods';
import { scoreQueries } from '../../lib/queries/scores';

export type { Period, PeriodUpdateInput } from '../../../contract/periods';

export const usePeriods = () => useQuery(periodQueries.list());

export const useFrameworkOptions = () => useQuery(frameworkQueries.list());

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: periodQueries.list().queryKey });
}

export function useCreatePeriod() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: PeriodCreateInput) => post<Period>('/api/periods', body), onSuccess: invalidate });
}

export function useUpdatePeriod(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: PeriodUpdateInput) => patch<Period>(`/api/periods/${id}`, body), onSuccess: invalidate });
}

export function useSetPeriodStatus() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: Period['status'] }) => post<Period>(`/api/periods/${id}/status`, { status }),
    onSuccess: invalidate,
  });
}

export const usePeriodFramework = (periodId: string | null) => useQuery(periodQueries.framework(periodId));

export const useRegionAnswers = (periodId: string | null) => useQuery(periodQueries.regionAnswers(periodId));

/** Saves one SPD answer on the item version it was chosen on (a newer one on the server answers 409). */
export function useSetRegionAnswer(periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ code, value, version }: AnswerInput & { code: string }) =>
      api<RegionAnswers>('PUT', `/api/periods/${periodId}/region-answers/${encodeURIComponent(code)}`, { value, version }),
    onSuccess: (data) => {
      qc.setQueryData(periodQueries.regionAnswers(periodId).queryKey, data);
      void qc.invalidateQueries({ queryKey: scoreQueries.all });
      // The evidence pre-check weighs each file against the option chosen now (computed when the list is read).
      void qc.invalidateQueries({ queryKey: evidenceQueries.all });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OfficialResult, OfficialResultInput } from '../../../contract/dashboard';
import type { ExportJob } from '../../../contract/exports';
import { api, post } from '../../lib/api';
import { dashboardQueries } from '../../lib/queries/dashboard';

export type { OfficialResult, RegionDashboard } from '../../../contract/dashboard';

export const useRegionDashboard = () => useQuery({ ...dashboardQueries.region(), retry: false });
export const useOpdMonitoring = () => useQuery({ ...dashboardQueries.opdMonitoring(), retry: false });
export const useHistory = () => useQuery(dashboardQueries.history());

export function useSaveResult() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ year, ...body }: OfficialResultInput) => api<OfficialResult>('PUT', `/api/dashboard/history/${year}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: dashboardQueries.history().queryKey }),
  });
}

export const useHeatmap = () => useQuery({ ...dashboardQueries.heatmap(), retry: false });

export const useStartPackage = () => useMutation({ mutationFn: (periodId: string) => post<ExportJob>('/api/exports/package', { periodId }) });

/** Polls a job every second until it is done or failed. */
export const useJob = (id: string | null) =>
  useQuery({
    ...dashboardQueries.exportJob(id),
    refetchInterval: (q) => (q.state.data?.status === 'done' || q.state.data?.status === 'failed' ? false : 1000),
  });

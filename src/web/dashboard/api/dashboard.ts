import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OfficialResult, OfficialResultInput } from '../../../contract/dashboard';
import type { ExportJob } from '../../../contract/exports';
import { api, post } from '../../lib/api';
import { dashboardQueries } from '../../lib/queries/dashboard';
import { periodQueries } from '../../lib/queries/periods';

export type { OfficialResult, RegionDashboard } from '../../../contract/dashboard';

/** The region's periods (the same list as every page's period choice): none yet in a new region. */
export const usePeriodList = () => useQuery(periodQueries.list());

/** Asked only once a period exists: a new region has none, and the server answers 404 for that. */
export const useRegionDashboard = (enabled = true) => useQuery({ ...dashboardQueries.region(), retry: false, enabled });
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

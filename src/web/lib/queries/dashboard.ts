// The dashboards' queries. The region dashboard sits under 'region-score' and the OPD figures under
// 'innovations', so what refreshes the score or the innovations refreshes them too.
import { queryOptions } from '@tanstack/react-query';
import type { Heatmap, OfficialResult, OpdMonitoring, RegionDashboard } from '../../../contract/dashboard';
import type { ExportJob } from '../../../contract/exports';
import { get } from '../api';

export const dashboardQueries = {
  region: () => queryOptions({ queryKey: ['region-score', 'dashboard'] as const, queryFn: () => get<RegionDashboard>('/api/dashboard/region') }),
  opdMonitoring: () => queryOptions({ queryKey: ['innovations', 'opd-monitoring'] as const, queryFn: () => get<OpdMonitoring>('/api/dashboard/opds') }),
  heatmap: () => queryOptions({ queryKey: ['innovations', 'heatmap'] as const, queryFn: () => get<Heatmap>('/api/dashboard/heatmap') }),
  history: () => queryOptions({ queryKey: ['official-results'] as const, queryFn: () => get<OfficialResult[]>('/api/dashboard/history') }),
  exportJob: (id: string | null) =>
    queryOptions({ queryKey: ['export-job', id] as const, queryFn: () => get<ExportJob>(`/api/exports/jobs/${id}`), enabled: Boolean(id) }),
};

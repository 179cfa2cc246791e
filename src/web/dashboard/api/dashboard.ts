import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OpdRow } from '../../../domain/monitoring/opd-monitoring';
import { api, get, post } from '../../lib/api';

interface Line {
  earned: number;
  possible: number;
}

export interface ScoreView {
  iid: number;
  predicate: string;
  spd: number;
  sid: number;
  countScore: number;
  sent: number;
  divisor: number;
  averageMaturity: number;
  aspects: (Line & { aspect: string })[];
  variables: (Line & { aspect: string; variable: string })[];
  urusan: { required: string[]; covered: string[]; missing: string[]; needed: number; conditionMet: boolean };
}

export interface RegionDashboard {
  period: { id: string; year: number; status: string; frameworkId: string; frameworkName: string; opdTarget: number };
  deadlines: { key: 'opens' | 'internal' | 'closes'; date: string; days: number }[];
  bands: { min: number; max: number; label: string }[];
  divisorFloor: number;
  maxScore: number;
  claimed: ScoreView;
  verified: ScoreView;
  innovations: { registered: number; sent: number; byStatus: Record<string, number>; byTahapan: Record<string, number>; byJenis: Record<string, number> };
  verification: { menunggu: number; diterima: number; dikembalikan: number };
}

export interface OpdMonitoring {
  periodId: string;
  year: number;
  target: number;
  previousYear: number | null;
  rows: (OpdRow & { name: string; shortName: string })[];
  todo: {
    entryId: string;
    entryName: string;
    kind: 'awaiting_approval' | 'returned_by_head' | 'returned' | 'missing_evidence' | 'draft';
    codes: string[];
    notes: string[];
  }[];
}

export interface OfficialResult {
  year: number;
  iid: number;
  predicate?: string | null;
  nationalRank?: number | null;
  cluster?: string | null;
  awards?: string | null;
  source: string;
}

/** The region's periods (the same list as every page's period choice): none yet in a new region. */
export const usePeriodList = () => useQuery({ queryKey: ['periods'], queryFn: () => get<{ id: string; year: number; status: string }[]>('/api/periods') });

/** Asked only once a period exists: a new region has none, and the server answers 404 for that. */
export const useRegionDashboard = (enabled = true) =>
  useQuery({ queryKey: ['region-score', 'dashboard'], queryFn: () => get<RegionDashboard>('/api/dashboard/region'), retry: false, enabled });
export const useOpdMonitoring = () =>
  useQuery({ queryKey: ['innovations', 'opd-monitoring'], queryFn: () => get<OpdMonitoring>('/api/dashboard/opds'), retry: false });
export const useHistory = () => useQuery({ queryKey: ['official-results'], queryFn: () => get<OfficialResult[]>('/api/dashboard/history') });

export function useSaveResult() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ year, ...body }: OfficialResult) => api<OfficialResult>('PUT', `/api/dashboard/history/${year}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['official-results'] }),
  });
}

export interface Heatmap {
  indicators: { code: string; name: string; variable: string; max: number }[];
  opds: { id: string; name: string; shortName: string; cells: Record<string, { claimed: number; verified: number }> }[];
  innovations: { id: string; name: string; opdName: string; cells: Record<string, { value: number; reviewStatus: string }> }[];
}

export const useHeatmap = () => useQuery({ queryKey: ['innovations', 'heatmap'], queryFn: () => get<Heatmap>('/api/dashboard/heatmap'), retry: false });

export interface ExportJob {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed' | string;
  progress: number;
  total: number;
  message: string | null;
  fileName: string | null;
  fileSize: number | null;
  createdAt: string;
  finishedAt: string | null;
}

export const useStartPackage = () => useMutation({ mutationFn: (periodId: string) => post<ExportJob>('/api/exports/package', { periodId }) });

/** Polls a job every second until it is done or failed. */
export const useJob = (id: string | null) =>
  useQuery({
    queryKey: ['export-job', id],
    queryFn: () => get<ExportJob>(`/api/exports/jobs/${id}`),
    enabled: Boolean(id),
    refetchInterval: (q) => (q.state.data?.status === 'done' || q.state.data?.status === 'failed' ? false : 1000),
  });

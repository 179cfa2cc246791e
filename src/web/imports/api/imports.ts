// The bulk import's reads and changes: the region's latest imports, one job (polled while it imports), the
// upload that checks a file (with upload progress), and starting the import.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportJob, ImportJobList } from '../../../contract/imports';
import { get, post, withQuery } from '../../lib/api';
import { sendForm } from '../../lib/upload';

export type { ImportJob, ImportJobList, ImportProblemRow } from '../../../contract/imports';

const keys = { all: ['imports'] as const, jobs: ['imports', 'jobs'] as const, job: (id: string) => ['imports', 'job', id] as const };

export const TEMPLATE_URL = '/api/imports/template.xlsx';

export const useImportJobs = () => useQuery({ queryKey: keys.jobs, queryFn: () => get<ImportJobList>('/api/imports/jobs') });

/** One job; asked again every second while it imports, so the progress bar moves. */
export const useImportJob = (id: string | null) =>
  useQuery({
    queryKey: keys.job(id ?? ''),
    queryFn: () => get<ImportJob>(`/api/imports/jobs/${id}`),
    enabled: Boolean(id),
    refetchInterval: (q) => (q.state.data?.status === 'importing' ? 800 : false),
  });

/** Uploads a file for checking; `onProgress` gets the fraction sent. */
export function checkFile(file: File, periodId: string | null, onProgress: (fraction: number) => void) {
  const form = new FormData();
  form.append('file', file, file.name);
  return sendForm<ImportJob>(withQuery('/api/imports/check', { periodId }), form, onProgress);
}

export function useRefreshImports() {
  const qc = useQueryClient();
  return (job?: ImportJob) => {
    if (job) qc.setQueryData(keys.job(job.id), job);
    return qc.invalidateQueries({ queryKey: keys.jobs });
  };
}

export function useRunImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => post<ImportJob>(`/api/imports/jobs/${id}/run`),
    onSuccess: (job) => {
      qc.setQueryData(keys.job(job.id), job);
      void qc.invalidateQueries({ queryKey: keys.jobs });
      // The registry gets new innovations: its lists and the dashboards read again.
      void qc.invalidateQueries({ queryKey: ['innovations'] });
    },
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CloneFrameworkInput, FrameworkEnvelope, SaveFrameworkInput } from '../../../contract/frameworks';
import { api, post } from '../../lib/api';
import { frameworkQueries } from '../../lib/queries/frameworks';

export type { FrameworkEnvelope } from '../../../contract/frameworks';

export const useFrameworks = () => useQuery(frameworkQueries.list());

export const useFramework = (id: string) => useQuery(frameworkQueries.detail(id));

function useInvalidate() {
  const qc = useQueryClient();
  return () =>
    Promise.all([qc.invalidateQueries({ queryKey: frameworkQueries.list().queryKey }), qc.invalidateQueries({ queryKey: frameworkQueries.details })]);
}

export function useCloneFramework() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: CloneFrameworkInput & { id: string }) => post<FrameworkEnvelope>(`/api/frameworks/${id}/clone`, body),
    onSuccess: invalidate,
  });
}

export function useSaveFramework(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveFrameworkInput) => api<FrameworkEnvelope>('PUT', `/api/frameworks/${id}`, body),
    onSuccess: (saved) => {
      qc.setQueryData(frameworkQueries.detail(id).queryKey, saved);
      void qc.invalidateQueries({ queryKey: frameworkQueries.list().queryKey });
    },
  });
}

export function useImportFramework() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (framework: unknown) => post<FrameworkEnvelope>('/api/frameworks/import', { framework }), onSuccess: invalidate });
}

export function useDeleteFramework() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => api('DELETE', `/api/frameworks/${id}`), onSuccess: invalidate });
}

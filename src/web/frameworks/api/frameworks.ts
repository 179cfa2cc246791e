import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Framework } from '../../../domain/iid/types';
import { api, get, post } from '../../lib/api';

export interface FrameworkSummary {
  id: string;
  year: number;
  name: string;
  builtIn: boolean;
  uncertain: boolean;
  basedOn: string | null;
  version: number;
  updatedAt: string | null;
  indicatorCount: number;
}

export interface FrameworkEnvelope {
  framework: Framework;
  builtIn: boolean;
  version: number;
  updatedAt: string | null;
}

export const useFrameworks = () => useQuery({ queryKey: ['frameworks'], queryFn: () => get<FrameworkSummary[]>('/api/frameworks') });

export const useFramework = (id: string) => useQuery({ queryKey: ['framework', id], queryFn: () => get<FrameworkEnvelope>(`/api/frameworks/${id}`) });

function useInvalidate() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: ['frameworks'] }), qc.invalidateQueries({ queryKey: ['framework'] })]);
}

export function useCloneFramework() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name?: string }) => post<FrameworkEnvelope>(`/api/frameworks/${id}/clone`, { name }),
    onSuccess: invalidate,
  });
}

export function useSaveFramework(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { framework: Framework; version: number }) => api<FrameworkEnvelope>('PUT', `/api/frameworks/${id}`, body),
    onSuccess: (saved) => {
      qc.setQueryData(['framework', id], saved);
      void qc.invalidateQueries({ queryKey: ['frameworks'] });
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

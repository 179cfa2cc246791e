import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegionType } from '../../../domain/organisation';
import { get, type Page, patch, post } from '../../lib/api';

export interface Region {
  id: string;
  name: string;
  type: RegionType;
  kemendagriCode: string;
  address: string | null;
  active: boolean;
  opdCount: number;
  userCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface RegionInput {
  name: string;
  type: RegionType;
  kemendagriCode: string;
  address: string | null;
}

export const useRegion = (id: string | null | undefined) =>
  useQuery({ queryKey: ['region', id], queryFn: () => get<Region>(`/api/regions/${id}`), enabled: Boolean(id) });

export const useRegions = (query: Record<string, string | number | undefined>) =>
  useQuery({ queryKey: ['regions', query], queryFn: () => get<Page<Region>>('/api/regions', query), placeholderData: keepPreviousData });

export function useUpdateRegion(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<RegionInput> & { active?: boolean }) => patch<Region>(`/api/regions/${id}`, body),
    onSuccess: (r) => {
      qc.setQueryData(['region', id], r);
      void qc.invalidateQueries({ queryKey: ['regions'] });
      void qc.invalidateQueries({ queryKey: ['me'] });
    },
  });
}

export function useCreateRegion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RegionInput & { admin?: { username: string; fullName: string; email: string | null } }) =>
      post<{ region: Region; admin: { id: string; username: string; temporaryPassword: string } | null }>('/api/regions', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['regions'] }),
  });
}

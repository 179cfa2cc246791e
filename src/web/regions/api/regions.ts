import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Region, RegionCreated, RegionCreateInput, RegionUpdateInput } from '../../../contract/regions';
import { patch, post, type Query } from '../../lib/api';
import { authQueries } from '../../lib/queries/auth';
import { regionQueries } from '../../lib/queries/regions';

export type { Region, RegionCreated } from '../../../contract/regions';

export const useRegion = (id: string | null | undefined) => useQuery(regionQueries.detail(id));

export const useRegions = (query: Query) => useQuery({ ...regionQueries.list(query), placeholderData: keepPreviousData });

export function useUpdateRegion(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RegionUpdateInput) => patch<Region>(`/api/regions/${id}`, body),
    onSuccess: (r) => {
      qc.setQueryData(regionQueries.detail(id).queryKey, r);
      void qc.invalidateQueries({ queryKey: regionQueries.all });
      void qc.invalidateQueries({ queryKey: authQueries.me().queryKey });
    },
  });
}

export function useCreateRegion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RegionCreateInput) => post<RegionCreated>('/api/regions', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: regionQueries.all }),
  });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Opd, OpdCreateInput, OpdUpdateInput, Unit, UnitCreateInput, UnitUpdateInput } from '../../../contract/opds';
import { patch, post, type Query } from '../../lib/api';
import { opdQueries } from '../../lib/queries/opds';

export type { Opd, Unit } from '../../../contract/opds';

export const useOpds = (query: Query) => useQuery({ ...opdQueries.list(query), placeholderData: keepPreviousData });

export const useOpd = (id: string) => useQuery(opdQueries.detail(id));

function useInvalidate() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: opdQueries.all }), qc.invalidateQueries({ queryKey: opdQueries.details })]);
}

export function useCreateOpd() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: OpdCreateInput) => post<Opd>('/api/opds', body), onSuccess: invalidate });
}

export function useUpdateOpd(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: OpdUpdateInput) => patch<Opd>(`/api/opds/${id}`, body), onSuccess: invalidate });
}

export function useCreateUnit() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UnitCreateInput) => post<Unit>('/api/units', body), onSuccess: invalidate });
}

export function useUpdateUnit() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: UnitUpdateInput & { id: string }) => patch<Unit>(`/api/units/${id}`, body),
    onSuccess: invalidate,
  });
}

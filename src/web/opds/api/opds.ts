import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OpdKind, UnitKind } from '../../../domain/organisation';
import { get, type Page, patch, post } from '../../lib/api';

export interface Opd {
  id: string;
  regionId: string;
  name: string;
  shortName: string;
  kind: OpdKind;
  headName: string | null;
  headNip: string | null;
  active: boolean;
  unitCount: number;
  userCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Unit {
  id: string;
  opdId: string;
  name: string;
  kind: UnitKind;
  active: boolean;
}

export type OpdInput = Pick<Opd, 'name' | 'shortName' | 'kind' | 'headName' | 'headNip'>;

export const useOpds = (query: Record<string, string | number | undefined>) =>
  useQuery({ queryKey: ['opds', query], queryFn: () => get<Page<Opd>>('/api/opds', query), placeholderData: keepPreviousData });

export const useOpd = (id: string) => useQuery({ queryKey: ['opd', id], queryFn: () => get<Opd & { units: Unit[] }>(`/api/opds/${id}`) });

function useInvalidate() {
  const qc = useQueryClient();
  return () => Promise.all([qc.invalidateQueries({ queryKey: ['opds'] }), qc.invalidateQueries({ queryKey: ['opd'] })]);
}

export function useCreateOpd() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: OpdInput) => post<Opd>('/api/opds', body), onSuccess: invalidate });
}

export function useUpdateOpd(id: string) {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: Partial<OpdInput> & { active?: boolean }) => patch<Opd>(`/api/opds/${id}`, body), onSuccess: invalidate });
}

export function useCreateUnit() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: { opdId: string; name: string; kind: UnitKind }) => post<Unit>('/api/units', body), onSuccess: invalidate });
}

export function useUpdateUnit() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: string; kind?: UnitKind; active?: boolean }) => patch<Unit>(`/api/units/${id}`, body),
    onSuccess: invalidate,
  });
}

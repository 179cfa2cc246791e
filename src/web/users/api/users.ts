import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../domain/roles';
import { get, type Page, patch, post } from '../../lib/api';

export interface User {
  id: string;
  username: string;
  fullName: string;
  email: string | null;
  role: Role;
  regionId: string | null;
  regionName: string | null;
  opdId: string | null;
  opdName: string | null;
  active: boolean;
  locale: 'id' | 'en';
  mustChangePassword: boolean;
  totpEnabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface UserInput {
  username: string;
  fullName: string;
  email: string | null;
  role: Role;
  opdId: string | null;
  regionId?: string | null;
}

export const useUsers = (query: Record<string, string | number | undefined>) =>
  useQuery({ queryKey: ['users', query], queryFn: () => get<Page<User>>('/api/users', query), placeholderData: keepPreviousData });

/** OPD choices for the role/OPD fields (a region has tens of OPDs, not thousands). */
export const useOpdChoices = (regionId: string | null | undefined) =>
  useQuery({
    queryKey: ['opd-choices', regionId],
    queryFn: () => get<Page<{ id: string; name: string; shortName: string }>>('/api/opds', { regionId: regionId ?? undefined, pageSize: 100, active: 'true' }),
    enabled: Boolean(regionId),
    staleTime: 60_000,
  });

export const useRegionChoices = (enabled: boolean) =>
  useQuery({
    queryKey: ['region-choices'],
    queryFn: () => get<Page<{ id: string; name: string }>>('/api/regions', { pageSize: 100 }),
    enabled,
    staleTime: 60_000,
  });

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['users'] });
}

export function useCreateUser() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: UserInput) => post<{ user: User; temporaryPassword: string | null }>('/api/users', body),
    onSuccess: invalidate,
  });
}

export function useUpdateUser() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<UserInput> & { id: string; active?: boolean }) => patch<User>(`/api/users/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useResetUserPassword() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => post<{ temporaryPassword: string }>(`/api/users/${id}/reset-password`), onSuccess: invalidate });
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PasswordReset, User, UserCreated, UserCreateInput, UserUpdateInput } from '../../../contract/users';
import { patch, post, type Query } from '../../lib/api';
import { opdQueries } from '../../lib/queries/opds';
import { regionQueries } from '../../lib/queries/regions';
import { userQueries } from '../../lib/queries/users';

export type { User } from '../../../contract/users';

export const useUsers = (query: Query) => useQuery({ ...userQueries.list(query), placeholderData: keepPreviousData });

/** OPD choices for the role/OPD fields. */
export const useOpdChoices = (regionId: string | null | undefined) => useQuery({ ...opdQueries.choices(regionId), enabled: Boolean(regionId) });

export const useRegionChoices = (enabled: boolean) => useQuery({ ...regionQueries.choices(), enabled });

function useInvalidate() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: userQueries.all });
}

export function useCreateUser() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: UserCreateInput) => post<UserCreated>('/api/users', body), onSuccess: invalidate });
}

export function useUpdateUser() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: UserUpdateInput & { id: string }) => patch<User>(`/api/users/${id}`, body),
    onSuccess: invalidate,
  });
}

export function useResetUserPassword() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => post<PasswordReset>(`/api/users/${id}/reset-password`), onSuccess: invalidate });
}

// The region's API tokens: list, create (the answer holds the token, once), revoke, and each token's usage log.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiToken, ApiTokenCreated, TokenCreateInput, TokenUse } from '../../../contract/open-data';
import type { Page } from '../../../domain/paging';
import { get, post } from '../../lib/api';

export type { ApiToken, ApiTokenCreated, TokenCreateInput, TokenUse };

const KEY = ['api-tokens'] as const;

export const useApiTokens = () => useQuery({ queryKey: KEY, queryFn: () => get<{ items: ApiToken[] }>('/api/api-tokens') });

export const useTokenUses = (id: string | null, page: number) =>
  useQuery({
    queryKey: [...KEY, id, 'uses', page],
    queryFn: () => get<Page<TokenUse>>(`/api/api-tokens/${id}/uses`, { page, pageSize: 20 }),
    enabled: Boolean(id),
    placeholderData: keepPreviousData,
  });

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TokenCreateInput) => post<ApiTokenCreated>('/api/api-tokens', body),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => post<ApiToken>(`/api/api-tokens/${id}/revoke`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

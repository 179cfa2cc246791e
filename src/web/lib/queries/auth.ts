// The signed-in user's query: null when signed out (a 401 is an answer here, not an error).
import { queryOptions } from '@tanstack/react-query';
import type { Me } from '../../../contract/auth';
import { ApiError, get } from '../api';

export const authQueries = {
  me: () =>
    queryOptions({
      queryKey: ['me'] as const,
      queryFn: async (): Promise<Me | null> => {
        try {
          return await get<Me>('/api/auth/me');
        } catch (e) {
          if (e instanceof ApiError && e.status === 401) return null;
          throw e;
        }
      },
      staleTime: 60_000,
    }),
};

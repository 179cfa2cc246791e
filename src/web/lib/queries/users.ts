import { queryOptions } from '@tanstack/react-query';
import type { UserPage } from '../../../contract/users';
import { get, type Query } from '../api';

export const userQueries = {
  all: ['users'] as const,
  list: (query: Query) => queryOptions({ queryKey: ['users', query] as const, queryFn: () => get<UserPage>('/api/users', query) }),
};

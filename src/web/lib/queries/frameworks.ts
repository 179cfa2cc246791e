import { queryOptions } from '@tanstack/react-query';
import type { FrameworkEnvelope, FrameworkSummary } from '../../../contract/frameworks';
import { get } from '../api';

export const frameworkQueries = {
  list: () => queryOptions({ queryKey: ['frameworks'] as const, queryFn: () => get<FrameworkSummary[]>('/api/frameworks') }),
  /** Prefix of every framework's own query. */
  details: ['framework'] as const,
  detail: (id: string) =>
    queryOptions({ queryKey: ['framework', id] as const, queryFn: () => get<FrameworkEnvelope>(`/api/frameworks/${id}`), enabled: Boolean(id) }),
};

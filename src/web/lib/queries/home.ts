import { queryOptions } from '@tanstack/react-query';
import { get, type Page } from '../api';

export const homeQueries = {
  /** The total of a list endpoint, asked for one row. */
  total: (key: string, path: string, query: Record<string, string>) =>
    queryOptions({
      queryKey: ['home-total', key, query] as const,
      queryFn: () => get<Page<unknown>>(path, { ...query, pageSize: 1 }).then((p) => p.total),
    }),
};

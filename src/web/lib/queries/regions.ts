import { queryOptions } from '@tanstack/react-query';
import type { LetterheadData } from '../../../contract/letterhead';
import type { Region, RegionPage } from '../../../contract/regions';
import { get, type Query } from '../api';

export const regionQueries = {
  all: ['regions'] as const,
  list: (query: Query) => queryOptions({ queryKey: ['regions', 'list', query] as const, queryFn: () => get<RegionPage>('/api/regions', query) }),
  choices: () =>
    queryOptions({
      queryKey: ['region-choices'] as const,
      queryFn: () => get<RegionPage>('/api/regions', { pageSize: 100 }),
      staleTime: 60_000,
    }),
  detail: (id: string | null | undefined) =>
    queryOptions({ queryKey: ['region', id] as const, queryFn: () => get<Region>(`/api/regions/${id}`), enabled: Boolean(id) }),
  letterhead: (regionId: string) =>
    queryOptions({ queryKey: ['letterhead', regionId] as const, queryFn: () => get<LetterheadData>(`/api/regions/${regionId}/letterhead`) }),
};

import { queryOptions } from '@tanstack/react-query';
import type { Period, RegionAnswers } from '../../../contract/periods';
import type { Framework } from '../../../domain/iid/types';
import { get } from '../api';

export const periodQueries = {
  /** The region's periods, newest first: the one list every page picks its period from. */
  list: () => queryOptions({ queryKey: ['periods'] as const, queryFn: () => get<Period[]>('/api/periods') }),
  /** The framework snapshot the period scores with (it never changes once the period is open). */
  framework: (periodId: string | null) =>
    queryOptions({
      queryKey: ['period-framework', periodId] as const,
      queryFn: () => get<Framework>(`/api/periods/${periodId}/framework`),
      enabled: Boolean(periodId),
      staleTime: 600_000,
    }),
  /** Prefix of every period's SPD answers. */
  allRegionAnswers: ['region-answers'] as const,
  regionAnswers: (periodId: string | null) =>
    queryOptions({
      queryKey: ['region-answers', periodId] as const,
      queryFn: () => get<RegionAnswers>(`/api/periods/${periodId}/region-answers`),
      enabled: Boolean(periodId),
    }),
};

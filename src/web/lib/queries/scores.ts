import { queryOptions } from '@tanstack/react-query';
import type { RegionScore } from '../../../contract/scores';
import { get } from '../api';

export const scoreQueries = {
  /** Every query that shows the region's IID starts with this key (answers and reviews refresh them all). */
  all: ['region-score'] as const,
  region: () => queryOptions({ queryKey: ['region-score'] as const, queryFn: () => get<RegionScore>('/api/scores/region') }),
};

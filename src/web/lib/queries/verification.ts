// The verification queries: all under 'verification', so an evidence change or a decision refreshes them.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { QueuePage, QueueSummary, queueQuery } from '../../../contract/verification';
import { get } from '../api';

/** The queue's filters as the page holds them (the page size is the queue's own). */
export type QueueFilters = Omit<z.output<typeof queueQuery>, 'pageSize'>;

export const verificationQueries = {
  all: ['verification'] as const,
  queue: (filters: QueueFilters | null) =>
    queryOptions({
      queryKey: ['verification', 'queue', filters] as const,
      queryFn: () => get<QueuePage>('/api/verification/queue', { ...filters, pageSize: 50 }),
      enabled: Boolean(filters),
    }),
  /** Items a verifier returned, in the viewer's scope (the server keeps OPD roles to their own OPD). */
  returned: (periodId: string | undefined) =>
    queryOptions({
      queryKey: ['verification', 'returned', periodId] as const,
      queryFn: () => get<QueuePage>('/api/verification/queue', { periodId: periodId ?? '', status: 'dikembalikan', pageSize: 100 }),
      enabled: Boolean(periodId),
    }),
  summary: (periodId: string | null | undefined) =>
    queryOptions({
      queryKey: ['verification', 'summary', periodId] as const,
      queryFn: () => get<QueueSummary>('/api/verification/summary', { periodId: periodId ?? '' }),
      enabled: Boolean(periodId),
    }),
};

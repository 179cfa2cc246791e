// The innovations' queries. Every list of entries starts with 'innovations', so one invalidation refreshes
// the registry, the home cards and the OPD figures alike.
import { queryOptions } from '@tanstack/react-query';
import type { Entry, EntryAnswers, EntryPage, Message, ReturnedList } from '../../../contract/innovations';
import { get, type Query } from '../api';

export const innovationQueries = {
  all: ['innovations'] as const,
  list: (query: Query) => queryOptions({ queryKey: ['innovations', 'list', query] as const, queryFn: () => get<EntryPage>('/api/innovations', query) }),
  /** Innovations submitted and waiting for the Kepala OPD (the server keeps a Kepala to their own OPD). */
  approvalInbox: () =>
    queryOptions({
      queryKey: ['innovations', 'approval-inbox'] as const,
      queryFn: () => get<EntryPage>('/api/innovations', { status: 'diajukan', sort: 'updatedAt', dir: 'asc', pageSize: 100 }),
    }),
  /** Drafts the Kepala OPD returned, with the note (default period: the open one, else the latest). */
  returned: (periodId?: string) =>
    queryOptions({
      queryKey: ['innovations', 'returned', periodId ?? null] as const,
      queryFn: () => get<ReturnedList>('/api/innovations/returned', { periodId }),
    }),
  detail: (id: string) => queryOptions({ queryKey: ['innovation', id] as const, queryFn: () => get<Entry>(`/api/innovations/entries/${id}`) }),
  /** Prefix of every entry's SID answers. */
  allAnswers: ['innovation-answers'] as const,
  answers: (entryId: string) =>
    queryOptions({ queryKey: ['innovation-answers', entryId] as const, queryFn: () => get<EntryAnswers>(`/api/innovations/entries/${entryId}/answers`) }),
  messages: (entryId: string) =>
    queryOptions({ queryKey: ['innovation-messages', entryId] as const, queryFn: () => get<Message[]>(`/api/innovations/entries/${entryId}/messages`) }),
};

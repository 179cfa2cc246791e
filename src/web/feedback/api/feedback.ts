// Reads and decisions of citizen feedback; every decision refreshes the feedback queries (the queue, its counts
// and the satisfaction figures).
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FEEDBACK_DECISIONS, FeedbackItem, FeedbackList, moderateResponse, SatisfactionReport } from '../../../contract/feedback';
import type { FeedbackStatus } from '../../../domain/catalogue/feedback';
import { get, post, withQuery } from '../../lib/api';

export type { FeedbackItem, FeedbackList, SatisfactionReport };
export type FeedbackDecision = (typeof FEEDBACK_DECISIONS)[number];

export interface FeedbackQuery {
  page: number;
  pageSize: number;
  status?: FeedbackStatus;
  opdId?: string;
  innovationId?: string;
  rating?: string;
}

export const feedbackQueries = {
  all: ['feedback'] as const,
  list: (q: FeedbackQuery) =>
    queryOptions({
      queryKey: ['feedback', 'list', q] as const,
      queryFn: () => get<FeedbackList>('/api/feedback', { ...q }),
      placeholderData: keepPreviousData,
    }),
  satisfaction: (year: number | null) =>
    queryOptions({ queryKey: ['feedback', 'satisfaction', year] as const, queryFn: () => get<SatisfactionReport>('/api/feedback/satisfaction', { year }) }),
};

export const useFeedbackList = (q: FeedbackQuery) => useQuery(feedbackQueries.list(q));

/** The moderation queue's length for the navigation badge: refreshed every few minutes and after every decision. */
export const usePendingFeedbackCount = (enabled: boolean) =>
  useQuery({
    queryKey: ['feedback', 'pending-count'] as const,
    queryFn: () => get<{ pending: number }>('/api/feedback/pending-count'),
    enabled,
    refetchInterval: 300_000,
    staleTime: 60_000,
  });
export const useSatisfaction = (year: number | null) => useQuery(feedbackQueries.satisfaction(year));

/** The spreadsheet of the satisfaction figures (a plain link: the browser downloads it with the session cookie). */
export const satisfactionSpreadsheetUrl = (year: number | null) => withQuery('/api/feedback/satisfaction.xlsx', { year });

export function useModerate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[]; decision: FeedbackDecision }) => post<z.infer<typeof moderateResponse>>('/api/feedback/moderate', body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: feedbackQueries.all }),
  });
}

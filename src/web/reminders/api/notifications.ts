import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, post } from '../../lib/api';
import { notificationQueries } from '../../lib/queries/reminders';

export const useNotifications = () =>
  useQuery({
    ...notificationQueries.list(),
    // Returns and submissions are notified the moment they happen: refresh every minute (and on focus).
    refetchInterval: 60_000,
  });

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') => (id === 'all' ? post('/api/notifications/read-all') : post(`/api/notifications/${id}/read`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationQueries.list().queryKey }),
  });
}

export function useMute() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (muted: boolean) => api('PUT', '/api/notifications/mute', { muted }),
    onSuccess: () => qc.invalidateQueries({ queryKey: notificationQueries.list().queryKey }),
  });
}

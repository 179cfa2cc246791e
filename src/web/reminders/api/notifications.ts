import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, get, post } from '../../lib/api';

export interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}

export const useNotifications = () =>
  useQuery({
    queryKey: ['notifications'],
    queryFn: () => get<{ unread: number; muted: boolean; items: Notification[] }>('/api/notifications'),
    // Returns and submissions are notified the moment they happen: refresh every minute (and on focus).
    refetchInterval: 60_000,
  });

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string | 'all') => (id === 'all' ? post('/api/notifications/read-all') : post(`/api/notifications/${id}/read`)),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMute() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (muted: boolean) => api('PUT', '/api/notifications/mute', { muted }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

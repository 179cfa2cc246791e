import { queryOptions } from '@tanstack/react-query';
import type { NotificationList } from '../../../contract/reminders';
import { get } from '../api';

export const notificationQueries = {
  list: () => queryOptions({ queryKey: ['notifications'] as const, queryFn: () => get<NotificationList>('/api/notifications') }),
};

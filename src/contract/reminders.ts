// The signed-in user's notifications, their reminder e-mail setting and a manual run of today's reminders.
import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../domain/reminders/notification-kinds';

export const notificationShape = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export const notificationList = z.object({ unread: z.number(), muted: z.boolean(), items: z.array(notificationShape) });
export const muteBody = z.object({ muted: z.boolean() });
export const reminderRun = z.object({ notifications: z.number(), emails: z.number() });

export type Notification = z.infer<typeof notificationShape>;
export type NotificationList = z.infer<typeof notificationList>;

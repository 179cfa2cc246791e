// What a notification is about: the daily reminders (reminders.ts) and the instant notices (instant.ts).
// One closed list, which the database also enforces on notifications.kind.

export const REMINDER_KINDS = ['returned', 'missing_evidence', 'deadline'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const INSTANT_KINDS = [
  'item_returned',
  'entry_submitted',
  'entry_returned',
  'judging_pending',
  'replication_requested',
  'replication_answered',
] as const;
export type InstantKind = (typeof INSTANT_KINDS)[number];

export const NOTIFICATION_KINDS = [...REMINDER_KINDS, ...INSTANT_KINDS] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

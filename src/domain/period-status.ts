// An assessment period is open (penjaringan runs), closed (no new innovations; verification goes on) or
// locked (nothing changes any more). The database enforces the same list on assessment_periods.status.

export const PERIOD_STATUSES = ['open', 'closed', 'locked'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

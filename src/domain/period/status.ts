// An assessment period is open (penjaringan), closed (the region team finishes) or locked (nothing changes).

export const PERIOD_STATUSES = ['open', 'closed', 'locked'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

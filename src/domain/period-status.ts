// An assessment period is open (penjaringan runs), closed (no new innovations; verification goes on) or
// locked (nothing changes any more). The database enforces the same list on assessment_periods.status.
// What each status still allows is written here once (periodAllows): server checks and the UI's enabled
// buttons both ask here.

export const PERIOD_STATUSES = ['open', 'closed', 'locked'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/**
 * What a change is about:
 * - innovation: an OPD's work on its innovations — registering one, its profile, submit/approve/return, its
 *   SID answers and their evidence;
 * - region_items: Admin Daerah's region-level (SPD) answers and their evidence;
 * - review: a verifier accepting or returning an item;
 * - send: marking an innovation sent (dikirim) to the national assessment;
 * - settings: the period's windows and maturity threshold.
 */
export const PERIOD_ACTIONS = ['innovation', 'region_items', 'review', 'send', 'settings'] as const;
export type PeriodAction = (typeof PERIOD_ACTIONS)[number];

/** Penjaringan is open: everything. Closed: no more OPD work, the region team finishes. Locked: nothing. */
const ALLOWED: Record<PeriodStatus, readonly PeriodAction[]> = {
  open: PERIOD_ACTIONS,
  closed: ['region_items', 'review', 'send', 'settings'],
  locked: [],
};

export function periodAllows(status: string, action: PeriodAction): boolean {
  return ALLOWED[status as PeriodStatus]?.includes(action) ?? false;
}

/** The refusal a request gets when the period does not allow it (null: allowed). */
export function periodRefusal(status: string, action: PeriodAction): 'period_locked' | 'period_closed' | null {
  if (periodAllows(status, action)) return null;
  return status === 'locked' ? 'period_locked' : 'period_closed';
}

/** Status moves: open → closed → locked, and closed → open again (a late correction). */
const MOVES: Record<PeriodStatus, readonly PeriodStatus[]> = { open: ['closed'], closed: ['open', 'locked'], locked: [] };

/** Why a period cannot move from one status to another (null: it can). */
export function periodMoveRefusal(from: string, to: PeriodStatus): 'period_locked' | 'period_status_change' | null {
  if (MOVES[from as PeriodStatus]?.includes(to)) return null;
  return from === 'locked' ? 'period_locked' : 'period_status_change';
}

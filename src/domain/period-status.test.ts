// The period rule as a table: every status × action, and the status moves.
import { describe, expect, it } from 'vitest';
import { PERIOD_ACTIONS, PERIOD_STATUSES, type PeriodAction, type PeriodStatus, periodAllows, periodMoveRefusal, periodRefusal } from './period-status';

// Every status × action, written out: the rule as a table a reader can check against the design.
const TABLE: Record<PeriodStatus, Record<PeriodAction, 'period_locked' | 'period_closed' | null>> = {
  open: { innovation: null, region_items: null, review: null, send: null, settings: null },
  closed: { innovation: 'period_closed', region_items: null, review: null, send: null, settings: null },
  locked: { innovation: 'period_locked', region_items: 'period_locked', review: 'period_locked', send: 'period_locked', settings: 'period_locked' },
};

describe('what a period allows', () => {
  for (const status of PERIOD_STATUSES)
    for (const action of PERIOD_ACTIONS)
      it(`${status} × ${action}`, () => {
        expect(periodRefusal(status, action)).toBe(TABLE[status][action]);
        expect(periodAllows(status, action)).toBe(TABLE[status][action] === null);
      });

  it('an unknown status allows nothing', () => {
    expect(periodAllows('archived', 'settings')).toBe(false);
    expect(periodRefusal('archived', 'settings')).toBe('period_closed');
  });

  it('moves open → closed → locked, closed → open; nothing leaves locked', () => {
    expect(periodMoveRefusal('open', 'closed')).toBeNull();
    expect(periodMoveRefusal('closed', 'open')).toBeNull();
    expect(periodMoveRefusal('closed', 'locked')).toBeNull();
    expect(periodMoveRefusal('open', 'locked')).toBe('period_status_change');
    expect(periodMoveRefusal('open', 'open')).toBe('period_status_change');
    expect(periodMoveRefusal('locked', 'open')).toBe('period_locked');
    expect(periodMoveRefusal('locked', 'closed')).toBe('period_locked');
  });
});

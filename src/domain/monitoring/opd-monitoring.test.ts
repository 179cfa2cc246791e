import { describe, expect, it } from 'vitest';
import { daysUntil, opdRows, todayInWib } from './opd-monitoring';

const entry = (opdId: string, o: Partial<Parameters<typeof opdRows>[1][number]> = {}) => ({
  opdId,
  status: 'draft',
  sent: false,
  maturityClaimed: 300_000,
  maturityVerified: 100_000,
  reviewSummary: { menunggu: 2, diterima: 1, dikembalikan: 1, missingEvidence: 1 },
  ...o,
});

describe('OPD monitoring', () => {
  it('counts, averages, completeness and the target per OPD, with change vs last period', () => {
    const rows = opdRows(
      ['a', 'b', 'c'],
      [
        entry('a', { sent: true, status: 'disetujui' }),
        entry('a', { sent: true, status: 'disetujui', maturityClaimed: 500_000 }),
        entry('b'),
        entry('b'),
        entry('b', { sent: true, status: 'disetujui' }),
      ],
      2,
      new Map([['a', 3]]),
    );
    expect(rows[0]).toMatchObject({
      registered: 2,
      sent: 2,
      submitted: 2,
      averageMaturity: 40,
      averageVerified: 10,
      evidenceCompleteness: 75,
      // Both entries are approved, so both are in verification.
      returned: 2,
      waiting: 4,
      meetsTarget: true,
      previousRegistered: 3,
      change: -1,
    });
    // Three registered but only one sent: the target counts what goes to the national assessment.
    expect(rows[1]).toMatchObject({ registered: 3, sent: 1, meetsTarget: false, previousRegistered: 0, change: 3 });
    // Waiting and returned count the approved entry only: a draft's items are not in verification.
    expect(rows[1]).toMatchObject({ returned: 1, waiting: 2 });
    expect(rows[2]).toMatchObject({ registered: 0, averageMaturity: 0, evidenceCompleteness: null, meetsTarget: false });
    expect(opdRows(['a'], [], 2, null)[0]).toMatchObject({ previousRegistered: null, change: null });
    // Nothing sent is never "target met", whatever the target is set to.
    expect(opdRows(['a'], [entry('a'), entry('a')], 0, null)[0]).toMatchObject({ registered: 2, sent: 0, meetsTarget: false });
  });

  it('counts calendar days in WIB', () => {
    expect(todayInWib(new Date('2026-11-23T18:30:00Z'))).toBe('2026-11-24');
    expect(daysUntil('2026-12-01', '2026-11-24')).toBe(7);
    expect(daysUntil('2026-11-20', '2026-11-24')).toBe(-4);
  });
});

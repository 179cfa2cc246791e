import { describe, expect, it } from 'vitest';
import { completeProfile } from './test-helpers';
import { allowedTransitions, nextStatus, submitProblems } from './workflow';

const complete = completeProfile;

describe('entry workflow', () => {
  it('operators submit, heads approve or return', () => {
    expect(nextStatus('submit', 'draft', 'operator_opd')).toBe('diajukan');
    expect(nextStatus('approve', 'diajukan', 'operator_opd')).toBeNull();
    expect(nextStatus('approve', 'diajukan', 'kepala_opd')).toBe('disetujui');
    expect(nextStatus('return', 'disetujui', 'kepala_opd')).toBe('draft');
    expect(nextStatus('submit', 'diajukan', 'operator_opd')).toBeNull();
    expect(allowedTransitions('diajukan', 'verifikator')).toEqual([]);
  });

  it('a complete profile can be submitted; each gap is named', () => {
    expect(submitProblems(complete)).toEqual([]);
    const gaps = submitProblems({ ...complete, jenis: null, rancangBangun: 'terlalu pendek', waktuPenerapan: '2023-01-01' });
    expect(gaps.map((g) => g.field).sort()).toEqual(['jenis', 'rancangBangun', 'waktuPenerapan']);
    expect(gaps.find((g) => g.field === 'rancangBangun')?.params).toEqual({ min: 300, count: 2 });
  });
});

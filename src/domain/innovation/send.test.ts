import { describe, expect, it } from 'vitest';
import { belowThreshold, sendProblem } from './send';
import { completeProfile } from './test-helpers';

const complete = completeProfile;

describe('marking an innovation as sent', () => {
  it('only an approved innovation (in verification) can be sent', () => {
    expect(sendProblem({ ...complete, status: 'disetujui' })).toBeNull();
    expect(sendProblem({ ...complete, status: 'draft' })).toEqual({ code: 'send_not_approved', status: 'draft' });
    expect(sendProblem({ ...complete, status: 'diajukan' })).toEqual({ code: 'send_not_approved', status: 'diajukan' });
  });

  it('an approved innovation whose profile is incomplete cannot be sent; the gaps are named', () => {
    const problem = sendProblem({ ...complete, status: 'disetujui', tujuan: ' ', rancangBangun: 'pendek' });
    expect(problem?.code).toBe('send_profile_incomplete');
    expect(problem?.code === 'send_profile_incomplete' && problem.problems.map((p) => p.field)).toEqual(['tujuan', 'rancangBangun']);
  });

  it('below the threshold only when a threshold is set', () => {
    expect(belowThreshold(59.99, 60)).toBe(true);
    expect(belowThreshold(60, 60)).toBe(false);
    expect(belowThreshold(0, null)).toBe(false);
  });
});

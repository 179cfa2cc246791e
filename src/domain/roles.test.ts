import { describe, expect, it } from 'vitest';
import { type Actor, assignableRoles, can, canAccessOpd, canAccessRegion, placementProblem, ROLES } from './roles';

const actor = (role: Actor['role'], regionId: string | null = 'r1', opdId: string | null = null): Actor => ({ id: 'u', role, regionId, opdId });

describe('roles and scope', () => {
  it('only super admin and admin daerah manage users and the audit trail', () => {
    for (const role of ROLES) {
      const admin = role === 'super_admin' || role === 'admin_daerah';
      expect(can(role, 'user:write')).toBe(admin);
      expect(can(role, 'audit:read')).toBe(admin);
    }
  });

  it('a juri reads nothing of the region organisation', () => {
    expect(can('juri', 'opd:read')).toBe(false);
    expect(can('juri', 'region:read')).toBe(false);
  });

  it('region scope: own region only, except super admin', () => {
    expect(canAccessRegion(actor('admin_daerah'), 'r1')).toBe(true);
    expect(canAccessRegion(actor('admin_daerah'), 'r2')).toBe(false);
    expect(canAccessRegion(actor('super_admin', null), 'r2')).toBe(true);
    expect(canAccessRegion(actor('pimpinan', null), 'r1')).toBe(false);
  });

  it('OPD-bound roles see only their own OPD', () => {
    const op = actor('operator_opd', 'r1', 'o1');
    expect(canAccessOpd(op, { id: 'o1', regionId: 'r1' })).toBe(true);
    expect(canAccessOpd(op, { id: 'o2', regionId: 'r1' })).toBe(false);
    expect(canAccessOpd(actor('verifikator'), { id: 'o2', regionId: 'r1' })).toBe(true);
    expect(canAccessOpd(actor('verifikator'), { id: 'o2', regionId: 'r2' })).toBe(false);
  });

  it('admin daerah cannot grant super admin; others grant nothing', () => {
    expect(assignableRoles(actor('admin_daerah'))).not.toContain('super_admin');
    expect(assignableRoles(actor('super_admin', null))).toContain('super_admin');
    expect(assignableRoles(actor('operator_opd', 'r1', 'o1'))).toEqual([]);
  });

  it('placement: OPD roles need an OPD, region roles a region', () => {
    expect(placementProblem('operator_opd', 'r1', null)).toBe('opd_required_for_role');
    expect(placementProblem('verifikator', null, null)).toBe('region_required_for_role');
    expect(placementProblem('super_admin', null, null)).toBeNull();
    expect(placementProblem('kepala_opd', 'r1', 'o1')).toBeNull();
  });
});

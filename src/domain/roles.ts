// Roles of design.md §1 and what each may do. Pure data + pure checks, shared by server and web.

export const ROLES = ['super_admin', 'admin_daerah', 'verifikator', 'kepala_opd', 'operator_opd', 'pimpinan', 'juri'] as const;
export type Role = (typeof ROLES)[number];

/** Roles bound to one OPD: they never see or change another OPD's data. */
export const OPD_BOUND_ROLES: readonly Role[] = ['kepala_opd', 'operator_opd'];

/** Roles bound to one region. Super admin is not; a juri may be an outsider (region optional). */
export const REGION_BOUND_ROLES: readonly Role[] = ['admin_daerah', 'verifikator', 'kepala_opd', 'operator_opd', 'pimpinan'];

export const PERMISSIONS = [
  'region:list_all',
  'region:create',
  'region:read',
  'region:update',
  'opd:read',
  'opd:write',
  'user:read',
  'user:write',
  'audit:read',
  'framework:read',
  'framework:write',
  'simulation:use',
  'period:read',
  'period:write',
  'innovation:read',
  'innovation:write',
  'innovation:send',
  'evidence:review',
  'evidence:restore',
  'competition:read',
  'competition:manage',
  'competition:enter',
  'competition:judge',
  'catalogue:publish',
  'replication:request',
  'replication:answer',
  'cooperation:write',
  'feedback:moderate',
  'token:manage',
  'import:run',
  'ipkd:read',
  'ipkd:write',
  'ipkd:review',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const REGION_ADMIN: readonly Permission[] = [
  'region:read',
  'region:update',
  'opd:read',
  'opd:write',
  'user:read',
  'user:write',
  'audit:read',
  'framework:read',
  'framework:write',
  'simulation:use',
  'period:read',
  'period:write',
  'innovation:read',
  'innovation:write',
  'innovation:send',
  'evidence:review',
  'evidence:restore',
  'competition:read',
  'competition:manage',
  'competition:enter',
  'catalogue:publish',
  'replication:request',
  'replication:answer',
  'cooperation:write',
  'feedback:moderate',
  'token:manage',
  'import:run',
  'ipkd:read',
  'ipkd:write',
  'ipkd:review',
];

/** Kepala and operator of an OPD: its innovations; it asks to replicate another's and answers requests for its own. */
const OPD_STAFF: readonly Permission[] = [
  'region:read',
  'opd:read',
  'framework:read',
  'period:read',
  'innovation:read',
  'innovation:write',
  'competition:read',
  'competition:enter',
  'replication:request',
  'replication:answer',
];

const GRANTS: Record<Role, readonly Permission[]> = {
  // The platform operator manages regions and their people; frameworks are each region's own business.
  super_admin: [
    'region:list_all',
    'region:create',
    'region:read',
    'region:update',
    'opd:read',
    'opd:write',
    'user:read',
    'user:write',
    'audit:read',
    'framework:read',
  ],
  admin_daerah: REGION_ADMIN,
  verifikator: [
    'region:read',
    'opd:read',
    'framework:read',
    'simulation:use',
    'period:read',
    'innovation:read',
    'evidence:review',
    'competition:read',
    'ipkd:read',
    'ipkd:review',
  ],
  kepala_opd: OPD_STAFF,
  operator_opd: OPD_STAFF,
  pimpinan: ['region:read', 'opd:read', 'framework:read', 'simulation:use', 'period:read', 'innovation:read', 'competition:read', 'ipkd:read'],
  // A judge scores what they are assigned, nothing else of the region (outside judges have no region at all).
  juri: ['competition:judge'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isOpdBound(role: Role): boolean {
  return OPD_BOUND_ROLES.includes(role);
}

/** Roles that sit in an OPD: the OPD-bound ones (always), and a juri from an OPD (optional: it never judges that OPD's entries). */
export function mayHaveOpd(role: Role): boolean {
  return isOpdBound(role) || role === 'juri';
}

export function needsRegion(role: Role): boolean {
  return REGION_BOUND_ROLES.includes(role);
}

/** The identity every scope decision is made from. */
export interface Actor {
  id: string;
  role: Role;
  regionId: string | null;
  opdId: string | null;
}

/** May the actor act inside this region at all? */
export function canAccessRegion(actor: Actor, regionId: string): boolean {
  return actor.role === 'super_admin' || (actor.regionId !== null && actor.regionId === regionId);
}

/** May the actor see this OPD (region scope, and own OPD for OPD-bound roles)? */
export function canAccessOpd(actor: Actor, opd: { id: string; regionId: string }): boolean {
  if (!canAccessRegion(actor, opd.regionId)) return false;
  return !isOpdBound(actor.role) || actor.opdId === opd.id;
}

/** Which roles an actor may grant when creating or editing users. */
export function assignableRoles(actor: Actor): Role[] {
  if (actor.role === 'super_admin') return [...ROLES];
  if (actor.role === 'admin_daerah') return ROLES.filter((r) => r !== 'super_admin');
  return [];
}

/** Where a role must sit: which of region and OPD it needs or must not have. */
export function placementProblem(role: Role, regionId: string | null, opdId: string | null): 'region_required_for_role' | 'opd_required_for_role' | null {
  if (needsRegion(role) && !regionId) return 'region_required_for_role';
  if (isOpdBound(role) && !opdId) return 'opd_required_for_role';
  return null;
}

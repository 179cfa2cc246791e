// Permission and scope checks. The server decides; the UI only hides. plugins/access.ts applies requireUser or
// authorize from each route's declared permission before its handler; handlers add the finer scope checks.
import type { FastifyRequest } from 'fastify';
import { can, canAccessRegion, type Permission } from '../../../domain/roles';
import type { SessionUser } from '../../plugins/session';
import { AppError, forbidden } from './errors';

export function requireUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError(401, request.sessionExpired ? 'session_expired' : 'unauthenticated');
  return request.user;
}

export function authorize(request: FastifyRequest, permission: Permission): SessionUser {
  const user = requireUser(request);
  if (user.mustChangePassword) throw new AppError(403, 'password_change_required');
  if (!can(user.role, permission)) throw forbidden();
  return user;
}

/**
 * The region a request works in: the actor's own, or — for super admin — the one asked for.
 * Asking for another region than one's own is refused.
 */
export function regionInScope(actor: SessionUser, requested: string | undefined): string {
  const regionId = requested ?? actor.regionId;
  if (!regionId) throw new AppError(400, 'validation_failed', {}, { regionId: { code: 'required' } });
  if (!canAccessRegion(actor, regionId)) throw forbidden();
  return regionId;
}

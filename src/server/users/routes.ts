// User accounts: Admin Daerah manages their region's; super admin manages all (incl. region admins).
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { passwordResetResponse, userCreateBody, userCreatedResponse, userListQuery, userPage, userShape, userUpdateBody } from '../../contract/users';
import { assignableRoles, canAccessRegion, mayHaveOpd, placementProblem, type Role } from '../../domain/roles';
import { users } from '../db/schema';
import type { SessionUser } from '../plugins/session';
import { assertAccountFree, clearAccountThrottle, closeOtherSessions, insertAccount, USERNAME_PATTERN } from '../shared/accounts/accounts';
import { assertPasswordAcceptable, passwordContextOf } from '../shared/accounts/password-check';
import { hashPassword } from '../shared/accounts/passwords';
import { generatePassword } from '../shared/accounts/tokens';
import { actionFor, changedOnly, recordAudit } from '../shared/audit/record';
import { fieldError, notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { stripUndefined } from '../shared/http/objects';
import { uuidParam } from '../shared/http/schemas';
import { getUser, listUsers, opdRegion, toUserDto } from './repository';

const tags = ['users'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };

export default async function userRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  /** A user the actor may manage; anyone else is "not found". Region admins never touch super admins. */
  async function managedUser(actor: SessionUser, id: string) {
    const row = await getUser(db, id);
    if (!row) throw notFound();
    if (actor.role !== 'super_admin' && (row.role === 'super_admin' || !row.regionId || !canAccessRegion(actor, row.regionId))) throw notFound();
    return row;
  }

  /** Role, region and OPD must fit together and within what the actor may grant. */
  async function checkPlacement(actor: SessionUser, role: Role, regionId: string | null, opdId: string | null) {
    if (!assignableRoles(actor).includes(role)) throw fieldError({ role: 'role_not_assignable' });
    const problem = placementProblem(role, regionId, opdId);
    if (problem) throw fieldError({ [problem === 'opd_required_for_role' ? 'opdId' : 'regionId']: problem });
    if (opdId && (await opdRegion(db, opdId)) !== regionId) throw fieldError({ opdId: 'opd_not_in_region' });
  }

  app.get(
    '/api/users',
    {
      config: { permission: 'user:read', scope: { kind: 'region', resource: 'region' } },
      schema: { tags, summary: 'List users (server-side paging, search, sort, filters)', querystring: userListQuery, response: { 200: userPage, ...errors } },
    },
    async (request) => {
      const actor = request.actor;
      const regionId = actor.role === 'super_admin' && !request.query.regionId ? undefined : regionInScope(actor, request.query.regionId);
      return listUsers(db, { ...request.query, regionId });
    },
  );

  app.post(
    '/api/users',
    {
      config: { permission: 'user:write', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Create a user; without a password a temporary one is generated and shown once',
        body: userCreateBody,
        response: { 201: userCreatedResponse, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      const body = request.body;
      const regionId = body.role === 'super_admin' ? null : regionInScope(actor, body.regionId ?? undefined);
      const opdId = mayHaveOpd(body.role) ? (body.opdId ?? null) : null;
      if (!USERNAME_PATTERN.test(body.username)) throw fieldError({ username: 'username_format' });
      await checkPlacement(actor, body.role, regionId, opdId);
      if (body.password) await assertPasswordAcceptable('password', body.password, await passwordContextOf(db, { ...body, regionId, opdId }));
      const temporaryPassword = body.password ? null : generatePassword();
      const created = await db.transaction(async (tx) => {
        const row = await insertAccount(tx, {
          username: body.username,
          fullName: body.fullName,
          email: body.email ?? null,
          role: body.role,
          regionId,
          opdId,
          password: body.password ?? (temporaryPassword as string),
          mustChangePassword: true,
        });
        await recordAudit(tx, request, { regionId, entityType: 'user', entityId: row.id, entityLabel: row.username, action: 'create', after: row });
        return row;
      });
      reply.status(201);
      return { user: toUserDto((await getUser(db, created.id))!), temporaryPassword };
    },
  );

  app.get(
    '/api/users/:id',
    {
      config: { permission: 'user:read', scope: { kind: 'region', resource: 'user' } },
      schema: { tags, summary: 'One user', params: uuidParam, response: { 200: userShape, ...errors } },
    },
    async (request) => toUserDto(await managedUser(request.actor, request.params.id)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { permission: 'user:write', scope: { kind: 'region', resource: 'user' } },
      schema: {
        tags,
        summary: 'Edit, change role or OPD, deactivate or reactivate a user',
        params: uuidParam,
        body: userUpdateBody,
        response: { 200: userShape, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const target = await managedUser(actor, request.params.id);
      const patch = stripUndefined(request.body);
      if (target.id === actor.id && patch.active === false) throw fieldError({ active: 'cannot_deactivate_self' });
      if (target.id === actor.id && patch.role && patch.role !== target.role) throw fieldError({ role: 'cannot_change_own_role' });
      const role = (patch.role ?? target.role) as Role;
      const opdId = mayHaveOpd(role) ? (patch.opdId !== undefined ? patch.opdId : target.opdId) : null;
      if (patch.role || patch.opdId !== undefined) await checkPlacement(actor, role, target.regionId, opdId);
      if (patch.email) await assertAccountFree(db, target.username, patch.email, target.id);
      await db.transaction(async (tx) => {
        const [before] = await tx.select().from(users).where(eq(users.id, target.id)).for('update');
        const [after] = await tx
          .update(users)
          .set({ ...patch, email: patch.email === undefined ? before.email : (patch.email?.toLowerCase() ?? null), opdId, updatedAt: new Date() })
          .where(eq(users.id, target.id))
          .returning();
        if (patch.active === false || (patch.role && patch.role !== before.role)) await closeOtherSessions(tx, target.id);
        const diff = changedOnly(before, after);
        if (Object.keys(diff.after).length)
          await recordAudit(tx, request, {
            regionId: target.regionId,
            entityType: 'user',
            entityId: target.id,
            entityLabel: target.username,
            action: actionFor(diff.after),
            ...diff,
          });
      });
      return toUserDto((await getUser(db, target.id))!);
    },
  );

  app.post(
    '/api/users/:id/reset-password',
    {
      config: { permission: 'user:write', scope: { kind: 'region', resource: 'user' } },
      schema: {
        tags,
        summary: 'Give a user a new temporary password (shown once) and unlock the account',
        params: uuidParam,
        response: { 200: passwordResetResponse, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      const target = await managedUser(actor, request.params.id);
      const temporaryPassword = generatePassword();
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true, passwordChangedAt: new Date(), updatedAt: new Date() })
          .where(eq(users.id, target.id));
        await closeOtherSessions(tx, target.id, target.id === actor.id ? request.sessionId : null);
        await clearAccountThrottle(tx, target.id);
        await recordAudit(tx, request, {
          regionId: target.regionId,
          entityType: 'user',
          entityId: target.id,
          entityLabel: target.username,
          action: 'password_reset_by_admin',
        });
      });
      return { temporaryPassword };
    },
  );
}

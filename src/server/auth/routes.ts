// Sign in/out, the current user, password change and reset, two-factor set-up.
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  changePasswordBody,
  forgotPasswordBody,
  loginBody,
  meResponse,
  preferencesBody,
  resetPasswordBody,
  totpCodeBody,
  totpDisableBody,
  totpSetupResponse,
} from '../../contract/auth';
import { errorResponse, okResponse } from '../../contract/common';
import { users } from '../db/schema';
import { SESSION_COOKIE } from '../plugins/session';
import { clearAccountThrottle, closeOtherSessions } from '../shared/accounts/accounts';
import { updateOwnSettings } from '../shared/accounts/own-settings';
import { assertPasswordAcceptable, passwordContextOf } from '../shared/accounts/password-check';
import { hashPassword, verifyDummy, verifyPassword } from '../shared/accounts/passwords';
import { recordAudit } from '../shared/audit/record';
import { AppError, fieldError } from '../shared/http/errors';
import { SecretKeyError } from '../shared/secrets/secret-box';
import { openTotpSecret, sealTotpSecret } from '../shared/secrets/totp-secrets';
import { closeSession, consumeResetToken, createResetToken, findUserByLogin, loadMe, meOf, openSession, recentResetCount, regionActive } from './repository';
import { admitWhenChecked, failed, forgetOldAttempts, passwordProven, signedIn } from './throttle';
import { newTotpSecret, totpEnrolment, verifyTotp } from './totp';

const tags = ['auth'];
const RESET_LINKS_PER_QUARTER_HOUR = 3;

export default async function authRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app;

  /** The user's two-factor seed; a key the server lacks is the operator's to fix, said so, never a crash. */
  const openSecret = (userId: string, stored: string) => {
    try {
      return openTotpSecret(app.secrets, userId, stored);
    } catch (err) {
      if (!(err instanceof SecretKeyError)) throw err;
      app.log.error({ userId }, `two-factor secret unreadable: ${err.message}`);
      throw new AppError(503, 'totp_key_unavailable');
    }
  };

  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
      maxAge: config.sessionMaxDays * 86_400,
    });

  app.post(
    '/api/auth/login',
    {
      config: { permission: 'public', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Sign in with username or e-mail',
        body: loginBody,
        response: { 200: meResponse, 400: errorResponse, 401: errorResponse, 403: errorResponse, 429: errorResponse, 503: errorResponse },
      },
    },
    async (request, reply) => {
      const { username, password, totp } = request.body;
      const user = await findUserByLogin(db, username);
      const verdict = await admitWhenChecked(db, user ? { userId: user.id } : { name: username }, request.ip);
      if (!verdict.ok) {
        reply.header('Retry-After', String(verdict.retryAfterSeconds));
        throw new AppError(429, verdict.reason === 'ip' ? 'ip_throttled' : 'signin_throttled', { minutes: Math.ceil(verdict.retryAfterSeconds / 60) });
      }
      const { gate } = verdict;

      let passwordOk = false;
      if (user) passwordOk = await verifyPassword(user.passwordHash, password);
      else await verifyDummy(password);
      if (!user || !passwordOk) {
        await failed(db, gate);
        await forgetOldAttempts(db);
        throw new AppError(401, 'invalid_credentials');
      }
      // From here the password is known to be right: refusals that are not guesses give the attempt back.
      if (!user.active) {
        await passwordProven(db, gate);
        throw new AppError(403, 'account_inactive');
      }
      if (user.regionId && !(await regionActive(db, user.regionId))) {
        await passwordProven(db, gate);
        throw new AppError(403, 'region_inactive');
      }
      if (user.totpEnabled && user.totpSecret) {
        if (!totp) {
          await passwordProven(db, gate);
          throw new AppError(401, 'totp_required');
        }
        // A wrong code stays counted: codes are guessed like passwords.
        if (!verifyTotp(openSecret(user.id, user.totpSecret), totp)) {
          await failed(db, gate);
          throw new AppError(401, 'totp_invalid');
        }
      }
      await signedIn(db, gate);
      const token = await openSession(db, user.id, config.sessionIdleHours, { ip: request.ip, userAgent: request.headers['user-agent'] });
      await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
      await recordAudit(db, request, {
        regionId: user.regionId,
        entityType: 'session',
        entityId: user.id,
        entityLabel: user.username,
        action: 'login',
        actor: { id: user.id, name: user.username },
      });
      setCookie(reply, token);
      return loadMe(db, user.id);
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { permission: 'public', scope: { kind: 'none' } }, schema: { tags, summary: 'Sign out', response: { 200: okResponse } } },
    async (request, reply) => {
      if (request.sessionId) await closeSession(db, request.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { permission: 'signed_in', scope: { kind: 'self' } },
      schema: { tags, summary: 'The signed-in user, their region, OPD and permissions', response: { 200: meResponse, 401: errorResponse } },
    },
    // The session lookup already read the user, region and OPD: no query here.
    async (request) => meOf(request.actor, request.actor.region, request.actor.opd),
  );

  app.patch(
    '/api/auth/me/preferences',
    {
      config: { permission: 'signed_in', scope: { kind: 'self' } },
      schema: { tags, summary: 'Save the user’s language', body: preferencesBody, response: { 200: meResponse, 401: errorResponse } },
    },
    async (request) => {
      const user = request.actor;
      if (user.locale !== request.body.locale) await updateOwnSettings(db, request, user, { locale: user.locale }, { locale: request.body.locale });
      return loadMe(db, user.id);
    },
  );

  app.post(
    '/api/auth/change-password',
    {
      config: { permission: 'signed_in', scope: { kind: 'self' } },
      schema: { tags, summary: 'Change one’s own password', body: changePasswordBody, response: { 200: okResponse, 400: errorResponse, 401: errorResponse } },
    },
    async (request) => {
      const me = request.actor;
      const [row] = await db.select().from(users).where(eq(users.id, me.id));
      const { currentPassword, newPassword } = request.body;
      if (!(await verifyPassword(row.passwordHash, currentPassword))) throw fieldError({ currentPassword: 'wrong_password' });
      await assertPasswordAcceptable('newPassword', newPassword, await passwordContextOf(db, row));
      if (currentPassword === newPassword) throw fieldError({ newPassword: 'password_reused' });
      await db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() })
          .where(eq(users.id, me.id));
        await closeOtherSessions(tx, me.id, request.sessionId);
        await recordAudit(tx, request, { regionId: me.regionId, entityType: 'user', entityId: me.id, entityLabel: me.username, action: 'password_changed' });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/forgot-password',
    {
      config: { permission: 'public', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'E-mail a reset link (always answers the same, so accounts cannot be discovered)',
        body: forgotPasswordBody,
        response: { 200: okResponse },
      },
    },
    async (request) => {
      const user = await findUserByLogin(db, request.body.identifier);
      // Quietly send nothing more once a few links are out: the answer stays the same either way.
      if (user?.active && (await recentResetCount(db, user.id)) < RESET_LINKS_PER_QUARTER_HOUR) {
        const token = await createResetToken(db, user.id);
        const link = `${config.appUrl}/reset-password?token=${token}`;
        if (user.email) {
          const l = user.locale === 'en' ? 'en' : 'id';
          await app.mailer
            .send({
              to: user.email,
              subject: l === 'en' ? 'Reset your Inovda password' : 'Atur ulang kata sandi Inovda',
              text:
                l === 'en'
                  ? `Hello ${user.fullName},\n\nOpen this link within one hour to choose a new password:\n${link}\n\nIf you did not ask for this, ignore this e-mail.`
                  : `Yth. ${user.fullName},\n\nBuka tautan ini dalam satu jam untuk membuat kata sandi baru:\n${link}\n\nJika Anda tidak memintanya, abaikan e-mail ini.`,
            })
            .catch((err) => request.log.error({ err }, 'reset e-mail failed'));
          if (!app.mailer.configured) request.log.info({ user: user.username }, `password reset link: ${link}`);
        } else {
          request.log.warn({ user: user.username }, `password reset requested for a user without e-mail; link: ${link}`);
        }
        await recordAudit(db, request, {
          regionId: user.regionId,
          entityType: 'user',
          entityId: user.id,
          entityLabel: user.username,
          action: 'password_reset_requested',
          actor: { id: null, name: 'public' },
        });
      }
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/reset-password',
    {
      config: { permission: 'public', scope: { kind: 'none' } },
      schema: { tags, summary: 'Choose a new password with an e-mailed token', body: resetPasswordBody, response: { 200: okResponse, 400: errorResponse } },
    },
    async (request) => {
      const { token, newPassword } = request.body;
      await db.transaction(async (tx) => {
        const userId = await consumeResetToken(tx, token);
        if (!userId) throw fieldError({ token: 'reset_token_invalid' });
        const [u] = await tx.select().from(users).where(eq(users.id, userId));
        await assertPasswordAcceptable('newPassword', newPassword, await passwordContextOf(tx, u));
        await tx
          .update(users)
          .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false, passwordChangedAt: new Date(), updatedAt: new Date() })
          .where(eq(users.id, userId));
        await closeOtherSessions(tx, userId);
        await clearAccountThrottle(tx, u.id);
        await recordAudit(tx, request, {
          regionId: u.regionId,
          entityType: 'user',
          entityId: u.id,
          entityLabel: u.username,
          action: 'password_reset',
          actor: { id: u.id, name: u.username },
        });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: { permission: 'signed_in', scope: { kind: 'self' } },
      schema: { tags, summary: 'Start two-factor set-up: a new secret and its QR code', response: { 200: totpSetupResponse, 401: errorResponse } },
    },
    async (request) => {
      const me = request.actor;
      if (me.totpEnabled) throw new AppError(409, 'conflict');
      const secret = newTotpSecret();
      // Stored (sealed) but not active until a code from it is confirmed.
      await db
        .update(users)
        .set({ totpSecret: sealTotpSecret(app.secrets, me.id, secret), totpEnabled: false, updatedAt: new Date() })
        .where(eq(users.id, me.id));
      return totpEnrolment(secret, me.username);
    },
  );

  app.post(
    '/api/auth/totp/enable',
    {
      config: { permission: 'signed_in', scope: { kind: 'self' } },
      schema: {
        tags,
        summary: 'Confirm a code and switch two-factor sign-in on',
        body: totpCodeBody,
        response: { 200: meResponse, 400: errorResponse, 503: errorResponse },
      },
    },
    async (request) => {
      const me = request.actor;
      const [row] = await db.select().from(users).where(eq(users.id, me.id));
      if (!row.totpSecret) throw fieldError({ code: 'totp_not_started' });
      if (!verifyTotp(openSecret(me.id, row.totpSecret), request.body.code)) throw fieldError({ code: 'totp_invalid' });
      await db.transaction(async (tx) => {
        await tx.update(users).set({ totpEnabled: true, updatedAt: new Date() }).where(eq(users.id, me.id));
        await recordAudit(tx, request, { regionId: me.regionId, entityType: 'user', entityId: me.id, entityLabel: me.username, action: 'totp_enabled' });
      });
      return loadMe(db, me.id);
    },
  );

  app.post(
    '/api/auth/totp/disable',
    {
      config: { permission: 'signed_in', scope: { kind: 'self' } },
      schema: { tags, summary: 'Switch two-factor sign-in off (needs the password)', body: totpDisableBody, response: { 200: meResponse, 400: errorResponse } },
    },
    async (request) => {
      const me = request.actor;
      const [row] = await db.select().from(users).where(eq(users.id, me.id));
      if (!(await verifyPassword(row.passwordHash, request.body.password))) throw fieldError({ password: 'wrong_password' });
      await db.transaction(async (tx) => {
        await tx.update(users).set({ totpEnabled: false, totpSecret: null, updatedAt: new Date() }).where(eq(users.id, me.id));
        await recordAudit(tx, request, { regionId: me.regionId, entityType: 'user', entityId: me.id, entityLabel: me.username, action: 'totp_disabled' });
      });
      return loadMe(db, me.id);
    },
  );
}

// Loads the signed-in user from the session cookie on every request, and picks the request's language.
import { and, eq, gt, sql } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { type Locale, localeFromHeader } from '../../domain/messages';
import type { Actor, Role } from '../../domain/roles';
import { opds, regions, sessions, users } from '../db/schema';
import { hashToken } from '../shared/accounts/tokens';
import { createSessionCache } from './session-cache';

export const SESSION_COOKIE = 'inovda_session';

export interface SessionUser extends Actor {
  username: string;
  fullName: string;
  email: string | null;
  locale: Locale;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  /** Read with the session, so that /api/auth/me needs no query of its own. */
  region: { id: string; name: string; type: 'kota' | 'kabupaten' | 'provinsi' } | null;
  opd: { id: string; name: string; shortName: string } | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionId: string | null;
    /** A cookie was sent but its session is gone or expired. */
    sessionExpired: boolean;
    locale: Locale;
  }
}

// Sliding expiry is written at most this often, so reads stay reads.
const TOUCH_EVERY_MS = 5 * 60_000;

export default fp(async function sessionPlugin(app: FastifyInstance) {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('locale', 'id');

  // Runs on every request: prepared once (PostgreSQL keeps the plan per connection) and only the columns used.
  const lookup = app.db
    .select({
      session: { createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, expiresAt: sessions.expiresAt },
      user: {
        id: users.id,
        role: users.role,
        regionId: users.regionId,
        opdId: users.opdId,
        username: users.username,
        fullName: users.fullName,
        email: users.email,
        locale: users.locale,
        mustChangePassword: users.mustChangePassword,
        totpEnabled: users.totpEnabled,
        active: users.active,
      },
      regionActive: regions.active,
      regionName: regions.name,
      regionType: regions.type,
      opdName: opds.name,
      opdShortName: opds.shortName,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(regions, eq(regions.id, users.regionId))
    .leftJoin(opds, eq(opds.id, users.opdId))
    .where(and(eq(sessions.id, sql.placeholder('id')), gt(sessions.expiresAt, sql.placeholder('now'))))
    .limit(1)
    .prepare('inovda_session_lookup');

  // Sessions looked up are kept while this instance hears every change to them (session-cache.ts).
  type Row = Awaited<ReturnType<typeof lookup.execute>>[number];
  const cache = createSessionCache<Row>();
  const { listen, watchStatements } = app.database;
  if (listen && watchStatements) {
    watchStatements((sql) => cache.sent(sql));
    let heard: () => void = () => {};
    const first = new Promise<void>((resolve) => {
      heard = resolve;
    });
    const stop = listen('inovda_sessions', {
      message: (payload) => cache.heard(payload),
      state: (on) => {
        cache.listening(on);
        if (on) heard();
      },
    });
    app.addHook('onClose', stop);
    // Start with the cache on when the database answers at once; without it requests only look sessions up.
    await Promise.race([first, new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  }

  app.addHook('onRequest', async (request) => {
    request.locale = explicitLocale(request) ?? 'id';
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const id = hashToken(token);
    const now = new Date();
    let row = cache.get(id)?.row;
    if (!row) {
      const mark = cache.mark();
      [row] = await lookup.execute({ id, now });
      if (row) cache.keep(id, { row, expiresAt: row.session.expiresAt }, mark);
    }
    // A deactivated user or region ends the session at once.
    if (!row?.user.active || row.regionActive === false) {
      request.sessionExpired = true;
      return;
    }
    const u = row.user;
    request.sessionId = id;
    request.user = {
      id: u.id,
      role: u.role as Role,
      regionId: u.regionId,
      opdId: u.opdId,
      username: u.username,
      fullName: u.fullName,
      email: u.email,
      locale: u.locale as Locale,
      mustChangePassword: u.mustChangePassword,
      totpEnabled: u.totpEnabled,
      region: u.regionId && row.regionName ? { id: u.regionId, name: row.regionName, type: row.regionType ?? 'kota' } : null,
      opd: u.opdId && row.opdName ? { id: u.opdId, name: row.opdName, shortName: row.opdShortName ?? '' } : null,
    };
    request.locale = explicitLocale(request) ?? request.user.locale;
    if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      const idle = new Date(now.getTime() + app.config.sessionIdleHours * 3_600_000);
      const hardLimit = new Date(row.session.createdAt.getTime() + app.config.sessionMaxDays * 86_400_000);
      await app.db
        .update(sessions)
        .set({ lastSeenAt: now, expiresAt: idle < hardLimit ? idle : hardLimit })
        .where(eq(sessions.id, id));
      // Read again next time, with the expiry just written (the notification says so too, a moment later).
      cache.forget(id);
    }
  });
});

/** Accept-Language wins when it names a language we speak; otherwise the user's own setting applies. */
function explicitLocale(request: FastifyRequest): Locale | undefined {
  const header = request.headers['accept-language'];
  if (!header || !/\b(id|in|en)\b/i.test(header)) return undefined;
  return localeFromHeader(header);
}

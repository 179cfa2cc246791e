// The signed-in user's notifications (read, mark read), their reminder e-mail setting, and a manual run of
// today's reminders for Admin Daerah (they also run by themselves once a day).
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, okResponse } from '../../contract/common';
import { muteBody, notificationList, reminderRun } from '../../contract/reminders';
import { notifications, users } from '../db/schema';
import { updateOwnSettings } from '../shared/accounts/own-settings';
import { notFound } from '../shared/http/errors';
import { regionInScope } from '../shared/http/guard';
import { uuidParam } from '../shared/http/schemas';
import { runReminders } from './run';

const tags = ['reminders'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

export default async function reminderRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app;

  app.get(
    '/api/notifications',
    {
      config: { permission: 'signed_in', scope: { kind: 'self' } },
      schema: {
        tags,
        summary: 'My latest notifications and how many are unread',
        response: { 200: notificationList, ...errors },
      },
    },
    async (request) => {
      const user = request.actor;
      const rows = await db.select().from(notifications).where(eq(notifications.userId, user.id)).orderBy(desc(notifications.createdAt)).limit(30);
      const [{ n }] = await db
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));
      const [me] = await db.select({ muted: users.remindersMuted }).from(users).where(eq(users.id, user.id));
      return {
        unread: n,
        muted: me?.muted ?? false,
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          title: r.title,
          body: r.body,
          link: r.link,
          createdAt: r.createdAt.toISOString(),
          read: Boolean(r.readAt),
        })),
      };
    },
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { permission: 'signed_in', scope: { kind: 'self', resource: 'notification' } },
      schema: { tags, summary: 'Mark one notification read', params: uuidParam, response: { 200: okResponse, ...errors } },
    },
    async (request) => {
      const user = request.actor;
      const done = await db
        .update(notifications)
        .set({ readAt: new Date() })
        .where(and(eq(notifications.id, request.params.id), eq(notifications.userId, user.id)))
        .returning({ id: notifications.id });
      if (!done.length) throw notFound();
      return { ok: true as const };
    },
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: { permission: 'signed_in', scope: { kind: 'self' } },
      schema: { tags, summary: 'Mark all my notifications read', response: { 200: okResponse, ...errors } },
    },
    async (request) => {
      const user = request.actor;
      await db
        .update(notifications)
        .set({ readAt: new Date() })
        .where(and(eq(notifications.userId, user.id), isNull(notifications.readAt)));
      return { ok: true as const };
    },
  );

  app.put(
    '/api/notifications/mute',
    {
      config: { permission: 'signed_in', scope: { kind: 'self' } },
      schema: {
        tags,
        summary: 'Turn my reminder e-mails off (true) or on (false)',
        body: muteBody,
        response: { 200: okResponse, ...errors },
      },
    },
    async (request) => {
      const user = request.actor;
      await updateOwnSettings(db, request, user, {}, { remindersMuted: request.body.muted });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/reminders/run',
    {
      config: { permission: 'period:write', scope: { kind: 'none' } },
      schema: {
        tags,
        summary: 'Raise today’s reminders for my region now (they also run daily by themselves)',
        response: { 200: reminderRun, ...errors },
      },
    },
    async (request) => {
      const actor = request.actor;
      return runReminders(db, app.mailer, app.config.appUrl, new Date(), regionInScope(actor, undefined));
    },
  );
}

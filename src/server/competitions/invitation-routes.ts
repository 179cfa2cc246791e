// Outside judges and reminders. An outside judge (a professor, a journalist) is invited by name: Inovda makes a
// juri account without a region — it can judge only the competitions that invite it — and a link, valid for a
// week, with which they choose their password; the link is e-mailed when SMTP is set up and shown once to the
// admin to pass on. Judges with entries still to score can be reminded (in the app and by e-mail), once a day.
import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common';
import { invitation, inviteBody, reminded, stageParams } from '../../contract/competitions';
import { todayInWib } from '../../domain/monitoring/opd-monitoring';
import { judgingPendingNotice } from '../../domain/reminders/instant';
import { competitionJudges, notifications, users } from '../db/schema';
import { hashPassword } from '../shared/accounts/passwords';
import { createResetToken } from '../shared/accounts/reset-tokens';
import { AppError, conflictOn } from '../shared/http/errors';
import { competitionScope } from '../shared/http/scopes';
import { type PendingMails, sendAfterCommit } from '../shared/notifications/instant';
import { auditCompetition, competitionInScope, stageOf } from './access';
import { stageAssignments, stageJudges, stageScores } from './repository';

const tags = ['competitions'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse };
const INVITATION_MINUTES = 7 * 24 * 60;

/** "Prof. Dr. Laksmi Dewi, M.Si." → "juri.laksmi.dewi": the name's words without titles, lower case. */
export function usernameFor(fullName: string): string {
  const words = fullName
    .split(',')[0]
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !['prof', 'dr', 'ir', 'drs', 'dra', 'h', 'hj'].includes(w));
  return `juri.${words.slice(0, 3).join('.') || 'luar'}`.slice(0, 34);
}

export default async function competitionInvitationRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app;

  app.post(
    '/api/competitions/:id/stages/:stageId/invitations',
    {
      config: { permission: 'competition:manage', scope: competitionScope() },
      schema: {
        tags,
        summary: 'Invite an outside judge to a stage: a juri account for this competition and a one-week link',
        params: stageParams,
        body: inviteBody,
        response: { 201: invitation, ...errors },
      },
    },
    async (request, reply) => {
      const c = await competitionInScope(db, request.actor, request.params.id);
      const { stage } = stageOf(c, request.params.stageId);
      const { fullName, email } = request.body;
      if (email) {
        const [taken] = await db
          .select({ id: users.id })
          .from(users)
          .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
        if (taken) throw conflictOn('email', 'email_taken');
      }
      const base = usernameFor(fullName);
      const result = await db.transaction(async (tx) => {
        // The first free name of base, base2, base3…
        const existing = new Set(
          (
            await tx
              .select({ u: users.username })
              .from(users)
              .where(sql`lower(${users.username}) like ${`${base}%`}`)
          ).map((r) => r.u.toLowerCase()),
        );
        let username = base;
        for (let n = 2; existing.has(username); n++) username = `${base}${n}`;
        const [user] = await tx
          .insert(users)
          .values({
            username,
            fullName,
            email: email ?? null,
            role: 'juri',
            regionId: null,
            // Nobody knows this password: the invitation link is the way in.
            passwordHash: await hashPassword(randomBytes(24).toString('base64url')),
            mustChangePassword: false,
          })
          .returning();
        await tx.insert(competitionJudges).values({ competitionId: c.id, stageId: stage.id, userId: user.id });
        const token = await createResetToken(tx, user.id, INVITATION_MINUTES);
        await auditCompetition(tx, request, c, 'invite_judge', { stage: stage.id, username, fullName });
        return { user, token };
      });
      const link = `${config.appUrl}/reset-password?token=${result.token}&invite=1`;
      let emailed = false;
      if (email && app.mailer.configured) {
        emailed = true;
        app.mailer
          .send({
            to: email,
            subject: `Undangan juri: ${c.name}`,
            text: `Yth. ${fullName},\n\nAnda diundang menjadi juri "${c.name}" (tahap ${stage.name}) di Inovda. Buka tautan ini dalam tujuh hari untuk membuat kata sandi; nama pengguna Anda: ${result.user.username}\n${link}\n`,
          })
          .catch((err: unknown) => request.log.warn({ err, to: email }, 'invitation e-mail failed'));
      }
      reply.status(201);
      return {
        userId: result.user.id,
        username: result.user.username,
        link,
        expiresAt: new Date(Date.now() + INVITATION_MINUTES * 60_000).toISOString(),
        emailed,
      };
    },
  );

  app.post(
    '/api/competitions/:id/stages/:stageId/reminders',
    {
      config: { permission: 'competition:manage', scope: competitionScope() },
      schema: {
        tags,
        summary: 'Remind the judges who still have entries to score (at most once a day each)',
        params: stageParams,
        response: { 200: reminded, ...errors },
      },
    },
    async (request) => {
      const c = await competitionInScope(db, request.actor, request.params.id);
      const { index, stage } = stageOf(c, request.params.stageId);
      if (c.status !== 'judging' || index !== c.currentStage) throw new AppError(409, 'comp_not_current_stage');
      const [judges, assignments, scores] = await Promise.all([
        stageJudges(db, c.id, stage.id),
        stageAssignments(db, c.id, stage.id),
        stageScores(db, c.id, stage.id),
      ]);
      const scored = new Set(scores.map((x) => `${x.judge}|${x.entry}|${x.criterion}`));
      const left = (judge: string) =>
        assignments.filter((a) => a.judge === judge && !stage.criteria.every((k) => scored.has(`${judge}|${a.entry}|${k.id}`))).length;
      const people = await db
        .select({ id: users.id, email: users.email, locale: users.locale, muted: users.remindersMuted, name: users.fullName })
        .from(users)
        .where(and(inArray(users.id, judges.length ? judges.map((j) => j.id) : ['00000000-0000-0000-0000-000000000000']), eq(users.active, true)));
      const day = todayInWib(new Date());
      const link = `/penjurian/${c.id}`;
      const mails: PendingMails = [];
      let count = 0;
      await db.transaction(async (tx) => {
        for (const p of people) {
          const n = left(p.id);
          if (!n) continue;
          const text = judgingPendingNotice(p.locale === 'en' ? 'en' : 'id', c.name, stage.name, n);
          const [row] = await tx
            .insert(notifications)
            .values({
              userId: p.id,
              regionId: c.regionId,
              kind: 'judging_pending',
              subject: `${c.id}:${stage.id}`,
              day,
              title: text.title,
              body: text.body,
              link,
            })
            .onConflictDoNothing()
            .returning({ id: notifications.id });
          if (!row) continue;
          count++;
          if (p.email && !p.muted)
            mails.push({
              to: p.email,
              subject: `Inovda: ${text.title}`,
              lines: [p.locale === 'en' ? `Hello ${p.name},` : `Yth. ${p.name},`, '', text.body, ''],
              link,
            });
        }
        await auditCompetition(tx, request, c, 'remind_judges', { stage: stage.id, reminded: count });
      });
      sendAfterCommit(app.mailer, config.appUrl, request.log, mails);
      return { reminded: count };
    },
  );
}

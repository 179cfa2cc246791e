// Raises notifications at the moment something happens (an item returned, an innovation submitted): the
// in-app rows are written in the caller's transaction, so they exist exactly when the change does; the
// e-mails (only with SMTP configured, never to users who muted them) go out after commit, fire-and-forget,
// with failures logged. Each row carries its own subject, so several can be raised per user and day.

import { and, eq, inArray, ne } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Locale } from '../../../domain/messages';
import { todayInWib } from '../../../domain/monitoring/opd-monitoring';
import type { InstantKind, Notice } from '../../../domain/reminders/instant';
import type { Role } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { notifications, users } from '../../db/schema';
import type { Mail, Mailer } from '../../plugins/mailer';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface InstantNotice {
  regionId: string;
  /** Who receives it: active users of the region with one of these roles (and of this OPD when given). */
  roles: Role[];
  opdId?: string;
  /** Only these users (still of the region, active and of one of the roles): a notice for the person who asked. */
  userIds?: string[];
  /** The person who acted is never notified of their own action. */
  actorId: string;
  kind: InstantKind;
  /** What it is about, unique per event (e.g. entry, indicator and time). */
  subject: string;
  link: string;
  text: (locale: Locale) => Notice;
}

/** E-mails to send once the transaction has committed (the link is made absolute then). */
export type PendingMails = (Omit<Mail, 'text'> & { lines: string[]; link: string })[];

export async function raiseInstantly(tx: Db | Tx, n: InstantNotice, now = new Date()): Promise<PendingMails> {
  const people = await tx
    .select({ id: users.id, locale: users.locale, email: users.email, muted: users.remindersMuted, name: users.fullName })
    .from(users)
    .where(
      and(
        eq(users.regionId, n.regionId),
        eq(users.active, true),
        inArray(users.role, n.roles),
        n.opdId ? eq(users.opdId, n.opdId) : undefined,
        n.userIds ? inArray(users.id, n.userIds) : undefined,
        ne(users.id, n.actorId),
      ),
    );
  if (!people.length) return [];
  const day = todayInWib(now);
  const texts = people.map((p) => ({ person: p, ...n.text(p.locale === 'en' ? 'en' : 'id') }));
  await tx
    .insert(notifications)
    .values(
      texts.map((t) => ({ userId: t.person.id, regionId: n.regionId, kind: n.kind, subject: n.subject, day, title: t.title, body: t.body, link: n.link })),
    )
    .onConflictDoNothing();
  return texts
    .filter((t) => t.person.email && !t.person.muted)
    .map((t) => ({
      to: t.person.email as string,
      subject: `Inovda: ${t.title}`,
      lines: [t.person.locale === 'en' ? `Hello ${t.person.name},` : `Yth. ${t.person.name},`, '', t.body, ''],
      link: n.link,
    }));
}

/** Sends the e-mails after commit without holding up the response; a failure is logged, never thrown. */
export function sendAfterCommit(mailer: Mailer, appUrl: string, log: FastifyBaseLogger, mails: PendingMails) {
  if (!mailer.configured || !mails.length) return;
  for (const { lines, link, ...mail } of mails)
    mailer
      .send({ ...mail, text: [...lines, `${appUrl}${link}`].join('\n') })
      .catch((err: unknown) => log.warn({ err, to: mail.to }, 'instant notification e-mail failed'));
}

// Raises today's reminders: in-app notifications (one of a kind per user and day) and one e-mail digest per
// user who has not muted them. Safe to run from several instances or twice a day: the unique index keeps
// notifications single, and only newly raised ones are e-mailed.
import { and, eq, sql } from 'drizzle-orm';
import { daysUntil, todayInWib } from '../../domain/monitoring/opd-monitoring';
import { type Deadline, type OpdTodo, remindersFor } from '../../domain/reminders/reminders';
import type { Role } from '../../domain/roles';
import type { Db } from '../db/client';
import { appMeta, innovationEntries, notifications, periods, regions, users } from '../db/schema';
import type { Mailer } from '../plugins/mailer';
import { liveEntry } from '../shared/entries/live-entry';

export interface ReminderRun {
  notifications: number;
  emails: number;
}

export async function runReminders(db: Db, mailer: Mailer, appUrl: string, now = new Date(), onlyRegion?: string): Promise<ReminderRun> {
  const today = todayInWib(now);
  const open = await db
    .select()
    .from(periods)
    .where(and(eq(periods.status, 'open'), onlyRegion ? eq(periods.regionId, onlyRegion) : undefined));
  let created = 0;
  let emails = 0;
  for (const period of open) {
    const todos = (
      await db
        .select({
          opdId: innovationEntries.opdId,
          returned: sql<number>`coalesce(sum((${innovationEntries.reviewSummary}->>'dikembalikan')::int), 0)`.mapWith(Number),
          missingEvidence: sql<number>`coalesce(sum((${innovationEntries.reviewSummary}->>'missingEvidence')::int), 0)`.mapWith(Number),
        })
        .from(innovationEntries)
        .where(and(eq(innovationEntries.periodId, period.id), liveEntry))
        .groupBy(innovationEntries.opdId)
    ).filter((t): t is OpdTodo => t.returned > 0 || t.missingEvidence > 0);
    const deadlines: Deadline[] = (
      [
        ['internal', period.internalDeadline],
        ['closes', period.penjaringanClosesOn],
      ] as const
    )
      .filter((d): d is readonly ['internal' | 'closes', string] => Boolean(d[1]))
      .map(([key, date]) => ({ key, date, days: daysUntil(date, today) }));
    const people = await db
      .select({
        id: users.id,
        role: users.role,
        opdId: users.opdId,
        locale: users.locale,
        email: users.email,
        muted: users.remindersMuted,
        name: users.fullName,
      })
      .from(users)
      .innerJoin(regions, eq(regions.id, users.regionId))
      .where(and(eq(users.regionId, period.regionId), eq(users.active, true), eq(regions.active, true)));
    const reminders = remindersFor(
      people.map((p) => ({ id: p.id, role: p.role as Role, opdId: p.opdId, locale: p.locale === 'en' ? 'en' : 'id' })),
      todos,
      deadlines,
    );
    if (!reminders.length) continue;
    const inserted = await db
      .insert(notifications)
      .values(reminders.map((r) => ({ ...r, regionId: period.regionId, day: today })))
      .onConflictDoNothing()
      .returning({ userId: notifications.userId, title: notifications.title, body: notifications.body, link: notifications.link });
    created += inserted.length;
    // One digest per person, listing only what was newly raised today.
    const byUser = new Map<string, typeof inserted>();
    for (const n of inserted) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n]);
    for (const [userId, items] of byUser) {
      const person = people.find((p) => p.id === userId);
      if (!person?.email || person.muted) continue;
      const en = person.locale === 'en';
      await mailer.send({
        to: person.email,
        subject: en ? `Inovda: ${items.length} reminder(s)` : `Inovda: ${items.length} pengingat`,
        text: [
          en ? `Hello ${person.name},` : `Yth. ${person.name},`,
          '',
          ...items.flatMap((n) => [`• ${n.title}`, `  ${n.body}`, `  ${appUrl}${n.link ?? ''}`, '']),
          // The switch lives in the bell's menu (there is none on the account page).
          en
            ? 'To stop these e-mails, open the bell (Notifications) in Inovda and switch on "No reminder e-mails".'
            : 'Untuk menghentikan e-mail ini, buka ikon lonceng (Pemberitahuan) di Inovda dan aktifkan "Jangan kirim e-mail pengingat".',
        ].join('\n'),
      });
      emails++;
    }
  }
  return { notifications: created, emails };
}

/** Runs once per WIB day across all instances (the first to take the row lock after 07.00 WIB does it). */
export async function runDailyIfDue(db: Db, mailer: Mailer, appUrl: string, now = new Date()): Promise<ReminderRun | null> {
  const today = todayInWib(now);
  const hourWib = (now.getUTCHours() + 7) % 24;
  if (hourWib < 7) return null;
  return db.transaction(async (tx) => {
    await tx.insert(appMeta).values({ key: 'reminders_last_day', value: '' }).onConflictDoNothing();
    const [meta] = await tx.select().from(appMeta).where(eq(appMeta.key, 'reminders_last_day')).for('update');
    if (meta?.value === today) return null;
    const result = await runReminders(tx as unknown as Db, mailer, appUrl, now);
    await tx.update(appMeta).set({ value: today, updatedAt: new Date() }).where(eq(appMeta.key, 'reminders_last_day'));
    return result;
  });
}

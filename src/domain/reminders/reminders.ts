// Who should be reminded of what today (pure): operators and heads of an OPD about returned items and
// answers without evidence; Admin Daerah about deadlines close ahead. Texts in the user's language.
import type { Locale } from '../messages';
import { englishDate, indonesianDate } from '../reports/indonesian-date';
import type { Role } from '../roles';
import type { ReminderKind } from './notification-kinds';

export interface ReminderUser {
  id: string;
  role: Role;
  opdId: string | null;
  locale: Locale;
}

export interface OpdTodo {
  opdId: string;
  returned: number;
  missingEvidence: number;
}

export interface Deadline {
  key: 'internal' | 'closes';
  date: string;
  days: number;
}

export interface Reminder {
  userId: string;
  kind: ReminderKind;
  title: string;
  body: string;
  link: string;
}

/** Deadlines this close (in days) or closer are reminded every day until they pass. */
export const DEADLINE_WARNING_DAYS = 7;

const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

const TEXT = {
  id: {
    returned: (n: number) => [
      `${n} item dikembalikan verifikator`,
      `Ada ${n} jawaban indikator yang dikembalikan dengan catatan. Perbaiki bukti dukungnya agar dapat diverifikasi ulang.`,
    ],
    missing: (n: number) => [
      `${n} jawaban tanpa bukti dukung`,
      `Ada ${n} indikator yang sudah dijawab tetapi belum memiliki bukti dukung; nilainya tidak dihitung.`,
    ],
    deadline: (d: Deadline) => [
      `${d.key === 'internal' ? 'Batas internal' : 'Penjaringan ditutup'} ${d.days === 0 ? 'hari ini' : d.days === 1 ? 'besok' : `${d.days} hari lagi`}`,
      `Tenggat ${d.key === 'internal' ? 'internal' : 'penjaringan'} jatuh pada ${indonesianDate(d.date)}. Periksa antrean verifikasi dan inovasi yang belum diajukan.`,
    ],
  },
  en: {
    returned: (n: number) => [
      `${n} ${plural(n, 'item', 'items')} returned by verifiers`,
      `${n} indicator ${plural(n, 'answer was', 'answers were')} returned with a note. Fix their evidence so they can be verified again.`,
    ],
    missing: (n: number) => [
      `${n} ${plural(n, 'answer', 'answers')} without evidence`,
      `${n} answered ${plural(n, 'indicator has', 'indicators have')} no evidence yet; they do not count.`,
    ],
    deadline: (d: Deadline) => [
      `${d.key === 'internal' ? 'Internal deadline' : 'Penjaringan closes'} ${d.days === 0 ? 'today' : d.days === 1 ? 'tomorrow' : `in ${d.days} days`}`,
      `The ${d.key === 'internal' ? 'internal' : 'penjaringan'} deadline is ${englishDate(d.date)}. Check the verification queue and innovations not yet submitted.`,
    ],
  },
} as const;

export function remindersFor(users: ReminderUser[], todos: OpdTodo[], deadlines: Deadline[]): Reminder[] {
  const byOpd = new Map(todos.map((t) => [t.opdId, t]));
  const out: Reminder[] = [];
  for (const u of users) {
    const text = TEXT[u.locale] ?? TEXT.id;
    if ((u.role === 'operator_opd' || u.role === 'kepala_opd') && u.opdId) {
      const todo = byOpd.get(u.opdId);
      if (todo?.returned) {
        const [title, body] = text.returned(todo.returned);
        // The home page lists exactly these items with their notes (the dashboard counts the whole region).
        out.push({ userId: u.id, kind: 'returned', title, body, link: '/' });
      }
      if (todo?.missingEvidence) {
        const [title, body] = text.missing(todo.missingEvidence);
        out.push({ userId: u.id, kind: 'missing_evidence', title, body, link: '/innovations' });
      }
    }
    if (u.role === 'admin_daerah') {
      const soon = deadlines.filter((d) => d.days >= 0 && d.days <= DEADLINE_WARNING_DAYS).sort((a, b) => a.days - b.days)[0];
      if (soon) {
        const [title, body] = text.deadline(soon);
        out.push({ userId: u.id, kind: 'deadline', title, body, link: '/dasbor' });
      }
    }
  }
  return out;
}

// The entry workflow before verification: draft → diajukan (operator) → disetujui (Kepala OPD).
// Who may move an entry, and what a complete profile needs before it is submitted.
import type { Role } from '../roles';
import { RANCANG_BANGUN_MIN_WORDS, wordCount } from './profile';

export const ENTRY_STATUSES = ['draft', 'diajukan', 'disetujui'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export type Transition = 'submit' | 'approve' | 'return';

const MOVES: Record<Transition, { from: EntryStatus[]; to: EntryStatus; roles: Role[] }> = {
  submit: { from: ['draft'], to: 'diajukan', roles: ['operator_opd', 'kepala_opd', 'admin_daerah'] },
  approve: { from: ['diajukan'], to: 'disetujui', roles: ['kepala_opd', 'admin_daerah'] },
  return: { from: ['diajukan', 'disetujui'], to: 'draft', roles: ['kepala_opd', 'admin_daerah'] },
};

export function nextStatus(transition: Transition, from: string, role: Role): EntryStatus | null {
  const move = MOVES[transition];
  return move.from.includes(from as EntryStatus) && move.roles.includes(role) ? move.to : null;
}

export function allowedTransitions(status: string, role: Role): Transition[] {
  return (Object.keys(MOVES) as Transition[]).filter((t) => nextStatus(t, status, role));
}

/** The profile can only be edited while it is a draft (a head returns it to draft for corrections). */
export const isEditable = (status: string) => status === 'draft';

/**
 * Answers and evidence can change in a draft and, once approved, during verification (to fix returned
 * items; a change sends the item back to "menunggu verifikasi"). Not while the head is deciding.
 */
export const answersEditable = (status: string) => status === 'draft' || status === 'disetujui';

/** Verifiers review the items of approved entries only. */
export const reviewable = (status: string) => status === 'disetujui';

export interface SubmitProfile {
  name: string | null;
  tahapan: string | null;
  inisiatorType: string | null;
  jenis: string | null;
  bentuk: string | null;
  urusanUtama: string | null;
  waktuUjiCoba: string | null;
  waktuPenerapan: string | null;
  rancangBangun: string | null;
  tujuan: string | null;
  manfaat: string | null;
  hasil: string | null;
}

export type SubmitProblem = {
  field: keyof SubmitProfile;
  code: 'required' | 'rancang_bangun_too_short' | 'dates_out_of_order';
  params?: Record<string, number>;
};

/** What stops an entry from being submitted, field by field. */
export function submitProblems(p: SubmitProfile): SubmitProblem[] {
  const problems: SubmitProblem[] = [];
  for (const field of ['name', 'tahapan', 'inisiatorType', 'jenis', 'bentuk', 'urusanUtama', 'tujuan', 'manfaat', 'hasil'] as const)
    if (!p[field]?.trim()) problems.push({ field, code: 'required' });
  if (p.tahapan === 'penerapan' && !p.waktuPenerapan) problems.push({ field: 'waktuPenerapan', code: 'required' });
  if (p.tahapan === 'uji_coba' && !p.waktuUjiCoba) problems.push({ field: 'waktuUjiCoba', code: 'required' });
  if (p.waktuUjiCoba && p.waktuPenerapan && p.waktuPenerapan < p.waktuUjiCoba) problems.push({ field: 'waktuPenerapan', code: 'dates_out_of_order' });
  const words = wordCount(p.rancangBangun);
  if (words < RANCANG_BANGUN_MIN_WORDS)
    problems.push({ field: 'rancangBangun', code: 'rancang_bangun_too_short', params: { min: RANCANG_BANGUN_MIN_WORDS, count: words } });
  return problems;
}

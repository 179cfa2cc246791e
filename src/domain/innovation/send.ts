// Marking an innovation "dikirim" (sent to the national portal): only an innovation its Kepala OPD approved
// (in verification) with a complete profile may be sent; un-sending is always possible.
import { type SubmitProblem, type SubmitProfile, submitProblems } from './workflow';

export type SendProblem = { code: 'send_not_approved'; status: string } | { code: 'send_profile_incomplete'; problems: SubmitProblem[] };

/** Why this entry cannot be marked as sent, or null when it can. */
export function sendProblem(entry: SubmitProfile & { status: string }): SendProblem | null {
  // "disetujui" is the one status at or past the Kepala's approval (verification happens in it).
  if (entry.status !== 'disetujui') return { code: 'send_not_approved', status: entry.status };
  const problems = submitProblems(entry);
  return problems.length ? { code: 'send_profile_incomplete', problems } : null;
}

/** Below the period's maturity threshold (none set: never). The admin confirms such a send after seeing its effect. */
export const belowThreshold = (maturity: number, threshold: number | null) => threshold !== null && maturity < threshold;

/** Profile field names as the form shows them, for the server's refusal message. */
export const PROFILE_FIELD_LABELS: Record<keyof SubmitProfile, { id: string; en: string }> = {
  name: { id: 'Nama inovasi', en: 'Innovation name' },
  tahapan: { id: 'Tahapan', en: 'Stage' },
  inisiatorType: { id: 'Inisiator', en: 'Initiator' },
  jenis: { id: 'Jenis', en: 'Type' },
  bentuk: { id: 'Bentuk', en: 'Form' },
  urusanUtama: { id: 'Urusan utama', en: 'Main urusan' },
  waktuUjiCoba: { id: 'Waktu uji coba', en: 'Trial date' },
  waktuPenerapan: { id: 'Waktu penerapan', en: 'Implementation date' },
  rancangBangun: { id: 'Rancang bangun', en: 'Design text' },
  tujuan: { id: 'Tujuan', en: 'Objectives' },
  manfaat: { id: 'Manfaat', en: 'Benefits' },
  hasil: { id: 'Hasil', en: 'Results' },
};

// The length rules of the innovation profile, shared by the server's schema and the form, so the form can
// hold back a value the server would refuse (and say why on the field) instead of sending it.

/** Longest value, in characters, of each text field of the profile (rancang bangun: its HTML). */
export const PROFILE_TEXT_MAX = {
  name: 300,
  inisiatorName: 300,
  rancangBangun: 200_000,
  tujuan: 20_000,
  manfaat: 20_000,
  hasil: 20_000,
  lokasi: 500,
  haki: 2_000,
  penghargaan: 5_000,
} as const;

export type ProfileTextField = keyof typeof PROFILE_TEXT_MAX;

export type ProfileFieldProblem = { code: 'required' } | { code: 'too_long'; params: { max: number } };

const isTextField = (key: string): key is ProfileTextField => key in PROFILE_TEXT_MAX;

/** Why a value of a profile field cannot be saved, or null. Only the name is required (a draft may be empty). */
export function profileFieldProblem(key: string, value: unknown): ProfileFieldProblem | null {
  const text = typeof value === 'string' ? value : '';
  if (key === 'name' && !text.trim()) return { code: 'required' };
  // The server trims the name before measuring it; the other texts are stored as typed.
  const length = key === 'name' ? text.trim().length : text.length;
  if (isTextField(key) && length > PROFILE_TEXT_MAX[key]) return { code: 'too_long', params: { max: PROFILE_TEXT_MAX[key] } };
  return null;
}

// A citizen's comment as the public page shows it: e-mail addresses, telephone numbers and NIK masked, so a
// comment never publishes anyone's contact details (the moderator sees the comment as written).
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const NIK = /\b\d{16}\b/g;
const PHONE = /(?:\+62|\b62|\b0)[\s.-]?8\d(?:[\s.-]?\d){6,11}\b/g;

export function visibleComment(text: string): string {
  return text.replace(EMAIL, '[surel disembunyikan]').replace(NIK, '[NIK disembunyikan]').replace(PHONE, '[nomor disembunyikan]');
}

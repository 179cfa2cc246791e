// Reads what a document's text says about itself: kind, number, date, signatory, counts. Pure and fast: it runs
// again at every read, so a better detector improves old readings without re-reading files. Headings are read from
// the first lines, the signature from the "Ditetapkan di … pada tanggal …" block (else the last title block).
import { countEvents, countOrganisations, countPeople } from './counts';
import { findDates, yearsIn } from './dates';
import { serviceDaysOf } from './service-days';
import { cleanLines, upperFixed } from './text-views';
import type { DocumentFacts, DocumentKind, Issuer } from './types';

/** Lines read for the heading (a letterhead, the title, the number, "TENTANG" and the subject). */
const HEAD_LINES = 45;
/** Longest line read for headings and signatures. */
const MAX_LINE = 400;

const REGIONAL_HEAD = /\b(?:BUPATI|WALI ?KOTA|GUBERNUR)\b/;
const AGENCY_HEAD = /\b(?:KEPALA|SEKRETARIS|DIREKTUR|CAMAT|INSPEKTUR|LURAH|PLT\.?|PLH\.?)\b/;

interface Heading {
  kind: DocumentKind | null;
  /** Index of the title line in the lines. */
  at: number;
}

/** A short line with "Nomor …" right below it is a title even in lower case ("Keputusan Bupati Mojokerto"). */
const numberedBelow = (lines: string[], k: number) =>
  lines[k].length < 80 && lines.slice(k + 1, k + 3).some((l) => /^(?:n[o0]m[o0]r|no\.)\s*[:.]?\s*\S*\d/i.test(l));

/** The legal or document form named by the title line. */
function headingKind(lines: string[]): Heading {
  const n = Math.min(lines.length, HEAD_LINES);
  for (let k = 0; k < n; k++) {
    // Titles are written in capitals ("Keputusan ini mulai berlaku …" in a body is no title); a title broken after
    // its first word ("KEPUTUSAN" / "BUPATI MOJOKERTO") is read as one line.
    if (/[a-z]/.test(lines[k].slice(0, 9)) && !/^(?:hal|perihal)\b/i.test(lines[k]) && !numberedBelow(lines, k)) continue;
    // OCR leaves specks before a title ("| KEPUTUSAN", "~SURAT TUGAS").
    let u = upperFixed(lines[k])
      .replace(/^[^A-Z0-9]+/, '')
      .replace(/^SURAT (?=KEPUTUSAN\b)/, '');
    if (/^(?:SALINAN\s+)?(?:KEPUTUSAN|PERATURAN)$/.test(u) && k + 1 < lines.length) u = `${u} ${upperFixed(lines[k + 1])}`;
    if (/^(?:SALINAN\s+)?PERATURAN DAERAH\b/.test(u)) return { kind: 'perda', at: k };
    if (/^(?:SALINAN\s+)?PERATURAN (?:BUPATI|WALI ?KOTA|GUBERNUR)\b/.test(u)) return { kind: 'perkada', at: k };
    if (/^(?:SALINAN\s+)?KEPUTUSAN (?:BUPATI|WALI ?KOTA|GUBERNUR)\b/.test(u)) return { kind: 'sk_kepala_daerah', at: k };
    if (/^(?:SALINAN\s+)?KEPUTUSAN\b/.test(u) && !/^KEPUTUSAN\s*:/.test(u)) return { kind: 'sk_kepala_perangkat_daerah', at: k };
    if (/^SURAT (?:TUGAS|PERINTAH(?: TUGAS)?|PENUGASAN)\b/.test(u)) return { kind: 'surat_tugas', at: k };
    if (/^(?:PERJANJIAN KERJA ?SAMA|NOTA KESEPAKATAN|KESEPAKATAN BERSAMA|MEMORANDUM OF UNDERSTANDING|PERJANJIAN KERJASAMA)\b/.test(u))
      return { kind: 'kerja_sama', at: k };
    if (/^(?:STANDAR OPERASIONAL PROSEDUR|STANDAR OPERASIONAL PELAYANAN|STANDARD OPERATING PROCEDURE|SOP\b)/.test(u)) return { kind: 'sop', at: k };
    if (/^DAFTAR HADIR\b|^DAFTAR ABSENSI\b|^ABSENSI PESERTA\b/.test(u)) return { kind: 'daftar_hadir', at: k };
    if (/^(?:SERTIFIKAT|PIAGAM(?: PENGHARGAAN)?|CERTIFICATE)\b/.test(u)) return { kind: 'sertifikat', at: k };
    if (/^UNDANGAN\b|^(?:PERIHAL|HAL)\s*:\s*UNDANGAN\b/.test(u)) return { kind: 'undangan', at: k };
    if (/^(?:DOKUMEN PELAKSANAAN ANGGARAN|DPA\b|RENCANA KERJA DAN ANGGARAN|RKA\b|RINCIAN ANGGARAN)/.test(u)) return { kind: 'anggaran', at: k };
    if (
      /^(?:RENCANA KERJA PEMERINTAH DAERAH|RKPD\b|PERUBAHAN RENCANA KERJA PEMERINTAH DAERAH|RENCANA KERJA ANGGARAN SEKOLAH|RKAS\b|RENCANA USULAN KEGIATAN|RENCANA BISNIS (?:DAN )?ANGGARAN|RENCANA KERJA PEMERINTAH DESA|RKP ?DES\b)/.test(
        u,
      )
    )
      return { kind: 'rkpd', at: k };
  }
  return { kind: null, at: -1 };
}

const SUBJECT_END =
  /^(?:DENGAN RAHMAT|MENIMBANG|MENGINGAT|MEMPERHATIKAN|BUPATI|WALI ?KOTA|GUBERNUR|KEPALA|MEMUTUSKAN|MENETAPKAN|DITETAPKAN|DIKELUARKAN|PADA TANGGAL|A\.?\s?N\.?\s|PASAL\b|BAB\b|KESATU|NOMOR|PIHAK|PADA HARI)/;

/** The subject ("TENTANG" and the lines after it up to "DENGAN RAHMAT" / "Menimbang" / the signature). */
function subjectOf(lines: string[], from: number): string | null {
  const n = Math.min(lines.length, from + 20);
  for (let k = Math.max(0, from); k < n; k++) {
    const u = upperFixed(lines[k]);
    const m = /^TENTANG\b\s*:?\s*(.*)$/.exec(u);
    if (!m) continue;
    const parts = [m[1]];
    for (let j = k + 1; j < Math.min(lines.length, k + 6); j++) {
      const v = upperFixed(lines[j]);
      if (!v || SUBJECT_END.test(v) || findDates(v).length) break;
      parts.push(v);
    }
    const subject = parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, 300);
    return subject || null;
  }
  return null;
}

/** A subject that says what the document is, whatever its legal form: the RKPD set by a Perbup is an RKPD. */
function subjectKind(subject: string | null): DocumentKind | null {
  if (!subject) return null;
  if (/RENCANA KERJA PEMERINTAH DAERAH|\bRKPD\b/.test(subject)) return 'rkpd';
  if (/PENJABARAN (?:ANGGARAN|APBD)|ANGGARAN PENDAPATAN DAN BELANJA/.test(subject)) return 'anggaran';
  if (/STANDAR OPERASIONAL PROSEDUR|\bSOP\b|STANDAR PELAYANAN/.test(subject)) return 'sop';
  return null;
}

const NEWS =
  /\b(?:Baca [Jj]uga|Reporter\s*:|Editor\s*:|Penulis\s*:|Jurnalis\s*:|Kompas\.com|detik(?:com|\.com)|ANTARA\b|Tribun\w*|Liputan6|CNN Indonesia|Okezone|Sindonews|WIB\b)/g;

/** Kinds told by the body when the heading says nothing: news pages, SOP tables, budget tables, attendance sheets. */
function bodyKind(text: string, head: string): DocumentKind | null {
  const news = text.slice(0, 20_000).match(NEWS)?.length ?? 0;
  if (news >= 2) return 'berita';
  const u = head.toUpperCase();
  if (/STANDAR OPERASIONAL PROSEDUR|\bSOP\b/.test(u) && /MUTU BAKU|PELAKSANA|WAKTU/i.test(text.slice(0, 30_000))) return 'sop';
  if (/RENCANA KERJA PEMERINTAH DAERAH|\bRKPD\b|\bRKAS\b|\bRKPDES\b/.test(u)) return 'rkpd';
  if (/DOKUMEN PELAKSANAAN ANGGARAN|\bDPA\b|RENCANA KERJA DAN ANGGARAN|\bAPBD\b|\bBOSP?\b|\bBOK\b/.test(u)) return 'anggaran';
  if (/DAFTAR HADIR/.test(u)) return 'daftar_hadir';
  if (/\bUNDANGAN\b/.test(u)) return 'undangan';
  if (/SERTIFIKAT|PIAGAM/.test(u)) return 'sertifikat';
  if (/PERJANJIAN KERJA ?SAMA|NOTA KESEPAKATAN|MEMORANDUM OF UNDERSTANDING/.test(u)) return 'kerja_sama';
  if (news === 1) return 'berita';
  return null;
}

/** "NOMOR : 188.45/123/KEP/417.302/2025" or "NOMOR 12 TAHUN 2025", as written, from the heading. */
function numberOf(lines: string[], from: number): string | null {
  // A letter has its "Nomor" above the "Hal : Undangan" line; a decree below its title.
  const start = Math.max(0, from - 8);
  const n = Math.min(lines.length, Math.max(from, 0) + 12, HEAD_LINES + 12);
  for (let k = start; k < n; k++) {
    const u = upperFixed(lines[k].slice(0, 4)) + lines[k].slice(4);
    const m = /^(?:NOMOR|NO\.)\s*[:.]?\s*(.+)$/i.exec(u) ?? /\bN[O0]M[O0]R\s*[:.]?\s*([0-9][^\s].*)$/i.exec(lines[k]);
    if (!m) continue;
    const value = m[1].replace(/\s+TENTANG\b.*$/i, '').trim();
    if (/\d/.test(value) && value.length <= 80) return value.replace(/\s*([/.-])\s*/g, '$1').replace(/\s+/g, ' ');
  }
  return null;
}

interface Signature {
  date: string | null;
  /** The year on the signing line when its day is unreadable ("pada tanggal 109 Januari 2025" from OCR). */
  year?: number;
  title: string | null;
  onBehalfOf: string | null;
}

const TITLE_LINE = /^(?:a\.?\s?n\.?|plt\.?|plh\.?|u\.?b\.?)?\s*[A-Z][A-Z .,'()/&-]{2,}$/;
const TITLE_WORD =
  /\b(?:BUPATI|WALI ?KOTA|GUBERNUR|KEPALA|SEKRETARIS|DIREKTUR|CAMAT|INSPEKTUR|LURAH|KETUA|PIMPINAN|PLT|PLH|DAERAH|DINAS|BADAN|KABUPATEN|KOTA|PROVINSI|KECAMATAN|PUSKESMAS|UPTD|RSUD|BIDANG|BAGIAN|PERANGKAT)\b/;

/**
 * Where a title block without its closing comma ends: "ttd.", a seal, or the signer's name — a degree ("dr.",
 * ", M.M.") or a NIP / rank line right below it.
 */
function looksLikeName(lines: string[], k: number): boolean {
  const line = lines[k];
  if (/^(?:ttd|t\.t\.d|dto|cap|materai|meterai)\b/i.test(line)) return true;
  if (/^(?:dr|drs|dra|drg|ir|h|hj|prof)\.?\s/i.test(line) || /,\s*(?:S|M|Dr|Ir|A\.?Md)\.\s?\S/i.test(line)) return true;
  return lines.slice(k + 1, k + 3).some((l) => /^(?:NIP|NIK|NRP|Pembina|Penata|Pengatur|Juru)\b/i.test(l));
}

/** The title block: lines after the place/date up to the one ending in a comma ("BUPATI MOJOKERTO,"). */
function titleBlock(lines: string[], from: number): { title: string | null; onBehalfOf: string | null } {
  const parts: string[] = [];
  let onBehalfOf: string | null = null;
  for (let k = from; k < Math.min(lines.length, from + 6); k++) {
    const raw = lines[k];
    if (!raw) continue;
    const u = upperFixed(raw);
    if (!TITLE_LINE.test(u) || !(TITLE_WORD.test(u) || parts.length) || (!TITLE_WORD.test(u) && looksLikeName(lines, k))) break;
    const an = /^A\.?\s?N\.?\s*(.+?),?$/.exec(u);
    if (an) onBehalfOf = an[1].replace(/[,.]+$/, '').trim();
    else parts.push(u.replace(/^(?:PLT|PLH|U\.?B)\.?\s*/, (p) => `${p.replace(/\s+$/, '')} `).replace(/[,.]+$/, ''));
    if (/,\s*$/.test(raw)) break;
  }
  return { title: parts.length ? parts.join(' ').replace(/\s+/g, ' ').trim() : onBehalfOf, onBehalfOf: parts.length ? onBehalfOf : null };
}

/** The "Ditetapkan di … pada tanggal …" block (or "Dikeluarkan di", or "Mojokerto, 3 Januari 2025"). */
function signatureOf(lines: string[]): Signature {
  const found: number[] = [];
  for (let k = 0; k < lines.length; k++) if (/^(?:ditetapkan|dikeluarkan|ditandatangani)\s+di\b/i.test(lines[k])) found.push(k);
  for (const k of found) {
    for (let j = k; j < Math.min(lines.length, k + 4); j++) {
      if (!/tanggal|tgl/i.test(lines[j]) && j !== k) continue;
      const date = findDates(lines[j])[0]?.iso ?? null;
      if (date) return { date, ...titleBlock(lines, j + 1) };
      const year = yearsIn(lines[j])[0];
      if (year && j !== k) return { date: null, year, ...titleBlock(lines, j + 1) };
    }
  }
  // A letter's place and date above the signature: "Mojokerto, 3 Januari 2025" in the last lines.
  for (let k = lines.length - 1; k >= Math.max(0, lines.length - 80); k--) {
    if (!/^[A-Z][A-Za-z .'-]{2,40},\s*(?:tanggal\s*)?\d/.test(lines[k])) continue;
    const date = findDates(lines[k])[0]?.iso ?? null;
    if (!date) continue;
    const block = titleBlock(lines, k + 1);
    if (block.title) return { date, ...block };
  }
  // No date block: the last title block ending in a comma.
  for (let k = lines.length - 1; k >= Math.max(0, lines.length - 60); k--) {
    const u = upperFixed(lines[k]);
    if (/,\s*$/.test(lines[k]) && TITLE_LINE.test(u) && TITLE_WORD.test(u)) {
      let start = k;
      while (start > 0 && k - start < 3 && TITLE_LINE.test(upperFixed(lines[start - 1])) && !/,\s*$/.test(lines[start - 1]) && lines[start - 1]) start--;
      return { date: null, ...titleBlock(lines, start) };
    }
  }
  return { date: null, title: null, onBehalfOf: null };
}

function issuerOf(kind: DocumentKind | null, headingLine: string, sig: Signature): Issuer | null {
  if (sig.onBehalfOf && REGIONAL_HEAD.test(sig.onBehalfOf)) return 'kepala_daerah';
  if (sig.title && /^(?:(?:PLT|PLH|PJ|PJS)\.?\s*|PENJABAT\s+)?(?:BUPATI|WALI ?KOTA|GUBERNUR|WAKIL BUPATI|WAKIL WALI ?KOTA|WAKIL GUBERNUR)\b/.test(sig.title))
    return 'kepala_daerah';
  if (kind === 'sk_kepala_daerah' || kind === 'perkada' || kind === 'perda') return 'kepala_daerah';
  if (sig.title && AGENCY_HEAD.test(sig.title)) return 'kepala_perangkat_daerah';
  if (/^KEPUTUSAN\b/.test(headingLine)) return 'kepala_perangkat_daerah';
  return null;
}

/** Years a planning or budget document is for: "TAHUN 2025", "TAHUN 2025-2026", "TAHUN ANGGARAN 2024". */
function planYearsOf(text: string): number[] {
  const years = new Set<number>();
  const re =
    /(?:RKPD|RENCANA KERJA PEMERINTAH DAERAH|RKAS|RKPDES|RUK|RPK|RBA|DPA|RKA|APBD|ANGGARAN|PERUBAHAN)([^\f]{0,80}?)TAHUN(?:\s+ANGGARAN)?\s*:?\s*((?:19|20)[0-9O]{2})(?:\s*(?:-|–|s\.?\s*d\.?|sampai(?: dengan)?)\s*((?:19|20)[0-9O]{2}))?|TAHUN ANGGARAN\s*:?\s*((?:19|20)[0-9O]{2})/gi;
  for (const m of text.slice(0, 400_000).matchAll(re)) {
    // "… RKPD … Nomor 23 Tahun 2014" cites a regulation, not the plan's year.
    if (m[1] && /\bN(?:OMOR|O\.)\s|\bTENTANG\b|\bPASAL\b/i.test(m[1])) continue;
    const a = yearsIn(m[2] ?? m[4] ?? '')[0];
    const b = m[3] ? yearsIn(m[3])[0] : undefined;
    if (!a) continue;
    const last = b && b >= a && b - a <= 6 ? b : a;
    for (let y = a; y <= last; y++) years.add(y);
    if (years.size > 10) break;
  }
  return [...years].sort((x, y) => x - y);
}

/** The document's year: its date's, else the number's ("… TAHUN 2025", ".../2025"), else the heading's. */
function yearOf(date: string | null, number: string | null, head: string): number | null {
  if (date) return Number(date.slice(0, 4));
  const inNumber = number ? yearsIn(number) : [];
  if (inNumber.length) return inNumber[inNumber.length - 1];
  const m = /TAHUN\s+((?:19|20)[0-9O]{2})/i.exec(head);
  return m ? (yearsIn(m[1])[0] ?? null) : null;
}

const EMPTY: DocumentFacts = { kind: null, number: null, date: null, signatory: null, counts: {} };

export function readFacts(text: string): DocumentFacts {
  if (typeof text !== 'string' || !/[\p{L}\p{N}]/u.test(text.slice(0, 200_000))) return { ...EMPTY, counts: {} };
  const fullLines = cleanLines(text).filter((l) => l.length > 0);
  const body = fullLines.join('\n');
  // Headings and signatures are short lines: a text without line breaks (a pasted blob) is read by its first words.
  const lines = fullLines.map((l) => (l.length > MAX_LINE ? l.slice(0, MAX_LINE) : l));
  const head = lines.slice(0, HEAD_LINES).join('\n');

  const heading = headingKind(lines);
  const subject = subjectOf(lines, heading.at);
  const sig = signatureOf(lines);
  let kind = subjectKind(subject) ?? heading.kind ?? bodyKind(body, head);
  // A decree of an agency head set "a.n." the regional head is the regional head's decree.
  if (kind === 'sk_kepala_perangkat_daerah' && sig.onBehalfOf && REGIONAL_HEAD.test(sig.onBehalfOf)) kind = 'sk_kepala_daerah';
  if (!kind && body.replace(/\s+/g, '').length >= 40) kind = 'lainnya';

  const number = numberOf(lines, heading.at);
  // A signing line with an unreadable day leaves the date unknown: another date in the text (a cited law) is not it.
  const date = sig.date ?? (sig.year ? null : (findDates(head)[0]?.iso ?? findDates(body.slice(0, 200_000))[0]?.iso ?? null));
  const year = sig.year ?? yearOf(sig.date ?? null, number, head) ?? (date ? Number(date.slice(0, 4)) : null);
  const headingLine = heading.at >= 0 ? upperFixed(lines[heading.at]) : '';

  const counts: DocumentFacts['counts'] = {};
  const people = countPeople(fullLines, body);
  if (people) counts.people = people;
  const events = countEvents(fullLines, kind);
  if (events) counts.events = events;
  Object.assign(counts, countOrganisations(body));

  const facts: DocumentFacts = {
    kind,
    number,
    date,
    signatory: sig.title,
    counts,
    year,
    onBehalfOf: sig.onBehalfOf,
    issuer: issuerOf(kind, headingLine, sig),
    subject,
  };
  if (kind === 'rkpd' || kind === 'anggaran') facts.planYears = planYearsOf(body);
  if (kind === 'sop' || /STANDAR OPERASIONAL|\bSOP\b/i.test(head)) facts.serviceDays = serviceDaysOf(body);
  return facts;
}

// Counts read from a document: people (distinct NIPs or NIKs, numbered names in a list), training events, actors
// (organisations involved) and agencies (perangkat daerah). Heuristics over the text; a count is a lower bound the
// verifier confirms, and nothing found is "unknown", never zero.
import { findDates } from './dates';
import type { DocumentKind } from './types';

const SCAN = 400_000;

/** NIP: birth date, appointment month, sex, sequence ("19800101 200501 1 001"). */
const NIP = /(?<!\d)((?:19|20)\d{2}[01]\d[0-3]\d)\s?((?:19|20)\d{2}[01]\d)\s?([12])\s?(\d{3})(?!\d)/g;
/** NIK: 16 digits starting with a province code. */
const NIK = /(?<!\d)([1-9]\d{15})(?!\d)/g;
/** A list starts after a header naming people, or a lampiran / susunan / daftar heading. */
const LIST_START = /\bNAMA\b|^(?:LAMPIRAN|SUSUNAN|KEANGGOTAAN|DAFTAR (?:NAMA|HADIR|PESERTA|PENERIMA)|ANGGOTA\s*:)/i;
const ROW = /^(\d{1,4})\s*[.)]?\s+(?:\|\s*)?(\p{L}.*)$/u;
const NOT_A_PERSON = /^(?:undang|peraturan|keputusan|instruksi|surat|pasal|bab|tahun|rp|jl\.?|jalan)\b/i;
const SIGNATURE_RANK = /^(?:pembina|penata|pengatur|juru|ttd|dto)\b/i;

/** Distinct people: the largest of distinct NIPs (outside signatures), distinct NIKs and numbered names in lists. */
export function countPeople(lines: string[]): number | undefined {
  const nips = new Set<string>();
  const niks = new Set<string>();
  let rows = 0;
  let run = 0;
  let expect = 1;
  let listing = false;
  let chars = 0;
  for (let k = 0; k < lines.length && chars < SCAN; k++) {
    const line = lines[k];
    chars += line.length;
    const signature = /^NIP\b/i.test(line) && lines.slice(Math.max(0, k - 3), k).some((l) => SIGNATURE_RANK.test(l));
    if (!signature) for (const m of line.matchAll(NIP)) nips.add(m[1] + m[2] + m[3] + m[4]);
    if (/\bNIK\b|^\d{1,4}\b/.test(line) || niks.size) for (const m of line.matchAll(NIK)) niks.add(m[1]);
    if (LIST_START.test(line)) listing = true;
    if (!listing) continue;
    const row = ROW.exec(line);
    if (!row || NOT_A_PERSON.test(row[2])) continue;
    const n = Number(row[1]);
    if (n === expect) {
      run++;
      expect++;
    } else if (n === 1) {
      // A new list (Tim Pengarah, then Tim Pelaksana): the people add up.
      rows += run;
      run = 1;
      expect = 2;
    }
  }
  rows += run;
  const people = Math.max(nips.size, niks.size, rows);
  return people > 0 ? people : undefined;
}

const EVENT =
  /\b(?:bimtek|bimbingan teknis|pelatihan|training|diklat|workshop|lokakarya|TOT|training of trainers?|sosialisasi|FGD|focus group discussion|sharing session|knowledge sharing|seminar|webinar|coaching clinic|magang)\b/i;
const ONE_EVENT_KINDS: (DocumentKind | null)[] = ['undangan', 'daftar_hadir', 'sertifikat', 'surat_tugas', 'sk_kepala_daerah', 'sk_kepala_perangkat_daerah'];

/** Training or socialisation events: distinct dates on lines naming an event; one for an invitation/attendance of one. */
export function countEvents(lines: string[], kind: DocumentKind | null): number | undefined {
  const dates = new Set<string>();
  let mentioned = false;
  let chars = 0;
  for (const line of lines) {
    chars += line.length;
    if (chars > SCAN) break;
    if (!EVENT.test(line)) continue;
    mentioned = true;
    // A listed event: a numbered row or a table line with the event's date.
    if (/^\d{1,3}\s*[.)]?\s+/.test(line)) {
      const d = findDates(line)[0];
      if (d) dates.add(d.iso);
    }
  }
  if (dates.size) return dates.size;
  return mentioned && ONE_EVENT_KINDS.includes(kind) ? 1 : undefined;
}

const ORG_PREFIX =
  /\b(dinas|badan|inspektorat|sekretariat|kecamatan|kelurahan|desa|puskesmas|rumah sakit|rsud|universitas|institut|politeknik|sekolah tinggi|PT\.?|CV\.?|bank|yayasan|komunitas|kelompok|lsm|forum|radio|televisi|harian|koran|karang taruna|tim penggerak pkk|pkk|bumdes|perumda|perum|koperasi|asosiasi|himpunan|ikatan|persatuan|kantor)\s+/gi;
const AGENCY_PREFIX = /^(?:dinas|badan|inspektorat|sekretariat|kecamatan|rsud|rumah sakit|kantor|satuan)$/i;
const STOP_WORD = /^(?:kabupaten|kab\.?|kota|provinsi|prov\.?|dan|yang|di|dalam|untuk|pada|sebagai|dengan|nomor|tahun)$/i;
/** Agencies written short in tables. */
const AGENCY_SHORT =
  /\b(Bappeda|Bapperida|Bapelitbangda|Bapenda|BPKAD|BPKPD|BKPSDM|BKD|BPBD|Dinkes|Diskominfo|Kominfo|Dispendukcapil|Disdukcapil|DPMPTSP|DPMD|Disdik|Dindik|Dikbud|Dispora|Disperindag|Disperindag|Dinsos|Disnaker|Disnakertrans|DLH|DPUPR|PUPR|Satpol ?PP|Setda|Setwan|RSUD|Kesbangpol|Disparbud|Disbudpar|Dishub|DKP|DP3A|DP3AKB|DPPKB|Disperkim|Distan|DKPP|Diskopukm|Diskop)\b/gi;

function orgKeys(text: string, onlyAgencies: boolean): Set<string> {
  const keys = new Set<string>();
  const scan = text.slice(0, SCAN);
  for (const m of scan.matchAll(ORG_PREFIX)) {
    const prefix = m[1].toLowerCase().replace(/\.$/, '');
    if (onlyAgencies && !AGENCY_PREFIX.test(prefix) && !/^satuan$/.test(prefix)) continue;
    const rest = scan.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 80).split(/[\n,;:()]/)[0];
    const words: string[] = [];
    for (const w of rest.split(' ')) {
      if (!/^\p{Lu}/u.test(w) || STOP_WORD.test(w) || words.length >= 3) break;
      words.push(w.toLowerCase().replace(/[.,]+$/, ''));
    }
    if (!words.length) continue;
    keys.add(`${prefix} ${words.join(' ')}`);
  }
  for (const m of scan.matchAll(AGENCY_SHORT)) keys.add(m[1].toLowerCase().replace(/\s+/g, ''));
  return keys;
}

/** Organisations involved (government, academia, business, community, media), each counted once. */
export function countActors(text: string): number | undefined {
  const n = orgKeys(text, false).size;
  return n > 0 ? n : undefined;
}

/** Perangkat daerah involved (Dinas, Badan, Inspektorat, Sekretariat, Kecamatan, RSUD … or their short names). */
export function countAgencies(text: string): number | undefined {
  const n = orgKeys(text, true).size;
  return n > 0 ? n : undefined;
}

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
const ROW = /^(\d{1,4}|[lI](?=[.,])|(?=[.,]))\s*[.,)]?\s+(?:\|\s*)?(\p{L}.*)$/u;
const NOT_A_PERSON = /^(?:undang|peraturan|keputusan|instruksi|surat|pasal|bab|tahun|rp|jl\.?|jalan)\b/i;
const SIGNATURE_BEFORE = /(?:^|\n)(?:pembina|penata|pengatur|juru|ttd|dto)\b/i;

/** Distinct people: the largest of distinct NIPs (outside signatures), distinct NIKs and numbered names in lists. */
export function countPeople(lines: string[], body = lines.join('\n')): number | undefined {
  const scan = body.slice(0, SCAN);
  const nips = new Set<string>();
  for (const m of scan.matchAll(NIP)) {
    // A signature's "NIP. …" line under a rank ("Pembina Utama Muda") is the signer, not a listed person.
    const at = m.index ?? 0;
    if (/(?:^|\n)NIP\.?\s*:?\s*$/i.test(scan.slice(Math.max(0, at - 10), at)) && SIGNATURE_BEFORE.test(scan.slice(Math.max(0, at - 170), at))) continue;
    nips.add(m[1] + m[2] + m[3] + m[4]);
  }
  const niks = new Set<string>();
  if (/\bNIK\b/.test(scan)) for (const m of scan.matchAll(NIK)) niks.add(m[1]);
  let rows = 0;
  let run = 0;
  let listing = false;
  let chars = 0;
  for (const line of lines) {
    chars += line.length;
    if (chars > SCAN) break;
    if (!listing) {
      listing = LIST_START.test(line);
      continue;
    }
    const c = line.charCodeAt(0);
    // Rows start with their number, or with what OCR left of it (". Citra …", "l. Andi …").
    if (!((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 108 || c === 73)) continue;
    const row = ROW.exec(line);
    if (!row || NOT_A_PERSON.test(row[2])) continue;
    const n = /^\d+$/.test(row[1]) ? Number(row[1]) : /^[lI]$/.test(row[1]) ? 1 : null;
    if (n === 1 && run > 0) {
      // A new list (Tim Pengarah, then Tim Pelaksana): the people add up.
      rows += run;
      run = 1;
    } else if (n !== null && n > run && n <= run + 20) {
      // A number after rows whose numbers OCR lost: the number tells how many rows there are.
      run = n;
    } else if (n === null || n === run + 1 || n > run) {
      run++;
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
  /\b(dinas|badan|inspektorat|sekretariat|kecamatan|kelurahan|desa|puskesmas|rumah sakit|rsud|universitas|institut|politeknik|sekolah tinggi|PT\.?|CV\.?|bank|yayasan|komunitas|kelompok|lsm|forum|radio|televisi|harian|koran|karang taruna|tim penggerak pkk|pkk|bumdes|perumda|perum|koperasi|asosiasi|himpunan|ikatan|persatuan|kantor|satuan)\s+/gi;
const AGENCY_PREFIX = /^(?:dinas|badan|inspektorat|sekretariat|kecamatan|rsud|rumah sakit|kantor|satuan)$/i;
/** Words that end an organisation's name: the region, joining words, and the roles and columns of a team table. */
const STOP_WORD =
  /^(?:kabupaten|kab\.?|kota|provinsi|prov\.?|dan|yang|di|dalam|untuk|pada|sebagai|dengan|nomor|tahun|ketua|wakil|sekretaris|anggota|koordinator|pengarah|penanggung|pembina|jabatan|tim|nip\.?|penerapan|inisiatif|uji|selaku)$/i;
/** Agencies written short in tables. */
const AGENCY_SHORT =
  /\b(Bappeda|Bapperida|Bapelitbangda|Bapenda|BPKAD|BPKPD|BKPSDM|BKD|BPBD|Dinkes|Diskominfo|Kominfo|Dispendukcapil|Disdukcapil|DPMPTSP|DPMD|Disdik|Dindik|Dikbud|Dispora|Disperindag|Disperindag|Dinsos|Disnaker|Disnakertrans|DLH|DPUPR|PUPR|Satpol ?PP|Setda|Setwan|RSUD|Kesbangpol|Disparbud|Disbudpar|Dishub|DKP|DP3A|DP3AKB|DPPKB|Disperkim|Distan|DKPP|Diskopukm|Diskop)\b/gi;

/** Short names whose long form is common in the same documents: counted once ("Dinkes" = "Dinas Kesehatan"). */
const SHORT_AS_LONG: Record<string, string> = {
  dinkes: 'dinas kesehatan',
  dinsos: 'dinas sosial',
  dishub: 'dinas perhubungan',
  disdukcapil: 'dinas kependudukan',
  dispendukcapil: 'dinas kependudukan',
  diskominfo: 'dinas komunikasi',
  kominfo: 'dinas komunikasi',
  disdik: 'dinas pendidikan',
  dindik: 'dinas pendidikan',
  inspektorat: 'inspektorat',
};

/** Organisations are named in the first pages (letters, team lists): about 50 pages are read for them. */
const ORG_SCAN = 150_000;

function orgKeys(text: string): { all: Set<string>; agencies: Set<string> } {
  const all = new Set<string>();
  const agencies = new Set<string>();
  const scan = text.slice(0, ORG_SCAN);
  // The same organisation is named again and again (a letterhead on every page): its words are read once.
  const seen = new Map<string, string | null>();
  for (const m of scan.matchAll(ORG_PREFIX)) {
    const prefix = m[1].toLowerCase().replace(/\.$/, '');
    const from = (m.index ?? 0) + m[0].length;
    const tail = `${prefix}|${scan.slice(from, from + 60)}`;
    let key = seen.get(tail);
    if (key === undefined) {
      const words: string[] = [];
      for (const w of tail
        .slice(prefix.length + 1)
        .split(/[\n,;:()]/)[0]
        .split(' ')) {
        if (!/^\p{Lu}/u.test(w) || STOP_WORD.test(w) || words.length >= 3) break;
        words.push(w.toLowerCase().replace(/[.,]+$/, ''));
      }
      key = words.length ? `${prefix} ${words.join(' ')}` : null;
      seen.set(tail, key);
    }
    if (!key) continue;
    all.add(key);
    if (AGENCY_PREFIX.test(prefix)) agencies.add(key);
  }
  for (const m of scan.matchAll(AGENCY_SHORT)) {
    // "dinkes.mojokertokab.go.id" is an address, not an agency named again.
    if (/^\.\w/.test(scan.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2))) continue;
    const short = m[1].toLowerCase().replace(/\s+/g, '');
    const key = SHORT_AS_LONG[short] ?? short;
    all.add(key);
    agencies.add(key);
  }
  return { all, agencies };
}

/** Organisations involved (actors: government, academia, business, community, media) and perangkat daerah among them. */
export function countOrganisations(text: string): { actors?: number; agencies?: number } {
  const { all, agencies } = orgKeys(text);
  return { ...(all.size ? { actors: all.size } : {}), ...(agencies.size ? { agencies: agencies.size } : {}) };
}

export const countActors = (text: string) => countOrganisations(text).actors;
export const countAgencies = (text: string) => countOrganisations(text).agencies;

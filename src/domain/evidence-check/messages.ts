// The pre-check's findings and summary in Bahasa Indonesia and English: one line per finding, one sentence per item
// ("SK ini ditandatangani Kepala Dinas Kesehatan, sehingga mendukung opsi 1, bukan opsi 2 yang dipilih.").
import type { Locale } from '../messages';
import { formatDate } from './dates';
import { titleCase } from './text-views';
import type { CheckFinding, CountOf, DocumentKind, EvidenceVerdict, VerdictInput } from './types';
import { DOCUMENT_KINDS } from './types';

export const KIND_LABELS: Record<DocumentKind, { id: string; en: string }> = {
  perda: { id: 'Peraturan Daerah', en: 'Regional regulation (Perda)' },
  perkada: { id: 'Peraturan Kepala Daerah', en: 'Regional head regulation (Perkada)' },
  sk_kepala_daerah: { id: 'SK Kepala Daerah', en: 'Decree of the regional head' },
  sk_kepala_perangkat_daerah: { id: 'SK Kepala Perangkat Daerah', en: 'Decree of the agency head' },
  surat_tugas: { id: 'Surat Tugas', en: 'Assignment letter' },
  rkpd: { id: 'Dokumen perencanaan (RKPD)', en: 'Planning document (RKPD)' },
  anggaran: { id: 'Dokumen anggaran', en: 'Budget document' },
  sop: { id: 'SOP', en: 'Standard operating procedure' },
  daftar_hadir: { id: 'Daftar hadir', en: 'Attendance list' },
  sertifikat: { id: 'Sertifikat', en: 'Certificate' },
  undangan: { id: 'Undangan', en: 'Invitation' },
  kerja_sama: { id: 'Perjanjian kerja sama', en: 'Cooperation agreement' },
  berita: { id: 'Berita', en: 'News article' },
  video: { id: 'Video', en: 'Video' },
  gambar: { id: 'Gambar', en: 'Image' },
  lainnya: { id: 'Dokumen lain', en: 'Other document' },
};

/** Short names used inside sentences ("SK ini …", "This decree …"). */
const KIND_SHORT: Record<DocumentKind, { id: string; en: string }> = {
  perda: { id: 'Perda', en: 'Perda' },
  perkada: { id: 'Perkada', en: 'Perkada' },
  sk_kepala_daerah: { id: 'SK', en: 'decree' },
  sk_kepala_perangkat_daerah: { id: 'SK', en: 'decree' },
  surat_tugas: { id: 'Surat Tugas', en: 'assignment letter' },
  rkpd: { id: 'dokumen perencanaan', en: 'planning document' },
  anggaran: { id: 'dokumen anggaran', en: 'budget document' },
  sop: { id: 'SOP', en: 'SOP' },
  daftar_hadir: { id: 'daftar hadir', en: 'attendance list' },
  sertifikat: { id: 'sertifikat', en: 'certificate' },
  undangan: { id: 'undangan', en: 'invitation' },
  kerja_sama: { id: 'perjanjian kerja sama', en: 'agreement' },
  berita: { id: 'berita', en: 'news article' },
  video: { id: 'video', en: 'video' },
  gambar: { id: 'gambar', en: 'image' },
  lainnya: { id: 'dokumen', en: 'document' },
};

const COUNT_NOUN: Record<CountOf, { id: string; en: string; enOne: string }> = {
  people: { id: 'orang', en: 'people', enOne: 'person' },
  events: { id: 'kegiatan', en: 'events', enOne: 'event' },
  actors: { id: 'aktor', en: 'actors', enOne: 'actor' },
  agencies: { id: 'perangkat daerah', en: 'agencies', enOne: 'agency' },
};

const UNREADABLE = {
  ocr_unavailable: {
    id: 'Dokumen ini hasil pindaian dan OCR tidak tersedia di server, jadi isinya belum dapat diperiksa otomatis.',
    en: 'This is a scanned document and OCR is not available on the server, so its content cannot be checked automatically.',
  },
  pdf_reader_unavailable: {
    id: 'Pembaca PDF tidak tersedia di server, jadi isi dokumen ini belum dapat diperiksa otomatis.',
    en: 'No PDF reader is available on the server, so the content of this document cannot be checked automatically.',
  },
  unsupported_type: { id: 'Jenis berkas ini tidak dapat dibaca otomatis.', en: 'This file type cannot be read automatically.' },
  link: { id: 'Bukti berupa tautan; isinya tidak dibaca otomatis.', en: 'The evidence is a link; its content is not read automatically.' },
  unreadable: { id: 'Berkas tidak dapat dibaca (rusak atau terkunci).', en: 'The file could not be read (damaged or locked).' },
};

type Params = Record<string, string | number>;
type Template = (p: Params, l: Locale) => string;

const kindName = (k: string | number | undefined, l: Locale) =>
  (DOCUMENT_KINDS as readonly string[]).includes(String(k)) ? KIND_LABELS[k as DocumentKind][l] : String(k ?? '');
/** "A", "A atau B", "A, B, atau C" (English: "A or B", "A, B, or C"). */
const kindList = (list: string | number | undefined, l: Locale) => {
  const names = String(list ?? '')
    .split(',')
    .filter(Boolean)
    .map((k) => kindName(k, l));
  const or = l === 'id' ? 'atau' : 'or';
  if (names.length <= 2) return names.join(` ${or} `);
  return `${names.slice(0, -1).join(', ')}, ${or} ${names[names.length - 1]}`;
};
/** "orang", "people" — "person" when the English count is one. */
const noun = (of: string | number | undefined, l: Locale, n?: string | number) => {
  const w = COUNT_NOUN[of as CountOf];
  if (!w) return String(of ?? '');
  return l === 'en' && Number(n) === 1 ? w.enOne : w[l];
};
const windowText = (p: Params, l: Locale) =>
  p.from === '' || p.from === undefined ? (l === 'id' ? `sampai ${p.to}` : `up to ${p.to}`) : p.from === p.to ? `${p.to}` : `${p.from}–${p.to}`;
const both =
  (id: Template, en: Template): Template =>
  (p, l) =>
    l === 'id' ? id(p, l) : en(p, l);

const TEXTS: Record<string, Template> = {
  read_text: both(
    (p) => `Teks dokumen terbaca (${p.pages} halaman).`,
    (p) => `The document's text was read (${p.pages} page${p.pages === 1 ? '' : 's'}).`,
  ),
  read_ocr: both(
    (p) => `Teks dibaca dengan OCR dari pindaian (${p.pages} halaman); hasilnya bisa kurang tepat.`,
    (p) => `Text read by OCR from a scan (${p.pages} page${p.pages === 1 ? '' : 's'}); it may contain errors.`,
  ),
  video_read: both(
    (p) => (p.seconds !== undefined ? `Video terbaca (${p.seconds} detik).` : 'Video terbaca.'),
    (p) => (p.seconds !== undefined ? `Video read (${p.seconds} s).` : 'Video read.'),
  ),
  too_little_text: both(
    () => 'Hampir tidak ada teks yang terbaca; pastikan dokumen utuh dan jelas, bukan hanya foto atau halaman kosong.',
    () => 'Almost no text could be read; make sure the document is complete and legible, not just a photo or a blank page.',
  ),
  ocr_unavailable: (_p, l) => UNREADABLE.ocr_unavailable[l],
  pdf_reader_unavailable: (_p, l) => UNREADABLE.pdf_reader_unavailable[l],
  unsupported_type: (_p, l) => UNREADABLE.unsupported_type[l],
  link: (_p, l) => UNREADABLE.link[l],
  unreadable: (_p, l) => UNREADABLE.unreadable[l],
  kind_not_found: both(
    (p, l) => `Jenis dokumen tidak dapat dikenali; yang diharapkan ${kindList(p.expected, l)}.`,
    (p, l) => `The kind of document could not be told; expected ${kindList(p.expected, l)}.`,
  ),
  kind_not_recognised: both(
    (p, l) => `Jenis dokumen tidak dikenali dari judulnya; yang diharapkan ${kindList(p.expected, l)}.`,
    (p, l) => `The kind of document is not recognised from its title; expected ${kindList(p.expected, l)}.`,
  ),
  kind_expected: both(
    (p, l) => `Jenis dokumen sesuai: ${kindName(p.kind, l)}.`,
    (p, l) => `The kind of document fits: ${kindName(p.kind, l)}.`,
  ),
  kind_supports: both(
    (p, l) => `${kindName(p.kind, l)} mendukung opsi ${p.option}.`,
    (p, l) => `${kindName(p.kind, l)} supports option ${p.option}.`,
  ),
  kind_supports_lower: both(
    (p, l) => `${kindName(p.kind, l)} hanya mendukung opsi ${p.option}, sedangkan yang dipilih opsi ${p.selected}.`,
    (p, l) => `${kindName(p.kind, l)} supports option ${p.option} only, while option ${p.selected} is selected.`,
  ),
  kind_supports_none: both(
    (p, l) => `${kindName(p.kind, l)} tidak mendukung opsi mana pun untuk indikator ini; yang diharapkan ${kindList(p.expected, l)}.`,
    (p, l) => `${kindName(p.kind, l)} supports no option of this indicator; expected ${kindList(p.expected, l)}.`,
  ),
  kind_unexpected: both(
    (p, l) => `Dokumen ini ${kindName(p.kind, l)}, bukan ${kindList(p.expected, l)} yang diminta.`,
    (p, l) => `This is a ${kindName(p.kind, l)}, not the ${kindList(p.expected, l)} asked for.`,
  ),
  year_not_found: both(
    (p, l) => `Tanggal atau tahun dokumen tidak ditemukan; yang diminta tahun ${windowText(p, l)}.`,
    (p, l) => `No date or year found in the document; it should be of ${windowText(p, l)}.`,
  ),
  year_in_window: both(
    (p, l) => `Tahun dokumen ${p.year}, sesuai tahun yang diminta (${windowText(p, l)}).`,
    (p, l) => `The document is of ${p.year}, within the years asked for (${windowText(p, l)}).`,
  ),
  year_outside_window: both(
    (p, l) => `Dokumen bertahun ${p.year}, terlalu lama: yang diminta tahun ${windowText(p, l)}.`,
    (p, l) => `The document is of ${p.year}, too old: it should be of ${windowText(p, l)}.`,
  ),
  year_after_window: both(
    (p, l) => `Dokumen bertahun ${p.year}, sesudah periode penilaian: yang diminta tahun ${windowText(p, l)}.`,
    (p, l) => `The document is of ${p.year}, after the assessment period: it should be of ${windowText(p, l)}.`,
  ),
  plan_years_in_window: both(
    (p, l) => `Dokumen untuk tahun ${p.years}, sesuai tahun yang diminta (${windowText(p, l)}).`,
    (p, l) => `The document is for ${p.years}, within the years asked for (${windowText(p, l)}).`,
  ),
  plan_years_outside_window: both(
    (p, l) => `Dokumen untuk tahun ${p.years}, di luar rentang ${windowText(p, l)}.`,
    (p, l) => `The document is for ${p.years}, outside ${windowText(p, l)}.`,
  ),
  plan_years_not_found: both(
    () => 'Tahun perencanaan/anggaran tidak ditemukan di dokumen.',
    () => 'The plan or budget year was not found in the document.',
  ),
  plan_years_support: both(
    (p) => `Dokumen mencakup tahun ${p.years}, mendukung opsi ${p.option}.`,
    (p) => `The document covers ${p.years}, supporting option ${p.option}.`,
  ),
  plan_years_partial: both(
    (p) => `Dokumen ini hanya mencakup tahun ${p.years}; opsi ${p.selected} memerlukan tahun ${p.need}. Pastikan tahun lainnya dilampirkan.`,
    (p) => `This document covers ${p.years} only; option ${p.selected} needs ${p.need}. Make sure the other years are attached.`,
  ),
  name_found: both(
    (p) => `Nama inovasi "${p.name}" ditemukan di dokumen.`,
    (p) => `The innovation's name "${p.name}" appears in the document.`,
  ),
  name_missing: both(
    (p) => `Nama inovasi "${p.name}" tidak ditemukan di dokumen; lampirkan halaman yang memuatnya.`,
    (p) => `The innovation's name "${p.name}" was not found in the document; attach the page that names it.`,
  ),
  name_missing_allowed: both(
    (p, l) => `Nama inovasi "${p.name}" tidak ada di ${kindName(p.kind, l)} ini; sertakan Perkada/SK yang memuat daftar inovasi.`,
    (p, l) => `The innovation's name "${p.name}" is not in this ${kindName(p.kind, l)}; include the Perkada/decree listing the innovations.`,
  ),
  count_not_found: both(
    (p, l) => `Jumlah ${noun(p.of, l)} tidak dapat dihitung dari dokumen.`,
    (p, l) => `The number of ${noun(p.of, l)} could not be counted from the document.`,
  ),
  count_supports: both(
    (p, l) => `Terhitung ${p.n} ${noun(p.of, l, p.n)}, mendukung opsi ${p.option}.`,
    (p, l) => `${p.n} ${noun(p.of, l, p.n)} counted, supporting option ${p.option}.`,
  ),
  count_below: both(
    (p, l) =>
      `Terhitung ${p.n} ${noun(p.of, l, p.n)}: ${p.option ? `mendukung opsi ${p.option}` : 'belum mendukung opsi mana pun'}; opsi ${p.selected} memerlukan sedikitnya ${p.need}.`,
    (p, l) =>
      `${p.n} ${noun(p.of, l, p.n)} counted: ${p.option ? `supports option ${p.option}` : 'supports no option'}; option ${p.selected} needs at least ${p.need}.`,
  ),
  count_below_any: both(
    (p, l) => `Terhitung ${p.n} ${noun(p.of, l, p.n)}; opsi terendah memerlukan sedikitnya ${p.min}.`,
    (p, l) => `${p.n} ${noun(p.of, l, p.n)} counted; the lowest option needs at least ${p.min}.`,
  ),
  count_partial: both(
    (p, l) =>
      `Dokumen ini memuat ${p.n} ${noun(p.of, l, p.n)}; ${p.selected ? `opsi ${p.selected}` : 'opsi ini'} memerlukan ${p.need}. Bukti lain dapat melengkapinya.`,
    (p, l) =>
      `This document shows ${p.n} ${noun(p.of, l, p.n)}; ${p.selected ? `option ${p.selected}` : 'the option'} needs ${p.need}. Other files may add up to it.`,
  ),
  service_days_not_found: both(
    () => 'Durasi layanan tidak ditemukan di SOP.',
    () => 'No service duration was found in the SOP.',
  ),
  service_days_support: both(
    (p) => `Durasi layanan ${p.days} hari, mendukung opsi ${p.option}.`,
    (p) => `Service time ${p.days} day${p.days === 1 ? '' : 's'}, supporting option ${p.option}.`,
  ),
  service_days_below: both(
    (p) => `Durasi layanan ${p.days} hari hanya mendukung opsi ${p.option}, sedangkan yang dipilih opsi ${p.selected}.`,
    (p) => `A service time of ${p.days} day${p.days === 1 ? '' : 's'} supports option ${p.option} only, while option ${p.selected} is selected.`,
  ),
  video_length_unknown: both(
    (p) => `Durasi video tidak dapat dibaca; maksimal ${Number(p.max) / 60} menit.`,
    (p) => `The video's length could not be read; the limit is ${Number(p.max) / 60} minutes.`,
  ),
  video_too_long: both(
    (p) => `Video berdurasi ${duration(Number(p.seconds), 'id')}, lebih dari batas ${Number(p.max) / 60} menit.`,
    (p) => `The video runs ${duration(Number(p.seconds), 'en')}, over the ${Number(p.max) / 60}-minute limit.`,
  ),
  video_length_ok: both(
    (p) => `Durasi video ${duration(Number(p.seconds), 'id')}, dalam batas ${Number(p.max) / 60} menit.`,
    (p) => `The video runs ${duration(Number(p.seconds), 'en')}, within the ${Number(p.max) / 60}-minute limit.`,
  ),
};

/** 420 → "7 menit" / "7 min"; 95 → "1 menit 35 detik" / "1 min 35 s". */
function duration(seconds: number, l: Locale): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const [mi, se] = l === 'id' ? ['menit', 'detik'] : ['min', 's'];
  if (!m) return `${s} ${se}`;
  return s ? `${m} ${mi} ${s} ${se}` : `${m} ${mi}`;
}

/** Codes this module can say, for tests and the bench (every code evaluate() emits is here). */
export const FINDING_CODES = Object.keys(TEXTS);

export function findingText(f: CheckFinding, locale: Locale): string {
  const template = TEXTS[f.code];
  return template ? template(f.params ?? {}, locale) : f.code;
}

const optionName = (input: VerdictInput, option: number, l: Locale) => {
  const o = input.optionLabels?.find((x) => x.value === option);
  const label = o ? (l === 'en' ? (o.labelEn ?? o.label) : o.label) : '';
  const word = l === 'id' ? 'opsi' : 'option';
  return label && label.length <= 80 ? `${word} ${option} (${label})` : `${word} ${option}`;
};

/** "Kepala Dinas Kesehatan Kabupaten Mojokerto a.n. Bupati Mojokerto". */
function signedByText(v: EvidenceVerdict, l: Locale): string | null {
  const { signatory, onBehalfOf } = v.facts;
  if (!signatory) return null;
  const who = titleCase(signatory);
  if (onBehalfOf) return `${who} ${l === 'id' ? 'a.n.' : 'on behalf of the'} ${titleCase(onBehalfOf)}`;
  return who;
}

/** The subject of the sentence: "SK ini" / "This decree". */
function docPhrase(v: EvidenceVerdict, l: Locale): string {
  const kind = v.facts.kind ?? 'lainnya';
  return l === 'id' ? `${capitalise(KIND_SHORT[kind].id)} ini` : `This ${KIND_SHORT[kind].en}`;
}
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SIGNED_KINDS = new Set<DocumentKind>(['sk_kepala_daerah', 'sk_kepala_perangkat_daerah', 'perkada', 'perda', 'surat_tugas']);

/** Why the level is what it is: the signatory for a kind, the count, the service time. */
function reason(v: EvidenceVerdict, l: Locale): string | null {
  const limiting = v.checks.find((c) => (c.code.startsWith('kind_supports') || c.code === 'kind_unexpected') && c.outcome === 'failed');
  if (limiting) {
    // The signatory tells the level of a decree or letter; any other kind is simply the wrong kind.
    const who = v.facts.kind && SIGNED_KINDS.has(v.facts.kind) ? signedByText(v, l) : null;
    const own = v.facts.kind === 'sk_kepala_perangkat_daerah' && !v.facts.onBehalfOf;
    if (who) return l === 'id' ? `ditandatangani ${who}${own ? ' atas nama sendiri' : ''}` : `is signed by the ${who}${own ? ' in own name' : ''}`;
    if (limiting.params?.expected) {
      const expected = kindList(limiting.params.expected, l);
      return l === 'id' ? `bukan ${expected} yang diminta` : `is not the ${expected} asked for`;
    }
    return l === 'id' ? `berupa ${KIND_LABELS[v.facts.kind ?? 'lainnya'].id}` : `is a ${KIND_LABELS[v.facts.kind ?? 'lainnya'].en}`;
  }
  const count = v.checks.find((c) => (c.code === 'count_below' || c.code === 'count_below_any') && c.outcome === 'failed');
  if (count?.params)
    return l === 'id'
      ? `memuat ${count.params.n} ${noun(count.params.of, l, count.params.n)}`
      : `lists ${count.params.n} ${noun(count.params.of, l, count.params.n)}`;
  const days = v.checks.find((c) => c.code === 'service_days_below');
  if (days?.params) return l === 'id' ? `menyebut durasi layanan ${days.params.days} hari` : `states a service time of ${days.params.days} days`;
  return null;
}

/** Findings that set the supported level (the summary's main sentence says them). */
const LEVEL_CODES = new Set(['kind_supports_lower', 'kind_supports_none', 'kind_unexpected', 'count_below', 'count_below_any', 'service_days_below']);

export function summaryText(v: EvidenceVerdict, input: VerdictInput, locale: Locale): string | null {
  const l = locale;
  const readable = v.checks.find((c) => c.check === 'readable');
  if (readable && readable.outcome !== 'passed') return findingText(readable, l);
  const selected = input.selectedOption && input.selectedOption > 0 ? input.selectedOption : null;
  if (v.belowSelected && v.supportedOption !== null && selected !== null) {
    const why = reason(v, l);
    const subject = docPhrase(v, l);
    const lead = why ? `${subject} ${why}` : subject;
    // Other failed checks (a wrong year besides the wrong signatory) are named by count; the list shows them.
    const others = v.checks.filter((c) => c.outcome === 'failed' && !LEVEL_CODES.has(c.code)).length;
    const tail = others ? (l === 'id' ? ` Ada ${others} temuan lain.` : ` There ${others === 1 ? 'is 1 other finding' : `are ${others} other findings`}.`) : '';
    if (v.supportedOption === 0)
      return l === 'id'
        ? `${lead}, sehingga tidak mendukung opsi mana pun, termasuk ${optionName(input, selected, l)} yang dipilih.${tail}`
        : `${lead}, so it supports no option, including the selected ${optionName(input, selected, l)}.${tail}`;
    return l === 'id'
      ? `${lead}, sehingga mendukung ${optionName(input, v.supportedOption, l)}, bukan ${optionName(input, selected, l)} yang dipilih.${tail}`
      : `${lead}, so it supports ${optionName(input, v.supportedOption, l)}, not ${optionName(input, selected, l)} as selected.${tail}`;
  }
  const failed = v.checks.filter((c) => c.outcome === 'failed');
  if (failed.length) {
    const more = failed.length - 1;
    const tail = more > 0 ? (l === 'id' ? ` (dan ${more} temuan lain)` : ` (and ${more} more finding${more > 1 ? 's' : ''})`) : '';
    return `${findingText(failed[0], l).replace(/\.$/, '') + tail}.`;
  }
  const unknown = v.checks.filter((c) => c.outcome === 'unknown');
  if (unknown.length) {
    const first = findingText(unknown[0], l);
    return l === 'id' ? `${first} Verifikator akan memastikannya.` : `${first} The verifier will confirm it.`;
  }
  const kind = v.facts.kind && v.facts.kind !== 'lainnya' ? KIND_LABELS[v.facts.kind][l] : null;
  const date = v.facts.date ? formatDate(v.facts.date, l) : null;
  const what = [kind, date && (l === 'id' ? `tanggal ${date}` : `dated ${date}`)].filter(Boolean).join(' ');
  const level = v.supportedOption
    ? l === 'id'
      ? `, mendukung ${optionName(input, v.supportedOption, l)}`
      : `, supporting ${optionName(input, v.supportedOption, l)}`
    : '';
  // An indicator without a rule: say what was read, claim nothing about it.
  if (v.checks.every((c) => c.check === 'readable')) {
    const read = what || (l === 'id' ? 'dokumen' : 'a document');
    return l === 'id' ? `Terbaca: ${read}. Tidak ada aturan pemeriksaan untuk indikator ini.` : `Read: ${read}. This indicator has no check rule.`;
  }
  if (l === 'id') return `Tidak ada masalah ditemukan${what ? `: ${what}` : ''}${level}.`;
  return `No problem found${what ? `: ${what}` : ''}${level}.`;
}

// Reading a spreadsheet of innovations (pure: cells in, rows and problems out). The layout is the recap's own
// (rekap-inovasi-<tahun>.xlsx, domain/reports/recap.ts): the same column names and words — "Penerapan",
// "Non Digital", "1.02 Kesehatan" — so a region's recap reads back, and the template extends it with the rest
// of the official profile. Every problem is reported per row and column, in both languages, before anything
// is written; the server writes the rows only when there is none.
import { URUSAN } from '../iid/urusan';
import { BENTUK_LABEL, INISIATOR_LABEL, JENIS_LABEL, TAHAPAN_LABEL, TEMATIK_LABEL } from '../innovation/labels';
import type { Bentuk, Inisiator, Jenis, Tahapan, Tematik } from '../innovation/profile';
import { PROFILE_TEXT_MAX } from '../innovation/profile-limits';

/** One cell as the server hands it over from the workbook: rich text, formulas and links already reduced. */
export type CellValue = string | number | boolean | Date | null;

/** The sheet the recap and the template keep their innovations in; any other workbook: its first sheet. */
export const IMPORT_SHEET = 'Per inovasi';
/** Most rows one import takes (a region's whole registry is a few hundred). */
export const MAX_IMPORT_ROWS = 2000;
/** Largest file accepted, in bytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ColumnKey =
  | 'opd'
  | 'name'
  | 'tahapan'
  | 'jenis'
  | 'urusan'
  | 'unit'
  | 'inisiatorType'
  | 'inisiatorName'
  | 'bentuk'
  | 'tematik'
  | 'urusanUtama'
  | 'urusanLain'
  | 'waktuUjiCoba'
  | 'waktuPenerapan'
  | 'rancangBangun'
  | 'tujuan'
  | 'manfaat'
  | 'hasil'
  | 'lokasi'
  | 'haki'
  | 'penghargaan';

export interface ImportColumn {
  key: ColumnKey;
  /** The name the recap and the template write. */
  header: string;
  /** Other names read as this column (the national package's manifest, MANIFEST_COLUMNS). */
  aliases?: string[];
  required?: boolean;
  /** In the template (urusan utama/lain are read, the template writes them together as "Urusan"). */
  template: boolean;
  /** How to fill it, for the template's instructions. */
  hint: string;
}

/** The columns, in the template's order: the recap's first (same words), then the rest of the profile. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { key: 'opd', header: 'Perangkat Daerah', required: true, template: true, hint: 'Nama atau singkatan Perangkat Daerah (lihat daftar di bawah).' },
  { key: 'name', header: 'Nama inovasi', required: true, template: true, hint: 'Wajib; unik per Perangkat Daerah dalam periode.' },
  { key: 'tahapan', header: 'Tahapan', aliases: ['Tahapan Inovasi'], template: true, hint: 'Inisiatif, Uji Coba atau Penerapan.' },
  { key: 'jenis', header: 'Jenis', aliases: ['Jenis Inovasi'], template: true, hint: 'Digital atau Non Digital.' },
  {
    key: 'urusan',
    header: 'Urusan',
    template: true,
    hint: 'Kode atau nama urusan (mis. "1.02 Kesehatan"); urusan utama lebih dulu, urusan lain sesudahnya dipisah titik koma (;).',
  },
  {
    key: 'unit',
    header: 'Unit',
    aliases: ['Unit kerja'],
    template: true,
    hint: 'Opsional: nama unit (UPT, Puskesmas, sekolah, kelurahan) Perangkat Daerah itu.',
  },
  {
    key: 'inisiatorType',
    header: 'Inisiator',
    aliases: ['Inisiator Inovasi'],
    template: true,
    hint: 'Kepala Daerah, Anggota DPRD, Perangkat Daerah, ASN atau Masyarakat.',
  },
  { key: 'inisiatorName', header: 'Nama inisiator', template: true, hint: 'Opsional.' },
  {
    key: 'bentuk',
    header: 'Bentuk',
    aliases: ['Bentuk Inovasi Daerah', 'Bentuk Inovasi'],
    template: true,
    hint: 'Salah satu bentuk inovasi daerah (lihat daftar).',
  },
  { key: 'tematik', header: 'Tematik', template: true, hint: 'Salah satu tematik (lihat daftar).' },
  { key: 'urusanUtama', header: 'Urusan utama', aliases: ['Urusan Pemerintahan Utama'], template: false, hint: '' },
  { key: 'urusanLain', header: 'Urusan lain', aliases: ['Urusan Lain yang Beririsan'], template: false, hint: '' },
  { key: 'waktuUjiCoba', header: 'Waktu uji coba', template: true, hint: 'Tanggal: 28/02/2024, tanggal Excel, atau "28 Februari 2024".' },
  { key: 'waktuPenerapan', header: 'Waktu penerapan', template: true, hint: 'Tanggal: 28/02/2024, tanggal Excel, atau "28 Februari 2024".' },
  { key: 'rancangBangun', header: 'Rancang bangun', template: true, hint: 'Rancang bangun dan pokok perubahan (minimal 300 kata untuk dikirim).' },
  { key: 'tujuan', header: 'Tujuan', template: true, hint: 'Tujuan inovasi.' },
  { key: 'manfaat', header: 'Manfaat', template: true, hint: 'Manfaat yang diperoleh.' },
  { key: 'hasil', header: 'Hasil', aliases: ['Hasil Inovasi'], template: true, hint: 'Hasil inovasi.' },
  { key: 'lokasi', header: 'Lokasi', template: true, hint: 'Opsional.' },
  { key: 'haki', header: 'HAKI', template: true, hint: 'Opsional.' },
  { key: 'penghargaan', header: 'Penghargaan', template: true, hint: 'Opsional.' },
];

export const TEMPLATE_COLUMNS = IMPORT_COLUMNS.filter((c) => c.template);

/** Columns of the recap (and of the package manifest) that say something about the period, not the profile: read past. */
const IGNORED = [
  'Status',
  'Dikirim',
  'Kematangan diklaim',
  'Kematangan terverifikasi',
  'No',
  'Kematangan (diklaim)',
  'Kematangan (terverifikasi)',
  'Folder bukti dukung',
];
/** The recap's indicator columns: "16. Regulasi Inovasi Daerah — nilai". */
const INDICATOR_COLUMN = /\s[—–-]\s*(nilai|bukti|verifikasi)$/i;

/** Lower case, single spaces: how names are compared (OPD, unit, innovation, column). */
export const normalName = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
/** Letters and digits only: how choices are compared ("Non-Digital", "non_digital", "Non Digital"). */
const choiceKey = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

// --- Problems ---------------------------------------------------------------------------------------------

export interface ImportProblem {
  /** The spreadsheet's row number (1: the header row). */
  row: number;
  /** The column's header as the file names it; empty for the whole header row. */
  column: string;
  id: string;
  en: string;
}

const msg = (id: string, en: string) => ({ id, en });

const LABELS = {
  tahapan: { list: Object.values(TAHAPAN_LABEL).join(', '), en: 'stage' },
  jenis: { list: Object.values(JENIS_LABEL).join(', '), en: 'type' },
  bentuk: { list: Object.values(BENTUK_LABEL).join('; '), en: 'form' },
  inisiatorType: { list: Object.values(INISIATOR_LABEL).join(', '), en: 'initiator' },
  tematik: { list: Object.values(TEMATIK_LABEL).join('; '), en: 'theme' },
} as const;

// --- Headers ----------------------------------------------------------------------------------------------

export interface HeaderMap {
  /** 0-based column index of each known column found. */
  index: Partial<Record<ColumnKey, number>>;
  /** The header text of each found column, as the file writes it. */
  names: Partial<Record<ColumnKey, string>>;
}

const cellText = (v: CellValue): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v).trim();
};

const byName = new Map<string, ColumnKey>();
for (const c of IMPORT_COLUMNS) for (const n of [c.header, ...(c.aliases ?? [])]) byName.set(normalName(n), c.key);
const ignored = new Set(IGNORED.map(normalName));

/** The header row read: the columns found, or the one problem that names every wrong, missing or doubled column. */
export function readHeader(header: CellValue[]): { map: HeaderMap } | { problem: ImportProblem } {
  const map: HeaderMap = { index: {}, names: {} };
  const unknown: string[] = [];
  const doubled: string[] = [];
  header.forEach((cell, i) => {
    const text = cellText(cell);
    if (!text) return;
    const key = byName.get(normalName(text));
    if (!key) {
      if (!ignored.has(normalName(text)) && !INDICATOR_COLUMN.test(text)) unknown.push(text);
      return;
    }
    if (map.index[key] !== undefined) doubled.push(text);
    else {
      map.index[key] = i;
      map.names[key] = text;
    }
  });
  // "Urusan" holds both; beside "Urusan utama" it would say the same thing twice.
  if (map.index.urusan !== undefined && (map.index.urusanUtama !== undefined || map.index.urusanLain !== undefined))
    doubled.push([map.names.urusanUtama, map.names.urusanLain].filter(Boolean).join(', '));
  const missing = IMPORT_COLUMNS.filter((c) => c.required && map.index[c.key] === undefined).map((c) => c.header);
  if (!missing.length && !unknown.length && !doubled.length) return { map };
  const quote = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
  const id: string[] = [];
  const en: string[] = [];
  if (missing.length) {
    id.push(`kolom wajib tidak ada: ${quote(missing)}`);
    en.push(`required columns missing: ${quote(missing)}`);
  }
  if (unknown.length) {
    id.push(`kolom tidak dikenal: ${quote(unknown)}`);
    en.push(`unknown columns: ${quote(unknown)}`);
  }
  if (doubled.length) {
    id.push(`kolom ganda: ${quote(doubled)}`);
    en.push(`columns given twice: ${quote(doubled)}`);
  }
  return {
    problem: {
      row: 1,
      column: '',
      id: `Susunan kolom tidak sesuai — ${id.join('; ')}. Gunakan templat impor atau rekap inovasi Inovda; tidak ada yang disimpan.`,
      en: `The columns do not match — ${en.join('; ')}. Use the import template or Inovda's innovation recap; nothing was saved.`,
    },
  };
}

// --- Values -----------------------------------------------------------------------------------------------

const MONTHS: Record<string, number> = {};
[
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb', 'pebruari'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'december', 'des', 'dec'],
].forEach((names, k) => {
  for (const n of names) MONTHS[n] = k + 1;
});

function isoOf(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A date as people write it in a spreadsheet: a date cell, an Excel serial number, "28/02/2024" (day first, as
 * in Indonesia), "2024-02-28" or "28 Februari 2024" (also "28 Feb 2024", English month names). Null: not a date.
 */
export function parseDate(v: CellValue): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : isoOf(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 1 || v > 73050) return null;
    // Excel's day 0 is 30 December 1899 (its 1900 leap-year error included).
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86_400_000);
    return date.toISOString().slice(0, 10);
  }
  if (typeof v !== 'string') return null;
  const s = v.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s+([\p{L}]+)\.?\s+(\d{4})$/u.exec(s);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    return month ? isoOf(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

/** A choice written as its label ("Uji Coba") or its code ("uji_coba"), case and punctuation aside. */
function choiceOf<T extends string>(labels: Record<T, string>, text: string): T | null {
  const key = choiceKey(text);
  for (const [code, label] of Object.entries(labels) as [T, string][]) if (choiceKey(label) === key || choiceKey(code) === key) return code;
  return null;
}

const URUSAN_BY_CODE = new Map(URUSAN.map((u) => [u.code, u.code]));
const URUSAN_BY_NAME = new Map(URUSAN.flatMap((u) => [[choiceKey(u.name), u.code] as const, [choiceKey(u.nameEn), u.code] as const]));

/** An urusan written as its code ("1.02"), its name ("Kesehatan") or both ("1.02 Kesehatan", as the recap writes it). */
export function urusanOf(text: string): string | null {
  const s = text.trim();
  const code = /^(\d+\.\d+)\b/.exec(s)?.[1];
  if (code) {
    const found = URUSAN_BY_CODE.get(code);
    // "1.02 Kesehatan": the code decides; a name after it that is another urusan's is a mistake.
    const rest = s.slice(code.length).trim();
    if (!found) return null;
    if (rest && URUSAN_BY_NAME.get(choiceKey(rest)) && URUSAN_BY_NAME.get(choiceKey(rest)) !== found) return null;
    return found;
  }
  return URUSAN_BY_NAME.get(choiceKey(s)) ?? null;
}

/** Plain text from a cell as the rancang bangun's rich text: paragraphs on blank lines, line breaks kept. */
export function plainToHtml(text: string): string {
  const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escaped(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

// --- Rows -------------------------------------------------------------------------------------------------

export interface ImportOpd {
  id: string;
  name: string;
  shortName: string | null;
  units: { id: string; name: string }[];
}

/** One checked row, as it is written (the profile in the registry's own codes). */
export interface ImportRow {
  row: number;
  opdId: string;
  unitId: string | null;
  name: string;
  tahapan: Tahapan | null;
  inisiatorType: Inisiator | null;
  inisiatorName: string | null;
  jenis: Jenis | null;
  bentuk: Bentuk | null;
  tematik: Tematik | null;
  urusanUtama: string | null;
  urusanLain: string[];
  waktuUjiCoba: string | null;
  waktuPenerapan: string | null;
  rancangBangun: string | null;
  tujuan: string | null;
  manfaat: string | null;
  hasil: string | null;
  lokasi: string | null;
  haki: string | null;
  penghargaan: string | null;
}

export interface CheckContext {
  opds: ImportOpd[];
  /** The period's live innovations, as `${opdId}|${normalName(name)}`. */
  existing: Set<string>;
  periodYear: number;
}

export interface CheckResult {
  rows: ImportRow[];
  problems: ImportProblem[];
  /** Data rows read (empty rows left out). */
  totalRows: number;
}

const TEXT_KEYS = ['inisiatorName', 'tujuan', 'manfaat', 'hasil', 'lokasi', 'haki', 'penghargaan'] as const;

/**
 * Checks every data row of a sheet (`rows`: the cells of each row after the header, with its row number) as
 * the registry's profile would: required name, known OPD and unit, choices of the official lists, real dates,
 * urusan codes, text lengths; and names neither repeated in the file nor already in the period for that OPD.
 */
export function checkSheet(header: CellValue[], rows: { row: number; cells: CellValue[] }[], ctx: CheckContext): CheckResult {
  const read = readHeader(header);
  if ('problem' in read) return { rows: [], problems: [read.problem], totalRows: 0 };
  const { index, names } = read.map;
  const filled = rows.filter((r) => r.cells.some((c) => cellText(c) !== ''));
  if (!filled.length)
    return {
      rows: [],
      totalRows: 0,
      problems: [
        {
          row: 2,
          column: '',
          ...msg('Tidak ada baris inovasi di bawah judul kolom.', 'There are no innovation rows below the column headers.'),
        },
      ],
    };
  if (filled.length > MAX_IMPORT_ROWS)
    return {
      rows: [],
      totalRows: filled.length,
      problems: [
        {
          row: 1,
          column: '',
          ...msg(
            `Berkas berisi ${filled.length.toLocaleString('id-ID')} baris; satu impor paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris. Bagi menjadi beberapa berkas.`,
            `The file has ${filled.length.toLocaleString('en-GB')} rows; one import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')}. Split it into several files.`,
          ),
        },
      ],
    };

  const opdsByName = new Map<string, ImportOpd>();
  for (const o of ctx.opds) {
    opdsByName.set(normalName(o.name), o);
    if (o.shortName && !opdsByName.has(normalName(o.shortName))) opdsByName.set(normalName(o.shortName), o);
  }
  const problems: ImportProblem[] = [];
  const out: ImportRow[] = [];
  const seen = new Map<string, number>();

  for (const { row, cells } of filled) {
    const before = problems.length;
    const raw = (key: ColumnKey): CellValue => (index[key] === undefined ? null : (cells[index[key] as number] ?? null));
    const text = (key: ColumnKey) => cellText(raw(key));
    const problem = (key: ColumnKey, id: string, en: string) => problems.push({ row, column: names[key] ?? '', id, en });

    const name = text('name').replace(/\s+/g, ' ');
    if (!name) problem('name', 'Nama inovasi wajib diisi.', 'The innovation name is required.');
    else if (name.length > PROFILE_TEXT_MAX.name)
      problem('name', `Nama inovasi paling panjang ${PROFILE_TEXT_MAX.name} karakter.`, `The innovation name is at most ${PROFILE_TEXT_MAX.name} characters.`);

    const opdText = text('opd');
    const opd = opdText ? opdsByName.get(normalName(opdText)) : undefined;
    if (!opdText) problem('opd', 'Perangkat Daerah wajib diisi.', 'The agency (Perangkat Daerah) is required.');
    else if (!opd)
      problem(
        'opd',
        `Perangkat Daerah "${opdText}" tidak dikenal di daerah ini (tulis nama atau singkatannya seperti di menu Perangkat Daerah).`,
        `Agency "${opdText}" is not known in this region (write its name or short name as in the Agencies menu).`,
      );

    let unitId: string | null = null;
    const unitText = text('unit');
    if (unitText && opd) {
      const unit = opd.units.find((u) => normalName(u.name) === normalName(unitText));
      if (unit) unitId = unit.id;
      else problem('unit', `Unit "${unitText}" tidak ada di ${opd.name}.`, `Unit "${unitText}" does not belong to ${opd.name}.`);
    }

    const choice = <T extends string>(key: 'tahapan' | 'jenis' | 'bentuk' | 'inisiatorType' | 'tematik', labels: Record<T, string>): T | null => {
      const t = text(key);
      if (!t) return null;
      const code = choiceOf(labels, t);
      if (!code)
        problem(
          key,
          `"${t}" bukan pilihan ${names[key]} yang sah; pilih salah satu: ${LABELS[key].list}.`,
          `"${t}" is not a valid ${LABELS[key].en}; choose one of: ${LABELS[key].list}.`,
        );
      return code;
    };
    const tahapan = choice('tahapan', TAHAPAN_LABEL);
    const jenis = choice('jenis', JENIS_LABEL);
    const bentuk = choice('bentuk', BENTUK_LABEL);
    const inisiatorType = choice('inisiatorType', INISIATOR_LABEL);
    const tematik = choice('tematik', TEMATIK_LABEL);

    const urusanList = (key: ColumnKey): string[] => {
      const parts = text(key)
        .split(/[;\n]+/)
        .map((p) => p.trim())
        .filter(Boolean);
      const codes: string[] = [];
      for (const p of parts) {
        const code = urusanOf(p);
        if (!code)
          problem(
            key,
            `Urusan "${p}" tidak dikenal; tulis kodenya (mis. 1.02) atau namanya (mis. Kesehatan).`,
            `Government affair (urusan) "${p}" is not known; write its code (e.g. 1.02) or name (e.g. Kesehatan).`,
          );
        else if (!codes.includes(code)) codes.push(code);
      }
      return codes;
    };
    let urusanUtama: string | null = null;
    let urusanLain: string[] = [];
    if (index.urusan !== undefined) {
      const all = urusanList('urusan');
      urusanUtama = all[0] ?? null;
      urusanLain = all.slice(1);
    } else {
      const utama = urusanList('urusanUtama');
      if (utama.length > 1) problem('urusanUtama', 'Urusan utama hanya satu.', 'There is only one main government affair.');
      urusanUtama = utama[0] ?? null;
      urusanLain = urusanList('urusanLain').filter((c) => c !== urusanUtama);
    }
    if (urusanLain.length > 20) problem(index.urusan !== undefined ? 'urusan' : 'urusanLain', 'Paling banyak 20 urusan lain.', 'At most 20 other affairs.');

    const date = (key: 'waktuUjiCoba' | 'waktuPenerapan') => {
      const v = raw(key);
      if (cellText(v) === '') return null;
      const iso = parseDate(v);
      if (!iso)
        problem(
          key,
          `"${cellText(v)}" bukan tanggal yang sah; tulis seperti 28/02/2024 atau 28 Februari 2024.`,
          `"${cellText(v)}" is not a valid date; write it like 28/02/2024 or 28 Februari 2024.`,
        );
      return iso;
    };
    const waktuUjiCoba = date('waktuUjiCoba');
    const waktuPenerapan = date('waktuPenerapan');

    const long = (key: ColumnKey, value: string, max: number) => {
      if (value.length > max) problem(key, `Paling panjang ${max.toLocaleString('id-ID')} karakter.`, `At most ${max.toLocaleString('en-GB')} characters.`);
    };
    const texts = {} as Record<(typeof TEXT_KEYS)[number], string | null>;
    for (const key of TEXT_KEYS) {
      const t = text(key);
      long(key, t, PROFILE_TEXT_MAX[key]);
      texts[key] = t || null;
    }
    const rb = text('rancangBangun');
    const rancangBangun = rb ? plainToHtml(rb) : null;
    if (rancangBangun) long('rancangBangun', rancangBangun, PROFILE_TEXT_MAX.rancangBangun);

    if (name && opd) {
      const key = `${opd.id}|${normalName(name)}`;
      const first = seen.get(key);
      if (first !== undefined)
        problem(
          'name',
          `"${name}" sudah ada di baris ${first} untuk ${opd.name}; satu nama hanya sekali per Perangkat Daerah.`,
          `"${name}" is already in row ${first} for ${opd.name}; a name appears once per agency.`,
        );
      else seen.set(key, row);
      if (ctx.existing.has(key))
        problem(
          'name',
          `${opd.name} sudah punya inovasi "${name}" pada periode ${ctx.periodYear}.`,
          `${opd.name} already has an innovation "${name}" in the ${ctx.periodYear} period.`,
        );
    }

    if (problems.length === before && opd)
      out.push({
        row,
        opdId: opd.id,
        unitId,
        name,
        tahapan,
        inisiatorType,
        inisiatorName: texts.inisiatorName,
        jenis,
        bentuk,
        tematik,
        urusanUtama,
        urusanLain,
        waktuUjiCoba,
        waktuPenerapan,
        rancangBangun,
        tujuan: texts.tujuan,
        manfaat: texts.manfaat,
        hasil: texts.hasil,
        lokasi: texts.lokasi,
        haki: texts.haki,
        penghargaan: texts.penghargaan,
      });
  }
  // In reading order: by row, then by the column's place in the file.
  const place = new Map(Object.values(names).map((n) => [n, header.findIndex((h) => cellText(h) === n)]));
  problems.sort((a, b) => a.row - b.row || (place.get(a.column) ?? -1) - (place.get(b.column) ?? -1));
  return { rows: problems.length ? [] : out, problems, totalRows: filled.length };
}

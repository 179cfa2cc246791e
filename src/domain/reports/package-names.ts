// Predictable names inside the national submission package: a folder per sent innovation, each evidence
// file named by indicator code and name, safe on Windows and in the national portal's upload form.

const EXT: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'video/mp4': 'mp4' };

/** Characters no filesystem objects to, spaces collapsed, length bounded. */
export function safeName(text: string, max = 80): string {
  const cleaned = [...text]
    .filter((ch) => ch.charCodeAt(0) >= 0x20)
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  return (cleaned || 'tanpa-nama').slice(0, max).trim();
}

/**
 * "003 Posyandu Digital": numbered as wide as the largest number (at least two digits), so folders sort in
 * order in any file list or upload dialog ("099" before "100", where "99" would come after "100").
 */
export const folderName = (index: number, innovationName: string, count = index) =>
  `${String(index).padStart(Math.max(2, String(count).length), '0')} ${safeName(innovationName, 70)}`;

/** "16 Regulasi Inovasi Daerah.pdf", then "16 Regulasi Inovasi Daerah (2).pdf" for a second file. */
export function evidenceFileName(code: string, indicatorName: string, mime: string, taken: Set<string>): string {
  // The code is cleaned too: a framework imported before codes were checked may hold "../../z".
  const safeCode = code
    .replace(/[^A-Za-z0-9._-]/g, '')
    .replace(/\.{2,}/g, '.')
    .replace(/^[._-]+|[._-]+$/g, '')
    .slice(0, 10);
  const base = `${safeCode} ${safeName(indicatorName, 70)}`.trim();
  const ext = EXT[mime] ?? 'bin';
  let name = `${base}.${ext}`;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base} (${k}).${ext}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The manifest's columns, in the order of the national innovation profile form. */
export const MANIFEST_COLUMNS = [
  'No',
  'Nama Inovasi',
  'Perangkat Daerah',
  'Tahapan Inovasi',
  'Inisiator Inovasi',
  'Nama Inisiator',
  'Jenis Inovasi',
  'Bentuk Inovasi Daerah',
  'Tematik',
  'Urusan Pemerintahan Utama',
  'Urusan Lain yang Beririsan',
  'Waktu Uji Coba',
  'Waktu Penerapan',
  'Rancang Bangun',
  'Tujuan',
  'Manfaat',
  'Hasil Inovasi',
  'Kematangan (diklaim)',
  'Kematangan (terverifikasi)',
  'Folder bukti dukung',
] as const;

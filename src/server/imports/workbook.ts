// The spreadsheet side of the bulk import (exceljs): the template a region fills — the recap's columns, a
// second sheet with the instructions and every allowed value, dropdowns where a list fits — and the reading
// of an uploaded workbook into plain cells for the domain's check (domain/imports/spreadsheet.ts).
import ExcelJS from 'exceljs';
import { URUSAN } from '../../domain/iid/urusan';
import { type CellValue, IMPORT_SHEET, MAX_IMPORT_ROWS, TEMPLATE_COLUMNS } from '../../domain/imports/spreadsheet';
import { BENTUK_LABEL, INISIATOR_LABEL, JENIS_LABEL, TAHAPAN_LABEL, TEMATIK_LABEL, urusanLabel } from '../../domain/innovation/labels';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One exceljs cell value as a plain value: rich text joined, a formula's result, a link's text. */
export function plainCell(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return plainCell((value.result ?? null) as ExcelJS.CellValue);
    if ('formula' in value || 'sharedFormula' in value) return null;
    if ('text' in value && 'hyperlink' in value) return plainCell(value.text as ExcelJS.CellValue);
    if ('error' in value) return String(value.error);
  }
  return null;
}

export interface SheetCells {
  header: CellValue[];
  rows: { row: number; cells: CellValue[] }[];
}

/** The innovations sheet of a workbook ("Per inovasi", else the first) as its header and data rows. */
export async function readWorkbook(buffer: Buffer): Promise<SheetCells> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = wb.worksheets.find((w) => w.name.trim().toLowerCase() === IMPORT_SHEET.toLowerCase()) ?? wb.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const width = Math.min(sheet.columnCount, 500);
  const cellsOf = (r: ExcelJS.Row) => Array.from({ length: width }, (_, k) => plainCell(r.getCell(k + 1).value));
  const header = cellsOf(sheet.getRow(1));
  const rows: SheetCells['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (r, n) => {
    // A little past the limit is read, so the check can say how many rows there were.
    if (n > 1 && rows.length <= MAX_IMPORT_ROWS + 1000) rows.push({ row: n, cells: cellsOf(r) });
  });
  return { header, rows };
}

export interface TemplateOpd {
  name: string;
  shortName: string;
  units: string[];
}

const LISTS: { title: string; values: string[]; column?: string }[] = [
  { title: 'Tahapan', values: Object.values(TAHAPAN_LABEL), column: 'tahapan' },
  { title: 'Jenis', values: Object.values(JENIS_LABEL), column: 'jenis' },
  { title: 'Bentuk', values: Object.values(BENTUK_LABEL), column: 'bentuk' },
  { title: 'Inisiator', values: Object.values(INISIATOR_LABEL), column: 'inisiatorType' },
  { title: 'Tematik', values: Object.values(TEMATIK_LABEL), column: 'tematik' },
  { title: 'Urusan', values: URUSAN.map((u) => urusanLabel(u.code)), column: 'urusan' },
];

const colLetter = (n: number) => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

/** The template: the recap's columns with one example row, dropdowns for the closed lists and the region's OPDs. */
export async function buildTemplate(regionName: string, periodYear: number | null, opds: TemplateOpd[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Inovda';
  const sheet = wb.addWorksheet(IMPORT_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  const help = wb.addWorksheet('Petunjuk');

  sheet.columns = TEMPLATE_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: c.key === 'rancangBangun' ? 60 : c.key === 'name' || c.key === 'opd' ? 36 : 22,
    ...(c.key === 'waktuUjiCoba' || c.key === 'waktuPenerapan' ? { style: { numFmt: 'dd/mm/yyyy' } } : {}),
  }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F0FB' } };
  TEMPLATE_COLUMNS.forEach((c, k) => {
    head.getCell(k + 1).note = c.hint;
  });

  // Instructions first, then one column per list (what the dropdowns offer).
  help.getColumn(1).width = 60;
  const lines = [
    `Templat impor inovasi — ${regionName}${periodYear ? `, periode ${periodYear}` : ''}`,
    '',
    `1. Isi satu inovasi per baris di lembar "${IMPORT_SHEET}", mulai baris 2. Jangan ubah judul kolom di baris 1.`,
    '2. Kolom wajib: Perangkat Daerah dan Nama inovasi. Kolom lain boleh kosong dan dapat dilengkapi di Inovda.',
    '3. Pilihan (Tahapan, Jenis, Bentuk, Inisiator, Tematik, Urusan) ditulis seperti daftar di bawah; tersedia daftar pilihan di sel.',
    '4. Urusan: urusan utama lebih dulu, urusan lain sesudahnya dipisah titik koma (;), mis. "1.02 Kesehatan; 1.01 Pendidikan".',
    '5. Tanggal: 28/02/2024, sel tanggal Excel, atau "28 Februari 2024".',
    '   Contoh baris: Dinas Kesehatan | Posyandu Digital | Penerapan | Digital | 1.02 Kesehatan | … | 15/01/2025',
    '6. Nama inovasi tidak boleh sama dalam satu Perangkat Daerah, di berkas ini maupun di periode yang dipilih.',
    '7. Rekap inovasi yang diunduh dari Inovda (rekap-inovasi-<tahun>.xlsx) juga dapat diimpor apa adanya.',
    '8. Semua baris diperiksa dulu; bila ada masalah tidak ada yang disimpan. Inovasi tersimpan sebagai draf periode yang dipilih.',
  ];
  lines.forEach((l, k) => {
    help.getCell(k + 1, 1).value = l;
  });
  help.getCell(1, 1).font = { bold: true, size: 13 };

  for (const [k, c] of TEMPLATE_COLUMNS.entries()) {
    const r = lines.length + 2 + k;
    help.getCell(r, 1).value = c.header;
    help.getCell(r, 1).font = { bold: true };
    help.getCell(r, 2).value = c.hint;
  }
  help.getColumn(2).width = 80;

  const listTop = lines.length + TEMPLATE_COLUMNS.length + 4;
  const lists = [
    ...LISTS,
    { title: 'Perangkat Daerah', values: opds.map((o) => o.name), column: 'opd' },
    { title: 'Singkatan', values: opds.map((o) => o.shortName) },
    { title: 'Unit', values: opds.flatMap((o) => o.units.map((u) => `${u} (${o.shortName})`)) },
  ];
  lists.forEach((list, k) => {
    const col = k + 3;
    help.getColumn(col).width = list.title === 'Urusan' || list.title === 'Perangkat Daerah' || list.title === 'Bentuk' ? 44 : 20;
    help.getCell(listTop, col).value = list.title;
    help.getCell(listTop, col).font = { bold: true };
    list.values.forEach((v, i) => {
      help.getCell(listTop + 1 + i, col).value = v;
    });
    const at = TEMPLATE_COLUMNS.findIndex((c) => c.key === list.column);
    if (at < 0 || !list.values.length) return;
    const letter = colLetter(at + 1);
    const source = `Petunjuk!$${colLetter(col)}$${listTop + 1}:$${colLetter(col)}$${listTop + list.values.length}`;
    // Urusan may hold several (utama; lain): the list helps, it does not refuse.
    const strict = list.title !== 'Urusan';
    (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}1001`, {
      type: 'list',
      allowBlank: true,
      formulae: [source],
      showErrorMessage: strict,
      errorStyle: 'stop',
      errorTitle: list.title,
      error: `Pilih ${list.title} dari daftar (lembar Petunjuk).`,
    });
  });

  return Buffer.from(await wb.xlsx.writeBuffer());
}

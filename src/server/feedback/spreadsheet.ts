// The satisfaction figures as a spreadsheet a region attaches as monev evidence: one sheet per OPD totals, one
// per innovation, Indonesian headers, numbers stored as numbers (shown 4,25 in an Indonesian spreadsheet).
import type { SatisfactionReport } from '../../contract/feedback';

const DISTRIBUTION = ['1', '2', '3', '4', '5'] as const;
const AVERAGE_FORMAT = '#,##0.00';
const COUNT_FORMAT = '#,##0';

export async function satisfactionWorkbook(report: SatisfactionReport): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Inovda';
  wb.created = new Date();
  const period = report.year ? `Tahun ${report.year}` : 'Semua tahun';
  const ratingHeaders = DISTRIBUTION.map((k) => `Nilai ${k}`);

  const sheet = (name: string, headers: string[], widths: number[]) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
    ws.addRow([`Kepuasan Masyarakat atas Inovasi Daerah — ${name} (${period}; umpan balik yang disetujui)`]).font = { bold: true };
    ws.addRow([]);
    ws.addRow(headers).font = { bold: true };
    ws.columns.forEach((c, k) => {
      c.width = widths[k] ?? 12;
    });
    return ws;
  };
  const numbers = (ws: ReturnType<typeof wb.addWorksheet>, firstNumberColumn: number) => {
    for (let r = 4; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      row.getCell(firstNumberColumn).numFmt = COUNT_FORMAT;
      row.getCell(firstNumberColumn + 1).numFmt = AVERAGE_FORMAT;
      for (let k = 2; k <= 6; k++) row.getCell(firstNumberColumn + k).numFmt = COUNT_FORMAT;
    }
  };
  const figures = (s: SatisfactionReport['total']) => [s.count, s.average ?? null, ...DISTRIBUTION.map((k) => s.distribution[k])];

  const perOpd = sheet(
    'Per Perangkat Daerah',
    ['No', 'Perangkat Daerah', 'Jumlah Penilaian', 'Rata-rata Kepuasan (1–5)', ...ratingHeaders],
    [6, 44, 16, 22, 10, 10, 10, 10, 10],
  );
  for (const [k, o] of report.opds.entries()) perOpd.addRow([k + 1, o.opdName, ...figures(o)]);
  perOpd.addRow(['', 'Jumlah seluruh Perangkat Daerah', ...figures(report.total)]).font = { bold: true };
  numbers(perOpd, 3);

  const perInnovation = sheet(
    'Per Inovasi',
    ['No', 'Perangkat Daerah', 'Nama Inovasi', 'Jumlah Penilaian', 'Rata-rata Kepuasan (1–5)', ...ratingHeaders],
    [6, 36, 44, 16, 22, 10, 10, 10, 10, 10],
  );
  for (const [k, i] of report.innovations.entries()) perInnovation.addRow([k + 1, i.opdName, i.name, ...figures(i)]);
  numbers(perInnovation, 4);

  return Buffer.from(await wb.xlsx.writeBuffer());
}

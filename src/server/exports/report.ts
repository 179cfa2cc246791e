// The leaders' PDF report in Bahasa Indonesia: cover, IID and predicate (claimed and verified), the trend of
// official results with this year's forecast, the OPD table, the weakest variables and the best actions.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { IidResult } from '../../domain/iid/engine';
import type { RankedAction } from '../../domain/iid/simulator';
import type { Framework } from '../../domain/iid/types';
import type { OpdRow } from '../../domain/monitoring/opd-monitoring';
import { actionText, topGaps } from '../../domain/reports/leader-report';

export interface ReportInput {
  regionName: string;
  year: number;
  generatedOn: string;
  framework: Framework;
  claimed: IidResult;
  verified: IidResult;
  history: { year: number; iid: number }[];
  opds: (OpdRow & { name: string })[];
  actions: RankedAction[];
  innovationName: (id: string) => string;
}

const id2 = (x: number) => x.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export async function writeLeaderReport(path: string, r: ReportInput): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Laporan Inovasi Daerah ${r.regionName} ${r.year}`, Author: 'Inovda' } });
  const done = pipeline(doc, createWriteStream(path));

  // Cover
  doc.fontSize(24).text('Laporan Inovasi Daerah', { align: 'center' }).moveDown(0.5);
  doc.fontSize(18).text(`${r.regionName} — ${r.year}`, { align: 'center' }).moveDown(2);
  doc.fontSize(12).text(`Indeks Inovasi Daerah (diklaim): ${id2(r.claimed.iid)} — ${r.claimed.predicate}`, { align: 'center' });
  doc.text(`Indeks Inovasi Daerah (terverifikasi): ${id2(r.verified.iid)} — ${r.verified.predicate}`, { align: 'center' }).moveDown(2);
  doc.fontSize(10).fillColor('#555').text(`Kerangka penilaian: ${r.framework.name}. Disusun ${r.generatedOn} oleh Inovda.`, { align: 'center' });
  doc.fillColor('black');

  // IID and trend
  doc.addPage().fontSize(16).text('Capaian dan tren IID').moveDown(0.5);
  doc
    .fontSize(11)
    .text(`SPD ${id2(r.verified.spd)}, SID ${id2(r.verified.sid)} (terverifikasi); ${r.verified.sent} inovasi dikirim, pembagi ${r.verified.divisor}.`)
    .moveDown(0.5);
  const points = [...r.history.map((h) => ({ label: String(h.year), iid: h.iid })), { label: `${r.year} (perkiraan)`, iid: r.verified.iid }];
  const chartTop = doc.y + 10;
  const chartLeft = 70;
  const width = 440;
  const height = 160;
  doc.rect(chartLeft, chartTop, width, height).stroke('#ccc');
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const yOf = (iid: number) => chartTop + height - (Math.max(0, Math.min(100, iid)) / 100) * height;
  points.forEach((p, k) => {
    const x = chartLeft + k * step;
    if (k > 0)
      doc
        .moveTo(chartLeft + (k - 1) * step, yOf(points[k - 1].iid))
        .lineTo(x, yOf(p.iid))
        .stroke('#1c7ed6');
    doc.circle(x, yOf(p.iid), 3).fill('#1c7ed6');
    doc
      .fillColor('black')
      .fontSize(8)
      .text(`${p.label}: ${id2(p.iid)}`, x - 40, chartTop + height + 6, { width: 80, align: 'center' });
  });
  doc.x = 50;
  doc.y = chartTop + height + 30;
  doc.fillColor('black');

  // OPD table
  doc.fontSize(16).text('Perangkat Daerah', 50).moveDown(0.3);
  doc.fontSize(9);
  const cols = [50, 260, 320, 370, 450];
  const header = ['Perangkat Daerah', 'Inovasi', 'Dikirim', 'Kematangan', 'Target'];
  const row = (cells: string[]) => {
    if (doc.y > 760) doc.addPage();
    const y = doc.y;
    for (const [k, c] of cells.entries()) doc.text(c, cols[k], y, { width: (cols[k + 1] ?? 545) - cols[k] - 6 });
    doc.moveDown(0.2);
  };
  row(header);
  for (const o of r.opds) row([o.name, String(o.registered), String(o.sent), id2(o.averageVerified), o.meetsTarget ? 'tercapai' : 'belum']);
  if (!r.opds.length) doc.text('Belum ada Perangkat Daerah aktif.', 50);

  // Gaps and actions
  doc.addPage().fontSize(16).text('Kelemahan utama', 50).moveDown(0.3).fontSize(11);
  const gaps = topGaps(r.verified);
  if (!gaps.length) doc.text('Belum ada data untuk dinilai.');
  for (const g of gaps) doc.text(`• ${g.variable}: ${g.percent.toLocaleString('id-ID')} % dari nilai maksimum`);
  doc.moveDown().fontSize(16).text('Tindakan yang paling menaikkan IID').moveDown(0.3).fontSize(11);
  if (!r.actions.length) doc.text('Tidak ada tindakan yang menaikkan IID pada data saat ini.');
  for (const a of r.actions) doc.text(`• ${actionText(r.framework, a, r.innovationName)} (+${id2(a.gain)} poin)`);
  doc.end();
  await done;
}

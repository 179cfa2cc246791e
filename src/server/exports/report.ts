// The leaders' PDF report in Bahasa Indonesia: the region's letterhead (kop surat) and cover, IID and predicate
// (claimed and verified), the trend of official results with this year's forecast, the OPD table, the weakest
// variables, the best actions, competitions and awards, the IPKD beside the IID, and the signing official's block.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { Spd12Support } from '../../domain/competitions/rewards';
import type { IidResult } from '../../domain/iid/engine';
import type { RankedAction } from '../../domain/iid/simulator';
import type { Framework } from '../../domain/iid/types';
import type { OpdRow } from '../../domain/monitoring/opd-monitoring';
import { trendYears } from '../../domain/monitoring/trend';
import { indonesianDate } from '../../domain/reports/indonesian-date';
import { actionText, distinctActions, topGaps } from '../../domain/reports/leader-report';
import { type Letterhead, signatureLines } from '../../domain/reports/letterhead';
import type { IpkdReport } from '../shared/ipkd/years';

export interface ReportInput {
  regionName: string;
  year: number;
  /** Today in WIB, YYYY-MM-DD. */
  today: string;
  framework: Framework;
  claimed: IidResult;
  verified: IidResult;
  history: { year: number; iid: number }[];
  opds: (OpdRow & { name: string })[];
  /** Innovations sent per OPD for "One OPD More Than One Innovation". */
  opdTarget: number;
  actions: RankedAction[];
  innovationName: (id: string) => string;
  letterhead: Letterhead & { logo: { mime: string; bytes: Buffer } | null };
  /** Published competition winners and national awards of the period's year and the one before, and SPD 12's rewards. */
  awards: {
    winners: { competitionId: string; competitionName: string; year: number; innovationName: string; opdName: string; rank: number | null }[];
    national: { award: string; year: number; innovationName: string; opdName: string }[];
    spd12: Spd12Support;
  };
  /** The newest IPKD year, when the region monitors it (not in an OPD's own report). */
  ipkd: IpkdReport | null;
}

const id4 = (x: number) => x.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** The IPKD beside the IID: the newest measurement year, its dimensions, what to improve first, and the trend. */
function drawIpkd(doc: Doc, k: IpkdReport): void {
  doc.font('Helvetica-Bold').fontSize(16).fillColor('black').text('Indeks Pengelolaan Keuangan Daerah (IPKD)', LEFT).moveDown(0.3);
  doc.font('Helvetica').fontSize(11);
  doc.text(`Tahun ukur ${k.measurementYear} (tahun anggaran ${k.budgetYear}).`);
  doc.text(`IPKD diklaim ${id4(k.claimed.ipkd)} — predikat ${k.claimed.predicate}; terverifikasi ${id4(k.verified.ipkd)} — predikat ${k.verified.predicate}.`);
  if (k.official)
    doc.text(`Hasil resmi: ${id4(k.official.ipkd)}${k.official.predicate ? ` — predikat ${k.official.predicate}` : ''} (sumber: ${k.official.source}).`);
  doc.moveDown(0.3);
  for (const d of k.dimensions) doc.text(`• ${d.name} (bobot ${d.weight.toLocaleString('id-ID')} %): indeks ${id4(d.index)}`, LEFT + 12);
  if (k.actions.length) {
    doc.moveDown(0.3).font('Helvetica-Bold').text('Yang paling menaikkan IPKD', LEFT).font('Helvetica');
    for (const a of k.actions) doc.text(`• ${a.name} (+${id4(a.gain)} poin${a.reaches ? `, mencapai predikat ${a.reaches}` : ''})`, LEFT + 12);
  }
  if (k.trend.length > 1) {
    doc.moveDown(0.3).font('Helvetica-Bold').text('Tren', LEFT).font('Helvetica');
    for (const t of k.trend) doc.text(`• ${t.year}: diklaim ${id4(t.claimed)}${t.official === null ? '' : `, resmi ${id4(t.official)}`}`, LEFT + 12);
  }
}

/** Published results and awards: each competition's winners by rank, national awards, and what the rewards support. */
function drawAwards(doc: Doc, r: ReportInput): void {
  const a = r.awards;
  doc.font('Helvetica-Bold').fontSize(16).fillColor('black').text('Kompetisi dan penghargaan', LEFT).moveDown(0.3);
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor('#555')
    .text(`Hasil yang diumumkan pada tahun ${r.year - 1}–${r.year}.`)
    .fillColor('black')
    .moveDown(0.4);
  if (!a.winners.length && !a.national.length) doc.fontSize(11).text('Belum ada hasil kompetisi yang diumumkan atau penghargaan nasional yang tercatat.');
  let last = '';
  for (const w of a.winners) {
    if (doc.y + 40 > BOTTOM) doc.addPage();
    if (w.competitionId !== last) {
      last = w.competitionId;
      doc.moveDown(0.3).font('Helvetica-Bold').fontSize(11).text(`${w.competitionName} (${w.year})`, LEFT);
    }
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(`${w.rank ?? '–'}. ${w.innovationName} — ${w.opdName}`, LEFT + 12);
  }
  if (a.national.length) doc.moveDown(0.4).font('Helvetica-Bold').fontSize(11).text('Penghargaan nasional dan provinsi', LEFT);
  for (const n of a.national) {
    if (doc.y + 30 > BOTTOM) doc.addPage();
    doc
      .font('Helvetica')
      .fontSize(10)
      .text(`• ${n.award}: ${n.innovationName} — ${n.opdName}`, LEFT + 12);
  }
  const s = a.spd12;
  doc.moveDown(0.5).font('Helvetica').fontSize(10);
  doc.text(
    `Penghargaan bagi inovator (SPD 12) ${s.from}–${s.until}: ${s.certificates} piagam, ${s.incentives} dengan reward/insentif` +
      (s.option ? ` — mendukung opsi ${s.option}.` : ' — belum mendukung opsi apa pun.'),
    LEFT,
  );
}

const id2 = (x: number) => x.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const LEFT = 50;
const RIGHT = 545;
const BOTTOM = 792;
const OFFICIAL = '#1c7ed6';
const CLAIMED = '#e8590c';
const VERIFIED = '#0ca678';

type Doc = PDFKit.PDFDocument;

/** The kop surat: logo on the left, the government and agency centred, contacts, then a double rule. */
function drawLetterhead(doc: Doc, r: ReportInput): void {
  const l = r.letterhead;
  if (!l.agencyName && !l.address && !l.logo) return;
  const top = 40;
  let textLeft = LEFT;
  if (l.logo) {
    try {
      doc.image(l.logo.bytes, LEFT, top, { fit: [64, 64] });
      textLeft = LEFT + 72;
    } catch {
      // An image pdfkit cannot read leaves the kop without a logo rather than failing the report.
    }
  }
  const width = RIGHT - textLeft - (l.logo ? 72 : 0);
  doc.fillColor('black').font('Helvetica-Bold').fontSize(13);
  doc.text(`PEMERINTAH ${r.regionName.toUpperCase()}`, textLeft, top, { width, align: 'center' });
  if (l.agencyName) doc.fontSize(14).text(l.agencyName.toUpperCase(), textLeft, doc.y, { width, align: 'center' });
  doc.font('Helvetica').fontSize(9);
  if (l.address) doc.text(l.address, textLeft, doc.y + 2, { width, align: 'center' });
  const contacts = [l.phone && `Telepon ${l.phone}`, l.email && `E-mail ${l.email}`].filter(Boolean).join(' · ');
  if (contacts) doc.text(contacts, textLeft, doc.y, { width, align: 'center' });
  const ruleY = Math.max(doc.y, l.logo ? top + 64 : 0) + 6;
  doc.save().lineWidth(2).moveTo(LEFT, ruleY).lineTo(RIGHT, ruleY).stroke('black');
  doc
    .lineWidth(0.6)
    .moveTo(LEFT, ruleY + 3)
    .lineTo(RIGHT, ruleY + 3)
    .stroke('black')
    .restore();
  doc.x = LEFT;
  doc.y = ruleY + 24;
}

/** Official results as a line with gaps for years without a result; this year's claimed and verified forecast
 * as separate, labelled markers — never joined to the official line. */
function drawTrend(doc: Doc, r: ReportInput): void {
  const years = trendYears(r.history, r.year);
  const left = LEFT + 40;
  const top = doc.y + 14;
  const width = RIGHT - left - 10;
  const height = 170;
  const step = width / years.length;
  const xOf = (k: number) => left + step * (k + 0.5);
  const yOf = (iid: number) => top + height - (Math.max(0, Math.min(100, iid)) / 100) * height;

  doc.font('Helvetica').fontSize(8).fillColor('#333');
  doc.text('IID', left - 34, top - 12, { width: 28, align: 'right' });
  for (let v = 0; v <= 100; v += 20) {
    const y = yOf(v);
    doc
      .save()
      .lineWidth(0.5)
      .moveTo(left, y)
      .lineTo(left + width, y)
      .stroke(v === 0 ? '#555' : '#e0e0e0')
      .restore();
    doc
      .moveTo(left - 4, y)
      .lineTo(left, y)
      .stroke('#555');
    doc.fillColor('#333').text(String(v), left - 34, y - 4, { width: 26, align: 'right' });
  }
  doc
    .moveTo(left, top)
    .lineTo(left, top + height)
    .stroke('#555');

  years.forEach((y, k) => {
    doc
      .moveTo(xOf(k), top + height)
      .lineTo(xOf(k), top + height + 4)
      .stroke('#555');
    doc.fillColor('#333').text(String(y.year), xOf(k) - step / 2, top + height + 7, { width: step, align: 'center' });
  });

  // Official line: a segment only between two consecutive years that both have a result.
  doc.save().lineWidth(1.5);
  years.forEach((y, k) => {
    const prev = years[k - 1];
    if (k > 0 && y.official !== null && prev.official !== null)
      doc
        .moveTo(xOf(k - 1), yOf(prev.official))
        .lineTo(xOf(k), yOf(y.official))
        .stroke(OFFICIAL);
  });
  doc.restore();
  years.forEach((y, k) => {
    if (y.official === null) return;
    doc.circle(xOf(k), yOf(y.official), 3).fill(OFFICIAL);
    doc
      .fillColor(OFFICIAL)
      .fontSize(8)
      .text(id2(y.official), xOf(k) - 30, yOf(y.official) - 13, { width: 60, align: 'center' });
  });

  // This year's forecast: hollow orange circle (claimed) and teal square (verified), labels on the side,
  // pushed apart when the two values are close.
  const k = years.findIndex((y) => y.year === r.year);
  const x = xOf(k);
  const yc = yOf(r.claimed.iid);
  const yv = yOf(r.verified.iid);
  doc.save().lineWidth(1.5).circle(x, yc, 4).stroke(CLAIMED).restore();
  doc.rect(x - 3.5, yv - 3.5, 7, 7).fill(VERIFIED);
  let labelC = yc - 4;
  let labelV = yv - 4;
  if (Math.abs(labelC - labelV) < 11) {
    const mid = (labelC + labelV) / 2;
    labelC = r.claimed.iid >= r.verified.iid ? mid - 6 : mid + 6;
    labelV = r.claimed.iid >= r.verified.iid ? mid + 6 : mid - 6;
  }
  // Labels go left of the markers when the current year is the last column (no room on the right).
  const labelWidth = 90;
  const onRight = x + 8 + labelWidth <= RIGHT;
  const lx = onRight ? x + 8 : x - 8 - labelWidth;
  const align = onRight ? 'left' : 'right';
  doc
    .fontSize(8)
    .fillColor(CLAIMED)
    .text(`Diklaim ${id2(r.claimed.iid)}`, lx, labelC, { width: labelWidth, align });
  doc.fillColor(VERIFIED).text(`Terverifikasi ${id2(r.verified.iid)}`, lx, labelV, { width: labelWidth, align });

  // Legend
  const ly = top + height + 24;
  doc.circle(left + 4, ly + 4, 3).fill(OFFICIAL);
  doc.fillColor('#333').text('Hasil resmi', left + 12, ly, { lineBreak: false });
  doc
    .save()
    .lineWidth(1.5)
    .circle(left + 94, ly + 4, 3.5)
    .stroke(CLAIMED)
    .restore();
  doc.fillColor('#333').text(`Perkiraan ${r.year} (diklaim)`, left + 102, ly, { lineBreak: false });
  doc.rect(left + 221, ly + 1, 6, 6).fill(VERIFIED);
  doc.fillColor('#333').text(`Perkiraan ${r.year} (terverifikasi)`, left + 231, ly, { lineBreak: false });
  doc
    .fillColor('#666')
    .text('Tahun tanpa hasil resmi dibiarkan kosong; perkiraan tahun berjalan tidak disambung ke garis hasil resmi.', left, ly + 12, { width });
  doc.fillColor('black');
  doc.x = LEFT;
  doc.y = ly + 34;
}

/** The OPD table: each row as tall as its longest cell (long names wrap), the header repeated on a new page. */
function drawOpdTable(doc: Doc, r: ReportInput): void {
  const cols = [
    { x: LEFT, w: 235 },
    { x: 290, w: 50 },
    { x: 340, w: 50 },
    { x: 390, w: 65 },
    { x: 455, w: RIGHT - 455 },
  ];
  const pad = 3;
  const row = (cells: string[], bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const h = Math.max(...cells.map((c, k) => doc.heightOfString(c, { width: cols[k].w - 6 }))) + pad * 2;
    if (doc.y + h > BOTTOM) {
      doc.addPage();
      if (!bold) row(HEADER, true);
    }
    const y = doc.y;
    for (const [k, c] of cells.entries()) doc.fillColor('black').text(c, cols[k].x, y + pad, { width: cols[k].w - 6 });
    doc
      .save()
      .lineWidth(0.4)
      .moveTo(LEFT, y + h)
      .lineTo(RIGHT, y + h)
      .stroke(bold ? '#555' : '#ccc')
      .restore();
    doc.x = LEFT;
    doc.y = y + h;
  };
  const HEADER = ['Perangkat Daerah', 'Inovasi', 'Dikirim', 'Kematangan terverifikasi', 'Target'];
  row(HEADER, true);
  // Every OPD below target says how far it is ("belum (1 dari 2 dikirim)"), not only those with nothing sent.
  for (const o of r.opds)
    row([o.name, String(o.registered), String(o.sent), id2(o.averageVerified), o.meetsTarget ? 'tercapai' : `belum (${o.sent} dari ${r.opdTarget} dikirim)`]);
  doc.font('Helvetica');
  if (!r.opds.length) doc.text('Belum ada Perangkat Daerah aktif.', LEFT);
}

/** "Mojokerto, 1 Desember 2026 / Kepala Bappeda / (space to sign) / name / NIP …" at the right. */
function drawSignature(doc: Doc, r: ReportInput): void {
  const s = signatureLines(r.letterhead, r.today);
  if (!s) return;
  const x = 320;
  const width = RIGHT - x;
  if (doc.y + 130 > BOTTOM) doc.addPage();
  doc.moveDown(2);
  doc.font('Helvetica').fontSize(11).fillColor('black');
  doc.text(s.placeAndDate, x, doc.y, { width, align: 'center' });
  if (s.title) doc.text(s.title, x, doc.y, { width, align: 'center' });
  doc.y += 56;
  doc.font('Helvetica-Bold').text(s.name, x, doc.y, { width, align: 'center', underline: Boolean(s.name) });
  doc.font('Helvetica');
  if (s.nip) doc.text(s.nip, x, doc.y, { width, align: 'center' });
  doc.x = LEFT;
}

export async function writeLeaderReport(path: string, r: ReportInput): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Laporan Inovasi Daerah ${r.regionName} ${r.year}`, Author: 'Inovda' } });
  const done = pipeline(doc, createWriteStream(path));

  // Cover
  drawLetterhead(doc, r);
  if (doc.y < 120) doc.y = 120;
  doc.font('Helvetica-Bold').fontSize(24).text('Laporan Inovasi Daerah', LEFT, doc.y, { align: 'center' }).moveDown(0.5);
  doc.font('Helvetica').fontSize(18).text(`${r.regionName} — ${r.year}`, { align: 'center' }).moveDown(2);
  doc.fontSize(12).text(`Indeks Inovasi Daerah (diklaim): ${id2(r.claimed.iid)} — ${r.claimed.predicate}`, { align: 'center' });
  doc.text(`Indeks Inovasi Daerah (terverifikasi): ${id2(r.verified.iid)} — ${r.verified.predicate}`, { align: 'center' }).moveDown(2);
  doc
    .fontSize(10)
    .fillColor('#555')
    .text(`Kerangka penilaian: ${r.framework.name}. Disusun ${indonesianDate(r.today)} oleh Inovda.`, { align: 'center' });
  doc.fillColor('black');

  // IID and trend
  doc.addPage().font('Helvetica-Bold').fontSize(16).text('Capaian dan tren IID').moveDown(0.5);
  doc
    .font('Helvetica')
    .fontSize(11)
    .text(`SPD ${id2(r.verified.spd)}, SID ${id2(r.verified.sid)} (terverifikasi); ${r.verified.sent} inovasi dikirim, pembagi ${r.verified.divisor}.`)
    .moveDown(0.5);
  drawTrend(doc, r);

  // OPD table
  if (doc.y + 80 > BOTTOM) doc.addPage();
  doc.font('Helvetica-Bold').fontSize(16).text('Perangkat Daerah', LEFT).moveDown(0.3);
  drawOpdTable(doc, r);

  // Gaps and actions
  doc.addPage().font('Helvetica-Bold').fontSize(16).text('Kelemahan utama', LEFT).moveDown(0.3).font('Helvetica').fontSize(11);
  const gaps = topGaps(r.verified);
  if (!gaps.length) doc.text('Belum ada data untuk dinilai.');
  for (const g of gaps) doc.text(`• ${g.variable}: ${g.percent.toLocaleString('id-ID')} % dari nilai maksimum`);
  doc.moveDown().font('Helvetica-Bold').fontSize(16).text('Tindakan yang paling menaikkan IID').moveDown(0.3).font('Helvetica').fontSize(11);
  const actions = distinctActions(r.actions, 5);
  if (!actions.length) doc.text('Tidak ada tindakan yang menaikkan IID pada data saat ini.');
  for (const a of actions) doc.text(`• ${actionText(r.framework, a, r.innovationName)} (+${id2(a.gain)} poin)`);

  doc.moveDown();
  if (doc.y + 120 > BOTTOM) doc.addPage();
  drawAwards(doc, r);

  if (r.ipkd) {
    doc.moveDown();
    if (doc.y + 160 > BOTTOM) doc.addPage();
    drawIpkd(doc, r.ipkd);
  }

  drawSignature(doc, r);
  doc.end();
  await done;
}

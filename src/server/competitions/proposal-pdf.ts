// The proposal as a PDF in Bahasa Indonesia, laid out for copying into the national form section by section: a
// cover with the innovation and the checks (word limits, empty sections), then each section with its word count
// against the limit, its text, and the files and links to attach with it.
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { ProposalDocumentModel } from '../../domain/competitions/proposal-document';
import { indonesianDate } from '../../domain/reports/indonesian-date';

export interface ProposalPdfInput {
  regionName: string;
  innovationName: string;
  opdName: string;
  /** "Kompetisi Inovasi Pelayanan Publik 2027 — Kelompok Umum", or the template's name for a draft. */
  contest: string;
  /** Where the text comes from, said on the cover ("usulan yang disetujui daerah", "draf dari profil inovasi"). */
  origin: string;
  /** Today in WIB, YYYY-MM-DD. */
  today: string;
  model: ProposalDocumentModel;
}

const LEFT = 56;
const WIDTH = 595.28 - 2 * LEFT;
const WARN = '#c92a2a';
const MUTED = '#555555';

const words = (n: number) => n.toLocaleString('id-ID');

export async function writeProposalPdf(path: string, p: ProposalPdfInput): Promise<void> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: LEFT, right: LEFT },
    bufferPages: true,
    info: { Title: `Proposal inovasi — ${p.innovationName}`, Author: 'Inovda', Subject: p.contest },
  });
  const done = pipeline(doc, createWriteStream(path));

  doc.font('Helvetica').fontSize(10).fillColor(MUTED).text(p.contest.toUpperCase(), { width: WIDTH });
  doc.moveDown(0.4).font('Helvetica-Bold').fontSize(20).fillColor('black').text(p.innovationName, { width: WIDTH });
  doc.moveDown(0.3).font('Helvetica').fontSize(12).text(`${p.opdName} — ${p.regionName}`, { width: WIDTH });
  doc
    .moveDown(0.3)
    .fontSize(9)
    .fillColor(MUTED)
    .text(`Sumber teks: ${p.origin}. Disusun ${indonesianDate(p.today)} oleh Inovda.`, { width: WIDTH });

  // The checks first: a section over its limit is refused by the national form, so it is said before anything else.
  doc.moveDown(1).fillColor('black').font('Helvetica-Bold').fontSize(12).text('Pemeriksaan sebelum diunggah');
  doc.font('Helvetica').fontSize(10).moveDown(0.2);
  if (p.model.ready) doc.text('Semua bagian terisi dan tidak melebihi batas kata.', { width: WIDTH });
  for (const name of p.model.overLimit) doc.fillColor(WARN).text(`• Melebihi batas kata: ${name}`, { width: WIDTH });
  for (const name of p.model.empty) doc.fillColor(WARN).text(`• Belum diisi: ${name}`, { width: WIDTH });
  doc.fillColor('black');

  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text('Daftar bagian');
  doc.font('Helvetica').fontSize(10).moveDown(0.2);
  p.model.sections.forEach((s, k) => {
    const limit = s.wordLimit === null ? `${words(s.words)} kata` : `${words(s.words)} / ${words(s.wordLimit)} kata`;
    doc.fillColor(s.over ? WARN : 'black').text(`${k + 1}. ${s.name} — ${limit}${s.attachments.length ? `, ${s.attachments.length} lampiran` : ''}`, {
      width: WIDTH,
    });
  });
  doc.fillColor('black');

  p.model.sections.forEach((s, k) => {
    doc.addPage();
    doc
      .font('Helvetica-Bold')
      .fontSize(14)
      .fillColor('black')
      .text(`${k + 1}. ${s.name}`, { width: WIDTH });
    const count = s.wordLimit === null ? `${words(s.words)} kata` : `${words(s.words)} dari batas ${words(s.wordLimit)} kata`;
    doc
      .font('Helvetica')
      .fontSize(9)
      .fillColor(s.over ? WARN : MUTED)
      .text(s.over ? `${count} — melebihi batas, kurangi sebelum diunggah` : count, { width: WIDTH });
    if (s.description) doc.moveDown(0.2).fillColor(MUTED).font('Helvetica-Oblique').text(s.description, { width: WIDTH });
    doc.moveDown(0.6).fillColor('black').font('Helvetica').fontSize(11);
    if (!s.blocks.length) doc.fillColor(WARN).text('(belum diisi)', { width: WIDTH }).fillColor('black');
    for (const b of s.blocks) {
      if (b.kind === 'heading') doc.font('Helvetica-Bold').text(b.text, LEFT, doc.y, { width: WIDTH }).font('Helvetica');
      else if (b.kind === 'quote')
        doc
          .font('Helvetica-Oblique')
          .text(b.text, LEFT + 16, doc.y, { width: WIDTH - 16 })
          .font('Helvetica');
      else if (b.kind === 'item') {
        const y = doc.y;
        doc.text(b.marker, LEFT + 8, y, { width: 18 });
        doc.text(b.text, LEFT + 28, y, { width: WIDTH - 28 });
      } else doc.text(b.text, LEFT, doc.y, { width: WIDTH, align: 'justify' });
      doc.moveDown(0.4);
    }
    if (s.attachments.length) {
      doc.moveDown(0.4).font('Helvetica-Bold').fontSize(10).text('Lampiran bagian ini', LEFT, doc.y, { width: WIDTH }).font('Helvetica');
      for (const a of s.attachments) {
        const what = a.url ? `${a.title || a.url} — ${a.url}` : `${a.title || a.fileName}${a.fileName && a.title ? ` (${a.fileName})` : ''}`;
        doc.text(`• ${what}`, LEFT, doc.y, { width: WIDTH, link: a.url ?? undefined });
      }
    }
  });

  // Page numbers last, on every buffered page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin pdfkit would start a new page for the footer; the margin is lifted for it.
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`${p.innovationName} — halaman ${i + 1} dari ${range.count}`, LEFT, 841.89 - 40, { width: WIDTH, align: 'center', lineBreak: false });
  }
  doc.end();
  await done;
}

// Real documents for the evidence pre-check's tests and bench: SK texts rendered into PDFs with a text layer
// (pdfkit), the same pages as scans (rendered to an image by pdftoppm, embedded as a picture: no text layer),
// and MP4 containers of a given length.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import PDFDocument from 'pdfkit';

const run = promisify(execFile);

/** A PDF whose pages hold these lines as text (one string per page; lines split on \n). */
export function textPdf(pages: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Bukti dukung' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Times-Roman').fontSize(12);
    pages.forEach((page, k) => {
      if (k > 0) doc.addPage();
      doc.text(page, { lineGap: 3 });
    });
    doc.end();
  });
}

/** A PDF of page images (PNG), as a scanner makes it: no text layer. */
export function imagePdf(images: Buffer[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    for (const image of images) {
      doc.addPage();
      doc.image(image, 0, 0, { width: doc.page.width, height: doc.page.height });
    }
    doc.end();
  });
}

/** Each page of a PDF as a PNG (pdftoppm, 1-bit at `dpi`: a fax-like scan, small). */
export async function pagesAsPng(pdf: Buffer, dpi = 150): Promise<Buffer[]> {
  const dir = await mkdtemp(join(tmpdir(), 'inovda-scan-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    await run('pdftoppm', ['-r', String(dpi), '-mono', '-png', join(dir, 'in.pdf'), join(dir, 'page')]);
    const { stdout } = await run('ls', [dir]);
    const names = stdout
      .split('\n')
      .filter((n) => n.startsWith('page-') && n.endsWith('.png'))
      .sort();
    return Promise.all(names.map((n) => readFile(join(dir, n))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The pages as a scanned PDF: text PDF → page images → a PDF of images. */
export async function scannedPdf(pages: string[], dpi = 150): Promise<Buffer> {
  return imagePdf(await pagesAsPng(await textPdf(pages), dpi));
}

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

/** An MP4 container (ftyp, mdat filler, moov with mvhd at the end, as phones write it) lasting `seconds`. */
export function mp4Lasting(seconds: number, opts: { version?: 0 | 1; timescale?: number; filler?: number } = {}): Buffer {
  const timescale = opts.timescale ?? 1000;
  const duration = Math.round(seconds * timescale);
  let mvhd: Buffer;
  if (opts.version === 1) {
    mvhd = Buffer.alloc(4 + 8 + 8 + 4 + 8 + 80);
    mvhd[0] = 1;
    mvhd.writeUInt32BE(timescale, 20);
    mvhd.writeBigUInt64BE(BigInt(duration), 24);
  } else {
    mvhd = Buffer.alloc(4 + 4 + 4 + 4 + 4 + 80);
    mvhd.writeUInt32BE(timescale, 12);
    mvhd.writeUInt32BE(duration, 16);
  }
  const ftyp = box('ftyp', Buffer.from('mp42', 'latin1'), Buffer.alloc(4), Buffer.from('mp42isom', 'latin1'));
  const mdat = box('mdat', Buffer.alloc(opts.filler ?? 4096, 0x2a));
  return Buffer.concat([ftyp, mdat, box('moov', box('mvhd', mvhd), box('trak', Buffer.alloc(16)))]);
}

/** An SK text: the heading, number, subject naming the innovation, the signing place and date, the signatory. */
export function skText(o: { signatory: 'bupati' | 'kepala_dinas'; innovation: string; number: string; signedOn: string }): string {
  const head =
    o.signatory === 'bupati'
      ? ['PEMERINTAH KABUPATEN MOJOKERTO', '', 'KEPUTUSAN BUPATI MOJOKERTO']
      : ['PEMERINTAH KABUPATEN MOJOKERTO', 'DINAS KESEHATAN', '', 'KEPUTUSAN KEPALA DINAS KESEHATAN KABUPATEN MOJOKERTO'];
  const who = o.signatory === 'bupati' ? 'BUPATI MOJOKERTO' : 'KEPALA DINAS KESEHATAN KABUPATEN MOJOKERTO';
  return [
    ...head,
    `NOMOR ${o.number}`,
    '',
    'TENTANG',
    '',
    `PENETAPAN INOVASI DAERAH ${o.innovation.toUpperCase()}`,
    '',
    `${who},`,
    '',
    'Menimbang : a. bahwa untuk meningkatkan kualitas pelayanan publik perlu dilaksanakan inovasi daerah;',
    `             b. bahwa inovasi ${o.innovation} telah dilaksanakan dan perlu ditetapkan dengan keputusan.`,
    'Mengingat : Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah.',
    '',
    'MEMUTUSKAN:',
    '',
    `Menetapkan : KEPUTUSAN TENTANG PENETAPAN INOVASI DAERAH ${o.innovation.toUpperCase()}.`,
    `KESATU : Menetapkan ${o.innovation} sebagai inovasi daerah.`,
    'KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
    '',
    'Ditetapkan di Mojokerto',
    `pada tanggal ${o.signedOn}`,
    '',
    `${who},`,
    '',
    'ttd.',
    '',
    o.signatory === 'bupati' ? 'IKFINA FAHMAWATI' : 'dr. ULUM ROKHMAT R., M.Kes',
  ].join('\n');
}

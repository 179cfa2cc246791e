// Stored evidence names: the extension follows the sniffed content, bidirectional tricks are removed.
import { describe, expect, it } from 'vitest';
import { cleanFileName } from '../../src/domain/evidence/file-rules';

describe('cleanFileName', () => {
  it('gives a PDF sent under another extension the .pdf extension', () => {
    expect(cleanFileName('laporan.html', 'pdf')).toBe('laporan.pdf');
    expect(cleanFileName('laporan', 'pdf')).toBe('laporan.pdf');
    expect(cleanFileName('foto.PNG', 'jpg')).toBe('foto.jpg');
    expect(cleanFileName('Laporan v1.2 final', 'pdf')).toBe('Laporan v1.2 final.pdf');
  });

  it('keeps a matching extension in any case, and JPEG spelled either way', () => {
    expect(cleanFileName('SK Perwali 2025.PDF', 'pdf')).toBe('SK Perwali 2025.PDF');
    expect(cleanFileName('foto kegiatan.jpeg', 'jpg')).toBe('foto kegiatan.jpeg');
  });

  it('removes bidirectional overrides that disguise the extension', () => {
    expect(cleanFileName('laporan\u202Efdp.exe', 'pdf')).toBe('laporanfdp.pdf');
    expect(cleanFileName('a\u2066b\u2069.pdf', 'pdf')).toBe('ab.pdf');
  });

  it('drops paths and control characters, and bounds the length with the extension kept', () => {
    expect(cleanFileName('../../etc/passwd', 'pdf')).toBe('passwd.pdf');
    expect(cleanFileName('C:\\Users\\x\\bukti\u0007.pdf', 'pdf')).toBe('bukti.pdf');
    expect(cleanFileName('', 'png')).toBe('bukti-dukung.png');
    expect(cleanFileName('.pdf', 'pdf')).toBe('bukti-dukung.pdf');
    const long = cleanFileName(`${'a'.repeat(300)}.pdf`, 'pdf');
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { cleanFileName, isWebLink, kindOf, limitsFromEnv, withScheme } from './file-rules';

describe('evidence file rules', () => {
  it('maps sniffed types to the accepted kinds only', () => {
    expect(kindOf({ ext: 'pdf', mime: 'application/pdf' })).toBe('pdf');
    expect(kindOf({ ext: 'm4v', mime: 'video/x-m4v' })).toBe('mp4');
    expect(kindOf({ ext: 'gif', mime: 'image/gif' })).toBeNull();
    expect(kindOf(undefined)).toBeNull();
  });

  it('reads limits in MiB from the environment and refuses nonsense', () => {
    expect(limitsFromEnv({ INOVDA_MAX_PDF_MB: '2' }).pdf).toBe(2 * 1024 * 1024);
    expect(limitsFromEnv({}).mp4).toBe(512 * 1024 * 1024);
    expect(() => limitsFromEnv({ INOVDA_MAX_PNG_MB: '-1' })).toThrow(/INOVDA_MAX_PNG_MB/);
  });

  it('keeps only the base name, without control characters or quotes', () => {
    expect(cleanFileName('C:\\Users\\op\\SK "final".pdf', 'pdf')).toBe('SK final.pdf');
    expect(cleanFileName('../../etc/passwd\u0000', 'pdf')).toBe('passwd.pdf');
    expect(cleanFileName('', 'jpg')).toBe('bukti-dukung.jpg');
  });

  it('accepts web links only', () => {
    expect(isWebLink('https://youtu.be/x')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('file:///etc/passwd')).toBe(false);
  });

  it('reads a pasted address without https:// as a web link', () => {
    expect(withScheme(' youtube.com/watch?v=abc ')).toBe('https://youtube.com/watch?v=abc');
    expect(withScheme('www.instagram.com/p/x')).toBe('https://www.instagram.com/p/x');
    expect(withScheme('inovda.mojokertokota.go.id:8080/x')).toBe('https://inovda.mojokertokota.go.id:8080/x');
    expect(withScheme('http://contoh.go.id')).toBe('http://contoh.go.id');
    expect(withScheme('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(withScheme('bukan tautan')).toBe('bukan tautan');
    expect(isWebLink(withScheme('youtube.com/watch?v=abc'))).toBe(true);
  });
});

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
    expect(cleanFileName('C:\\Users\\x\\bukti\u0007.pdf', 'pdf')).toBe('bukti.pdf');
    expect(cleanFileName('', 'png')).toBe('bukti-dukung.png');
    expect(cleanFileName('.pdf', 'pdf')).toBe('bukti-dukung.pdf');
    const long = cleanFileName(`${'a'.repeat(300)}.pdf`, 'pdf');
    expect(long.length).toBeLessThanOrEqual(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});

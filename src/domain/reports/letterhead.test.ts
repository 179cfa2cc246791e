import { describe, expect, it } from 'vitest';
import { EMPTY_LETTERHEAD, formatNip, logoMime, signatureLines } from './letterhead';

describe('letterhead', () => {
  it('words the signature block with an Indonesian date, the printing day when none is set', () => {
    const l = { ...EMPTY_LETTERHEAD, signPlace: 'Mojokerto', signerTitle: 'Kepala Bappeda', signerName: 'Dra. Siti', signerNip: '197001011990031001' };
    expect(signatureLines({ ...l, signDate: '2026-12-01' }, '2026-11-30')).toEqual({
      placeAndDate: 'Mojokerto, 1 Desember 2026',
      title: 'Kepala Bappeda',
      name: 'Dra. Siti',
      nip: 'NIP. 19700101 199003 1 001',
    });
    expect(signatureLines(l, '2026-11-30')?.placeAndDate).toBe('Mojokerto, 30 November 2026');
    expect(signatureLines(EMPTY_LETTERHEAD, '2026-11-30')).toBeNull();
    expect(formatNip('123')).toBe('123');
  });

  it('recognises PNG and JPEG logos only', () => {
    expect(logoMime(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(logoMime(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(logoMime(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
  });
});

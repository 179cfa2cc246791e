import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';
import { bearerToken, expiryInstant, expiryProblem, isTokenShaped, shownPrefix, tokenFromRandom, tokenRefusal } from './tokens';

describe('open data CSV', () => {
  it('quotes commas, quotes and line breaks, keeps numbers machine-readable', () => {
    expect(csvCell('Dinas Kesehatan, PPKB')).toBe('"Dinas Kesehatan, PPKB"');
    expect(csvCell('Kata "cepat"')).toBe('"Kata ""cepat"""');
    expect(csvCell('baris\nkedua')).toBe('"baris\nkedua"');
    expect(csvCell(84.46)).toBe('84.46');
    expect(csvCell(1234567)).toBe('1234567');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(['1.01', '1.02'])).toBe('1.01|1.02');
    expect(csvCell(' spasi')).toBe('" spasi"');
  });

  it('never lets a spreadsheet run a text cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+62 321')).toBe("'+62 321");
    expect(csvCell('@SUM')).toBe("'@SUM");
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes a BOM, a header row and CRLF records', () => {
    const csv = toCsv(
      ['year', 'iid', 'predicate'],
      [
        { year: 2023, iid: 84.46, predicate: 'Sangat Inovatif' },
        { year: 2022, iid: 70.78, predicate: null },
      ],
    );
    expect(csv).toBe('\uFEFFyear,iid,predicate\r\n2023,84.46,Sangat Inovatif\r\n2022,70.78,\r\n');
  });
});

describe('API tokens', () => {
  it('makes tokens of the documented shape, evenly from random bytes', () => {
    let n = 0;
    const token = tokenFromRandom((size) => Uint8Array.from({ length: size }, () => n++ % 256));
    expect(isTokenShaped(token)).toBe(true);
    expect(token).toMatch(/^inovda_[0-9A-Za-z]{43}$/);
    expect(shownPrefix(token)).toHaveLength(12);
    // Bytes of 248 and above are skipped, never folded onto the first characters.
    expect(tokenFromRandom((size) => Uint8Array.from({ length: size }, (_, i) => (i % 2 ? 255 : 61)))).toBe(`inovda_${'z'.repeat(43)}`);
    expect(isTokenShaped('inovda_short')).toBe(false);
    expect(isTokenShaped(`inovda_${'a'.repeat(42)}!`)).toBe(false);
  });

  it('reads the bearer header', () => {
    expect(bearerToken('Bearer inovda_abc')).toBe('inovda_abc');
    expect(bearerToken('bearer   inovda_abc ')).toBe('inovda_abc');
    expect(bearerToken('Basic xyz')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });

  it('refuses a revoked, expired or out-of-scope token, revocation first', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    const live = { scopes: ['innovations:read'], expiresAt: new Date('2027-01-01T00:00:00Z'), revokedAt: null };
    expect(tokenRefusal(live, 'innovations:read', now)).toBeNull();
    expect(tokenRefusal(live, 'innovations:write', now)).toBe('api_token_scope');
    expect(tokenRefusal({ ...live, expiresAt: now }, 'innovations:read', now)).toBe('api_token_expired');
    expect(tokenRefusal({ ...live, expiresAt: now, revokedAt: now }, 'innovations:write', now)).toBe('api_token_revoked');
  });

  it('takes an expiry after today and at most one year ahead, ending at the day’s end in WIB', () => {
    expect(expiryProblem('2026-12-02', '2026-12-02')).toBe('api_token_expiry_past');
    expect(expiryProblem('2026-12-03', '2026-12-02')).toBeNull();
    expect(expiryProblem('2027-12-02', '2026-12-02')).toBeNull();
    expect(expiryProblem('2027-12-03', '2026-12-02')).toBe('api_token_expiry_too_far');
    expect(expiryProblem('2025-02-28', '2024-02-29')).toBeNull();
    expect(expiryProblem('2025-03-01', '2024-02-29')).toBe('api_token_expiry_too_far');
    expect(expiryInstant('2027-01-31').toISOString()).toBe('2027-01-31T16:59:59.999Z');
  });
});

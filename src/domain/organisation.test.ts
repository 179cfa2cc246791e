import { describe, expect, it } from 'vitest';
import { isValidKemendagriCode } from './organisation';

describe('Kemendagri codes', () => {
  it('a province has two digits, a kab/kota two more after a dot', () => {
    expect(isValidKemendagriCode('provinsi', '35')).toBe(true);
    expect(isValidKemendagriCode('kota', '35.76')).toBe(true);
    expect(isValidKemendagriCode('kabupaten', '35.16')).toBe(true);
    expect(isValidKemendagriCode('kota', '35')).toBe(false);
    expect(isValidKemendagriCode('provinsi', '35.76')).toBe(false);
    expect(isValidKemendagriCode('kota', '3576')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { evidenceFileName, folderName, safeName } from './package-names';

describe('package names', () => {
  it('are safe and predictable', () => {
    expect(safeName('SiJempol: Layanan/Antar "Jemput"?')).toBe('SiJempol Layanan Antar Jemput');
    expect(folderName(3, 'Posyandu Digital')).toBe('03 Posyandu Digital');
    expect(folderName(3, 'Posyandu Digital', 12)).toBe('03 Posyandu Digital');
    const taken = new Set<string>();
    expect(evidenceFileName('16', 'Regulasi Inovasi Daerah', 'application/pdf', taken)).toBe('16 Regulasi Inovasi Daerah.pdf');
    expect(evidenceFileName('16', 'Regulasi Inovasi Daerah', 'application/pdf', taken)).toBe('16 Regulasi Inovasi Daerah (2).pdf');
    expect(evidenceFileName('35', 'Video inovasi daerah', 'video/mp4', taken)).toBe('35 Video inovasi daerah.mp4');
  });

  it('number folders as wide as the largest number, so 149 innovations sort in order', () => {
    const names = Array.from({ length: 149 }, (_, k) => folderName(k + 1, `Inovasi ${k + 1}`, 149));
    expect(names[0]).toBe('001 Inovasi 1');
    expect(names[98]).toBe('099 Inovasi 99');
    expect([...names].sort()).toEqual(names);
  });

  it('never lets an indicator code make a path inside the zip', () => {
    const name = evidenceFileName('../../z', 'Regulasi', 'application/pdf', new Set());
    expect(name).not.toMatch(/[\\/]/);
    expect(name.startsWith('.')).toBe(false);
  });
});

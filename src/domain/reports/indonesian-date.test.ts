import { describe, expect, it } from 'vitest';
import { indonesianDate } from './indonesian-date';

describe('indonesianDate', () => {
  it('writes day, month name and year', () => {
    expect(indonesianDate('2026-12-01')).toBe('1 Desember 2026');
    expect(indonesianDate('2024-02-28')).toBe('28 Februari 2024');
    expect(indonesianDate(null)).toBe('');
    expect(indonesianDate('kemarin')).toBe('kemarin');
  });
});

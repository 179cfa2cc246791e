// The import page's counts (up to 2,000 rows) in each language's number format: "1.500 baris", "1,500 rows".
import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { id } from '../../src/web/i18n/id';

const i18n = createInstance();
beforeAll(() => i18n.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'id', interpolation: { escapeValue: false } }));

describe('import counts', () => {
  it('Bahasa Indonesia groups thousands with a dot', () => {
    expect(i18n.t('imports.rows', { count: 1500 })).toBe('1.500 baris');
    expect(i18n.t('imports.run', { count: 2000 })).toBe('Impor 2.000 inovasi');
    expect(i18n.t('imports.importingCount', { done: 1200, total: 2000 })).toBe('1.200 dari 2.000 inovasi ditulis…');
    expect(i18n.t('imports.showing', { shown: 200, total: 1234 })).toBe('Menampilkan 200 dari 1.234 masalah');
  });

  it('English with a comma, and the period year untouched', () => {
    expect(i18n.t('imports.rows', { count: 1500, lng: 'en' })).toBe('1,500 rows');
    expect(i18n.t('imports.rows', { count: 1, lng: 'en' })).toBe('1 row');
    expect(i18n.t('imports.periodYear', { year: 2026 })).toBe('Periode 2026');
  });
});

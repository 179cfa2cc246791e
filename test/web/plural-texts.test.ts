// Counted texts read right in both languages: one returned indicator is "indicator 19", not "indicators 19".
// (Bahasa Indonesia has one form for both; days from today: test/web/days-from-today.test.ts.)
import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { id } from '../../src/web/i18n/id';

const i18n = createInstance();
beforeAll(() => i18n.init({ resources: { id: { translation: id }, en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false } }));

describe('counted texts', () => {
  it('English says one indicator in the singular', () => {
    expect(i18n.t('dashboard.todoKind.returned', { count: 1, codes: '19' })).toBe('returned by a verifier (indicator 19)');
    expect(i18n.t('dashboard.todoKind.returned', { count: 2, codes: '19, 21' })).toBe('returned by a verifier (indicators 19, 21)');
  });

  it('Bahasa Indonesia keeps one form', () => {
    expect(i18n.t('dashboard.todoKind.returned', { count: 1, codes: '19', lng: 'id' })).toBe('dikembalikan verifikator (indikator 19)');
  });
});

import { describe, expect, it } from 'vitest';
import { localeFromHeader, MESSAGES, translate } from './messages';

describe('messages', () => {
  it('every message exists in both languages', () => {
    for (const [code, m] of Object.entries(MESSAGES)) {
      expect(m.id, code).toBeTruthy();
      expect(m.en, code).toBeTruthy();
      // Placeholders must match so a translation never drops a number.
      expect(m.id.match(/\{\w+\}/g)?.sort(), code).toEqual(m.en.match(/\{\w+\}/g)?.sort());
    }
  });

  it('fills placeholders', () => {
    expect(translate('signin_throttled', 'id', { minutes: 15 })).toContain('15 menit');
    expect(translate('too_short', 'en', { min: 3 })).toBe('At least 3 characters.');
  });

  it('Bahasa Indonesia is the default language', () => {
    expect(localeFromHeader(undefined)).toBe('id');
    expect(localeFromHeader('fr-FR,fr;q=0.9')).toBe('id');
    expect(localeFromHeader('en-US,en;q=0.9,id;q=0.8')).toBe('en');
    expect(localeFromHeader('id-ID,id;q=0.9,en;q=0.5')).toBe('id');
  });
});

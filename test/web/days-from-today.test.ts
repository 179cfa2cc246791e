// A deadline's distance from today as the dashboard and the periods page write it: "hari ini" on the day
// itself (never "0 hari lagi"), "besok" the day before, and English with a singular ("1 day ago", never "1 days ago").
import { afterAll, describe, expect, it } from 'vitest';
import i18n from '../../src/web/i18n';
import { formatDaysFromToday } from '../../src/web/lib/format';

afterAll(() => i18n.changeLanguage('id'));

describe('days from today', () => {
  it('in Bahasa Indonesia', async () => {
    await i18n.changeLanguage('id');
    expect([0, 1, 2, 14, -1, -183].map(formatDaysFromToday)).toEqual([
      'hari ini',
      'besok',
      '2 hari lagi',
      '14 hari lagi',
      '1 hari yang lalu',
      '183 hari yang lalu',
    ]);
  });

  it('in English', async () => {
    await i18n.changeLanguage('en');
    expect([0, 1, 2, 14, -1, -183].map(formatDaysFromToday)).toEqual(['today', 'tomorrow', '2 days left', '14 days left', '1 day ago', '183 days ago']);
  });
});

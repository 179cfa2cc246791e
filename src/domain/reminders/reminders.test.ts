import { describe, expect, it } from 'vitest';
import { remindersFor } from './reminders';

describe('reminders', () => {
  const users = [
    { id: 'op', role: 'operator_opd' as const, opdId: 'a', locale: 'id' as const },
    { id: 'head', role: 'kepala_opd' as const, opdId: 'b', locale: 'en' as const },
    { id: 'admin', role: 'admin_daerah' as const, opdId: null, locale: 'id' as const },
    { id: 'leader', role: 'pimpinan' as const, opdId: null, locale: 'id' as const },
  ];
  it('reminds OPD people of returned items and missing evidence, admins of near deadlines', () => {
    const r = remindersFor(
      users,
      [
        { opdId: 'a', returned: 2, missingEvidence: 0 },
        { opdId: 'b', returned: 0, missingEvidence: 3 },
      ],
      [
        { key: 'closes', date: '2026-12-15', days: 22 },
        { key: 'internal', date: '2026-12-01', days: 5 },
      ],
    );
    expect(r.map((x) => [x.userId, x.kind, x.title])).toEqual([
      ['op', 'returned', '2 item dikembalikan verifikator'],
      ['head', 'missing_evidence', '3 answers without evidence'],
      ['admin', 'deadline', 'Batas internal 5 hari lagi'],
    ]);
  });
  it('writes the deadline as people say it: today, tomorrow, and the date in words', () => {
    const admins = [
      { id: 'a', role: 'admin_daerah' as const, opdId: null, locale: 'id' as const },
      { id: 'b', role: 'admin_daerah' as const, opdId: null, locale: 'en' as const },
    ];
    const today = remindersFor(admins, [], [{ key: 'internal', date: '2026-12-01', days: 0 }]);
    expect(today.map((x) => [x.title, x.body])).toEqual([
      ['Batas internal hari ini', 'Tenggat internal jatuh pada 1 Desember 2026. Periksa antrean verifikasi dan inovasi yang belum diajukan.'],
      ['Internal deadline today', 'The internal deadline is 1 December 2026. Check the verification queue and innovations not yet submitted.'],
    ]);
    expect(remindersFor(admins, [], [{ key: 'closes', date: '2026-12-15', days: 1 }]).map((x) => x.title)).toEqual([
      'Penjaringan ditutup besok',
      'Penjaringan closes tomorrow',
    ]);
  });
  it('says nothing when there is nothing to do', () => {
    expect(remindersFor(users, [], [{ key: 'closes', date: '2026-12-15', days: 30 }])).toEqual([]);
  });
});

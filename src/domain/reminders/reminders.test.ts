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
  it('writes dates as people read them and says "today" on the day itself, in both languages', () => {
    const admins = [
      { id: 'id', role: 'admin_daerah' as const, opdId: null, locale: 'id' as const },
      { id: 'en', role: 'admin_daerah' as const, opdId: null, locale: 'en' as const },
    ];
    const today = remindersFor(admins, [], [{ key: 'internal', date: '2026-12-01', days: 0 }]);
    expect(today.map((x) => [x.title, x.body])).toEqual([
      ['Batas internal hari ini', expect.stringContaining('jatuh pada 1 Desember 2026.')],
      ['Internal deadline today', expect.stringContaining('deadline is 1 December 2026.')],
    ]);
    expect(remindersFor(admins, [], [{ key: 'closes', date: '2026-12-15', days: 1 }]).map((x) => x.title)).toEqual([
      'Penjaringan ditutup besok',
      'Penjaringan closes tomorrow',
    ]);
    const oneEach = remindersFor(
      [{ id: 'head', role: 'kepala_opd' as const, opdId: 'b', locale: 'en' as const }],
      [{ opdId: 'b', returned: 1, missingEvidence: 1 }],
      [],
    );
    expect(oneEach.map((x) => x.title)).toEqual(['1 item returned by verifiers', '1 answer without evidence']);
  });
  it('leads to the list of returned items (the home page)', () => {
    const [returned] = remindersFor(users.slice(0, 1), [{ opdId: 'a', returned: 1, missingEvidence: 0 }], []);
    expect(returned.link).toBe('/');
  });
  it('says nothing when there is nothing to do', () => {
    expect(remindersFor(users, [], [{ key: 'closes', date: '2026-12-15', days: 30 }])).toEqual([]);
  });
});

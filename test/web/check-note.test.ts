// The note the pre-check suggests to a verifier, from real readings: an SK the Kepala Dinas signed in his own
// name, weighed by the domain against Regulasi (iid-2026) as the server does it at read time. The note says what
// the evidence supports against the option chosen (and changes with it), names the file, and says nothing when
// the evidence holds up.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/contract/evidence';
import { doneCheckOf, type EvidenceCheck } from '../../src/contract/evidence-check';
import type { VerdictInput } from '../../src/domain/evidence-check/types';
import { builtInFramework } from '../../src/domain/iid';
import { en } from '../../src/web/i18n/en';
import { id } from '../../src/web/i18n/id';
import { shownSummary, suggestedNote } from '../../src/web/ui/evidence/check-note';

const NAME = 'Posyandu Cerdas Terpadu';
const regulasi = builtInFramework('iid-2026')?.indicators.find((i) => i.code === '16');

const SK_KEPALA_DINAS = `PEMERINTAH KOTA MOJOKERTO
DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA
KEPUTUSAN KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KOTA MOJOKERTO
NOMOR: 188.4/127/417.105/2026
TENTANG
PENETAPAN INOVASI DAERAH "POSYANDU CERDAS TERPADU"
KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KOTA MOJOKERTO,
Menimbang : bahwa untuk meningkatkan mutu layanan kesehatan ibu dan anak perlu menetapkan inovasi daerah;
MEMUTUSKAN:
Menetapkan : KESATU. Inovasi "Posyandu Cerdas Terpadu" sebagai inovasi daerah.
Ditetapkan di Mojokerto
pada tanggal 12 Maret 2026
KEPALA DINAS KESEHATAN, PENGENDALIAN PENDUDUK
DAN KELUARGA BERENCANA KOTA MOJOKERTO,
dr. Bambang Wahyudi, M.Kes.
NIP. 19700512 199803 1 004`;

const PERKADA = `WALI KOTA MOJOKERTO
PROVINSI JAWA TIMUR
PERATURAN WALI KOTA MOJOKERTO
NOMOR 14 TAHUN 2026
TENTANG
INOVASI DAERAH POSYANDU CERDAS TERPADU
DENGAN RAHMAT TUHAN YANG MAHA ESA
WALI KOTA MOJOKERTO,
MEMUTUSKAN:
Menetapkan : PERATURAN WALI KOTA TENTANG INOVASI DAERAH POSYANDU CERDAS TERPADU.
Pasal 1
Inovasi Posyandu Cerdas Terpadu dilaksanakan oleh Dinas Kesehatan.
Ditetapkan di Mojokerto
pada tanggal 2 Februari 2026
WALI KOTA MOJOKERTO,
ttd.
IKA PUSPITASARI`;

/** The item as the evidence list sends it: the reading weighed now (server: shared/evidence-check/verdict.ts). */
function item(text: string, selectedOption: number, locale: 'id' | 'en' = 'id'): Evidence {
  if (!regulasi) throw new Error('iid-2026 has no indicator 16');
  const input: VerdictInput = {
    rule: regulasi.evidenceCheck,
    extracted: { source: 'text', text, pages: 1 },
    selectedOption,
    optionValues: regulasi.options.map((o) => o.value),
    periodYear: 2026,
    innovationName: NAME,
  };
  const check = doneCheckOf(input, locale, '2026-03-13T02:00:00.000Z');
  return {
    id: '00000000-0000-4000-8000-000000000001',
    periodId: '00000000-0000-4000-8000-000000000002',
    entryId: '00000000-0000-4000-8000-000000000003',
    code: '16',
    kind: 'file',
    fileName: 'sk-kepala-dinas.pdf',
    mime: 'application/pdf',
    size: 2048,
    url: null,
    title: null,
    needsRenewal: false,
    createdAt: '2026-03-13T01:00:00.000Z',
    createdByName: 'Siti Nurhaliza',
    deletedAt: null,
    check,
  };
}

const i18n = i18next.createInstance();
void i18n.init({ lng: 'id', initAsync: false, resources: { id: { translation: id }, en: { translation: en } }, interpolation: { escapeValue: false } });

describe('the note the pre-check suggests', () => {
  it('an SK of the Kepala Dinas in own name against Perkada (option 2): below the option, said once, with the file named', () => {
    const sk = item(SK_KEPALA_DINAS, 2);
    expect(sk.check?.kind).toBe('sk_kepala_perangkat_daerah');
    expect(sk.check?.belowSelected).toBe(true);
    const note = suggestedNote(sk, i18n.getFixedT('id'));
    expect(note).not.toBeNull();
    expect(note).toMatch(/^“sk-kepala-dinas\.pdf”: /);
    expect(note).toContain(sk.check?.summary as string);
    expect(note).toContain('opsi 2');
    // The summary is the kind's verdict: the kind check's own sentence is not repeated after it.
    const kindFinding = sk.check?.checks.find((f) => f.check === 'kind' && f.outcome === 'failed');
    if (kindFinding && kindFinding.text !== sk.check?.summary) expect(note).not.toContain(kindFinding.text);
  });

  it('follows the option chosen now, without reading the file again', () => {
    const t = i18n.getFixedT('id');
    const two = suggestedNote(item(SK_KEPALA_DINAS, 2), t);
    const one = suggestedNote(item(SK_KEPALA_DINAS, 1), t);
    expect(one).toContain('opsi 1');
    expect(one).not.toEqual(two);
  });

  it('in English when the list was read in English', () => {
    const note = suggestedNote(item(SK_KEPALA_DINAS, 2, 'en'), i18n.getFixedT('en'));
    expect(note).toMatch(/option 2/);
    expect(note).not.toMatch(/\bopsi\b/);
  });

  it('nothing to suggest for a Perkada naming the innovation, dated in the period, chosen as option 2', () => {
    const perkada = item(PERKADA, 2);
    expect(perkada.check?.kind).toBe('perkada');
    expect(perkada.check?.checks.filter((f) => f.outcome === 'failed')).toEqual([]);
    expect(suggestedNote(perkada, i18n.getFixedT('id'))).toBeNull();
  });

  it('nothing while the reading is not done', () => {
    const running = item(SK_KEPALA_DINAS, 2);
    running.check = { ...(running.check as EvidenceCheck), status: 'running', progress: { done: 1, total: 3 } };
    expect(suggestedNote(running, i18n.getFixedT('id'))).toBeNull();
    expect(suggestedNote({ ...running, check: null }, i18n.getFixedT('id'))).toBeNull();
  });
});

describe('the summary under the findings', () => {
  const video = builtInFramework('iid-2026')?.indicators.find((i) => i.code === '35');
  const report = `LAPORAN KEGIATAN\nInovasi ${NAME} dilaksanakan di seluruh posyandu Kota Mojokerto bersama kader kesehatan.`;

  it('is left out when it only repeats a finding and adds that the verifier will confirm it', () => {
    if (!video) throw new Error('iid-2026 has no indicator 35');
    const check = doneCheckOf(
      {
        rule: video.evidenceCheck,
        extracted: { source: 'text', text: report, pages: 1 },
        selectedOption: 1,
        optionValues: video.options.map((o) => o.value),
        periodYear: 2026,
        innovationName: NAME,
      },
      'id',
      null,
    );
    const unsure = check.checks.find((f) => f.outcome === 'unknown');
    expect(unsure).toBeDefined();
    expect(check.summary).toBe(`${unsure?.text} Verifikator akan memastikannya.`);
    expect(shownSummary(check, check.checks)).toBeNull();
  });

  it('is shown when the evidence supports less than the option chosen, and when nothing was found against it', () => {
    const below = item(SK_KEPALA_DINAS, 2).check as EvidenceCheck;
    expect(shownSummary(below, below.checks)).toBe(below.summary);
    const fine = item(PERKADA, 2).check as EvidenceCheck;
    expect(shownSummary(fine, fine.checks)).toMatch(/^Tidak ada masalah ditemukan/);
  });
});

// The detector's parts on their own: Indonesian dates, the innovation's name as documents and OCR write it, and
// texts that are empty, huge or in another script (never throws, stays fast).
import { describe, expect, it } from 'vitest';
import { evaluate, readFacts } from '../../src/domain/evidence-check';
import { findDates, formatDate, parseDate } from '../../src/domain/evidence-check/dates';
import { findName } from '../../src/domain/evidence-check/name-match';
import { EVIDENCE_CORPUS } from '../support/evidence-corpus';

describe('dates', () => {
  it.each([
    ['28 Februari 2024', '2024-02-28'],
    ['28 Pebruari 2024', '2024-02-28'],
    ['tanggal 3 Jan 2025', '2025-01-03'],
    ['tanggal 3 Jan. 2025', '2025-01-03'],
    ['pada tanggal 17 Agustus 1945', '1945-08-17'],
    ['28-02-2024', '2024-02-28'],
    ['28/02/2024', '2024-02-28'],
    ['2024-02-28', '2024-02-28'],
    ['1 Nopember 2023', '2023-11-01'],
    ['3 Januari 2O25', '2025-01-03'],
    ['Mojokerto, 31 Desember 2025', '2025-12-31'],
    ['Kamis, 17 April 2025 10:42 WIB', '2025-04-17'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it('refuses impossible dates and reads several in order', () => {
    expect(parseDate('31 Februari 2024')).toBeNull();
    expect(parseDate('Nomor 188.45/123/KEP/417.302/2025')).toBeNull();
    expect(findDates('dari 2 Januari 2024 sampai 31-12-2024').map((d) => d.iso)).toEqual(['2024-01-02', '2024-12-31']);
  });

  it('writes dates the way the app does', () => {
    expect(formatDate('2024-02-28', 'id')).toBe('28 Februari 2024');
    expect(formatDate('2024-02-28', 'en')).toBe('28 February 2024');
  });
});

describe('innovation name', () => {
  const name = 'Sistem Informasi Pelayanan Terpadu Kesehatan (SIPANDU SEHAT)';
  it.each([
    ['the whole name', 'menetapkan Sistem Informasi Pelayanan Terpadu Kesehatan (SIPANDU SEHAT) sebagai inovasi', 'full'],
    ['capitals and another bracket style', 'SISTEM INFORMASI PELAYANAN TERPADU KESEHATAN - SIPANDU SEHAT', 'full'],
    ['split over lines with a hyphen', 'Sistem Informasi Pelayanan Terpadu Keseha-\ntan', 'full'],
    ['the acronym in quotes', 'aplikasi “Sipandu Sehat” telah dipakai', 'acronym'],
    ['OCR slips (1 for I, 0 for O, rn for m)', 'S1STEM lNFORMASI PELAYANAN TERPADU KESEHATAN', 'full'],
    ['one wrong letter in a long word', 'Sistem Informasi Pelayanan Terpadu Kesehafan', 'words'],
  ])('found: %s', (_what, text, how) => expect(findName(text, name)).toBe(how));

  it('short names in another word order, and acronyms with a dash', () => {
    expect(findName('Program Ceria Posyandu Remaja di 27 desa', 'Posyandu Remaja Ceria')).toBe('words');
    expect(findName('Inovasi LAJU telah direplikasi', 'LAJU - Layanan Adminduk Jemput Bola')).toBe('acronym');
    expect(findName('Inovasi GEMPA GENTING', '“GEMPA GENTING” Gerakan Pemberantasan Stunting')).toBe('acronym');
  });

  it('not found: other innovations, scattered words, a name inside another word', () => {
    expect(findName('Layanan Adminduk Jemput Bola (LAJU)\nPasar Rakyat Digital', name)).toBeNull();
    const scattered = `Sistem ${'kata '.repeat(50)} Informasi ${'lain '.repeat(50)} Pelayanan Terpadu Kesehatan`;
    expect(findName(scattered, 'Sistem Informasi Pelayanan Terpadu Kesehatan')).toBeNull();
    expect(findName('program SIPANDUSEHATKU', 'SIPANDU')).toBeNull();
  });
});

describe('readFacts on odd texts', () => {
  it('empty, blank and non-Latin texts read as nothing', () => {
    for (const text of ['', '   \n\f\t ', '\u0000\u0001', '行政区域创新决定书 第十二号', 'قرار رئيس المنطقة رقم ١٢', '😀'.repeat(500)]) {
      const facts = readFacts(text);
      expect(facts.number).toBeNull();
      expect(facts.date).toBeNull();
      expect(facts.kind === null || facts.kind === 'lainnya').toBe(true);
      const v = evaluate({
        rule: { kinds: ['sk_kepala_daerah'], mentionsInnovation: true, yearWindow: { earliest: -2, latest: 0 } },
        extracted: { source: 'ocr', text, pages: 1 },
        selectedOption: 2,
        optionValues: [1, 2, 3],
        periodYear: 2025,
        innovationName: '行政 “Ü-Sehat” (ÜS)',
      });
      expect(v.checks[0].check).toBe('readable');
      expect(v.belowSelected).toBe(false);
    }
  });

  it('a 1 MB text and a 100-page decree are read without throwing, fast', () => {
    const page = EVIDENCE_CORPUS.find((c) => c.id === 'sk-bupati-good')?.text ?? '';
    const hundredPages = Array.from({ length: 100 }, () => page.slice(0, 3000)).join('\f');
    readFacts(hundredPages); // warm the regular expressions
    const runs = 10;
    const t0 = performance.now();
    for (let k = 0; k < runs; k++) readFacts(hundredPages);
    const perRead = (performance.now() - t0) / runs;
    expect(readFacts(hundredPages).kind).toBe('sk_kepala_daerah');
    expect(perRead).toBeLessThan(40); // measured ~ a few ms; generous for a shared CI machine

    const mb = 'Lorem ipsum dolor 12 Maret 2025 NIP. 19800101 200501 1 001 Dinas Kesehatan '.repeat(14_000);
    expect(mb.length).toBeGreaterThan(1_000_000);
    const t1 = performance.now();
    const facts = readFacts(mb);
    expect(performance.now() - t1).toBeLessThan(1500);
    expect(facts.date).toBe('2025-03-12');
    const v = evaluate({
      rule: { mentionsInnovation: true, yearWindow: { earliest: -2, latest: 0 }, count: { of: 'people', minByOption: [{ option: 1, min: 1 }] } },
      extracted: { source: 'text', text: mb, pages: 400 },
      selectedOption: 1,
      optionValues: [1, 2, 3],
      periodYear: 2025,
      innovationName: 'Klinik Sehat Keliling',
    });
    expect(v.checks.find((c) => c.check === 'innovation_name')?.outcome).toBe('failed');
  });

  it('pathological inputs (long lines, many digits, unbalanced brackets) do not hang', () => {
    const inputs = [
      '1'.repeat(200_000),
      `${'NOMOR : '.repeat(20_000)}`,
      `(${'“'.repeat(50_000)}`,
      `${'a-\n'.repeat(50_000)}`,
      `${'Ditetapkan di X\n'.repeat(20_000)}`,
    ];
    for (const text of inputs) {
      const t = performance.now();
      readFacts(text);
      evaluate({
        rule: { mentionsInnovation: true },
        extracted: { source: 'text', text, pages: 1 },
        selectedOption: 1,
        optionValues: [1, 2, 3],
        periodYear: 2025,
        innovationName: '(“SI-PANDU”)',
      });
      expect(performance.now() - t, text.slice(0, 20)).toBeLessThan(1500);
    }
  });
});

describe('readFacts details', () => {
  it('an SK Bupati signed "a.n." by the Sekretaris Daerah is the regional head’s decree', () => {
    const facts = readFacts(`KEPUTUSAN BUPATI MOJOKERTO
NOMOR : 188.45/9/KEP/417.302/2025
TENTANG
TIM INOVASI DAERAH
Ditetapkan di Mojokerto
pada tanggal 9 Januari 2025
a.n. BUPATI MOJOKERTO
SEKRETARIS DAERAH,
ttd.
TEGUH GUNARKO`);
    expect(facts).toMatchObject({
      kind: 'sk_kepala_daerah',
      number: '188.45/9/KEP/417.302/2025',
      date: '2025-01-09',
      onBehalfOf: 'BUPATI MOJOKERTO',
      signatory: 'SEKRETARIS DAERAH',
      issuer: 'kepala_daerah',
      subject: 'TIM INOVASI DAERAH',
    });
  });

  it('the year of a Perkada without a readable date comes from its number', () => {
    const facts = readFacts('PERATURAN GUBERNUR JAWA TIMUR\nNOMOR 12 TAHUN 2024\nTENTANG\nINOVASI DAERAH\nPasal 1\nIsi peraturan.');
    expect(facts).toMatchObject({ kind: 'perkada', number: '12 TAHUN 2024', date: null, year: 2024 });
  });

  it('plan years of an RKPD for two years and the service time of an SOP in hours', () => {
    expect(readFacts('RENCANA KERJA PEMERINTAH DAERAH\nKABUPATEN X TAHUN 2025-2026\nBAB I\nPendahuluan').planYears).toEqual([2025, 2026]);
    const sop = readFacts(
      'STANDAR OPERASIONAL PROSEDUR\nLAYANAN KIA\nNO KEGIATAN PELAKSANA MUTU BAKU WAKTU\n1. Pendaftaran Petugas 30 menit\n2. Pemeriksaan Bidan 2 jam',
    );
    expect(sop).toMatchObject({ kind: 'sop', serviceDays: 1 });
  });
});

describe('headings as documents write them', () => {
  it.each([
    ['SURAT KEPUTUSAN KEPALA DINAS PENDIDIKAN\nNOMOR : 421/55/2025\nTENTANG\nTIM INOVASI', 'sk_kepala_perangkat_daerah'],
    ['KEPUTUSAN\nBUPATI SIDOARJO\nNOMOR : 188/12/2025\nTENTANG\nINOVASI DAERAH', 'sk_kepala_daerah'],
    ['PEMERINTAH KOTA MOJOKERTO\nSURAT PERINTAH TUGAS\nNomor : 094/1/2025', 'surat_tugas'],
    ['Rapat koordinasi inovasi\nKeputusan ini mulai berlaku pada tanggal ditetapkan. Lorem ipsum dolor sit amet.', 'lainnya'],
    ['PERATURAN WALIKOTA MOJOKERTO\nNOMOR 10 TAHUN 2024\nTENTANG\nRENCANA KERJA PEMERINTAH DAERAH TAHUN 2025', 'rkpd'],
    ['NOTA KESEPAKATAN\nANTARA\nPEMERINTAH KOTA A\nDAN\nUNIVERSITAS B', 'kerja_sama'],
    ['Keputusan Bupati Sidoarjo\nNomor : 188/12/2025\nTentang\nInovasi Daerah', 'sk_kepala_daerah'],
    ['| KEPUTUSAN WALIKOTA MOJOKERTO\nN0MOR : 188.45/7/417.1/2025', 'sk_kepala_daerah'],
    ['Surat Tugas\nNomor: 800/12/2025\nYang bertanda tangan di bawah ini', 'surat_tugas'],
  ])('%s', (text, kind) => expect(readFacts(text).kind).toBe(kind));
});

describe('people in lists', () => {
  it('numbered names count even when OCR lost some numbers, and two teams add up', () => {
    const rows = (n: number, from = 0) =>
      Array.from(
        { length: n },
        (_, k) => `${k >= 2 && k <= 6 ? '.' : `${k + 1}.`} Nama Orang ${String.fromCharCode(65 + ((k + from) % 26))}${k + from} Anggota`,
      ).join('\n');
    expect(readFacts(`SURAT TUGAS\nNomor : 1/2025\nDAFTAR NAMA\nNO NAMA JABATAN\n${rows(35)}`).counts.people).toBe(35);
    expect(readFacts(`KEPUTUSAN KEPALA DINAS\nLAMPIRAN\nTIM PENGARAH\nNO NAMA\n${rows(3)}\nTIM PELAKSANA\nNO NAMA\n${rows(12, 3)}`).counts.people).toBe(15);
  });

  it('the signer’s NIP is not a listed person; a Mengingat list is not a list of people', () => {
    const text = `KEPUTUSAN KEPALA DINAS SOSIAL
Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014;
2. Peraturan Pemerintah Nomor 38 Tahun 2017;
3. Peraturan Daerah Nomor 5 Tahun 2021;
KEPALA DINAS SOSIAL,
ttd.
Drs. BAMBANG
Pembina Tingkat I
NIP. 19700101 199503 1 001`;
    expect(readFacts(text).counts.people).toBeUndefined();
  });
});

describe('summary', () => {
  it('a wrong signatory and a wrong year: the level first, the other finding counted', async () => {
    const { summaryText } = await import('../../src/domain/evidence-check');
    const { EVIDENCE_CORPUS: corpus, corpusInput } = await import('../support/evidence-corpus');
    const c = corpus.find((x) => x.id === 'sk-kadis-own-name-2025');
    if (!c) throw new Error('case missing');
    const input = { ...corpusInput(c), periodYear: 2028 };
    const v = evaluate(input);
    expect(v.checks.find((f) => f.check === 'year')?.outcome).toBe('failed');
    expect(summaryText(v, input, 'id')).toMatch(
      /^SK ini ditandatangani Kepala Dinas Kesehatan Kabupaten Mojokerto atas nama sendiri, sehingga tidak mendukung opsi mana pun, .* Ada 1 temuan lain\.$/,
    );
    expect(summaryText(v, input, 'en')).toMatch(/^This decree is signed by the Kepala Dinas Kesehatan .* There is 1 other finding\.$/);
  });
});

describe('who signed', () => {
  it('a Penjabat Bupati signing a Surat Tugas is the regional head', () => {
    const facts = readFacts(
      'SURAT TUGAS\nNomor : 094/3/2025\nUntuk melaksanakan inovasi.\nDikeluarkan di Mojokerto\npada tanggal 4 Februari 2025\nPJ. BUPATI MOJOKERTO,\nttd.\nAKHMAD JAZULI',
    );
    expect(facts).toMatchObject({ kind: 'surat_tugas', issuer: 'kepala_daerah', date: '2025-02-04', signatory: 'PJ. BUPATI MOJOKERTO' });
  });
});

describe('title blocks without a closing comma', () => {
  it('stop at ttd., at a name with a degree, and at a name above its NIP', () => {
    const sign = (block: string) =>
      readFacts(`KEPUTUSAN KEPALA DINAS SOSIAL\nNOMOR : 1/2025\nDitetapkan di Mojokerto\npada tanggal 2 Juni 2025\n${block}`).signatory;
    expect(sign('KEPALA DINAS SOSIAL\nKABUPATEN MOJOKERTO\nttd.\nBAMBANG SUTEJO')).toBe('KEPALA DINAS SOSIAL KABUPATEN MOJOKERTO');
    expect(sign('KEPALA DINAS SOSIAL\nKABUPATEN MOJOKERTO\ndr. RINA HANDAYANI, M.Kes.')).toBe('KEPALA DINAS SOSIAL KABUPATEN MOJOKERTO');
    expect(sign('KEPALA DINAS SOSIAL\nBAMBANG SUTEJO\nNIP. 19700101 199503 1 001')).toBe('KEPALA DINAS SOSIAL');
  });
});

describe('a misread signing date', () => {
  it('keeps the year of the signing line, not a date from elsewhere', () => {
    const facts = readFacts(
      'KEPUTUSAN KEPALA DINAS SOSIAL\nNOMOR : 188/7/416\nMengingat Peraturan Daerah Nomor 5 Tahun 2021 tanggal 3 Maret 2021\nDitetapkan di Mojokerto\npada tanggal 109 Januari 2025\nKEPALA DINAS SOSIAL,\nttd.\nBAMBANG',
    );
    expect(facts).toMatchObject({ year: 2025, date: null, signatory: 'KEPALA DINAS SOSIAL' });
  });
});

describe('short names that are also words', () => {
  it('"LAJU" is found in capitals (OCR slips allowed), not in "laju pertumbuhan ekonomi"', () => {
    expect(findName('Laju pertumbuhan ekonomi daerah naik 5 persen.', 'Layanan Adminduk Jemput Bola (LAJU)')).toBeNull();
    expect(findName('Inovasi LAJU menjangkau 18 kecamatan.', 'Layanan Adminduk Jemput Bola (LAJU)')).toBe('acronym');
    expect(findName('Aplikasi S1PANDU dipakai puskesmas.', 'SIPANDU')).toBe('full');
    expect(findName('laju pertumbuhan', 'LAJU')).toBeNull();
  });
});

describe('names in layout tables', () => {
  it('a name wrapped in a table cell with other columns between its parts is found; scattered over a page it is not', () => {
    const table = `1.02.02.2.02.0034   Pengembangan Sistem Informasi      Jumlah puskesmas yang menerapkan     27 unit    650.000.000
                    Pelayanan Terpadu Kesehatan        layanan terpadu                                   27 Puskesmas`;
    expect(findName(table, 'Sistem Informasi Pelayanan Terpadu Kesehatan')).toBe('words');
    const page = `Sistem kearsipan dinas\n${'Baris lain tanpa kata yang dicari.\n'.repeat(5)}Informasi publik\n${'Baris lain.\n'.repeat(5)}Pelayanan Terpadu Kesehatan ibu`;
    expect(findName(page, 'Sistem Informasi Pelayanan Terpadu Kesehatan')).toBeNull();
  });
});

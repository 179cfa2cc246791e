import { describe, expect, it } from 'vitest';
import { type CellValue, type CheckContext, checkSheet, MAX_IMPORT_ROWS, parseDate, plainToHtml, readHeader, urusanOf } from './spreadsheet';

const ctx: CheckContext = {
  opds: [
    { id: 'o1', name: 'Dinas Kesehatan', shortName: 'Dinkes', units: [{ id: 'u1', name: 'Puskesmas Kranggan' }] },
    { id: 'o2', name: 'Dinas Pendidikan', shortName: 'Dindik', units: [] },
  ],
  existing: new Set(['o2|sekolah ramah anak']),
  periodYear: 2026,
};
const HEADER = ['Perangkat Daerah', 'Nama inovasi', 'Tahapan', 'Jenis', 'Urusan', 'Unit', 'Waktu uji coba', 'Waktu penerapan', 'Rancang bangun'];
const rows = (...cells: CellValue[][]) => cells.map((c, k) => ({ row: k + 2, cells: c }));

describe('bulk import check', () => {
  it('reads good rows in the recap’s words into the registry’s codes', () => {
    const r = checkSheet(
      HEADER,
      rows(
        [
          'Dinas Kesehatan',
          'Posyandu Digital',
          'Penerapan',
          'Digital',
          '1.02 Kesehatan; Pendidikan',
          'puskesmas kranggan',
          '28/02/2024',
          '28 Februari 2025',
          'Satu\n\nDua',
        ],
        ['dinkes', 'Ambulans Desa', 'Uji Coba', 'Non Digital', '', '', new Date(Date.UTC(2024, 0, 5)), 45678, ''],
        [null, null, null, null, null, null, null, null, null],
      ),
      ctx,
    );
    expect(r.problems).toEqual([]);
    expect(r.totalRows).toBe(2);
    expect(r.rows[0]).toMatchObject({
      row: 2,
      opdId: 'o1',
      unitId: 'u1',
      tahapan: 'penerapan',
      jenis: 'digital',
      urusanUtama: '1.02',
      urusanLain: ['1.01'],
      waktuUjiCoba: '2024-02-28',
      waktuPenerapan: '2025-02-28',
      rancangBangun: '<p>Satu</p><p>Dua</p>',
    });
    expect(r.rows[1]).toMatchObject({ opdId: 'o1', tahapan: 'uji_coba', jenis: 'non_digital', waktuUjiCoba: '2024-01-05', waktuPenerapan: '2025-01-21' });
  });

  it('reports every problem per row and column in both languages, and keeps no row', () => {
    const r = checkSheet(
      HEADER,
      rows(
        ['Dinas Kesehatan', 'Posyandu Digital', 'Penerapan', 'Digital', '', '', '31/02/2024', '', ''],
        ['Dinas Rahasia', 'Tanpa OPD', 'Matang', 'Digital', '9.99', '', '', '', ''],
        ['Dinkes', 'posyandu  digital', '', '', '', 'UPT Entah', '', 'kemarin', ''],
        ['Dinas Pendidikan', 'Sekolah Ramah Anak', '', '', '', '', '', '', ''],
        ['Dinas Pendidikan', '', '', '', '', '', '', '', ''],
      ),
      ctx,
    );
    expect(r.rows).toEqual([]);
    const at = r.problems.map((p) => `${p.row}:${p.column}`);
    expect(at).toEqual([
      '2:Waktu uji coba',
      '3:Perangkat Daerah',
      '3:Tahapan',
      '3:Urusan',
      '4:Nama inovasi',
      '4:Unit',
      '4:Waktu penerapan',
      '5:Nama inovasi',
      '6:Nama inovasi',
    ]);
    for (const p of r.problems) {
      expect(p.id.length).toBeGreaterThan(5);
      expect(p.en.length).toBeGreaterThan(5);
    }
    expect(r.problems[2].id).toContain('Inisiatif, Uji Coba, Penerapan');
    expect(r.problems[4].id).toContain('baris 2');
    expect(r.problems[7].en).toContain('2026');
  });

  it('names wrong, missing and doubled columns in one message; the recap’s other columns are read past', () => {
    const wrong = readHeader(['Nama OPD', 'Nama inovasi', 'Tahapan', 'tahapan', 'Warna']);
    expect('problem' in wrong && wrong.problem).toMatchObject({ row: 1, column: '' });
    const text = 'problem' in wrong ? wrong.problem.id : '';
    expect(text).toContain('"Perangkat Daerah"');
    expect(text).toContain('"Nama OPD", "Warna"');
    expect(text).toContain('kolom ganda: "tahapan"');
    const recap = readHeader([
      'Perangkat Daerah',
      'Nama inovasi',
      'Status',
      'Dikirim',
      'Tahapan',
      'Jenis',
      'Urusan',
      'Kematangan diklaim',
      '16. Regulasi Inovasi Daerah — nilai',
    ]);
    expect('map' in recap && recap.map.index).toEqual({ opd: 0, name: 1, tahapan: 4, jenis: 5, urusan: 6 });
    const manifest = readHeader([
      'No',
      'Nama Inovasi',
      'Perangkat Daerah',
      'Tahapan Inovasi',
      'Urusan Pemerintahan Utama',
      'Urusan Lain yang Beririsan',
      'Folder bukti dukung',
    ]);
    expect('map' in manifest && manifest.map.index).toMatchObject({ name: 1, opd: 2, tahapan: 3, urusanUtama: 4, urusanLain: 5 });
    const empty = checkSheet(HEADER, rows([null, '', null]), ctx);
    expect(empty.problems).toHaveLength(1);
    const many = checkSheet(
      HEADER,
      Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, k) => ({ row: k + 2, cells: ['Dinkes', `Inovasi ${k}`] })),
      ctx,
    );
    // Counts in each language's number format (2.001 / 2,001), as the rest of Inovda writes them.
    expect(many.problems[0].id).toBe('Berkas berisi 2.001 baris; satu impor paling banyak 2.000 baris. Bagi menjadi beberapa berkas.');
    expect(many.problems[0].en).toContain('The file has 2,001 rows; one import takes at most 2,000.');
  });

  it('reads dates as people write them and refuses impossible ones', () => {
    expect(parseDate('28/02/2024')).toBe('2024-02-28');
    expect(parseDate('1-3-2025')).toBe('2025-03-01');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('28 Februari 2024')).toBe('2024-02-28');
    expect(parseDate('5 Agu 2023')).toBe('2023-08-05');
    expect(parseDate('5 August 2023')).toBe('2023-08-05');
    expect(parseDate(45350)).toBe('2024-02-28');
    expect(parseDate(new Date(Date.UTC(2024, 1, 28)))).toBe('2024-02-28');
    for (const bad of ['29/02/2023', '12/13/2024', '31 Juni 2024', 'besok', '2024', -3, true]) expect(parseDate(bad as CellValue)).toBeNull();
  });

  it('reads urusan by code, name or both, and plain text as paragraphs', () => {
    expect(urusanOf('1.02')).toBe('1.02');
    expect(urusanOf('kesehatan')).toBe('1.02');
    expect(urusanOf('1.02 Kesehatan')).toBe('1.02');
    expect(urusanOf('1.02 Pendidikan')).toBeNull();
    expect(urusanOf('Koperasi, Usaha Kecil, dan Menengah')).toBe('2.17');
    expect(urusanOf('9.99')).toBeNull();
    expect(plainToHtml('a <b> & c\nd')).toBe('<p>a &lt;b&gt; &amp; c<br>d</p>');
  });
});

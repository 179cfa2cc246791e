// Bulk import of innovations from a spreadsheet: the template, the check (every problem per row and column,
// nothing written), the all-or-nothing import with its progress, the recap re-imported into a new period.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_COLUMNS } from '../../src/domain/imports/spreadsheet';
import { call, listAll } from '../support/app';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin', 'operator.dinkes'], { demoInnovations: true });

type Job = {
  id: string;
  status: string;
  totalRows: number;
  doneRows: number;
  problems: { row: number; column: string; id: string; en: string }[];
  error: string | null;
};

async function xlsx(rows: unknown[][], sheetName = 'Per inovasi'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function check(bytes: Buffer, query = '', name = 'inovasi.xlsx', cookie = s.cookie.admin) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return s.app.inject({ method: 'POST', url: `/api/imports/check${query}`, headers: { cookie, 'x-requested-with': 'test' }, payload: form });
}

async function runToEnd(id: string): Promise<Job> {
  const started = await call(s.app, s.cookie.admin, 'POST', `/api/imports/jobs/${id}/run`);
  expect(started.statusCode, started.body).toBe(202);
  expect(started.json().status).toBe('importing');
  for (let k = 0; k < 200; k++) {
    const job: Job = (await call(s.app, s.cookie.admin, 'GET', `/api/imports/jobs/${id}`)).json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

const count = async (periodId?: string) =>
  (await call(s.app, s.cookie.admin, 'GET', `/api/innovations?pageSize=1${periodId ? `&periodId=${periodId}` : ''}`)).json().total as number;

async function opdNames() {
  const { items } = await listAll<{ name: string; shortName: string }>(s.app, s.cookie.admin, '/api/opds');
  const dinkes = items.find((o) => o.shortName.toLowerCase().includes('dinkes')) as { name: string; shortName: string };
  const other = items.find((o) => o !== dinkes) as { name: string; shortName: string };
  return { dinkes, other };
}

const HEADER = [
  'Perangkat Daerah',
  'Nama inovasi',
  'Tahapan',
  'Jenis',
  'Urusan',
  'Inisiator',
  'Bentuk',
  'Tematik',
  'Waktu uji coba',
  'Waktu penerapan',
  'Rancang bangun',
  'Tujuan',
];

describe('bulk import', () => {
  it('is for the Admin Daerah only, takes only readable .xlsx files and an open period', async () => {
    const good = await xlsx([HEADER]);
    expect((await call(s.app, s.cookie['operator.dinkes'], 'GET', '/api/imports/template.xlsx')).statusCode).toBe(403);
    expect((await check(good, '', 'a.xlsx', s.cookie['operator.dinkes'])).statusCode).toBe(403);
    expect((await call(s.app, null, 'GET', '/api/imports/jobs')).statusCode).toBe(401);
    const csv = await check(Buffer.from('Perangkat Daerah;Nama inovasi\n'), '', 'inovasi.csv');
    expect(csv.statusCode).toBe(400);
    expect(csv.json().error.fields.file).toContain('.xlsx');
    const fake = await check(Buffer.from('bukan spreadsheet sama sekali'), '', 'palsu.xlsx');
    expect(fake.statusCode).toBe(400);
    const broken = await check(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(100, 1)]), '', 'rusak.xlsx');
    expect(broken.statusCode).toBe(400);
    const huge = await check(Buffer.alloc(6 * 1024 * 1024, 0x50), '', 'besar.xlsx');
    expect(huge.statusCode).toBe(413);
    const missing = await call(s.app, s.cookie.admin, 'GET', '/api/imports/jobs/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });

  it('names wrong and missing columns in one message and writes nothing', async () => {
    const before = await count();
    const res = await check(
      await xlsx([
        ['OPD', 'Nama inovasi', 'Warna'],
        ['Dinkes', 'Inovasi X', 'Biru'],
      ]),
    );
    expect(res.statusCode).toBe(201);
    const job: Job = res.json();
    expect(job.status).toBe('invalid');
    expect(job.problems).toHaveLength(1);
    expect(job.problems[0]).toMatchObject({ row: 1, column: '' });
    expect(job.problems[0].id).toContain('"Perangkat Daerah"');
    expect(job.problems[0].id).toContain('"OPD", "Warna"');
    expect(job.problems[0].en).toContain('required columns missing');
    const run = await call(s.app, s.cookie.admin, 'POST', `/api/imports/jobs/${job.id}/run`);
    expect(run.statusCode).toBe(409);
    expect(run.json().error.code).toBe('import_not_ready');
    expect(await count()).toBe(before);
  });

  it('reports wrong dates, codes, unknown OPDs and duplicates — all of them — and writes nothing', async () => {
    const { dinkes } = await opdNames();
    const list = (await call(s.app, s.cookie.admin, 'GET', '/api/innovations?pageSize=1&sort=name')).json().items[0];
    const before = await count();
    const res = await check(
      await xlsx([
        HEADER,
        [dinkes.name, 'Impor Baik Satu', 'Penerapan', 'Digital', '1.02', '', '', '', '', '', '', ''],
        [dinkes.shortName, 'Impor Tanggal Salah', 'Uji Coba', 'Digital', '', '', '', '', '31/02/2024', '', '', ''],
        [dinkes.name, 'Impor Kode Salah', 'Matang', 'Analog', '9.99', 'Lurah', '', '', '', '', '', ''],
        ['Dinas Yang Tidak Ada', 'Impor OPD Salah', '', '', '', '', '', '', '', '', '', ''],
        [dinkes.name, 'impor baik satu', '', '', '', '', '', '', '', '', '', ''],
        [list.opdName, list.name, '', '', '', '', '', '', '', '', '', ''],
      ]),
    );
    expect(res.statusCode).toBe(201);
    const job: Job = res.json();
    expect(job.status).toBe('invalid');
    expect(job.totalRows).toBe(6);
    expect(job.problems.map((p) => `${p.row} ${p.column}`)).toEqual([
      '3 Waktu uji coba',
      '4 Tahapan',
      '4 Jenis',
      '4 Urusan',
      '4 Inisiator',
      '5 Perangkat Daerah',
      '6 Nama inovasi',
      '7 Nama inovasi',
    ]);
    expect(job.problems[5].id).toContain('Dinas Yang Tidak Ada');
    expect(job.problems[6].en).toContain('row 2');
    expect(job.problems[7].id).toContain('sudah punya inovasi');
    expect(await count()).toBe(before);
    // The English problems are there for an English reader; the job reads the same in both.
    const again = (await call(s.app, s.cookie.admin, 'GET', `/api/imports/jobs/${job.id}`, undefined, { 'accept-language': 'en' })).json();
    expect(again.problems).toEqual(job.problems);
  });

  it('imports a good file whole, as drafts of the period with their profile, once', async () => {
    const { dinkes, other } = await opdNames();
    const period = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json()[0];
    const before = await count();
    const words = Array.from({ length: 310 }, (_, k) => `kata${k}`).join(' ');
    const file = await xlsx([
      HEADER,
      [
        dinkes.name,
        'Impor Posyandu Pintar',
        'Penerapan',
        'Digital',
        '1.02 Kesehatan; 1.01 Pendidikan',
        'Perangkat Daerah',
        'Inovasi pelayanan publik',
        'Digitalisasi layanan pemerintahan',
        '28/02/2024',
        new Date(Date.UTC(2025, 2, 1)),
        words,
        'Antrean lebih singkat',
      ],
      [other.shortName.toUpperCase(), 'Impor Layanan Keliling', 'uji coba', 'non digital', 'Sosial', '', '', '', '5 Agustus 2025', '', '', ''],
      [dinkes.shortName, 'Impor Tanpa Profil', '', '', '', '', '', '', '', '', '', ''],
    ]);
    const res = await check(file, `?periodId=${period.id}`, 'impor-baik.xlsx');
    const job: Job = res.json();
    expect(job.problems).toEqual([]);
    expect(job.status).toBe('ready');
    expect(job.totalRows).toBe(3);
    expect(await count()).toBe(before);

    const done = await runToEnd(job.id);
    expect(done).toMatchObject({ status: 'done', doneRows: 3, totalRows: 3, error: null });
    expect(await count()).toBe(before + 3);
    const found = (await call(s.app, s.cookie.admin, 'GET', '/api/innovations?q=Impor%20Posyandu%20Pintar')).json().items[0];
    const entry = (await call(s.app, s.cookie.admin, 'GET', `/api/innovations/entries/${found.id}`)).json();
    expect(entry).toMatchObject({
      periodId: period.id,
      status: 'draft',
      opdName: dinkes.name,
      tahapan: 'penerapan',
      jenis: 'digital',
      inisiatorType: 'opd',
      bentuk: 'pelayanan_publik',
      tematik: 'digitalisasi_layanan',
      urusanUtama: '1.02',
      urusanLain: ['1.01'],
      waktuUjiCoba: '2024-02-28',
      waktuPenerapan: '2025-03-01',
      tujuan: 'Antrean lebih singkat',
      rancangBangunWords: 310,
    });
    expect(found.maturity).toBe(0);
    const second = (await call(s.app, s.cookie.admin, 'GET', '/api/innovations?q=Impor%20Layanan%20Keliling')).json().items[0];
    expect(second).toMatchObject({ opdName: other.name, tahapan: 'uji_coba', jenis: 'non_digital', status: 'draft' });

    // The audit trail has the import with its count, and each innovation's creation.
    const audit = (await call(s.app, s.cookie.admin, 'GET', '/api/audit?pageSize=50')).json().items as {
      action: string;
      after: Record<string, unknown> | null;
    }[];
    expect(audit.find((a) => a.action === 'import')?.after).toMatchObject({ innovations: 3, file: 'impor-baik.xlsx' });

    // Once: running it again is refused; the same file checked again finds every row already there.
    expect((await call(s.app, s.cookie.admin, 'POST', `/api/imports/jobs/${job.id}/run`)).statusCode).toBe(409);
    const repeat: Job = (await check(file, `?periodId=${period.id}`)).json();
    expect(repeat.status).toBe('invalid');
    expect(repeat.problems.map((p) => p.row)).toEqual([2, 3, 4]);
    const jobs = (await call(s.app, s.cookie.admin, 'GET', '/api/imports/jobs')).json().items;
    expect(jobs[0]).toMatchObject({ id: repeat.id, status: 'invalid', problemCount: 3 });
  });

  it('rolls everything back when a row can no longer be written, and says why', async () => {
    const { dinkes } = await opdNames();
    const before = await count();
    const job: Job = (
      await check(
        await xlsx([
          ['Perangkat Daerah', 'Nama inovasi'],
          [dinkes.name, 'Impor Gagal Satu'],
          [dinkes.name, 'Impor Gagal Dua'],
        ]),
      )
    ).json();
    expect(job.status).toBe('ready');
    // Meanwhile an operator registers the second one by hand.
    const made = await call(s.app, s.cookie['operator.dinkes'], 'POST', '/api/innovations', { name: 'Impor Gagal Dua' });
    expect(made.statusCode).toBe(201);
    const failed = await runToEnd(job.id);
    expect(failed).toMatchObject({ status: 'failed', doneRows: 0 });
    expect(failed.error).toContain('Tidak ada yang disimpan');
    expect(await count()).toBe(before + 1);
    expect((await call(s.app, s.cookie.admin, 'GET', '/api/innovations?q=Impor%20Gagal%20Satu')).json().total).toBe(0);
    expect((await call(s.app, s.cookie.admin, 'POST', `/api/imports/jobs/${job.id}/run`)).statusCode).toBe(409);
  });

  it('gives a template in the recap’s layout that, filled in, imports', async () => {
    const res = await call(s.app, s.cookie.admin, 'GET', '/api/imports/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Per inovasi') as ExcelJS.Worksheet;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(TEMPLATE_COLUMNS.map((c) => c.header));
    // The recap's first columns, in its words and order.
    expect(TEMPLATE_COLUMNS.slice(0, 2).map((c) => c.header)).toEqual(['Perangkat Daerah', 'Nama inovasi']);
    const help = wb.getWorksheet('Petunjuk') as ExcelJS.Worksheet;
    const helpText = help.getSheetValues().flat().join('|');
    const { dinkes } = await opdNames();
    for (const word of ['Penerapan', 'Non Digital', '1.02 Kesehatan', 'Kepala Daerah', dinkes.name]) expect(helpText).toContain(word);
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { type: string }> } }).dataValidations.model;
    expect(Object.keys(validations).length).toBeGreaterThanOrEqual(6);

    sheet.getRow(2).values = [dinkes.shortName, 'Impor Dari Templat', 'Inisiatif', 'Non Digital', '2.12 Administrasi Kependudukan dan Pencatatan Sipil'];
    sheet.getCell(2, TEMPLATE_COLUMNS.findIndex((c) => c.key === 'waktuUjiCoba') + 1).value = new Date(Date.UTC(2025, 5, 30));
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    const job: Job = (await check(filled, '', 'templat-terisi.xlsx')).json();
    expect(job.problems).toEqual([]);
    expect(job.status).toBe('ready');
    expect((await runToEnd(job.id)).status).toBe('done');
    const found = (await call(s.app, s.cookie.admin, 'GET', '/api/innovations?q=Impor%20Dari%20Templat')).json().items[0];
    const entry = (await call(s.app, s.cookie.admin, 'GET', `/api/innovations/entries/${found.id}`)).json();
    expect(entry).toMatchObject({ tahapan: 'inisiatif', jenis: 'non_digital', urusanUtama: '2.12', waktuUjiCoba: '2025-06-30' });
  });

  it('reads the region’s own recap back into a new period, and refuses a closed one', async () => {
    const period = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json()[0];
    const recap = await call(s.app, s.cookie.admin, 'GET', `/api/exports/recap.xlsx?periodId=${period.id}`);
    const entries = await count(period.id);
    const closed = await call(s.app, s.cookie.admin, 'POST', `/api/periods/${period.id}/status`, { status: 'closed' });
    expect(closed.statusCode, closed.body).toBe(200);
    const refused = await check(recap.rawPayload, `?periodId=${period.id}`, 'rekap.xlsx');
    expect(refused.statusCode).toBe(409);
    const next = await call(s.app, s.cookie.admin, 'POST', '/api/periods', {
      year: period.year + 1,
      frameworkId: 'iid-2026',
      penjaringanOpensOn: `${period.year + 1}-06-01`,
      penjaringanClosesOn: `${period.year + 1}-08-15`,
      carryOver: false,
    });
    expect(next.statusCode, next.body).toBe(201);
    const job: Job = (await check(recap.rawPayload, '', `rekap-inovasi-${period.year}.xlsx`)).json();
    expect(job.problems).toEqual([]);
    expect(job.totalRows).toBe(entries);
    const done = await runToEnd(job.id);
    expect(done).toMatchObject({ status: 'done', doneRows: entries });
    expect(await count(next.json().id)).toBe(entries);
    const { items } = await listAll<{ status: string; periodId: string }>(s.app, s.cookie.admin, `/api/innovations?periodId=${next.json().id}`);
    expect(items.every((e) => e.status === 'draft' && e.periodId === next.json().id)).toBe(true);
  });
});

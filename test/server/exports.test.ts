// The recap spreadsheet reads back with every innovation, every indicator and the review states; OPD roles
// get their own OPD; an empty period gives a valid workbook with headers only.
import { readdir, readFile, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { STATUS_LABEL, TAHAPAN_LABEL } from '../../src/domain/innovation/labels';
import { buildPackage } from '../../src/server/exports/package';
import type { BlobStore } from '../../src/server/plugins/storage';
import { call, listAll, login } from '../support/app';
import { pdf, upload } from '../support/files';
import { solidPng } from '../support/images';
import { signedInApp } from '../support/signed-in-app';

const s = signedInApp(['admin'], { demoInnovations: true });

async function workbook(cookie: string, query = '') {
  const res = await call(s.app, cookie, 'GET', `/api/exports/recap.xlsx${query}`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

describe('recap spreadsheet', () => {
  it('has one row per innovation with each indicator’s value, evidence and review', async () => {
    const wb = await workbook(s.cookie.admin);
    const sheet = wb.getWorksheet('Per inovasi');
    const list = (await call(s.app, s.cookie.admin, 'GET', '/api/innovations?pageSize=100')).json();
    expect(sheet?.rowCount).toBe(list.total + 1);
    const header = sheet?.getRow(1).values as string[];
    expect(header).toContain('16. Regulasi Inovasi Daerah — nilai');
    expect(header.some((h) => typeof h === 'string' && /^35\. .+ — verifikasi$/.test(h))).toBe(true);
    const approved = list.items.find((e: { status: string; review: { diterima: number } }) => e.status === 'disetujui' && e.review.diterima > 0);
    const row = sheet?.getRows(2, list.total)?.find((r) => r.getCell(2).value === approved.name);
    expect(row?.values).toContain('Diterima');
    expect(row?.getCell(8).value).toBe(approved.maturity);
    expect(wb.getWorksheet('Per OPD')?.rowCount).toBeGreaterThanOrEqual(16);
    expect(wb.getWorksheet('SPD (daerah)')?.rowCount).toBeGreaterThan(1);
  });

  it('speaks the reader’s language: labels, never codes, and every indicator column with its number and name', async () => {
    const wb = await workbook(s.cookie.admin);
    const sheet = wb.getWorksheet('Per inovasi') as ExcelJS.Worksheet;
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (name: string) => header.indexOf(name) + 1;
    const indicatorColumns = header.slice(col('Kematangan terverifikasi'));
    expect(indicatorColumns.length).toBeGreaterThan(0);
    for (const h of indicatorColumns) expect(h).toMatch(/^\d+\. \S.* — (nilai|bukti|verifikasi)$/);
    const values = (name: string) => new Set(sheet.getRows(2, sheet.rowCount - 1)?.map((r) => r.getCell(col(name)).value) ?? []);
    expect([...values('Status')].every((v) => Object.values(STATUS_LABEL).includes(v as string))).toBe(true);
    expect(values('Status')).toContain('Disetujui Kepala OPD');
    expect([...values('Tahapan')].every((v) => v === '' || Object.values(TAHAPAN_LABEL).includes(v as string))).toBe(true);
    expect(values('Tahapan')).toContain('Uji Coba');
    expect([...values('Jenis')].every((v) => v === '' || ['Digital', 'Non Digital'].includes(v as string))).toBe(true);
    expect(values('Jenis')).toContain('Non Digital');
    expect([...values('Dikirim')].every((v) => v === 'Ya' || v === 'Tidak')).toBe(true);
    expect([...values('Urusan')].some((v) => String(v).includes('1.02 Kesehatan'))).toBe(true);
    const reviews = new Set(
      sheet
        .getRows(2, sheet.rowCount - 1)
        ?.flatMap((r) => indicatorColumns.map((h, k) => (h.endsWith('verifikasi') ? r.getCell(col('Kematangan terverifikasi') + 1 + k).value : null)))
        .filter((v) => v !== null && v !== ''),
    );
    expect(reviews).toContain('Diterima');
    for (const v of reviews) expect(['Diterima', 'Menunggu verifikasi', 'Dikembalikan']).toContain(v);
    const spd = wb.getWorksheet('SPD (daerah)') as ExcelJS.Worksheet;
    const spdReviews = spd.getRows(2, spd.rowCount - 1)?.map((r) => r.getCell(5).value) ?? [];
    for (const v of spdReviews) expect([null, '', 'Diterima', 'Menunggu verifikasi', 'Dikembalikan']).toContain(v);
  });

  it('gives an operator their own OPD only', async () => {
    const op = await login(s.app, 'operator.dinkes');
    const wb = await workbook(op);
    const mine = (await call(s.app, op, 'GET', '/api/innovations?pageSize=100')).json();
    expect(wb.getWorksheet('Per inovasi')?.rowCount).toBe(mine.total + 1);
    expect(wb.getWorksheet('SPD (daerah)')).toBeUndefined();
  });

  it('an empty period gives a valid workbook with headers only', async () => {
    const periods = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json();
    await call(s.app, s.cookie.admin, 'POST', `/api/periods/${periods[0].id}/status`, { status: 'closed' });
    const created = (
      await call(s.app, s.cookie.admin, 'POST', '/api/periods', {
        year: 2027,
        frameworkId: 'iid-2026',
        penjaringanOpensOn: '2027-06-01',
        penjaringanClosesOn: '2027-08-15',
        carryOver: false,
      })
    ).json();
    const wb = await workbook(s.cookie.admin, `?periodId=${created.id}`);
    expect(wb.getWorksheet('Per inovasi')?.rowCount).toBe(1);
  });
});

async function zipEntries(buf: Buffer): Promise<Map<string, Buffer>> {
  const yauzl = await import('yauzl');
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: { fileName: string }) => {
        zip.openReadStream(entry as never, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

async function finishedJob(cookie: string, id: string) {
  for (let k = 0; k < 100; k++) {
    const job = (await call(s.app, cookie, 'GET', `/api/exports/jobs/${id}`)).json();
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('job did not finish');
}

describe('national submission package', () => {
  it('a folder per sent innovation with evidence named by indicator, and a manifest', async () => {
    const periods = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json();
    const period2026 = periods.find((p: { year: number }) => p.year === 2026);
    const started = await call(s.app, s.cookie.admin, 'POST', '/api/exports/package', { periodId: period2026.id });
    expect(started.statusCode).toBe(202);
    const job = await finishedJob(s.cookie.admin, started.json().id);
    expect(job).toMatchObject({ status: 'done', fileName: 'paket-iid-2026.zip' });
    expect(job.progress).toBe(job.total);
    const download = await call(s.app, s.cookie.admin, 'GET', `/api/exports/jobs/${job.id}/download`);
    expect(download.headers['content-disposition']).toContain('attachment');
    const files = await zipEntries(download.rawPayload);
    const sent = (await listAll<{ id: string; sent: boolean }>(s.app, s.cookie.admin, `/api/innovations?periodId=${period2026.id}`)).items.filter(
      (e) => e.sent,
    );
    const folders = new Set([...files.keys()].filter((n) => n.includes('/')).map((n) => n.split('/')[0]));
    expect(folders.size).toBe(sent.length);
    // Numbered as wide as the count ("001" with 100 or more), so folders sort in order.
    const width = Math.max(2, String(sent.length).length);
    expect([...files.keys()].some((n) => new RegExp(`^${'1'.padStart(width, '0')} .+/16 Regulasi Inovasi Daerah\\.pdf$`).test(n))).toBe(true);
    expect(
      files
        .get([...files.keys()].find((n) => n.endsWith('.pdf')) as string)
        ?.subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const manifest = new ExcelJS.Workbook();
    await manifest.xlsx.load(files.get('manifest.xlsx') as unknown as ArrayBuffer);
    const sheet = manifest.getWorksheet('Manifest');
    expect(sheet?.rowCount).toBe(sent.length + 1);
    expect(sheet?.getRow(1).getCell(2).value).toBe('Nama Inovasi');
    // Labels as the national form writes them, never the stored codes.
    const header = ((sheet as ExcelJS.Worksheet).getRow(1).values as unknown[]).slice(1) as string[];
    const column = (name: string) => (sheet?.getRows(2, sent.length) ?? []).map((r) => String(r.getCell(header.indexOf(name) + 1).value ?? ''));
    const codes =
      /^(inisiatif|uji_coba|penerapan|digital|non_digital|tata_kelola|pelayanan_publik|lainnya_sesuai_urusan|kepala_daerah|anggota_dprd|opd|asn|masyarakat|non_tematik|digitalisasi_layanan)$/;
    for (const name of ['Tahapan Inovasi', 'Inisiator Inovasi', 'Jenis Inovasi', 'Bentuk Inovasi Daerah', 'Tematik'])
      for (const v of column(name)) expect(v).not.toMatch(codes);
    expect(column('Tahapan Inovasi').every((v) => v === '' || Object.values(TAHAPAN_LABEL).includes(v))).toBe(true);
    expect(column('Tahapan Inovasi').filter(Boolean).length).toBeGreaterThan(0);
    expect(column('Jenis Inovasi').every((v) => v === '' || v === 'Digital' || v === 'Non Digital')).toBe(true);
    expect(column('Bentuk Inovasi Daerah').some((v) => v.startsWith('Inovasi '))).toBe(true);
    // Urusan by name ("1.02 Kesehatan"), not a bare code.
    for (const v of column('Urusan Pemerintahan Utama').filter(Boolean)) expect(v).toMatch(/^\d\.\d\d \p{L}/u);
    for (const v of column('Waktu Penerapan').filter(Boolean)) expect(v).toMatch(/^\d{1,2} \p{L}+ \d{4}$/u);
  });

  it('evidence replaced while the package is built: still a valid zip, with a note for the file that went away', async () => {
    const periods = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json();
    const period2026 = periods.find((p: { year: number }) => p.year === 2026);
    const period2027 = periods.find((p: { year: number }) => p.year === 2027);
    // Evidence changes only while penjaringan is open: 2026 is reopened for this test (2027 closed meanwhile).
    const setStatus = (id: string, status: string) => call(s.app, s.cookie.admin, 'POST', `/api/periods/${id}/status`, { status });
    expect((await setStatus(period2027.id, 'closed')).statusCode).toBe(200);
    expect((await setStatus(period2026.id, 'open')).statusCode).toBe(200);
    const sent = (await listAll<{ id: string; sent: boolean }>(s.app, s.cookie.admin, `/api/innovations?periodId=${period2026.id}`)).items.filter(
      (e) => e.sent,
    );
    const up = await upload(s.app, s.cookie.admin, `entryId=${sent[0].id}&code=17`, 'sk-unik.pdf', pdf(`SK unik ${Date.now()}`));
    expect(up.statusCode, up.body).toBe(201);
    // The store as the job sees it: on the first file read, the operator replaces that evidence and the s.cookie.admin
    // purges the old one, so its file is gone from the store before the job reaches it.
    let replaced = false;
    const store: BlobStore = Object.create(s.app.storage);
    store.read = async (sha) => {
      if (!replaced) {
        replaced = true;
        expect((await call(s.app, s.cookie.admin, 'DELETE', `/api/evidence/${up.json().id}`)).statusCode).toBe(200);
        expect((await call(s.app, s.cookie.admin, 'POST', '/api/evidence/purge', { olderThanDays: 0 })).json().removedFiles).toBeGreaterThan(0);
        const again = await upload(s.app, s.cookie.admin, `entryId=${sent[0].id}&code=17`, 'sk-baru.pdf', pdf('SK baru'));
        expect(again.statusCode, again.body).toBe(201);
      }
      return s.app.storage.read(sha);
    };
    const built = await buildPackage(s.ctx.database.db, store, period2026.id, async () => {});
    try {
      const files = await zipEntries(await readFile(built.tempPath));
      expect(files.get('catatan.txt')?.toString()).toContain('sk-unik.pdf');
      for (const [name, bytes] of files) if (name.endsWith('.pdf')) expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const manifest = new ExcelJS.Workbook();
      await manifest.xlsx.load(files.get('manifest.xlsx') as unknown as ArrayBuffer);
      expect(manifest.getWorksheet('Manifest')?.rowCount).toBe(sent.length + 1);
    } finally {
      await rm(built.tempPath, { force: true });
      await setStatus(period2026.id, 'closed');
      await setStatus(period2027.id, 'open');
    }
  });

  it('a file failing half-way fails the job and leaves no partial package behind', async () => {
    const periods = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json();
    const period2026 = periods.find((p: { year: number }) => p.year === 2026);
    const store: BlobStore = Object.create(s.app.storage);
    store.read = async () =>
      new Readable({
        read() {
          this.push(Buffer.alloc(64 * 1024, 1));
          this.destroy(new Error('disk read error'));
        },
      });
    const zipsBefore = (await readdir(s.app.storage.incomingDir)).filter((n) => n.endsWith('.zip'));
    await expect(buildPackage(s.ctx.database.db, store, period2026.id, async () => {})).rejects.toThrow('disk read error');
    expect((await readdir(s.app.storage.incomingDir)).filter((n) => n.endsWith('.zip'))).toEqual(zipsBefore);
  });

  it('an empty period still gives a valid package that says why it is empty; operators cannot start one', async () => {
    const periods = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json();
    const empty = periods.find((p: { year: number }) => p.year === 2027);
    const job = await finishedJob(s.cookie.admin, (await call(s.app, s.cookie.admin, 'POST', '/api/exports/package', { periodId: empty.id })).json().id);
    const files = await zipEntries((await call(s.app, s.cookie.admin, 'GET', `/api/exports/jobs/${job.id}/download`)).rawPayload);
    expect([...files.keys()].sort()).toEqual(['catatan.txt', 'manifest.xlsx']);
    expect(files.get('catatan.txt')?.toString()).toContain('Belum ada inovasi yang ditandai dikirim');
    const op = await login(s.app, 'operator.dinkes');
    expect((await call(s.app, op, 'POST', '/api/exports/package', {})).statusCode).toBe(403);
  });
});

describe('leaders’ PDF report', () => {
  it('has the region, the IID and predicate, the OPDs, gaps and actions, in Bahasa Indonesia', async () => {
    const leader = await login(s.app, 'pimpinan');
    const periods = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json();
    const period2026 = periods.find((p: { year: number }) => p.year === 2026);
    const res = await call(s.app, leader, 'GET', `/api/exports/report.pdf?periodId=${period2026.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { extractText } = await import('unpdf');
    const { text } = await extractText(new Uint8Array(res.rawPayload), { mergePages: true });
    const score = (await call(s.app, s.cookie.admin, 'GET', `/api/scores/region?periodId=${period2026.id}`)).json();
    const id2 = (x: number) => x.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    expect(text).toContain('Laporan Inovasi Daerah');
    expect(text).toContain('Kota Mojokerto');
    expect(text).toContain(`${id2(score.verified.iid)} — ${score.verified.predicate}`);
    expect(text).toContain('84,46');
    expect(text).toContain('Perkiraan 2026 (diklaim)');
    expect(text).toContain('Kelemahan utama');
    expect(text).toContain('Tindakan yang paling menaikkan IID');
    expect(text).toContain('Dinas Kesehatan');
  });

  it('an operator or Kepala OPD gets their own OPD only: no other agency, no other agency\u2019s innovation', async () => {
    const periods = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json();
    const period2026 = periods.find((p: { year: number }) => p.year === 2026);
    const all = (await listAll<{ name: string; opdName: string }>(s.app, s.cookie.admin, `/api/innovations?periodId=${period2026.id}`)).items;
    const { extractText } = await import('unpdf');
    for (const who of ['operator.dinkes', 'kepala.dinkes']) {
      const cookie = await login(s.app, who);
      const res = await call(s.app, cookie, 'GET', `/api/exports/report.pdf?periodId=${period2026.id}`);
      expect(res.statusCode).toBe(200);
      const flat = (await extractText(new Uint8Array(res.rawPayload), { mergePages: true })).text.replace(/\s+/g, ' ');
      expect(flat).toContain('Dinas Kesehatan');
      for (const other of ['Sekretariat Daerah', 'Inspektorat Daerah']) expect(flat, who).not.toContain(other);
      const foreign = all.filter((i) => !i.opdName.startsWith('Dinas Kesehatan')).map((i) => i.name);
      expect(foreign.length).toBeGreaterThan(0);
      for (const name of foreign) expect(flat, `${who}: ${name}`).not.toContain(name);
    }
  });

  it('an empty period still gives a readable report', async () => {
    const periods = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json();
    const empty = periods.find((p: { year: number }) => p.year === 2027);
    const res = await call(s.app, s.cookie.admin, 'GET', `/api/exports/report.pdf?periodId=${empty.id}`);
    const { extractText } = await import('unpdf');
    const { text } = await extractText(new Uint8Array(res.rawPayload), { mergePages: true });
    expect(text).toContain('Laporan Inovasi Daerah');
    expect(text).toContain('0,00');
  });

  it('carries the region’s letterhead and the signing official; each action once; nothing sent is never "tercapai"', async () => {
    const me = (await call(s.app, s.cookie.admin, 'GET', '/api/auth/me')).json();
    const saved = await call(s.app, s.cookie.admin, 'PATCH', `/api/regions/${me.user.regionId}/letterhead`, {
      agencyName: 'Badan Perencanaan Pembangunan Daerah',
      address: 'Jl. Gajah Mada No. 145, Kota Mojokerto 61322',
      phone: '(0321) 321321',
      email: 'bappeda@mojokertokota.go.id',
      logo: solidPng().toString('base64'),
      signPlace: 'Mojokerto',
      signDate: '2026-12-01',
      signerTitle: 'Kepala Bappeda',
      signerName: 'Dra. Siti Rahayu, M.Si.',
      signerNip: '197001011990032001',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const periods = (await call(s.app, s.cookie.admin, 'GET', '/api/periods')).json();
    const period2026 = periods.find((p: { year: number }) => p.year === 2026);
    const res = await call(s.app, s.cookie.admin, 'GET', `/api/exports/report.pdf?periodId=${period2026.id}`);
    expect(res.statusCode).toBe(200);
    const { extractText } = await import('unpdf');
    const { text } = await extractText(new Uint8Array(res.rawPayload), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('PEMERINTAH KOTA MOJOKERTO');
    expect(flat).toContain('BADAN PERENCANAAN PEMBANGUNAN DAERAH');
    expect(flat).toContain('Jl. Gajah Mada No. 145, Kota Mojokerto 61322');
    expect(flat).toContain('Telepon (0321) 321321 · E-mail bappeda@mojokertokota.go.id');
    expect(flat).toContain('Mojokerto, 1 Desember 2026 Kepala Bappeda Dra. Siti Rahayu, M.Si. NIP. 19700101 199003 2 001');

    // Each indicator (of the region or of one innovation) appears once among the actions.
    const actions = flat
      .split('Tindakan yang paling menaikkan IID')[1]
      .split('•')
      .slice(1)
      .map((a) => a.trim());
    expect(actions.length).toBeGreaterThan(0);
    const subjects = actions.map((a) => a.replace(/ dari \d+ ke \d+.*$/, '').replace(/ \(\+.*$/, ''));
    expect(new Set(subjects).size).toBe(subjects.length);

    // An OPD is "tercapai" only with innovations sent; one with nothing sent says so.
    const monitoring = (await call(s.app, s.cookie.admin, 'GET', `/api/dashboard/opds?periodId=${period2026.id}`)).json();
    const tableText = flat.split('Perangkat Daerah Inovasi Dikirim')[1].split('Kelemahan utama')[0];
    const unsent = monitoring.rows.filter((r: { sent: number; registered: number }) => r.sent === 0 && r.registered > 0);
    expect(unsent.length).toBeGreaterThan(0);
    for (const r of unsent) {
      const at = tableText.indexOf(r.name);
      expect(at, r.name).toBeGreaterThanOrEqual(0);
      expect(tableText.slice(at + r.name.length).trim()).toMatch(new RegExp(`^${r.registered} 0 [\\d,]+ belum \\(0 dari ${monitoring.target} dikirim\\)`));
    }
    // Below target with something sent says how far it is too (it read a bare "belum").
    const short = monitoring.rows.filter((r: { sent: number; meetsTarget: boolean }) => r.sent > 0 && !r.meetsTarget);
    expect(short.length).toBeGreaterThan(0);
    for (const r of short)
      expect(tableText.slice(tableText.indexOf(r.name) + r.name.length).trim()).toMatch(
        new RegExp(`^${r.registered} ${r.sent} [\\d,]+ belum \\(${r.sent} dari ${monitoring.target} dikirim\\)`),
      );
    for (const r of monitoring.rows.filter((x: { sent: number }) => x.sent === 0)) expect(r.meetsTarget).toBe(false);
  });
});

// The Admin Daerah narrows Inovasi to "Disetujui Kepala OPD" and "Belum dikirim" to find what is left to mark
// as sent (the list had only stage and OPD filters).
import { type APIRequestContext, expect, test } from '@playwright/test';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { choose, ensureOpenPeriod, signIn, signOut } from './support';

const words = Array.from({ length: 320 }, (_, k) => `kata${k}`).join(' ');
const NAME = 'Layanan Menunggu Dikirim';

async function submitted(request: APIRequestContext) {
  const created = await request.post('/api/innovations', { data: { name: NAME } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  const profile = {
    version: 1,
    tahapan: 'penerapan',
    inisiatorType: 'opd',
    jenis: 'digital',
    bentuk: 'pelayanan_publik',
    urusanUtama: '1.02',
    waktuPenerapan: '2025-02-01',
    rancangBangun: words,
    tujuan: 'Tujuan',
    manfaat: 'Manfaat',
    hasil: 'Hasil',
  };
  expect((await request.patch(`/api/innovations/entries/${id}`, { data: profile })).status()).toBe(200);
  expect((await request.put(`/api/innovations/entries/${id}/answers/16`, { data: { value: 2 } })).status()).toBe(200);
  const file = { name: 'bukti-16.pdf', mimeType: 'application/pdf', buffer: simplePdf([NAME]) };
  expect((await request.post(`/api/evidence/files?entryId=${id}&code=16`, { headers: { 'x-requested-with': 'e2e' }, multipart: { file } })).status()).toBe(201);
  expect((await request.post(`/api/innovations/entries/${id}/transition`, { data: { action: 'submit' } })).status()).toBe(200);
  return id as string;
}

test('approved innovations not yet sent are one filter away', async ({ page }) => {
  await signIn(page, 'admin');
  await ensureOpenPeriod(page);
  await signOut(page);
  await signIn(page, 'operator.dinkes');
  const id = await submitted(page.request);
  await signOut(page);
  await signIn(page, 'kepala.dinkes');
  expect((await page.request.post(`/api/innovations/entries/${id}/transition`, { data: { action: 'approve' } })).status()).toBe(200);
  await signOut(page);

  await signIn(page, 'admin');
  await page.goto('/innovations');
  const main = page.getByRole('main');
  await choose(page, main, 'Status', 'Disetujui Kepala OPD');
  await choose(page, main, 'Dikirim ke penilaian nasional', 'Belum dikirim');
  const rows = main.getByRole('row').filter({ hasText: NAME });
  await expect(rows).toHaveCount(1);
  await expect(main.getByTestId('sent-badge')).toHaveCount(0);
  await choose(page, main, 'Dikirim ke penilaian nasional', 'Sudah dikirim');
  await expect(rows).toHaveCount(0);
});

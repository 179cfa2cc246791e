// The simulator ranks "send innovation X" for every unsent innovation; for one the Kepala OPD has not
// approved it now says so (sending it would be refused), instead of proposing an action that cannot be done.
import { type APIRequestContext, expect, test } from '@playwright/test';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { ensureOpenPeriod, signIn, signOut } from './support';

const words = Array.from({ length: 320 }, (_, k) => `kata${k}`).join(' ');
const NAME = 'Telemedisin Menunggu Persetujuan';
const CODES = Array.from({ length: 20 }, (_, k) => String(16 + k));

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
  const buffer = simplePdf([NAME]);
  for (const code of CODES) {
    expect((await request.put(`/api/innovations/entries/${id}/answers/${code}`, { data: { value: 3 } })).status()).toBe(200);
    const file = { name: `bukti-${code}.pdf`, mimeType: 'application/pdf', buffer };
    expect(
      (await request.post(`/api/evidence/files?entryId=${id}&code=${code}`, { headers: { 'x-requested-with': 'e2e' }, multipart: { file } })).status(),
    ).toBe(201);
  }
  expect((await request.post(`/api/innovations/entries/${id}/transition`, { data: { action: 'submit' } })).status()).toBe(200);
}

test('sending an innovation awaiting approval is shown as needing approval first', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin');
  await ensureOpenPeriod(page);
  await signOut(page);
  await signIn(page, 'operator.dinkes');
  await submitted(page.request);
  await signOut(page);

  await signIn(page, 'admin');
  await page.evaluate(() => localStorage.removeItem('inovda.simulation.v1'));
  await page.goto('/simulasi');
  await page.getByRole('button', { name: 'Muat data periode' }).click();
  const actions = page.getByTestId('ranked-actions');
  await expect(actions.getByText(`Kirim inovasi ${NAME} — belum disetujui Kepala OPD, setujui dahulu`)).toBeVisible();
});

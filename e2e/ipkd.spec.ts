// IPKD as the region's team uses it: the admin opens Tahun Ukur 2026 with the built-in version, types values
// field by field with pauses, reloads and finds them kept; a value out of range is refused on its field and not
// kept; a PDF and a publication link are added; values go for verification; the verifier returns one with a note
// and accepts another; the admin reads the note; the verified IPKD moves; pimpinan reads without inputs.
import { expect as baseExpect, type Locator, type Page } from '@playwright/test';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { patience } from './patience';
import { choose, openPeriodThroughApi, signIn, signOut } from './support';
import { test } from './test';

const expect = baseExpect.configure({ timeout: 30_000 * patience });
const card = (page: Page, id: string) => page.getByTestId(`ipkd-indicator-${id}`);

async function typeSlowly(field: Locator, text: string) {
  await field.click();
  await field.pressSequentially(text, { delay: 60 });
}

test('an IPKD year from the first value to the verified index, and leaders reading it', async ({ page }) => {
  test.setTimeout(300_000 * patience);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'IPKD', exact: true }).click();
  await expect(page.getByText('Belum ada tahun ukur IPKD. Buka tahun ukur pertama')).toBeVisible();
  const year = page.getByRole('textbox', { name: 'Tahun ukur' });
  await year.fill('2026');
  await expect(page.getByRole('combobox', { name: 'Versi kerangka' })).toHaveValue(/IPKD.*2026/);
  await choose(page, page.locator('main'), 'Kapasitas fiskal', 'Sedang');
  await page.getByRole('button', { name: 'Buka tahun ukur ini' }).click();
  await expect(page.getByRole('heading', { name: 'IPKD tahun ukur 2026 (TA 2025)' })).toBeVisible();
  await expect(page.getByText('Bobot dan batas predikat masih bawaan Inovda')).toBeVisible();

  // Field by field, each saved after a pause or on leaving it.
  const konsistensi = card(page, 'D1.konsistensi');
  await typeSlowly(konsistensi.getByLabel('Nilai (%)'), '80');
  await konsistensi.getByLabel('Catatan').click();
  await expect(konsistensi.getByText('Tersimpan', { exact: true })).toBeVisible();
  await typeSlowly(konsistensi.getByLabel('Catatan'), 'Dari RKPD 2025 hal. 12');
  await expect(konsistensi.getByText('Tersimpan', { exact: true })).toHaveCount(2);
  const belanja = card(page, 'D4.belanja');
  await typeSlowly(belanja.getByLabel('Nilai (%)'), '95,5');
  await expect(belanja.getByText('Tersimpan', { exact: true })).toBeVisible();
  const opini = card(page, 'D6.opini');
  await choose(page, opini, 'Nilai', 'WDP');
  await expect(opini.getByText('Tersimpan', { exact: true })).toBeVisible();
  await expect(page.getByTestId('ipkd-claimed')).not.toContainText('0,00');

  // Out of range: the server's message on the field, what was typed stays, nothing kept.
  const pendapatan = card(page, 'D4.pendapatan');
  await typeSlowly(pendapatan.getByLabel('Nilai (%)'), '250');
  await pendapatan.getByLabel('Catatan').click();
  await expect(pendapatan.getByText('Isi angka antara 0 dan 200.')).toBeVisible();
  await expect(pendapatan.getByLabel('Nilai (%)')).toHaveValue('250');

  await page.reload();
  await expect(card(page, 'D1.konsistensi').getByLabel('Nilai (%)')).toHaveValue('80');
  await expect(card(page, 'D1.konsistensi').getByLabel('Catatan')).toHaveValue('Dari RKPD 2025 hal. 12');
  await expect(card(page, 'D4.belanja').getByLabel('Nilai (%)')).toHaveValue('95,5');
  await expect(card(page, 'D6.opini').getByRole('combobox', { name: 'Nilai' })).toHaveValue(/WDP/);
  await expect(card(page, 'D4.pendapatan').getByLabel('Nilai (%)')).toHaveValue('');

  // Documents: the BPK report as a PDF, the RKPD as a publication link.
  await card(page, 'D6.opini')
    .locator('input[type=file]')
    .setInputFiles({ name: 'lhp-bpk.pdf', mimeType: 'application/pdf', buffer: simplePdf(['LHP BPK atas LKPD 2025']) });
  await expect(card(page, 'D6.opini').getByRole('link', { name: 'lhp-bpk.pdf', exact: true })).toBeVisible();
  await card(page, 'D1.konsistensi').getByLabel('Tautan publikasi').fill('https://mojokertokota.go.id/rkpd-2025');
  await card(page, 'D1.konsistensi').getByLabel('Judul tautan').fill('RKPD 2025');
  await card(page, 'D1.konsistensi').getByRole('button', { name: 'Tambah tautan' }).click();
  await expect(card(page, 'D1.konsistensi').getByRole('link', { name: 'RKPD 2025' })).toBeVisible();

  // One sent by itself, the rest that are ready at once; those not ready say why.
  await card(page, 'D1.konsistensi').getByRole('button', { name: 'Kirim untuk verifikasi' }).click();
  await expect(card(page, 'D1.konsistensi').getByText('Menunggu verifikasi')).toBeVisible();
  await page.getByRole('button', { name: 'Kirim semua yang siap' }).click();
  await expect(page.getByText('Belum siap dikirim:')).toBeVisible();
  await expect(page.getByText(/Perda APBD ditetapkan tepat waktu: Isi nilainya terlebih dahulu\./)).toBeVisible();
  await expect(card(page, 'D6.opini').getByText('Menunggu verifikasi')).toBeVisible();
  await expect(card(page, 'D4.belanja').getByText('Draf')).toBeVisible();
  await signOut(page);

  // The verifier: a return needs a note; one returned, one accepted; the verified index moves.
  await signIn(page, 'verifikator');
  await page.goto('/ipkd/2026');
  await expect(page.getByTestId('ipkd-verified')).toContainText('0,00');
  const d1 = card(page, 'D1.konsistensi');
  await d1.getByRole('button', { name: 'Kembalikan' }).click();
  await d1.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(d1.getByText('Tuliskan catatan agar operator tahu apa yang harus diperbaiki.')).toBeVisible();
  await expect(d1.getByText('Menunggu verifikasi')).toBeVisible();
  await d1.getByLabel('Catatan pengembalian (wajib)').fill('Lampirkan halaman RKPD yang memuat program.');
  await d1.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(d1.getByText('Dikembalikan')).toBeVisible();
  await card(page, 'D6.opini').getByRole('button', { name: 'Terima' }).click();
  await expect(card(page, 'D6.opini').getByText('Diterima')).toBeVisible();
  // WDP scores 70 in the built-in version: 16 % × 70 = 11,20.
  await expect(page.getByTestId('ipkd-verified')).toContainText('11,20');
  await expect(page.locator('main input[type=file]')).toHaveCount(0);
  await signOut(page);

  await signIn(page, 'admin');
  await page.goto('/ipkd/2026');
  await expect(card(page, 'D1.konsistensi').getByText('Lampirkan halaman RKPD yang memuat program.')).toBeVisible();
  await expect(card(page, 'D1.konsistensi').getByText('Dikembalikan')).toBeVisible();
  await signOut(page);

  // Pimpinan reads: the year, its values and the official result, and no input anywhere.
  await signIn(page, 'pimpinan');
  await page.getByRole('link', { name: 'IPKD', exact: true }).click();
  await page.getByRole('link', { name: /Tahun ukur 2026/ }).click();
  await expect(page.getByTestId('ipkd-verified')).toContainText('11,20');
  await expect(card(page, 'D1.konsistensi')).toContainText('80 %');
  await expect(page.locator('main input, main textarea, main select')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Kirim|Terima|Kembalikan|Simpan/ })).toHaveCount(0);

  // The dashboard shows the IPKD beside the IID trend (with an IID period open), and leads to the IPKD pages.
  await signOut(page);
  await openPeriodThroughApi(page);
  await signIn(page, 'pimpinan');
  await page.getByRole('link', { name: 'Dasbor', exact: true }).click();
  const ipkdCard = page.getByTestId('ipkd-trend');
  await expect(ipkdCard).toContainText('Tahun ukur 2026 (TA 2025): diklaim');
  await expect(ipkdCard).toContainText('Terverifikasi 11,20');
  await ipkdCard.getByRole('link', { name: 'Buka IPKD' }).click();
  await expect(page).toHaveURL(/\/ipkd$/);
});

test('a save after someone else’s reads the value again and keeps both', async ({ page }) => {
  test.setTimeout(180_000 * patience);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'admin');
  expect((await page.request.post('/api/ipkd/years', { data: { measurementYear: 2025, frameworkId: 'ipkd-2025' } })).status()).toBe(201);
  await page.goto('/ipkd/2025');
  const konsistensi = card(page, 'D1.konsistensi');
  await typeSlowly(konsistensi.getByLabel('Nilai (%)'), '70');
  await konsistensi.getByLabel('Catatan').click();
  await expect(konsistensi.getByText('Tersimpan', { exact: true })).toBeVisible();

  // A colleague saves the note in between; this page still holds the version before it.
  const year = (await (await page.request.get('/api/ipkd/years/2025')).json()) as { values: { indicatorId: string; version: number }[] };
  const version = year.values.find((v) => v.indicatorId === 'D1.konsistensi')?.version;
  const other = await page.request.patch('/api/ipkd/years/2025/values/D1.konsistensi', { data: { version, note: 'Diisi rekan dari BPKPD' } });
  expect(other.status()).toBe(200);

  await konsistensi.getByLabel('Nilai (%)').fill('75');
  await konsistensi.getByLabel('Nilai (%)').blur();
  await expect(konsistensi.getByText('Tersimpan', { exact: true })).toBeVisible();
  await expect(konsistensi.getByLabel('Catatan')).toHaveValue('Diisi rekan dari BPKPD');
  await page.reload();
  await expect(card(page, 'D1.konsistensi').getByLabel('Nilai (%)')).toHaveValue('75');
  await expect(card(page, 'D1.konsistensi').getByLabel('Catatan')).toHaveValue('Diisi rekan dari BPKPD');
});

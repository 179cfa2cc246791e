// Penjaringan end to end: an operator registers an innovation, uploads PDF evidence and submits; the head
// of the OPD approves; a verifier returns one item with a note; the operator fixes it; the verifier accepts;
// the verified IID on the dashboard rises by exactly the accepted points / MAX(k, n) / max × 100.
import { expect, type Page, test } from '@playwright/test';
import { builtInFramework } from '../src/domain/iid/builtin';
import type { Framework } from '../src/domain/iid/types';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { ensureOpenPeriod, signIn, signOut } from './support';

const f = builtInFramework('iid-2026') as Framework;
const weight = (code: string) => f.indicators.find((i) => i.code === code)?.weight ?? 0;
const words = Array.from({ length: 320 }, (_, k) => `kata${k}`).join(' ');
const parseId = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));

async function verifiedIid(page: Page) {
  await page.getByRole('link', { name: 'Beranda' }).click();
  return parseId((await page.getByTestId('iid-verified-value').textContent()) ?? '');
}

async function upload(page: Page, code: string, name: string, text: string) {
  await page
    .getByTestId(`indicator-${code}`)
    .locator('input[type=file]')
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: simplePdf([text]) });
  await expect(page.getByTestId(`indicator-${code}`).getByRole('button', { name, exact: true })).toBeVisible();
}

test('register, evidence, submit, approve, return, fix, accept: the verified IID moves as predicted', async ({ page }) => {
  await signIn(page, 'admin');
  await ensureOpenPeriod(page);
  await signOut(page);

  // Operator: register, fill the profile, answer two indicators and attach a PDF to each.
  await signIn(page, 'operator.dinkes');
  await page.getByRole('link', { name: 'Inovasi', exact: true }).click();
  await page.getByRole('button', { name: 'Daftarkan inovasi' }).click();
  await page.getByRole('dialog').getByLabel('Nama inovasi').fill('Posyandu Remaja Digital');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Posyandu Remaja Digital' })).toBeVisible();
  const entryId = page.url().split('/').pop() as string;
  const entry = await (await page.request.get(`/api/innovations/entries/${entryId}`)).json();
  const saved = await page.request.patch(`/api/innovations/entries/${entryId}`, {
    data: {
      version: entry.version,
      tahapan: 'penerapan',
      inisiatorType: 'opd',
      jenis: 'digital',
      bentuk: 'pelayanan_publik',
      urusanUtama: '1.02',
      waktuPenerapan: '2025-04-01',
      rancangBangun: words,
      tujuan: 'Menjangkau remaja',
      manfaat: 'Pemeriksaan rutin remaja',
      hasil: 'Cakupan naik',
    },
  });
  expect(saved.status()).toBe(200);
  await page.reload();

  await page.getByRole('combobox', { name: /^16\. / }).click();
  await page.getByRole('option', { name: /^2 — / }).click();
  await page.getByRole('combobox', { name: /^35\. / }).click();
  await page.getByRole('option', { name: /^1 — / }).click();
  const claimed = 2 * weight('16') + 1 * weight('35');
  await expect(page.getByTestId('claimed-maturity')).toHaveText(`Kematangan diklaim ${claimed},00 / 111,00`);
  await expect(page.getByTestId('missing-evidence')).toContainText('16, 35');
  await upload(page, '16', 'perwali-inovasi.pdf', 'Perwali Inovasi');
  await upload(page, '35', 'video-tautan.pdf', 'Naskah video');
  await expect(page.getByTestId('missing-evidence')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ajukan ke Kepala OPD' }).click();
  await expect(page.getByText('Inovasi diajukan.')).toBeVisible();
  await signOut(page);

  // Kepala OPD approves.
  await signIn(page, 'kepala.dinkes');
  await page.goto(`/innovations/${entryId}`);
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expect(page.getByText('Inovasi disetujui.')).toBeVisible();
  await signOut(page);

  // Admin marks it as sent and notes the verified IID before verification.
  await signIn(page, 'admin');
  await page.goto(`/innovations/${entryId}`);
  await page.getByRole('switch', { name: 'Dikirim ke penilaian nasional' }).click({ force: true });
  // Below the period's maturity threshold the admin confirms after seeing the IID change (e2e/send.spec.ts).
  const confirm = page.getByRole('button', { name: 'Tetap kirim' });
  if (
    await confirm.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false,
    )
  )
    await confirm.click();
  await expect(page.getByRole('switch', { name: 'Dikirim ke penilaian nasional' })).toBeChecked();
  const before = await verifiedIid(page);
  await signOut(page);

  // Verifier: return 35 with a note, accept 16.
  await signIn(page, 'verifikator');
  await page.getByRole('link', { name: 'Verifikasi' }).click();
  await page.getByRole('combobox', { name: 'Semua status' }).click();
  await page.getByRole('option', { name: 'Menunggu verifikasi' }).click();
  const row = (code: string) =>
    page
      .getByTestId('queue')
      .getByRole('row')
      .filter({ hasText: 'Posyandu Remaja Digital' })
      .filter({ hasText: `${code}. ` });
  await row('35').getByTestId('queue-item').click();
  await page.getByRole('textbox', { name: 'Catatan untuk operator' }).fill('Unggah video (mp4) atau tautannya, bukan naskah.');
  await page.getByTestId('return').click();
  await expect(page.getByText('Keputusan tersimpan.').first()).toBeVisible();
  await row('16').getByTestId('queue-item').click();
  await expect(page.getByTestId('review-panel')).toContainText('16. Regulasi Inovasi Daerah');
  await page.keyboard.press('a');
  await expect(row('16')).toHaveCount(0);
  await signOut(page);

  // Operator sees the note and fixes the returned item with a link.
  await signIn(page, 'operator.dinkes');
  await page.goto(`/innovations/${entryId}`);
  const item35 = page.getByTestId('indicator-35');
  await expect(item35.getByTestId('review-note')).toContainText('Unggah video (mp4) atau tautannya, bukan naskah.');
  await item35.getByRole('button', { name: 'Tambah tautan' }).click();
  await item35.getByLabel('Alamat tautan').fill('https://youtu.be/posyandu-remaja');
  await item35.getByRole('button', { name: 'Simpan' }).click();
  await expect(item35.getByTestId('review-menunggu')).toBeVisible();
  await signOut(page);

  // Verifier accepts the fix.
  await signIn(page, 'verifikator');
  await page.getByRole('link', { name: 'Verifikasi' }).click();
  await row('35').getByTestId('queue-item').click();
  await expect(page.getByTestId('review-panel')).toContainText('youtu.be/posyandu-remaja');
  await page.getByTestId('accept').click();
  await expect(row('35').getByTestId('review-diterima')).toBeVisible();
  await signOut(page);

  // The verified IID rose by the accepted points over MAX(k, n) (one innovation sent: k) and the maximum.
  await signIn(page, 'admin');
  const after = await verifiedIid(page);
  const expected = (claimed / Math.max(f.divisorFloor, 1) / f.maxScore) * 100;
  expect(Math.abs(after - before - expected)).toBeLessThanOrEqual(0.011);
  await page.goto(`/innovations/${entryId}`);
  await expect(page.getByTestId('verified-maturity')).toHaveText(`Terverifikasi ${claimed},00 / 111,00`);
});

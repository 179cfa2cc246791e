// One working day of a region, every step in the browser the way each person does it: the operator types the
// profile field by field (pausing, reloading, finding it all kept), answers two indicators with PDFs and
// submits; the Kepala OPD finds it in the home inbox and approves; the admin sends it after the below-threshold
// warning; the verifier finds it by part of its name, returns one item with a note and accepts the other;
// the operator is told by the bell, fixes the item; the verifier accepts; the verified IID rises by exactly
// the accepted points / MAX(k, n) / max × 100, and the recap spreadsheet reads in words, not codes.

import { expect as baseExpect, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { builtInFramework } from '../src/domain/iid/builtin';
import type { Framework } from '../src/domain/iid/types';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { patience } from './patience';
import { choose, ensureOpenPeriod, expectNotice, signIn, signInThroughApi, signOut, signOutThroughApi } from './support';
import { test } from './test';

// A shared two-core machine can take several seconds for a save or a first page load.
const expect = baseExpect.configure({ timeout: 30_000 * patience });

const NAME = 'Posyandu Remaja Digital';
const NOTE = 'Unggah video (mp4) atau tautannya, bukan naskah.';
const f = builtInFramework('iid-2026') as Framework;
const weight = (code: string) => f.indicators.find((i) => i.code === code)?.weight ?? 0;
const words = (n: number) => Array.from({ length: n }, (_, k) => `kegiatan${k}`).join(' ');
const parseId = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));

/** Types like a person: key by key, then a pause before the next field. */
async function type(page: Page, field: Locator, text: string) {
  await field.click();
  await field.pressSequentially(text, { delay: 10 });
  await page.waitForTimeout(250);
}

async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

async function verifiedIid(page: Page) {
  await page.getByRole('link', { name: 'Beranda' }).first().click();
  return parseId((await page.getByTestId('iid-verified-value').textContent()) ?? '');
}

async function upload(page: Page, code: string, name: string, text: string) {
  const item = page.getByTestId(`indicator-${code}`);
  await item
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: simplePdf([text]) });
  await expect(item.getByRole('button', { name, exact: true })).toBeVisible();
  // The chooser is emptied, so that choosing the same file again is reported (and refused as attached already).
  await expect(item.locator('input[type=file]').first()).toHaveValue('');
}

/** The verifier's queue row of this innovation's indicator. */
const queueRow = (page: Page, code: string) =>
  page
    .getByTestId('queue')
    .getByRole('row')
    .filter({ hasText: NAME })
    .filter({ hasText: `${code}. ` });

test('a working day: type, submit, approve from the inbox, send, search, return, notify, fix, accept', async ({ page }) => {
  test.setTimeout(300_000 * patience);
  await signInThroughApi(page.request, 'admin');
  await ensureOpenPeriod(page.request);
  // The period asks for a maturity of 60 before sending, so the send below needs the admin's confirmation.
  const periods = (await (await page.request.get('/api/periods')).json()) as { id: string; status: string }[];
  const open = periods.find((p) => p.status === 'open') as { id: string };
  expect((await page.request.patch(`/api/periods/${open.id}`, { data: { maturityThreshold: 60 } })).status()).toBe(200);
  await signOutThroughApi(page.request);

  // Operator: register, then the profile field by field, with pauses.
  await signIn(page, 'operator.dinkes');
  await page.getByRole('link', { name: 'Inovasi', exact: true }).click();
  await page.getByRole('button', { name: 'Daftarkan inovasi' }).click();
  await page.getByRole('dialog').getByLabel('Nama inovasi').pressSequentially(NAME, { delay: 10 });
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
  const entryId = page.url().split('/').pop() as string;
  const main = page.locator('main');
  await choose(page, main, 'Tahapan', 'Penerapan');
  await choose(page, main, 'Inisiator', 'Perangkat Daerah');
  await choose(page, main, 'Jenis', /^Digital$/);
  await choose(page, main, 'Bentuk', 'Inovasi pelayanan publik');
  await choose(page, main, 'Urusan utama', '1.02 Kesehatan');
  // Chromium's date field here takes month, day, year.
  await type(page, page.getByLabel('Waktu penerapan'), '04012025');
  const design = page.getByRole('textbox', { name: 'Rancang bangun dan pokok perubahan' });
  await type(page, design, 'Remaja datang ke posyandu lewat aplikasi. ');
  for (let i = 0; i < 3; i++) {
    await page.keyboard.insertText(`${words(110)} `);
    await page.waitForTimeout(300);
  }
  await type(page, page.getByLabel('Tujuan inovasi'), 'Menjangkau remaja');
  await type(page, page.getByLabel('Manfaat yang diperoleh'), 'Pemeriksaan rutin remaja');
  await expectSaved(page);
  // Leaves, comes back later: what was typed is there; the last field is typed after the reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
  await expect(main.getByRole('combobox', { name: 'Tahapan', exact: true })).toHaveValue('Penerapan');
  await expect(main.getByRole('combobox', { name: 'Urusan utama', exact: true })).toHaveValue('1.02 Kesehatan');
  await expect(page.getByLabel('Waktu penerapan')).toHaveValue('2025-04-01');
  await expect(page.getByTestId('word-count')).toContainText('336 / 300 kata');
  await expect(page.getByLabel('Tujuan inovasi')).toHaveValue('Menjangkau remaja');
  await expect(page.getByLabel('Manfaat yang diperoleh')).toHaveValue('Pemeriksaan rutin remaja');
  await type(page, page.getByLabel('Hasil inovasi'), 'Cakupan pemeriksaan remaja naik');
  await expectSaved(page);

  // Two indicators answered, each with a PDF.
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
  await expectNotice(page, 'Inovasi diajukan.');
  await signOut(page);

  // Kepala OPD: the bell and the home inbox both say it waits; approves from there.
  await signIn(page, 'kepala.dinkes');
  const inbox = page.getByTestId('approval-inbox');
  await expect(inbox.getByTestId('approval-item').filter({ hasText: NAME })).toBeVisible();
  await page.getByTestId('bell').click();
  await expect(page.getByRole('menuitem', { name: new RegExp(`Menunggu persetujuan Anda: ${NAME}`) })).toBeVisible();
  await page.keyboard.press('Escape');
  await inbox.getByRole('link', { name: NAME }).click();
  await page.getByRole('button', { name: 'Setujui' }).click();
  // The decision is kept (the brief confirmation may come and go while a busy machine answers).
  await expect(page.getByRole('main').getByText('Disetujui Kepala OPD', { exact: true }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Beranda' }).first().click();
  await expect(page.getByTestId('approval-inbox').getByTestId('approval-item').filter({ hasText: NAME })).toHaveCount(0);
  await signOut(page);

  // Admin sends it: below the threshold, the exact IID change is shown first and confirmed.
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Inovasi', exact: true }).click();
  // The region's list is paged and other tests add innovations too: the admin looks it up by name.
  await page.getByRole('textbox', { name: 'Cari' }).pressSequentially(NAME, { delay: 20 });
  await page.getByRole('link', { name: NAME }).click();
  await page.getByRole('switch', { name: 'Dikirim ke penilaian nasional' }).click({ force: true });
  const warning = page.getByRole('dialog', { name: 'Kirim inovasi di bawah ambang kematangan?' });
  await expect(warning).toContainText(`Kematangan ${NAME} ${claimed},00, di bawah ambang periode 60,00`);
  await expect(warning.getByTestId('iid-change-claimed')).toContainText('IID berubah dari');
  await warning.getByRole('button', { name: 'Tetap kirim' }).click();
  await expect(page.getByRole('switch', { name: 'Dikirim ke penilaian nasional' })).toBeChecked();
  const before = await verifiedIid(page);
  await signOut(page);

  // Verifier: finds it by part of its name, returns 35 with a note, accepts 16 with the keyboard.
  await signIn(page, 'verifikator');
  await page.getByRole('link', { name: 'Verifikasi' }).click();
  await page.getByTestId('queue-search').pressSequentially('remaja digital', { delay: 30 });
  await expect(page.getByTestId('queue').getByRole('row').filter({ hasText: NAME })).toHaveCount(2);
  await queueRow(page, '35').getByTestId('queue-item').click();
  await page.getByRole('textbox', { name: 'Catatan untuk operator' }).fill(NOTE);
  await page.getByTestId('return').click();
  await expect(page.getByText('Keputusan tersimpan.').first()).toBeVisible();
  await queueRow(page, '16').getByTestId('queue-item').click();
  await expect(page.getByTestId('review-panel')).toContainText('16. Regulasi Inovasi Daerah');
  await page.keyboard.press('a');
  await expect(queueRow(page, '16').getByTestId('review-diterima')).toBeVisible();
  await signOut(page);

  // Operator: the bell says what came back and leads to the indicator; fixed with a link.
  await signIn(page, 'operator.dinkes');
  await expect(page.getByTestId('bell')).toHaveAccessibleName(/1|\d+/);
  await page.getByTestId('bell').click();
  await page.getByRole('menuitem', { name: new RegExp(`Dikembalikan: ${NAME} — indikator 35`) }).click();
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
  const item35 = page.getByTestId('indicator-35');
  await expect(item35.getByTestId('review-note')).toContainText(NOTE);
  await item35.getByRole('button', { name: 'Tambah tautan' }).click();
  await item35.getByLabel('Alamat tautan').pressSequentially('https://youtu.be/posyandu-remaja', { delay: 10 });
  await item35.getByRole('button', { name: 'Simpan' }).click();
  await expect(item35.getByTestId('review-menunggu')).toBeVisible();
  await signOut(page);

  // Verifier accepts the fix.
  await signIn(page, 'verifikator');
  await page.getByRole('link', { name: 'Verifikasi' }).click();
  await page.getByTestId('queue-search').pressSequentially('posyandu remaja', { delay: 30 });
  await queueRow(page, '35').getByTestId('queue-item').click();
  await expect(page.getByTestId('review-panel')).toContainText('youtu.be/posyandu-remaja');
  await page.getByTestId('accept').click();
  await expect(queueRow(page, '35').getByTestId('review-diterima')).toBeVisible();
  await signOut(page);

  // Admin: the verified IID rose by the accepted points over MAX(k, n) and the maximum.
  await signIn(page, 'admin');
  const after = await verifiedIid(page);
  const expected = (claimed / Math.max(f.divisorFloor, 1) / f.maxScore) * 100;
  expect(Math.abs(after - before - expected)).toBeLessThanOrEqual(0.011);
  await page.goto(`/innovations/${entryId}`);
  await expect(page.getByTestId('verified-maturity')).toHaveText(`Terverifikasi ${claimed},00 / 111,00`);

  // The recap the admin downloads names the stage, status and review in words.
  const recap = await page.request.get(`/api/exports/recap.xlsx?periodId=${open.id}`);
  expect(recap.status()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await recap.body()) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  const header = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? ''));
  const row = sheet.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(header.indexOf('Nama inovasi')).value === NAME);
  expect(row, 'recap row of the innovation').toBeDefined();
  const cell = (title: string) => row?.getCell(header.indexOf(title)).value;
  expect(cell('Tahapan')).toBe('Penerapan');
  expect(cell('Jenis')).toBe('Digital');
  expect(cell('Dikirim')).toBe('Ya');
  expect(cell('Kematangan terverifikasi')).toBe(claimed);
  const review16 = header.find((h) => h.startsWith('16.') && h.endsWith('— verifikasi')) as string;
  expect(cell(review16)).toBe('Diterima');
});

// An innovation the Kepala OPD sends back: the operator who submitted it sees that it waits for the Kepala
// (the locked form says why); the Kepala cannot return it without saying what to fix; the operator hears of
// it under the bell, finds the note on the innovation itself, fixes it and submits again.
import { expect as baseExpect } from '@playwright/test';
import { patience } from './patience';
import { expectNotice, openPeriodThroughApi, registerThroughApi, signIn, signOut } from './support';
import { test } from './test';

// A shared two-core machine can take several seconds for a first page load or a save.
const expect = baseExpect.configure({ timeout: 30_000 * patience });

const NAME = 'Kelas Gizi Remaja Sekolah';
const NOTE = 'Sebutkan sekolah pelaksananya di Lokasi.';
const profile = {
  waktuPenerapan: '2025-04-01',
  tujuan: 'Remaja sekolah paham gizi seimbang',
  manfaat: 'Anemia remaja putri turun',
  hasil: 'Cakupan skrining naik',
};

test('returned with a note: bell, note on the innovation, fixed and submitted again', async ({ page }) => {
  test.setTimeout(180_000 * patience);
  await openPeriodThroughApi(page);

  // Operator: registers and submits; the locked form says it waits for the Kepala.
  await signIn(page, 'operator.dinkes');
  const id = await registerThroughApi(page.request, NAME, profile);
  await page.goto(`/innovations/${id}`);
  await page.getByRole('button', { name: 'Ajukan ke Kepala OPD' }).click();
  await expectNotice(page, 'Inovasi diajukan.');
  await expect(page.getByTestId('entry-standing')).toHaveText(/menunggu keputusannya/);
  await signOut(page);

  // Kepala OPD: "Kembalikan ke draf" needs a note.
  await signIn(page, 'kepala.dinkes');
  await page.getByTestId('approval-inbox').getByRole('link', { name: NAME }).click();
  await page.getByRole('button', { name: 'Kembalikan ke draf' }).click();
  const dialog = page.getByRole('dialog');
  const send = dialog.getByRole('button', { name: 'Kembalikan ke draf' });
  await expect(send).toBeDisabled();
  await dialog.getByLabel(/Catatan untuk operator/).fill('   ');
  await expect(send).toBeDisabled();
  await dialog.getByLabel(/Catatan untuk operator/).fill(NOTE);
  await send.click();
  await expectNotice(page, 'Inovasi dikembalikan ke draf.');
  await signOut(page);

  // Operator: the bell says so with the note and leads to the innovation, which shows the note.
  await signIn(page, 'operator.dinkes');
  await page.getByTestId('bell').click();
  const notice = page.getByRole('menuitem').filter({ hasText: `Dikembalikan ke draf: ${NAME}` });
  await expect(notice).toContainText(NOTE);
  await notice.click();
  await expect(page).toHaveURL(new RegExp(`/innovations/${id}$`));
  const note = page.getByTestId('head-return-note');
  await expect(note).toContainText(NOTE);
  await expect(note).toContainText('dr. Ratna Kusumawati');

  // Fixed and submitted again: the note has done its job.
  await page.getByLabel('Lokasi').fill('SMPN 1 dan SMPN 2 Mojokerto');
  await page.getByRole('button', { name: 'Ajukan ke Kepala OPD' }).click();
  await expectNotice(page, 'Inovasi diajukan.');
  await expect(page.getByTestId('head-return-note')).toHaveCount(0);
  const entry = await (await page.request.get(`/api/innovations/entries/${id}`)).json();
  expect(entry).toMatchObject({ status: 'diajukan', lokasi: 'SMPN 1 dan SMPN 2 Mojokerto' });
});

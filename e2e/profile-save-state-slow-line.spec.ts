// The profile's save state tells the truth on a slow line: text typed while a save is out is never shown as
// "Tersimpan", the state stays in view while the lower fields are typed, and a value held back on screen (the
// name cleared) stops a submission instead of submitting what the server still has.
import { expect as baseExpect, type Page } from '@playwright/test';
import { patience } from './patience';
import { openPeriodThroughApi, registerThroughApi, signIn } from './support';
import { test } from './test';

// A shared two-core machine can take several seconds for a first page load or a save.
const expect = baseExpect.configure({ timeout: 30_000 * patience });

const NAME = 'Skrining Remaja Daring';
const profile = {
  waktuPenerapan: '2025-07-01',
  tujuan: 'Remaja terperiksa tanpa antre',
  manfaat: 'Skrining gizi dan kesehatan jiwa',
  hasil: 'Cakupan skrining naik',
};

/** Every save state the page shows, in order (consecutive repeats once). */
async function recordStates(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __states: string[] };
    w.__states = [];
    const note = () => {
      const s = document.querySelector('[data-testid=save-state]')?.getAttribute('data-state') ?? 'none';
      if (w.__states[w.__states.length - 1] !== s) w.__states.push(s);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  });
  return () => page.evaluate(() => (window as unknown as { __states: string[] }).__states);
}

test('typing during a slow save is not "Tersimpan"; the state stays in view; a held-back name stops the submission', async ({ page }) => {
  test.setTimeout(180_000 * patience);
  await openPeriodThroughApi(page);

  await signIn(page, 'operator.dinkes');
  const id = await registerThroughApi(page.request, NAME, profile);
  await page.goto(`/innovations/${id}`);
  await expect(page.getByRole('heading', { name: NAME })).toBeVisible();

  // A slow line: every save takes 2 s. The operator pauses (a save leaves), then goes on typing.
  await page.route('**/api/innovations/entries/*', async (route) => {
    if (route.request().method() === 'PATCH') await new Promise((r) => setTimeout(r, 2000));
    await route.continue();
  });
  const states = await recordStates(page);
  const lokasi = page.getByLabel('Lokasi');
  await lokasi.click();
  await lokasi.pressSequentially('Kelurahan Gedongan', { delay: 20 });
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saving');
  await lokasi.pressSequentially(' dan SMPN 2', { delay: 20 });
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved', { timeout: 20_000 * patience });
  // "Tersimpan" once, at the end: never while " dan SMPN 2" was only on screen.
  const seen = await states();
  expect(seen.filter((s) => s === 'saved')).toHaveLength(1);
  expect(seen[seen.length - 1]).toBe('saved');
  expect((await (await page.request.get(`/api/innovations/entries/${id}`)).json()).lokasi).toBe('Kelurahan Gedongan dan SMPN 2');
  await page.unroute('**/api/innovations/entries/*');

  // Typing far down the page: the save state is still in view.
  const hasil = page.getByLabel('Hasil inovasi');
  await hasil.click();
  await hasil.press('End');
  await hasil.pressSequentially(' 71 persen', { delay: 20 });
  await expect(page.getByTestId('save-state')).toBeInViewport();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // The name cleared is held back (named in the state); submitting now is stopped and says why.
  const name = page.getByLabel('Nama inovasi');
  await name.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('save-state')).toContainText('Nama inovasi');
  await page.getByRole('button', { name: 'Ajukan ke Kepala OPD' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Belum dapat diajukan' })).toContainText('Nama inovasi: Wajib diisi.');
  expect((await (await page.request.get(`/api/innovations/entries/${id}`)).json()).status).toBe('draft');
  await name.fill(NAME);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
});

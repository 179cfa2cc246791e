// A new verifier presses "Kembalikan" before writing a note: the note field itself says a note is needed
// (there was only a generic "check the marked fields" toast with nothing marked), nothing is decided, and
// Ctrl+Enter in the note returns the item once it is written. Clicking anywhere on a queue row picks it.
import { expect as baseExpect } from '@playwright/test';
import { patience } from './patience';
import { approvedThroughApi, signIn } from './support';
import { test } from './test';

const expect = baseExpect.configure({ timeout: 30_000 * patience });
const NAME = 'Layanan Catatan Wajib Kembali';

test('returning without a note is explained on the note field; Ctrl+Enter returns once written', async ({ page }) => {
  test.setTimeout(180_000 * patience);
  await page.setViewportSize({ width: 1366, height: 800 });
  const [id] = await approvedThroughApi(page, [NAME], { codes: ['16', '17'] });

  await signIn(page, 'verifikator');
  await page.goto('/verifikasi');
  const searched = page.waitForResponse((r) => r.url().includes('/api/verification/queue') && r.url().includes('q=Layanan'));
  await page.getByTestId('queue-search').fill(NAME);
  await searched;
  const rows = page.getByTestId('queue-row');
  await expect(rows).toHaveCount(2);
  // A click on the indicator cell (not the innovation name) picks the item.
  await rows.first().getByText('16. Regulasi Inovasi Daerah').click();
  const panel = page.getByTestId('review-panel');
  await expect(panel).toContainText('16. Regulasi Inovasi Daerah');

  await panel.getByTestId('return').click();
  await expect(panel.getByText('Tuliskan catatan agar operator tahu apa yang harus diperbaiki.')).toBeVisible();
  await expect(panel.getByTestId('review-note-input')).toBeFocused();
  await expect(rows.first()).toContainText('Menunggu verifikasi');

  await page.keyboard.type('SK belum ditandatangani.');
  await expect(panel.getByText('Tuliskan catatan agar operator tahu apa yang harus diperbaiki.')).toBeHidden();
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Keputusan tersimpan.')).toBeVisible();
  const item = (await (await page.request.get(`/api/innovations/entries/${id}/answers`)).json()) as {
    items: Record<string, { reviewStatus: string; reviewNote: string | null }>;
  };
  expect(item.items['16']).toMatchObject({ reviewStatus: 'dikembalikan', reviewNote: 'SK belum ditandatangani.' });
});

// The SPD drawer names the region indicators that are answered without evidence ("3. Kualitas peningkatan
// perizinan"): it listed bare codes ("…: 3.") that read like a count, and told the admin to upload "before
// submitting" although region answers are not submitted.
import { expect } from '@playwright/test';
import { answerThroughApi, ensureOpenPeriod, signIn } from './support';
import { test } from './test';

test('answered region indicators without evidence are named in the SPD drawer', async ({ page }) => {
  await signIn(page, 'admin');
  await ensureOpenPeriod(page);
  const period = ((await (await page.request.get('/api/periods')).json()) as { id: string; status: string }[]).find((p) => p.status === 'open');
  const before = await (await page.request.get(`/api/periods/${period?.id}/region-answers`)).json();
  const periodId = period?.id ?? '';
  expect((await answerThroughApi(page.request, { periodId }, '3', 2)).status()).toBe(200);

  await page.goto('/periods');
  await page.getByRole('button', { name: 'Jawaban daerah (SPD)' }).first().click();
  const alert = page.getByTestId('spd-missing-evidence');
  await expect(alert).toContainText('3. Kualitas peningkatan perizinan');
  await expect(alert).not.toContainText('sebelum mengajukan');

  const restored = await answerThroughApi(page.request, { periodId }, '3', before.answers['3'] ?? 0);
  expect(restored.status()).toBe(200);
});

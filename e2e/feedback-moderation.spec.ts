// A citizen rates a published innovation through the public form's JSON answer; the Admin Daerah finds it in the
// moderation queue with the telephone number hidden, approves it, and the satisfaction tab counts it.
import { expect } from '@playwright/test';
import { approvedThroughApi, expectNotice, signIn } from './support';
import { test } from './test';

test('feedback from the public form is moderated and counted in the satisfaction', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1366, height: 800 });
  const name = `Umpan Balik E2E ${Date.now()}`;
  const [entryId] = await approvedThroughApi(page, [name]);
  await signIn(page, 'admin');
  const published = await page.request.put(`/api/catalogue/entries/${entryId}`, { data: { contact: 'Bappeda, (0321) 321456' } });
  expect(published.status()).toBe(200);
  const slug = ((await published.json()).path as string).split('/').pop() as string;

  // The citizen: a rating, a comment with a telephone number; the page's own form posts the same fields.
  const posted = await page.request.post(`/katalog/inovasi/${slug}/umpan-balik`, {
    form: { rating: '4', comment: 'Pelayanannya cepat. Hubungi saya 0812-3456-7890', website: '' },
    headers: { accept: 'application/json' },
  });
  expect(posted.status()).toBe(201);

  await page.goto('/umpan-balik');
  const main = page.locator('main');
  await expect(main.getByRole('heading', { name: 'Umpan Balik Masyarakat' })).toBeVisible();
  const item = main.getByTestId('feedback-item').filter({ hasText: name });
  await expect(item).toContainText('Pelayanannya cepat. Hubungi saya [disembunyikan]');
  await expect(item).toContainText('Data pribadi disamarkan');
  await item.getByRole('button', { name: 'Setujui' }).click();
  await expectNotice(page, '1 umpan balik disetujui.');
  await expect(main.getByTestId('feedback-item').filter({ hasText: name })).toHaveCount(0);

  await page.reload();
  await main
    .getByTestId('feedback-status')
    .getByText(/^Disetujui \(/)
    .click();
  await expect(main.getByTestId('feedback-item').filter({ hasText: name })).toContainText('Disetujui oleh');
  await main.getByRole('tab', { name: 'Kepuasan masyarakat' }).click();
  const row = main.getByTestId('satisfaction-row').filter({ hasText: name });
  await expect(row).toContainText('4,00');
  expect(errors).toEqual([]);
});

// Two people on one answer. An outside probe showed a verifier's accept landing on a value they never saw (the
// operator had changed 2 to 3 meanwhile) and concurrent saves of one answer silently overwriting each other.
// Now the verifier who accepts a changed item is shown the new answer and decides again; and of two tabs saving
// the same answer the second is told someone else changed it, keeps what it chose, and saves it on purpose.
import { type Browser, expect as baseExpect, type Page } from '@playwright/test';
import { patience } from './patience';
import { ensureOpenPeriod, expectNoSidewaysScroll, signIn, submitThroughApi } from './support';
import { test } from './test';

// A shared two-core machine can take several seconds for a first page load or a save.
const expect = baseExpect.configure({ timeout: 30_000 * patience });

/** A browser of one's own (own cookies) on the worker's server (`baseURL`), signed in as `username`. */
async function person(browser: Browser, baseURL: string | undefined, username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

const saved = (page: Page, code: string, status: number) =>
  page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes(`/answers/${code}`) && r.status() === status);

/** Opens an indicator's answer field and picks an option, as a person does with the mouse. */
async function pick(page: Page, code: string, option: RegExp) {
  await page.getByRole('combobox', { name: new RegExp(`^${code}\\. `) }).click();
  await page.getByRole('option', { name: option }).click();
}

test('the verifier is shown a value changed after they opened it, and decides again', async ({ browser, baseURL }) => {
  test.setTimeout(180_000 * patience);
  const name = 'Lapor Gizi Balita';
  const operator = await person(browser, baseURL, 'operator.dinkes');
  const admin = await person(browser, baseURL, 'admin');
  await ensureOpenPeriod(admin);
  const entryId = await submitThroughApi(operator.request, name, { codes: ['21'], value: () => 2 });
  const head = await person(browser, baseURL, 'kepala.dinkes');
  expect((await head.request.post(`/api/innovations/entries/${entryId}/transition`, { data: { action: 'approve' } })).status()).toBe(200);

  // The verifier opens indicator 21 of the innovation: 2.
  const verifier = await person(browser, baseURL, 'verifikator');
  await verifier.getByRole('link', { name: 'Verifikasi' }).click();
  await verifier.getByRole('searchbox', { name: 'Cari inovasi' }).pressSequentially('gizi balita', { delay: 40 });
  const row = verifier.getByTestId('queue-row').filter({ hasText: name }).filter({ hasText: '21. ' });
  await expect(row).toHaveCount(1);
  await row.getByTestId('queue-item').click();
  const panel = verifier.getByTestId('review-panel');
  await expect(panel.getByTestId('review-value')).toContainText('2 — ');

  // Meanwhile the operator changes 21 to 3 on the innovation's page.
  await operator.goto(`/innovations/${entryId}`);
  const change = saved(operator, '21', 200);
  await pick(operator, '21', /^3 — /);
  await change;

  // The verifier accepts what they saw: refused, the new answer shown, nothing recorded.
  await panel.getByTestId('accept').click();
  const notice = panel.getByTestId('review-changed');
  await expect(notice).toContainText('Butir ini berubah sejak Anda membukanya');
  await expect(notice).toContainText('Jawaban sekarang: 3 — ');
  await expect(notice).toContainText('yang Anda lihat: 2 — ');
  await expect(panel.getByTestId('review-value')).toContainText('3 — ');
  const item = async () => (await (await operator.request.get(`/api/innovations/entries/${entryId}/answers`)).json()).items['21'];
  expect(await item()).toMatchObject({ value: 3, reviewStatus: 'menunggu' });

  // Checked again, accepted again: now it is the 3 that counts.
  // (The row's badge, not the toast: a toast can come and go before a slow click returns.)
  await panel.getByTestId('accept').click();
  await expect(row.getByTestId('review-diterima')).toBeVisible();
  expect(await item()).toMatchObject({ value: 3, reviewStatus: 'diterima' });
  await verifier.context().close();
  await head.context().close();
  await admin.context().close();
  await operator.context().close();
});

test('two tabs on one answer: the second is told, keeps its choice, and saves it on purpose', async ({ browser, baseURL }) => {
  test.setTimeout(120_000 * patience);
  const admin = await person(browser, baseURL, 'admin');
  await ensureOpenPeriod(admin);
  await admin.context().close();
  const first = await person(browser, baseURL, 'operator.dinkes');
  const created = await first.request.post('/api/innovations', { data: { name: 'Antrean Puskesmas Daring' } });
  const entryId = (await created.json()).id as string;
  const second = await first.context().newPage();
  await first.goto(`/innovations/${entryId}`);
  await second.goto(`/innovations/${entryId}`);
  await expect(second.getByRole('combobox', { name: /^16\. / })).toBeVisible();

  // The first tab answers 16 with 1.
  const one = saved(first, '16', 200);
  await pick(first, '16', /^1 — /);
  await one;

  // The second tab, opened before that, chooses 2: refused, and it says so, its 2 still there.
  const refused = saved(second, '16', 409);
  const answer = second.getByRole('combobox', { name: /^16\. / });
  await answer.focus();
  await second.keyboard.press('Enter');
  await second.getByRole('option', { name: /^2 — / }).click();
  await refused;
  const conflict = second.getByTestId('indicator-16').getByTestId('answer-conflict');
  // The same person in another tab: not "someone else".
  await expect(conflict).toContainText('Jawaban ini baru saja diubah di tab atau perangkat lain');
  await expect(conflict).toContainText('Anda mengubahnya');
  await expect(conflict).toContainText('menjadi: 1 — ');
  await expect(conflict).toContainText('Pilihan Anda belum tersimpan: 2 — ');
  await expect(answer).toHaveValue(/^2 — /);
  await expectNoSidewaysScroll(second, 'answer conflict');

  // Keeping it saves the 2 on the newer version.
  const kept = saved(second, '16', 200);
  await conflict.getByRole('button', { name: 'Simpan pilihan saya' }).click();
  await kept;
  await expect(conflict).toHaveCount(0);
  await expect(answer).toHaveValue(/^2 — /);
  const value = async () => (await (await first.request.get(`/api/innovations/entries/${entryId}/answers`)).json()).items['16'].value;
  expect(await value()).toBe(2);

  // The first tab still shows its 1; choosing 3 there is refused too, and it takes the newer answer instead.
  const again = saved(first, '16', 409);
  await pick(first, '16', /^3 — /);
  await again;
  const firstConflict = first.getByTestId('indicator-16').getByTestId('answer-conflict');
  await expect(firstConflict).toContainText('menjadi: 2 — ');
  await firstConflict.getByRole('button', { name: 'Pakai jawaban baru' }).click();
  await expect(firstConflict).toHaveCount(0);
  await expect(first.getByRole('combobox', { name: /^16\. / })).toHaveValue(/^2 — /);
  expect(await value()).toBe(2);
  await first.context().close();
});

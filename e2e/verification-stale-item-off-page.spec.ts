// A verifier works an OPD's queue of more than one page. The operator changes the chosen item meanwhile, so the
// verifier's "Terima" is refused and the changed item moves to the end of the queue (the next page): the panel
// still shows it with the "Butir ini berubah…" alert and its new answer, and it can be accepted from there.
// When only the evidence changed, the alert says so instead of showing the same answer twice.
import { expect as baseExpect } from '@playwright/test';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { patience } from './patience';
import { answerThroughApi, approvedThroughApi, choose, expectNotice, signIn } from './support';
import { test } from './test';

const expect = baseExpect.configure({ timeout: 30_000 * patience });
/** Every SID indicator: three innovations give 60 items, more than the queue's page of 50. */
const CODES = Array.from({ length: 20 }, (_, k) => String(16 + k));

test('a refused decision keeps the changed item shown after it left the page; an evidence-only change says so', async ({ page, browser, baseURL }) => {
  test.setTimeout(300_000 * patience);
  await page.setViewportSize({ width: 1366, height: 800 });
  const ids = await approvedThroughApi(
    page,
    [1, 2, 3].map((n) => `Antrean Panjang ${n}`),
    { codes: CODES },
  );

  // The operator, elsewhere.
  const elsewhere = await browser.newContext({ baseURL });
  const operator = await elsewhere.newPage();
  await signIn(operator, 'operator.dinkes');

  await signIn(page, 'verifikator');
  await page.goto('/verifikasi');
  await choose(page, page.locator('main'), 'Semua Perangkat Daerah', /^Dinas Kesehatan/);
  // Only this test's items (other specs may have filled the same OPD's queue).
  const searched = page.waitForResponse((r) => r.url().includes('/api/verification/queue') && r.url().includes('q=Antrean'));
  await page.getByTestId('queue-search').fill('Antrean Panjang');
  await searched;
  const rows = page.getByTestId('queue-row');
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText('Antrean Panjang 1');
  await rows.first().getByText('16. Regulasi Inovasi Daerah').click();
  const panel = page.getByTestId('review-panel');
  await expect(panel).toContainText('16. Regulasi Inovasi Daerah');

  expect((await answerThroughApi(operator.request, { entryId: ids[0] }, '16', 3)).status()).toBe(200);
  await panel.getByTestId('accept').click();
  const changed = panel.getByTestId('review-changed');
  await expect(changed).toContainText(/Jawaban sekarang: 3 — .*yang Anda lihat: 2 — /);
  // The queue, read again, no longer holds the item on this page; the panel still shows it, as it is now.
  await expect(rows.first().getByText('17. ')).toBeVisible();
  await expect(page.locator('[data-testid="queue-row"][aria-selected="true"]')).toHaveCount(0);
  await expect(panel).toContainText('Antrean Panjang 1');
  await expect(panel.getByTestId('review-value')).toContainText('3 —');

  await panel.getByTestId('accept').click();
  await expectNotice(page, 'Keputusan tersimpan.');
  const answers = async (id: string) =>
    ((await (await page.request.get(`/api/innovations/entries/${id}/answers`)).json()) as { items: Record<string, { reviewStatus: string; value: number }> })
      .items;
  expect((await answers(ids[0]))['16']).toMatchObject({ reviewStatus: 'diterima', value: 3 });

  // Only the evidence changes: the alert says the evidence changed, not "now 2 (you saw 2)".
  await rows.first().getByText('17. ').click();
  await expect(panel).toContainText('17. ');
  const file = { name: 'bukti-17-tambahan.pdf', mimeType: 'application/pdf', buffer: simplePdf(['Bukti tambahan']) };
  const uploaded = await operator.request.post(`/api/evidence/files?entryId=${ids[0]}&code=17`, {
    headers: { 'x-requested-with': 'e2e' },
    multipart: { file },
  });
  expect(uploaded.status()).toBe(201);
  await panel.getByTestId('accept').click();
  await expect(changed).toContainText(/mengubah bukti dukungnya .*jawabannya tetap 2 — /);
  await expect(changed).not.toContainText('yang Anda lihat');
  await expect(changed).toContainText('Jumlah bukti dukung sekarang 2 berkas/tautan.');
  await elsewhere.close();
});

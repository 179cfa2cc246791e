// The Pimpinan (kepala daerah, sekda) reads Inovda on a phone: from home straight to the dashboard, every
// OPD's progress as a card (not a table scrolled sideways with the target out of sight), the leaders' PDF
// report, English as a switch — and nothing they can change: the server refuses every write.
import { expect } from '@playwright/test';
import { patience } from './patience';
import {
  answerThroughApi,
  ensureOpenPeriod,
  expectNoSidewaysScroll,
  openPeriodThroughApi,
  signIn,
  signInThroughApi,
  signOut,
  signOutThroughApi,
} from './support';
import { test } from './test';

// A shared two-core machine can take several seconds for the dashboard's first load.
test.setTimeout(120_000 * patience);
test.use({ viewport: { width: 390, height: 844 } });

test('the leader goes from home to the dashboard and reads every OPD as a card', async ({ page }) => {
  await openPeriodThroughApi(page);

  await signIn(page, 'pimpinan');
  await page.getByTestId('open-dashboard').click();
  await expect(page.getByRole('heading', { name: /^Dasbor Inovasi Daerah \d{4}$/ })).toBeVisible({ timeout: 30_000 * patience });

  const monitoring = page.getByTestId('opd-monitoring');
  const rows = (await (await page.request.get('/api/dashboard/opds')).json()).rows as { shortName: string }[];
  expect(rows.length).toBeGreaterThan(0);
  await expect(monitoring.getByTestId('opd-card')).toHaveCount(rows.length, { timeout: 30_000 * patience });
  await expect(monitoring.locator('table')).toHaveCount(0);
  // Each card names every figure it shows, the target included.
  const first = monitoring.getByTestId('opd-card').first();
  for (const label of ['Inovasi terdaftar', 'Inovasi dikirim', 'Kematangan rata-rata', 'Kelengkapan bukti'])
    await expect(first.getByText(label, { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page, 'dashboard on a phone');

  // The leaders' report downloads as a PDF.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh laporan (PDF)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^laporan-inovasi-\d{4}\.pdf$/);

  // In English too.
  await page.getByText('EN', { exact: true }).click();
  await expect(first.getByText('Innovations registered', { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page, 'dashboard on a phone');
  await page.getByText('ID', { exact: true }).click();
});

test('the leader may read but the server refuses every change', async ({ page }) => {
  await signIn(page, 'pimpinan');
  const me = await (await page.request.get('/api/auth/me')).json();
  const periodId = ((await (await page.request.get('/api/periods')).json()) as { id: string }[])[0]?.id;
  const entryId = ((await (await page.request.get('/api/innovations?pageSize=1')).json()).items as { id: string }[])[0]?.id;
  const opdId = ((await (await page.request.get('/api/opds?pageSize=1')).json()).items as { id: string }[])[0]?.id;
  expect(periodId && opdId).toBeTruthy();
  const writes: [string, string, unknown][] = [
    ['POST', '/api/innovations', { name: 'Inovasi Pimpinan', opdId, periodId }],
    ['POST', '/api/opds', { name: 'Dinas Baru', shortName: 'DB', kind: 'dinas' }],
    ['PATCH', `/api/opds/${opdId}`, { shortName: 'Ubah' }],
    ['PATCH', `/api/periods/${periodId}`, { opdTarget: 5 }],
    ['POST', `/api/periods/${periodId}/status`, { status: 'closed' }],
    ['PUT', `/api/periods/${periodId}/region-answers/1`, { value: 3, version: 0 }],
    ['PATCH', `/api/regions/${me.region.id}/letterhead`, { agencyName: 'Bappeda' }],
    ['PUT', '/api/dashboard/history/2024', { iid: 90, source: 'Keputusan Mendagri' }],
    ['POST', '/api/exports/package', { periodId }],
    ['POST', '/api/frameworks/iid-2026/clone', {}],
    ['POST', '/api/users', { username: 'baru', fullName: 'Baru', role: 'operator_opd', opdId }],
  ];
  if (entryId) {
    writes.push(['PUT', `/api/innovations/entries/${entryId}/answers/16`, { value: 1, version: 0 }]);
    writes.push(['POST', `/api/innovations/entries/${entryId}/transition`, { action: 'approve' }]);
    writes.push(['POST', `/api/innovations/entries/${entryId}/messages`, { body: 'Catatan pimpinan' }]);
  }
  for (const [method, url, data] of writes) {
    const res = await page.request.fetch(url, { method, data });
    expect(res.status(), `${method} ${url}`).toBe(403);
    expect((await res.json()).error.code, `${method} ${url}`).toBe('forbidden');
  }
});

test('the leader is told what an answer without evidence means, not asked to upload it', async ({ page }) => {
  await signInThroughApi(page.request, 'admin');
  await ensureOpenPeriod(page.request);
  const period = ((await (await page.request.get('/api/periods')).json()) as { id: string; status: string }[]).find((p) => p.status === 'open');
  const answer = (value: number) => answerThroughApi(page.request, { periodId: period?.id ?? '' }, '15', value);
  expect((await answer(1)).status()).toBe(200);
  await signOutThroughApi(page.request);

  await signIn(page, 'pimpinan');
  await page.goto('/periods');
  await page.getByRole('button', { name: 'Jawaban daerah (SPD)' }).first().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByTestId('spd-missing-evidence')).toContainText(/belum memiliki bukti dukung: 15\. .*Tanpa bukti, nilainya tidak dihitung/);
  await expect(drawer.getByText(/Unggah buktinya/)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await signOut(page);

  // Leave the region's answers as they were for the other specs.
  await signIn(page, 'admin');
  expect((await answer(0)).status()).toBe(200);
});

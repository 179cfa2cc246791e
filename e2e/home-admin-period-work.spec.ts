// The Admin Daerah's home page during an open period says what is due: the deadlines ahead ("hari ini" on the
// day), evidence waiting for verification, innovations waiting for their Kepala OPD and approved ones not yet
// sent — with the same numbers as the pages they open. It used to show only the region set-up steps.
import { expect } from '@playwright/test';
import { ensureOpenPeriod, signIn } from './support';
import { test } from './test';

test('admin home lists the open period’s deadlines and work with the pages’ numbers', async ({ page }) => {
  await signIn(page, 'admin');
  await ensureOpenPeriod(page);
  const period = ((await (await page.request.get('/api/periods')).json()) as { id: string; status: string; internalDeadline: string | null }[]).find(
    (p) => p.status === 'open',
  );
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Jakarta' });
  expect((await page.request.patch(`/api/periods/${period?.id}`, { data: { internalDeadline: today } })).status()).toBe(200);
  const summary = await (await page.request.get(`/api/verification/summary?periodId=${period?.id}`)).json();
  const total = async (query: string) => (await (await page.request.get(`/api/innovations?periodId=${period?.id}&pageSize=1&${query}`)).json()).total;

  await page.goto('/');
  const work = page.getByTestId('admin-work');
  await expect(work.getByTestId('admin-deadline').filter({ hasText: 'Batas internal' })).toContainText('hari ini');
  const sid = (summary.pendingByOpd as { pending: number }[]).reduce((n, o) => n + o.pending, 0);
  await expect(work.getByTestId('admin-waiting-verification')).toHaveAttribute('data-count', String(sid));
  await expect(work.getByTestId('admin-waiting-spd')).toHaveAttribute('data-count', String(summary.counts.menunggu - sid));
  await expect(work.getByTestId('admin-waiting-head')).toHaveAttribute('data-count', String(await total('status=diajukan')));
  await expect(work.getByTestId('admin-not-sent')).toHaveAttribute('data-count', String(await total('status=disetujui&sent=false')));
  await expect(page.getByText('Langkah berikutnya')).toHaveCount(0);
  // The count opens the list it counts, already filtered.
  await work.getByRole('link', { name: 'Inovasi disetujui, belum ditandai dikirim' }).click();
  await expect(page).toHaveURL(/\/innovations\?.*sent=false/);
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('Disetujui Kepala OPD');
  await expect(page.getByRole('combobox', { name: 'Dikirim ke penilaian nasional', exact: true })).toHaveValue('Belum dikirim');

  expect((await page.request.patch(`/api/periods/${period?.id}`, { data: { internalDeadline: period?.internalDeadline ?? null } })).status()).toBe(200);
});

// Marking "dikirim": a draft's switch is disabled with the reason; an approved innovation below the period's
// maturity threshold is sent only after a confirmation that shows the exact IID change.
import { expect, type Page } from '@playwright/test';
import { patience } from './patience';
import { expectNotice, signIn, signOut, submitThroughApi } from './support';
import { test } from './test';

const id2 = (x: number) => x.toLocaleString('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The open period with a maturity threshold of 60 (opened if there is none). */
async function periodWithThreshold(page: Page) {
  const periods = (await (await page.request.get('/api/periods')).json()) as { id: string; status: string }[];
  const open = periods.find((p) => p.status === 'open');
  if (open) return expect((await page.request.patch(`/api/periods/${open.id}`, { data: { maturityThreshold: 60 } })).status()).toBe(200);
  const res = await page.request.post('/api/periods', {
    data: { year: 2026, frameworkId: 'iid-2026', penjaringanOpensOn: '2026-06-01', penjaringanClosesOn: '2026-12-15', maturityThreshold: 60 },
  });
  expect(res.status()).toBe(201);
}

/** A draft with nothing but its name, or a submitted innovation with one answer: a maturity of 6, far under 60. */
async function register(page: Page, name: string, complete: boolean) {
  if (complete)
    return submitThroughApi(page.request, name, {
      profile: { waktuPenerapan: '2025-04-01', tujuan: 'Antrean lebih pendek', manfaat: 'Warga menunggu lebih sedikit', hasil: 'Waktu tunggu turun' },
    });
  const created = await page.request.post('/api/innovations', { data: { name } });
  expect(created.status()).toBe(201);
  return (await created.json()).id as string;
}

test('admin sends a below-threshold approved innovation after seeing the IID change; a draft cannot be sent', async ({ page }) => {
  // A long flow (register, approve, preview, send, undo) through two roles: more than a minute on a busy machine.
  test.setTimeout(150_000 * patience);
  await signIn(page, 'admin');
  await periodWithThreshold(page);
  await signOut(page);

  await signIn(page, 'operator.dinkes');
  const approvedId = await register(page, 'Antrean Puskesmas Daring', true);
  const draftId = await register(page, 'Draf Belum Lengkap', false);
  await signOut(page);

  await signIn(page, 'kepala.dinkes');
  await page.goto(`/innovations/${approvedId}`);
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expectNotice(page, 'Inovasi disetujui.');
  await signOut(page);

  await signIn(page, 'admin');
  // The draft: the switch is disabled and says why.
  await page.goto(`/innovations/${draftId}`);
  const draftSwitch = page.getByRole('switch', { name: 'Dikirim ke penilaian nasional' });
  await expect(draftSwitch).toBeDisabled();
  await expect(page.getByText('Belum dapat dikirim: hanya inovasi yang sudah disetujui Kepala OPD (tahap verifikasi) yang dapat dikirim.')).toBeVisible();

  // The approved one, below the threshold: a confirmation with the exact change.
  const before = await (await page.request.get('/api/scores/region')).json();
  await page.goto(`/innovations/${approvedId}`);
  await page.getByRole('switch', { name: 'Dikirim ke penilaian nasional' }).click({ force: true });
  const modal = page.getByRole('dialog', { name: 'Kirim inovasi di bawah ambang kematangan?' });
  await expect(modal).toBeVisible();
  await expect(modal).toContainText('Kematangan Antrean Puskesmas Daring 6,00, di bawah ambang periode 60,00');
  // Cancelling leaves it unsent.
  await modal.getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByRole('switch', { name: 'Dikirim ke penilaian nasional' })).not.toBeChecked();
  await page.reload();
  await page.getByRole('switch', { name: 'Dikirim ke penilaian nasional' }).click({ force: true });
  const claimedLine = page.getByTestId('iid-change-claimed');
  await expect(claimedLine).toContainText('IID berubah dari');
  const text = (await claimedLine.textContent()) ?? '';
  const [, from, to, delta] = text.match(/dari ([\d.,]+) menjadi ([\d.,]+) \(([−+][\d,]+)\)/) ?? [];
  expect(from).toBe(id2(before.claimed.iid));
  await page.getByRole('button', { name: 'Tetap kirim' }).click();
  await expectNotice(page, 'Inovasi ditandai dikirim.');
  await expect(page.getByRole('switch', { name: 'Dikirim ke penilaian nasional' })).toBeChecked();

  // The change shown was the change made.
  const after = await (await page.request.get('/api/scores/region')).json();
  expect(to).toBe(id2(after.claimed.iid));
  const sign = after.claimed.iid - before.claimed.iid < 0 ? '−' : '+';
  expect(delta).toBe(`${sign}${id2(Math.abs(Math.round((after.claimed.iid - before.claimed.iid) * 100) / 100))}`);
  expect(after.claimed.sent).toBe(before.claimed.sent + 1);

  // The list shows it as sent, after a reload too.
  await page.getByRole('link', { name: 'Inovasi', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: 'Antrean Puskesmas Daring' });
  await expect(row.getByTestId('sent-badge')).toHaveText('Dikirim');
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'Antrean Puskesmas Daring' }).getByTestId('sent-badge')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Draf Belum Lengkap' }).getByTestId('sent-badge')).toHaveCount(0);
});

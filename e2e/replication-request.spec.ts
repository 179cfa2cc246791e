// Asking to replicate from the app, as a person does it: Dispendukcapil's operator opens Replikasi, asks for an
// approved Dinkes innovation through the form (nothing chosen and a bad telephone number are said on their fields,
// what was typed stays), finds the request under "Permohonan keluar" after a reload; Dinkes declines it, and the
// bell leads the asker to the declined request. The Admin Daerah's menu counts the feedback waiting for moderation.
import { expect as baseExpect, type Page } from '@playwright/test';
import { patience } from './patience';
import { approvedThroughApi, expectNotice, signIn, signOut } from './support';
import { test } from './test';

const expect = baseExpect.configure({ timeout: 30_000 * patience });

function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('response', (r) => r.status() >= 500 && errors.push(`${r.status()} ${r.url()}`));
  return errors;
}

test('an OPD asks another OPD to replicate through the form, and the bell tells it the answer', async ({ page }) => {
  test.setTimeout(180_000 * patience);
  const errors = watchErrors(page);
  const name = `Jemput Bola Replika ${Date.now()}`;
  await approvedThroughApi(page, [name]);

  await signIn(page, 'operator.dispendukcapil');
  await page.getByRole('link', { name: 'Replikasi' }).click();
  await page.getByRole('button', { name: 'Ajukan replikasi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajukan replikasi inovasi' });
  // Nothing chosen: said on the field; what was typed elsewhere stays.
  await dialog.getByLabel('Pesan untuk pemilik inovasi').pressSequentially('Kami ingin menerapkannya di kelurahan.', { delay: 20 });
  await dialog.getByRole('button', { name: 'Kirim permohonan' }).click();
  await expect(dialog.getByText('Pilih inovasi yang akan direplikasi.')).toBeVisible();
  await expect(dialog.getByLabel('Pesan untuk pemilik inovasi')).toHaveValue('Kami ingin menerapkannya di kelurahan.');

  await dialog.getByRole('combobox', { name: 'Inovasi yang akan direplikasi' }).pressSequentially('Replika', { delay: 40 });
  await page.getByRole('option', { name: new RegExp(name) }).click();
  await expect(dialog.getByText('Pilih inovasi yang akan direplikasi.')).toHaveCount(0);
  await dialog.getByLabel('Telepon').pressSequentially('12ab', { delay: 30 });
  await dialog.getByRole('button', { name: 'Kirim permohonan' }).click();
  await expect(dialog.getByText('Nomor telepon tidak valid (8–15 angka, boleh diawali + atau kode wilayah dalam kurung).')).toBeVisible();
  await dialog.getByLabel('Telepon').fill('');
  await dialog.getByLabel('Telepon').pressSequentially('0321 123456', { delay: 30 });
  await dialog.getByLabel('Jabatan pemohon').pressSequentially('Kepala Seksi Inovasi', { delay: 20 });
  await dialog.getByRole('button', { name: 'Kirim permohonan' }).click();
  await expectNotice(page, 'Permohonan replikasi terkirim. Anda akan diberi tahu saat dijawab.');
  await expect(dialog).toHaveCount(0);
  const card = page.getByTestId('replication-card').filter({ hasText: name });
  await expect(card.getByTestId('replication-status')).toHaveText('Diajukan');

  // Kept: after a reload, under the outgoing requests.
  await page.reload();
  await page.getByText('Permohonan keluar').click();
  await expect(card).toContainText('Kepala Seksi Inovasi');
  await expect(card).toContainText('0321 123456');
  await signOut(page);

  // The owning OPD declines it with a note, on its Replikasi page.
  await signIn(page, 'operator.dinkes');
  await page.getByRole('link', { name: 'Replikasi' }).click();
  const incoming = page.getByTestId('replication-card').filter({ hasText: name });
  await incoming.getByRole('button', { name: 'Tolak' }).click();
  const decline = page.getByRole('dialog');
  await decline.getByLabel('Alasan penolakan').pressSequentially('Aplikasi masih uji coba.', { delay: 20 });
  await decline.getByRole('button', { name: 'Tolak' }).click();
  await expect(incoming.getByTestId('replication-status')).toHaveText('Ditolak');
  await signOut(page);

  // The asker: the bell says so and leads to the outgoing request.
  await signIn(page, 'operator.dispendukcapil');
  await page.getByTestId('bell').click();
  await page.getByRole('menuitem', { name: new RegExp(`Replikasi ditolak: ${name}`) }).click();
  await expect(page).toHaveURL(/\/replikasi\?arah=keluar$/);
  await expect(page.getByTestId('replication-card').filter({ hasText: name }).getByTestId('replication-status')).toHaveText('Ditolak');
  await expect(page.getByTestId('replication-card').filter({ hasText: name })).toContainText('Aplikasi masih uji coba.');
  expect(errors).toEqual([]);
});

test('the Admin Daerah’s menu counts the citizen feedback waiting for moderation', async ({ page }) => {
  test.setTimeout(120_000 * patience);
  const errors = watchErrors(page);
  const name = `Lencana Umpan Balik ${Date.now()}`;
  const [entryId] = await approvedThroughApi(page, [name]);
  await signIn(page, 'admin');
  const published = await page.request.put(`/api/catalogue/entries/${entryId}`, { data: {} });
  expect(published.status()).toBe(200);
  const slug = ((await published.json()).path as string).split('/').pop() as string;
  const waiting = async () => ((await (await page.request.get('/api/feedback/pending-count')).json()) as { pending: number }).pending;
  const before = await waiting();
  const posted = await page.request.post(`/katalog/inovasi/${slug}/umpan-balik`, {
    form: { rating: '5', comment: 'Sangat membantu.', website: '' },
    headers: { accept: 'application/json' },
  });
  expect(posted.status()).toBe(201);

  await page.reload();
  const link = page.getByRole('link', { name: /Umpan Balik Masyarakat/ });
  await expect(link.getByTestId('nav-badge')).toHaveText(String(before + 1));
  await expect(link.getByTestId('nav-badge')).toHaveAttribute('aria-label', `${before + 1} umpan balik menunggu moderasi`);

  // Deciding it lowers the count at once.
  await link.click();
  const item = page.locator('main').getByTestId('feedback-item').filter({ hasText: name });
  await item.getByRole('button', { name: 'Setujui' }).click();
  await expectNotice(page, '1 umpan balik disetujui.');
  if (before === 0) await expect(link.getByTestId('nav-badge')).toHaveCount(0);
  else await expect(link.getByTestId('nav-badge')).toHaveText(String(before));
  await signOut(page);

  // An OPD's operator reads feedback but does not moderate it: no count.
  await signIn(page, 'operator.dinkes');
  await expect(page.getByRole('link', { name: /Umpan Balik Masyarakat/ })).toBeVisible();
  await expect(page.getByTestId('nav-badge')).toHaveCount(0);
  expect(errors).toEqual([]);
});

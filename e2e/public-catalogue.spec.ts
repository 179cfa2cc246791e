// The public catalogue as its two kinds of users meet it: the Admin Daerah publishes an approved innovation from its
// page (contact typed, one piece of evidence made public, all kept after a reload); a visitor without JavaScript
// searches with a typo, narrows by a filter, opens the page, finds the contact and the public document, and rates it.
import { expect } from '@playwright/test';
import { patience } from './patience';
import { approvedThroughApi, expectNotice, signIn } from './support';
import { test } from './test';

const NAME = 'Puskesmas Keliling Lansia Sehat';

test('admin publishes an approved innovation; a visitor without JavaScript finds it with a typo and reads it', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000 * patience);
  const [id] = await approvedThroughApi(page, [NAME], {
    profile: { tujuan: 'Pelayanan kesehatan bagi lansia di rumah.', manfaat: 'Lansia tidak perlu antre di puskesmas.', jenis: 'non_digital' },
  });

  await signIn(page, 'admin');
  await page.goto(`/innovations/${id}`);
  const card = page.getByTestId('publication');
  await expect(card.getByText('Belum diterbitkan')).toBeVisible();
  await card.getByLabel('Kontak untuk daerah lain').pressSequentially('Dinkes P2KB, (0321) 555 123', { delay: 20 });
  await card.getByRole('button', { name: 'Terbitkan di katalog' }).click();
  await expectNotice(page, 'Inovasi diterbitkan di katalog publik.');
  await expect(card.getByText('Terbit di katalog')).toBeVisible();
  const evidence = card.getByRole('switch', { name: 'Indikator 16: bukti-16.pdf' });
  await evidence.click({ force: true });
  await expect(evidence).toBeChecked();
  await page.reload();
  await expect(card.getByLabel('Kontak untuk daerah lain')).toHaveValue('Dinkes P2KB, (0321) 555 123');
  await expect(card.getByRole('switch', { name: 'Indikator 16: bukti-16.pdf' })).toBeChecked();

  const visitorContext = await browser.newContext({ javaScriptEnabled: false, baseURL, locale: 'id-ID' });
  const visitor = await visitorContext.newPage();
  await visitor.goto('/katalog');
  await visitor.getByRole('searchbox', { name: 'Cari inovasi' }).fill('puskemas keliling');
  await visitor.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(visitor.getByRole('link', { name: NAME })).toBeVisible();
  // The filters are folded away until opened (and stay open while one is set).
  await visitor.getByText('Saring dan urutkan').click();
  await visitor.getByLabel('Jenis').selectOption('digital');
  await visitor.getByRole('button', { name: 'Cari', exact: true }).click();
  await expect(visitor.getByText('Tidak ada inovasi yang cocok.')).toBeVisible();
  await visitor.getByLabel('Jenis').selectOption('non_digital');
  await visitor.getByRole('button', { name: 'Cari', exact: true }).click();
  await visitor.getByRole('link', { name: NAME }).click();
  await expect(visitor).toHaveTitle(`${NAME} — Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana, Kota Mojokerto`);
  await expect(visitor.getByText('Dinkes P2KB, (0321) 555 123')).toBeVisible();
  const document = visitor.getByRole('link', { name: 'bukti-16.pdf' });
  expect((await visitor.request.get((await document.getAttribute('href')) as string)).headers()['content-type']).toBe('application/pdf');
  // A rating through the page's own form (no script): thanked, and shown only once a moderator approves it.
  await visitor.getByRole('radio', { name: '5' }).check();
  await visitor.getByLabel('Komentar (tidak wajib)').fill('Sangat membantu orang tua kami.');
  await visitor.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(visitor.getByRole('status').filter({ hasText: 'Terima kasih' })).toBeVisible();
  await expect(visitor.getByText('Belum ada penilaian yang ditampilkan.')).toBeVisible();
  // A second rating the same day is refused, and the form comes back with what was typed.
  await visitor.getByRole('radio', { name: '4' }).check();
  await visitor.getByLabel('Komentar (tidak wajib)').fill('Tambahan: pendaftarannya mudah.');
  await visitor.getByRole('button', { name: 'Kirim penilaian' }).click();
  await expect(visitor.getByRole('alert')).toContainText('sudah dinilai dari jaringan Anda hari ini');
  await expect(visitor.getByLabel('Komentar (tidak wajib)')).toHaveValue('Tambahan: pendaftarannya mudah.');
  await expect(visitor.getByRole('radio', { name: '4' })).toBeChecked();
  await visitorContext.close();
});

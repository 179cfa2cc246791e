// Each role's home page, as that person sees it: their own work (the Kepala's approval inbox, the OPD's
// returned items with notes, the verifier's waiting items per OPD), no link to a page the role cannot open,
// and every count equal to the rows of the page it opens. Each person arrives signed in on the home page (the
// sign-in form is the subject of sign-out-and-back and mobile-and-errors); set-up data comes through the API.
import { expect as baseExpect, type Page } from '@playwright/test';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { patience } from './patience';
import {
  ensureOpenPeriod,
  expectNotice,
  openSignedIn,
  quiet,
  registerThroughApi,
  signInThroughApi,
  signOut,
  signOutThroughApi,
  trackRequests,
} from './support';
import { test } from './test';

// A shared two-core machine can take several seconds for a first page load or a save.
const expect = baseExpect.configure({ timeout: 30_000 * patience });

const profile = {
  waktuPenerapan: '2025-04-01',
  tujuan: 'Mempercepat layanan',
  manfaat: 'Warga terlayani lebih cepat',
  hasil: 'Waktu layanan turun',
};
const INBOX = 'Beranda Menunggu Kepala';
const BACK = 'Beranda Dikembalikan Kepala';
const VERIFY = 'Beranda Untuk Verifikasi';
const HEAD_NOTE = 'Tambahkan data hasil tahun 2025.';
const VERIFIER_NOTE = 'Unggah perwali yang sudah ditandatangani.';

async function goHome(page: Page) {
  await page.getByRole('link', { name: 'Beranda' }).first().click();
  await expect(page.getByRole('heading', { name: /^Selamat datang/ })).toBeVisible();
}

/**
 * Set-up through the API as the signed-in operator: an innovation with a complete profile, submitted to the Kepala
 * OPD (registering and submitting through the form are the subject of registry, profile-autosave and working-day).
 */
async function registerAndSubmit(page: Page, name: string) {
  const entryId = await registerThroughApi(page.request, name, profile);
  expect((await page.request.post(`/api/innovations/entries/${entryId}/transition`, { data: { action: 'submit' } })).status()).toBe(200);
  return entryId;
}

/**
 * Every link on the home page opens a page the role may see (no "Tidak ada akses", no "not found", no
 * refused API call), and every count on the home page equals the rows of the page it opens.
 */
async function checkHomeLinks(page: Page) {
  await goHome(page);
  await quiet(page);
  const main = page.locator('main');
  await expect(main.getByText('…', { exact: true })).toHaveCount(0);
  const counted = await main.locator('[data-count]').evaluateAll((els) =>
    els.map((el) => ({
      count: Number(el.getAttribute('data-count')),
      href: (el.tagName === 'A' ? el : el.querySelector('a'))?.getAttribute('href') ?? '',
    })),
  );
  const hrefs = [...new Set(await main.locator('a[href]').evaluateAll((els) => els.map((a) => a.getAttribute('href') ?? '')))].filter((h) => h.startsWith('/'));
  const refused: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/') && [401, 403, 404].includes(r.status())) refused.push(`${r.status()} ${r.url()}`);
  });
  const expected = new Map(counted.map((c) => [c.href, c.count]));
  for (const href of [...new Set([...hrefs, ...expected.keys()])]) {
    expect(href, 'a count links to its list').not.toBe('');
    await page.goto(href);
    await expect(page.getByTestId('user-menu')).toBeVisible();
    const count = expected.get(href);
    if (count !== undefined) {
      const queue = href.startsWith('/verifikasi');
      const rows = queue ? page.getByTestId('queue-item') : page.locator('main table tbody tr');
      await expect(rows, `rows at ${href}`).toHaveCount(Math.min(count, queue ? 50 : 20), { timeout: 30_000 * patience });
    }
    await quiet(page);
    for (const text of ['Tidak ada akses', 'Halaman tidak ditemukan', /tidak berhak/i]) await expect(page.getByText(text), href).toHaveCount(0);
  }
  expect(refused).toEqual([]);
  return { hrefs, counted };
}

test('every role’s home page shows its own work, opens only pages it may see, and counts what it links to', async ({ page }) => {
  test.setTimeout(600_000 * patience);
  trackRequests(page);
  // The period the OPDs register in (set-up through the API).
  await signInThroughApi(page.request, 'admin');
  await ensureOpenPeriod(page.request);
  await signOutThroughApi(page.request);

  // Operator registers and submits three innovations.
  await openSignedIn(page, 'operator.dinkes');
  await expect(page.getByTestId('returned-items')).toContainText('Tidak ada yang dikembalikan.');
  await registerAndSubmit(page, INBOX);
  const backId = await registerAndSubmit(page, BACK);
  const verifyId = await registerAndSubmit(page, VERIFY);
  await signOut(page);

  // Kepala OPD: the three wait in the inbox; one goes back with a note, one is approved.
  await openSignedIn(page, 'kepala.dinkes');
  const inbox = page.getByTestId('approval-inbox');
  for (const name of [INBOX, BACK, VERIFY]) await expect(inbox.getByRole('link', { name })).toBeVisible();
  await expect(page.getByTestId('approval-inbox-count')).toHaveText(String(await inbox.getByTestId('approval-item').count()));
  await inbox.getByRole('link', { name: BACK }).click();
  await page.getByRole('button', { name: 'Kembalikan ke draf' }).click();
  await page.getByRole('dialog').getByLabel('Catatan untuk operator (apa yang perlu diperbaiki)').pressSequentially(HEAD_NOTE, { delay: 10 });
  await page.getByRole('dialog').getByRole('button', { name: 'Kembalikan ke draf' }).click();
  await expectNotice(page, 'Inovasi dikembalikan ke draf.');
  await goHome(page);
  await expect(inbox.getByRole('link', { name: BACK })).toHaveCount(0);
  await inbox.getByRole('link', { name: VERIFY }).click();
  await page.getByRole('button', { name: 'Setujui' }).click();
  await expectNotice(page, 'Inovasi disetujui.');
  // The Kepala's to-do on the dashboard asks for the approval still waiting.
  await page.getByRole('link', { name: 'Dasbor' }).click();
  await expect(page.getByTestId('todo').getByRole('listitem').filter({ hasText: INBOX })).toContainText('menunggu persetujuan Anda');
  await goHome(page);
  await expect(inbox.getByRole('link', { name: INBOX })).toBeVisible();
  await checkHomeLinks(page);
  await signOut(page);

  // Operator: the returned innovation with the Kepala's note; answers the approved one with evidence.
  await openSignedIn(page, 'operator.dinkes');
  const returned = page.getByTestId('returned-items');
  await expect(returned.getByTestId('returned-entry').filter({ hasText: BACK })).toContainText(HEAD_NOTE);
  await returned.getByRole('link', { name: BACK }).click();
  await expect(page).toHaveURL(new RegExp(`/innovations/${backId}$`));
  await page.goto(`/innovations/${verifyId}`);
  await page.getByRole('combobox', { name: /^16\. / }).click();
  await page.getByRole('option', { name: /^2 — / }).click();
  await page
    .getByTestId('indicator-16')
    .locator('input[type=file]')
    .setInputFiles({ name: 'perwali.pdf', mimeType: 'application/pdf', buffer: simplePdf(['Perwali inovasi']) });
  await expect(page.getByTestId('indicator-16').getByRole('button', { name: 'perwali.pdf', exact: true })).toBeVisible();
  await signOut(page);

  // Verifier: waiting items per OPD; the OPD's link opens the queue filtered to it, with as many rows.
  await openSignedIn(page, 'verifikator');
  const queueCard = page.getByTestId('verifier-queue');
  const dinkes = queueCard.getByTestId('home-count').filter({ hasText: 'Dinas Kesehatan' });
  await expect(dinkes).toBeVisible();
  const waiting = Number(await dinkes.getAttribute('data-count'));
  expect(waiting).toBeGreaterThanOrEqual(1);
  await dinkes.getByRole('link').click();
  await expect(page).toHaveURL(/\/verifikasi\?.*opdId=/);
  await expect(page.getByTestId('queue-item')).toHaveCount(waiting);
  await page.reload();
  await expect(page.getByTestId('queue-item')).toHaveCount(waiting);
  await page.getByTestId('queue').getByRole('row').filter({ hasText: VERIFY }).filter({ hasText: '16. ' }).getByTestId('queue-item').click();
  await page.getByRole('textbox', { name: 'Catatan untuk operator' }).pressSequentially(VERIFIER_NOTE, { delay: 10 });
  await page.getByTestId('return').click();
  await expect(page.getByText('Keputusan tersimpan.').first()).toBeVisible();
  await checkHomeLinks(page);
  await signOut(page);

  // Operator: the verifier's note on the returned indicator, linking to the innovation.
  await openSignedIn(page, 'operator.dinkes');
  const answer = page.getByTestId('returned-answer').filter({ hasText: VERIFY });
  await expect(answer).toContainText(VERIFIER_NOTE);
  await expect(answer).toContainText('Indikator 16 dikembalikan verifikator');
  await expect(page.getByTestId('returned-count')).toHaveText(
    String((await page.getByTestId('returned-entry').count()) + (await page.getByTestId('returned-answer').count())),
  );
  await checkHomeLinks(page);

  // Profil Daerah is read, not edited, by an OPD role: text, not a form of locked fields.
  await page.getByRole('link', { name: 'Profil Daerah' }).click();
  await expect(page.getByTestId('region-profile-view')).toContainText('Kota Mojokerto');
  await expect(page.locator('main').getByRole('textbox')).toHaveCount(0);
  await expect(page.locator('main').getByRole('button', { name: 'Simpan' })).toHaveCount(0);
  await signOut(page);

  // An operator of another OPD sees none of it.
  await openSignedIn(page, 'operator.dispendukcapil');
  await expect(page.getByTestId('returned-items')).not.toContainText(BACK);
  await expect(page.getByTestId('returned-items')).not.toContainText(VERIFY);
  await checkHomeLinks(page);
  await signOut(page);

  // Super admin: regions and Admin Daerah, no hint of region pages it cannot open.
  await openSignedIn(page, 'superadmin');
  const superLinks = await checkHomeLinks(page);
  expect(superLinks.counted.map((c) => c.href.split('?')[0]).sort()).toEqual(['/regions', '/users', '/users']);
  await goHome(page);
  for (const hidden of [/Periode Penilaian/, /Simulasi IID/, /\bVerifikasi\b/]) await expect(page.locator('main').getByText(hidden)).toHaveCount(0);
  await signOut(page);

  // Admin Daerah and Pimpinan: the region's figures, each count opening its list; the admin's work in the open
  // period too (waiting verification: innovations and region; waiting for the Kepala OPD; approved, not sent).
  for (const [user, lists] of [
    ['admin', ['/innovations', '/innovations', '/innovations', '/opds', '/users', '/verifikasi', '/verifikasi']],
    ['pimpinan', ['/innovations', '/opds']],
  ] as const) {
    await openSignedIn(page, user);
    const { counted } = await checkHomeLinks(page);
    expect(counted.map((c) => c.href.split('?')[0]).sort()).toEqual([...lists]);
    await signOut(page);
  }

  // Juri: nothing it cannot open.
  await openSignedIn(page, 'juri');
  const juri = await checkHomeLinks(page);
  expect(juri.counted).toEqual([]);
});

// Two people (one account, two browsers) on one innovation's profile. The version is per entry, so a save can be
// refused because the other saved any field. Nothing typed by either is lost: a field only the other changed takes
// their value, a field both changed shows the other value and waits for a choice, and after a reload the copy
// kept on the device is offered, never applied over a newer value on the server.
import { type Browser, expect as baseExpect, type Locator, type Page } from '@playwright/test';
import { patience } from './patience';
import { choose, ensureOpenPeriod, expectNoSidewaysScroll, signIn } from './support';
import { test } from './test';

// A shared two-core machine can take several seconds for a first page load or a save.
const expect = baseExpect.configure({ timeout: 30_000 * patience });

async function person(browser: Browser, baseURL: string | undefined, username = 'operator.dinkes'): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/** Types like a person: key by key, then a short pause. */
async function type(page: Page, field: Locator, text: string) {
  await field.click();
  await field.pressSequentially(text, { delay: 15 });
  await page.waitForTimeout(300);
}

const patched = (page: Page, status: number) =>
  page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/innovations/entries/') && r.status() === status);

const expectSaved = (page: Page) => expect(page.getByTestId('save-state').first()).toHaveAttribute('data-state', 'saved');

test('two people on one profile: nothing typed is lost, a field both changed is decided', async ({ browser, baseURL }) => {
  test.setTimeout(420_000 * patience);
  const admin = await person(browser, baseURL, 'admin');
  await ensureOpenPeriod(admin);
  await admin.context().close();
  const a = await person(browser, baseURL);
  const created = await a.request.post('/api/innovations', { data: { name: 'Posyandu Digital' } });
  const entryId = (await created.json()).id as string;
  const server = async () => (await (await a.request.get(`/api/innovations/entries/${entryId}`)).json()) as Record<string, unknown>;
  const b = await person(browser, baseURL);
  await a.goto(`/innovations/${entryId}`);
  await b.goto(`/innovations/${entryId}`);
  const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
  await expect(field(b, 'Tujuan inovasi')).toBeVisible();

  // A writes the objectives; it saves.
  await type(a, field(a, 'Tujuan inovasi'), 'Balita terpantau tiap bulan');
  await expectSaved(a);

  // B, opened before that, writes the benefits: refused once (A saved meanwhile), merged, saved on the newer
  // version; A's objectives appear on B's screen, no question asked.
  const refusedB = patched(b, 409);
  const savedB = patched(b, 200);
  await type(b, field(b, 'Manfaat yang diperoleh'), 'Gizi buruk cepat ditangani');
  await refusedB;
  await savedB;
  await expect(field(b, 'Tujuan inovasi')).toHaveValue('Balita terpantau tiap bulan');
  await expect(b.getByTestId('profile-conflicts')).toHaveCount(0);
  await expectSaved(b);
  expect(await server()).toMatchObject({ tujuan: 'Balita terpantau tiap bulan', manfaat: 'Gizi buruk cepat ditangani' });

  // A changes the objectives again (on its older version): B's benefits come in, A's text is saved.
  const savedA = patched(a, 200);
  await type(a, field(a, 'Tujuan inovasi'), ' oleh kader');
  await savedA;
  await expect(field(a, 'Manfaat yang diperoleh')).toHaveValue('Gizi buruk cepat ditangani');
  await expectSaved(a);
  expect(await server()).toMatchObject({ tujuan: 'Balita terpantau tiap bulan oleh kader', manfaat: 'Gizi buruk cepat ditangani' });

  // B changes the objectives too: both changed it, so B is shown A's text beside its own and chooses.
  const refusedAgain = patched(b, 409);
  await type(b, field(b, 'Tujuan inovasi'), ' dan ibu hamil');
  await refusedAgain;
  const conflict = b.getByTestId('profile-conflict-tujuan');
  await expect(conflict).toContainText('Tujuan');
  await expect(conflict.getByTestId('conflict-theirs')).toHaveText('Balita terpantau tiap bulan oleh kader');
  await expect(conflict.getByTestId('conflict-mine')).toHaveText('Balita terpantau tiap bulan dan ibu hamil');
  await expect(field(b, 'Tujuan inovasi')).toHaveValue('Balita terpantau tiap bulan dan ibu hamil');
  await expect(b.getByTestId('save-state').first()).toHaveAttribute('data-state', 'conflict');
  await expectNoSidewaysScroll(b, 'profile conflict');
  expect((await server()).tujuan).toBe('Balita terpantau tiap bulan oleh kader');

  // B reloads the browser before deciding: still offered, not applied; another field typed meanwhile saves.
  await b.reload();
  await expect(b.getByTestId('profile-conflict-tujuan').getByTestId('conflict-mine')).toHaveText('Balita terpantau tiap bulan dan ibu hamil');
  await expect(b.getByTestId('profile-conflict-tujuan').getByTestId('conflict-theirs')).toHaveText('Balita terpantau tiap bulan oleh kader');
  expect((await server()).tujuan).toBe('Balita terpantau tiap bulan oleh kader');
  const savedHasil = patched(b, 200);
  await type(b, field(b, 'Hasil inovasi'), 'Cakupan penimbangan 95 persen');
  await savedHasil;
  expect(await server()).toMatchObject({ tujuan: 'Balita terpantau tiap bulan oleh kader', hasil: 'Cakupan penimbangan 95 persen' });

  // B keeps its own text: saved on the newer version, the question gone.
  const kept = patched(b, 200);
  await b.getByTestId('profile-conflict-tujuan').getByRole('button', { name: 'Simpan isian saya' }).click();
  await kept;
  await expect(b.getByTestId('profile-conflicts')).toHaveCount(0);
  await expectSaved(b);
  expect(await server()).toMatchObject({ tujuan: 'Balita terpantau tiap bulan dan ibu hamil', hasil: 'Cakupan penimbangan 95 persen' });

  // B's line drops while typing the location and the awards: kept on the device only. A sets the location.
  await b.context().setOffline(true);
  await type(b, field(b, 'Lokasi'), 'Kecamatan Danurejan');
  await type(b, field(b, 'Penghargaan (opsional)'), 'Juara 1 Inovasi Kota');
  await b.waitForTimeout(1500);
  await a.reload();
  const savedLokasi = patched(a, 200);
  await type(a, field(a, 'Lokasi'), 'Kelurahan Suryatmajan');
  await savedLokasi;

  // B is back and reloads: the awards (not changed on the server since) are restored and saved; the location,
  // which A changed, is offered — B takes A's.
  await b.context().setOffline(false);
  const savedAwards = patched(b, 200);
  await b.reload();
  await savedAwards;
  const lokasi = b.getByTestId('profile-conflict-lokasi');
  await expect(lokasi.getByTestId('conflict-theirs')).toHaveText('Kelurahan Suryatmajan');
  await expect(lokasi.getByTestId('conflict-mine')).toHaveText('Kecamatan Danurejan');
  expect(await server()).toMatchObject({ lokasi: 'Kelurahan Suryatmajan', penghargaan: 'Juara 1 Inovasi Kota' });
  await lokasi.getByRole('button', { name: 'Pakai isian yang tersimpan' }).click();
  await expect(field(b, 'Lokasi')).toHaveValue('Kelurahan Suryatmajan');
  await expect(b.getByTestId('profile-conflicts')).toHaveCount(0);

  // Both pick the unit, A first: B is shown the two units by name (the field stores an id), and keeps its own.
  const unit = (page: Page) => page.getByRole('combobox', { name: 'Unit (opsional)', exact: true });
  const savedUnitA = patched(a, 200);
  await choose(a, a.locator('body'), 'Unit (opsional)', 'Puskesmas Kedundung');
  await savedUnitA;
  const refusedUnit = patched(b, 409);
  await choose(b, b.locator('body'), 'Unit (opsional)', 'Puskesmas Gedongan');
  await refusedUnit;
  const unitConflict = b.getByTestId('profile-conflict-unitId');
  await expect(unitConflict.getByTestId('conflict-theirs')).toHaveText('Puskesmas Kedundung');
  await expect(unitConflict.getByTestId('conflict-mine')).toHaveText('Puskesmas Gedongan');
  await unitConflict.getByRole('button', { name: 'Simpan isian saya' }).click();
  await expect(b.getByTestId('profile-conflicts')).toHaveCount(0);
  await expectSaved(b);
  await expect(unit(b)).toHaveValue('Puskesmas Gedongan');

  // Reloaded once more, nothing is offered: every value is on the server, everyone's text kept.
  await b.reload();
  await expect(field(b, 'Lokasi')).toHaveValue('Kelurahan Suryatmajan');
  await expect(field(b, 'Penghargaan (opsional)')).toHaveValue('Juara 1 Inovasi Kota');
  await expect(unit(b)).toHaveValue('Puskesmas Gedongan');
  await expect(b.getByTestId('profile-conflicts')).toHaveCount(0);
  expect(await server()).toMatchObject({
    tujuan: 'Balita terpantau tiap bulan dan ibu hamil',
    manfaat: 'Gizi buruk cepat ditangani',
    hasil: 'Cakupan penimbangan 95 persen',
    lokasi: 'Kelurahan Suryatmajan',
    penghargaan: 'Juara 1 Inovasi Kota',
  });
  await a.context().close();
  await b.context().close();
});

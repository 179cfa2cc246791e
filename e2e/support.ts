import { type APIRequestContext, expect, type Locator, type Page } from '@playwright/test';
import { simplePdf } from '../src/server/seed/simple-pdf';
import { patience } from './patience';

export const PASSWORD = 'E2e-demo-2026';

export async function signIn(page: Page, username: string, password = PASSWORD) {
  await page.goto('/login');
  await page.locator('input[autocomplete=username]').fill(username);
  await page.locator('input[autocomplete=current-password]').fill(password);
  await page.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/**
 * Signs in through the API on this request context (a page's `page.request` shares the page's cookies). For set-up
 * and for tests whose subject is not signing in: no sign-in page is loaded. The sign-in form itself is covered by
 * the specs that use signIn.
 */
export async function signInThroughApi(request: APIRequestContext, username: string, password = PASSWORD) {
  const res = await request.post('/api/auth/login', { data: { username, password } });
  expect(res.status(), `sign-in of ${username}`).toBe(200);
}

/** Ends the session of this request context (a page's `page.request`: the page's session). */
export async function signOutThroughApi(request: APIRequestContext) {
  // No body, so the header the CSRF check asks of a request that is not JSON.
  expect((await request.post('/api/auth/logout', { headers: { 'x-requested-with': 'e2e' } })).status()).toBe(200);
}

/** Signed in through the API, then the home page opened, as after signing in through the form. */
export async function openSignedIn(page: Page, username: string, password = PASSWORD) {
  await signInThroughApi(page.request, username, password);
  await page.goto('/');
  await expect(page.getByTestId('user-menu')).toBeVisible();
}

/** Picks an option in a Mantine Select by its label. */
export async function choose(page: Page, scope: Locator, label: string | RegExp, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

/** Signs out through the user menu. */
export async function signOut(page: Page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
}

/** An open 2026 period, opened through the API unless one is open already (one database serves the whole run). */
export async function ensureOpenPeriod(page: Page | APIRequestContext) {
  const request = 'request' in page ? page.request : page;
  const periods = (await (await request.get('/api/periods')).json()) as { status: string }[];
  if (periods.some((p) => p.status === 'open')) return;
  const res = await request.post('/api/periods', {
    data: { year: 2026, frameworkId: 'iid-2026', penjaringanOpensOn: '2026-06-01', penjaringanClosesOn: '2026-12-15' },
  });
  expect(res.status()).toBe(201);
}

/** ensureOpenPeriod as set-up through the API, signed in as the admin on the page's request context; ends signed out. */
export async function openPeriodThroughApi(page: Page) {
  await signInThroughApi(page.request, 'admin');
  await ensureOpenPeriod(page.request);
  await signOutThroughApi(page.request);
}

/** A profile the submit check accepts (rancang bangun of 320 words); fields may be overridden. */
export const completeProfile = (overrides: Record<string, string> = {}) => ({
  tahapan: 'penerapan',
  inisiatorType: 'opd',
  jenis: 'digital',
  bentuk: 'pelayanan_publik',
  urusanUtama: '1.02',
  waktuPenerapan: '2025-02-01',
  rancangBangun: Array.from({ length: 320 }, (_, k) => `kata${k}`).join(' '),
  tujuan: 'Tujuan',
  manfaat: 'Manfaat',
  hasil: 'Hasil',
  ...overrides,
});

/** Registers an innovation of the signed-in operator's OPD through the API with a complete profile; returns its id. */
export async function registerThroughApi(request: APIRequestContext, name: string, profile: Record<string, string> = {}): Promise<string> {
  const created = await request.post('/api/innovations', { data: { name } });
  expect(created.status()).toBe(201);
  const { id, version } = await created.json();
  expect((await request.patch(`/api/innovations/entries/${id}`, { data: { version, ...completeProfile(profile) } })).status()).toBe(200);
  return id as string;
}

/**
 * Chooses an option for one indicator through the API on the item's version just read (saves without the version
 * they were made on are refused), as the signed-in user: an innovation's SID answer or the region's SPD answer.
 */
export async function answerThroughApi(request: APIRequestContext, target: { entryId: string } | { periodId: string }, code: string, value: number) {
  const url = 'entryId' in target ? `/api/innovations/entries/${target.entryId}/answers` : `/api/periods/${target.periodId}/region-answers`;
  const read = await request.get(url);
  expect(read.status()).toBe(200);
  const version = ((await read.json()) as { items: Record<string, { version: number }> }).items[code]?.version ?? 0;
  return request.put(`${url}/${code}`, { data: { value, version } });
}

/**
 * Set-up through the API as the signed-in operator: registers an innovation with a complete profile, answers
 * each code (value 1–3) with a PDF, and submits it to the Kepala OPD. Returns its id.
 */
export async function submitThroughApi(
  request: APIRequestContext,
  name: string,
  opts: { codes?: string[]; value?: (code: string) => number; profile?: Record<string, string> } = {},
): Promise<string> {
  const id = await registerThroughApi(request, name, opts.profile);
  for (const code of opts.codes ?? ['16']) {
    const value = opts.value?.(code) ?? 2;
    expect((await answerThroughApi(request, { entryId: id }, code, value)).status()).toBe(200);
    const file = { name: `bukti-${code}.pdf`, mimeType: 'application/pdf', buffer: simplePdf([`${name} — indikator ${code}`]) };
    expect(
      (await request.post(`/api/evidence/files?entryId=${id}&code=${code}`, { headers: { 'x-requested-with': 'e2e' }, multipart: { file } })).status(),
    ).toBe(201);
  }
  expect((await request.post(`/api/innovations/entries/${id}/transition`, { data: { action: 'submit' } })).status()).toBe(200);
  return id;
}

/**
 * Set-up through the API on one page's request context (no page is loaded): an open period (admin), innovations
 * submitted by operator.dinkes (submitThroughApi, same options) and approved by kepala.dinkes — ready for the
 * verifier. Ends signed out.
 */
export async function approvedThroughApi(page: Page, names: string[], opts: Parameters<typeof submitThroughApi>[2] = {}): Promise<string[]> {
  const request = page.request;
  await signInThroughApi(request, 'admin');
  await ensureOpenPeriod(request);
  await signInThroughApi(request, 'operator.dinkes');
  const ids: string[] = [];
  for (const name of names) ids.push(await submitThroughApi(request, name, opts));
  await signInThroughApi(request, 'kepala.dinkes');
  for (const id of ids) expect((await request.post(`/api/innovations/entries/${id}/transition`, { data: { action: 'approve' } })).status()).toBe(200);
  await signOutThroughApi(request);
  return ids;
}

/**
 * Nothing scrolls sideways at the page's width, once the layout has settled (a resize re-lays the page out over
 * a few frames). On failure the message names the elements that stick out, so an overflow seen only in a long
 * run (other specs' data) can be fixed from the report alone.
 */
export async function expectNoSidewaysScroll(page: Page, where = '') {
  const measure = () =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && el.getClientRects().length > 0)
        .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > width + 1))
        .slice(0, 5)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.textContent ?? '').trim().slice(0, 60)}" right=${Math.round(el.getBoundingClientRect().right)}`,
        );
      return { width, scroll: document.documentElement.scrollWidth, culprits };
    });
  let found = await measure();
  for (let tries = 0; found.scroll > found.width + 1 && tries < 10; tries++) {
    await page.waitForTimeout(200);
    found = await measure();
  }
  expect(found.scroll, `sideways scroll ${where} (${found.width} px): ${found.culprits.join('; ')}`).toBeLessThanOrEqual(found.width + 1);
}

/**
 * The page showed this notice (toast) since it loaded — on screen now or already gone — and it was not expected
 * before (each one found is crossed off). A notice closes after a few seconds, and on a busy machine the click that
 * caused it can take longer than that to return.
 */
export async function expectNotice(page: Page, text: string) {
  const crossOff = (wanted: string) => {
    const notices = (window as unknown as { __inovdaNotices?: string[] }).__inovdaNotices;
    if (!notices) return 'not watched (use the test of e2e/test.ts)';
    const at = notices.indexOf(wanted);
    if (at < 0) return `not shown; shown: ${JSON.stringify(notices)}`;
    notices.splice(at, 1);
    return 'shown';
  };
  await expect.poll(() => page.evaluate(crossOff, text), { message: `notice "${text}"`, timeout: 30_000 * patience }).toBe('shown');
}

/**
 * Uploads a file as evidence of region indicator `code` in the open period (through the API, as set-up) and opens
 * it from the periods page's region answers (SPD); returns the evidence id. The preview dialog is named after the file.
 */
export async function openRegionEvidence(page: Page, code: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await ensureOpenPeriod(page);
  const period = ((await (await page.request.get('/api/periods')).json()) as { id: string; status: string }[]).find((p) => p.status === 'open');
  const uploaded = await page.request.post(`/api/evidence/files?periodId=${period?.id}&code=${code}`, {
    headers: { 'x-requested-with': 'e2e' },
    multipart: { file },
  });
  expect(uploaded.status()).toBe(201);
  const evidenceId = (await uploaded.json()).id as string;
  await page.goto('/periods');
  await page.getByRole('button', { name: 'Jawaban daerah (SPD)' }).first().click();
  await page.getByTestId(`indicator-${code}`).getByRole('button', { name: file.name, exact: true }).click();
  return evidenceId;
}

// Requests in flight per page, for quiet(): a page has settled when none is pending for a moment. (Playwright's
// 'networkidle' waits 500 ms of silence, and on a busy machine a polling loop round-trips far slower than its step.)
const activity = new WeakMap<Page, { pending: Set<unknown>; last: number }>();

/** Starts counting the page's requests in flight (call before the navigations quiet() is to wait after). */
export function trackRequests(page: Page) {
  if (activity.has(page)) return;
  const seen = { pending: new Set<unknown>(), last: Date.now() };
  activity.set(page, seen);
  const done = (req: unknown) => {
    seen.pending.delete(req);
    seen.last = Date.now();
  };
  page.on('request', (req) => {
    seen.pending.add(req);
    seen.last = Date.now();
  });
  page.on('requestfinished', done);
  page.on('requestfailed', done);
}

/** No request of the page in flight for `calm` ms (Playwright's 'networkidle' on a page not tracked). Gives up after 30 s. */
export async function quiet(page: Page, calm = 150) {
  const seen = activity.get(page);
  if (!seen) return page.waitForLoadState('networkidle');
  for (const deadline = Date.now() + 30_000 * patience; Date.now() < deadline; ) {
    const idle = Date.now() - seen.last;
    if (seen.pending.size === 0 && idle >= calm) return;
    await page.waitForTimeout(seen.pending.size > 0 ? 50 : calm - idle);
  }
}

// Every role visits every page it can reach, at desktop (1366 px) and phone (390 px) width, then once in
// English: no console error, no failed request, no raw translation key in the visible text, no Forbidden
// page behind a menu link, and nothing wider than a phone's screen.
import { type Browser, expect, type Page } from '@playwright/test';
import { id } from '../src/web/i18n/id';
import { patience } from './patience';
import { expectNoSidewaysScroll, quiet, signIn, trackRequests } from './support';
import { test } from './test';

const ROLES = ['superadmin', 'admin', 'verifikator', 'kepala.dinkes', 'operator.dinkes', 'pimpinan', 'juri'] as const;
const WIDTHS = [1366, 390] as const;

// Dotted key paths of the catalogue (every group and leaf): one of them in the visible text is a raw key.
type Tree = { [key: string]: string | Tree };
function keyPaths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const path = prefix ? `${prefix}.${k}` : k;
    return typeof v === 'string' ? [path] : [path, ...keyPaths(v, path)];
  });
}
const NAMESPACES = Object.keys(id);
// "ns.anything" where ns is a catalogue namespace: a key i18next could not find looks like this too.
const RAW_KEY = new RegExp(`(?<![\\w@/.-])(?:${NAMESPACES.join('|')})\\.[A-Za-z_][\\w.]*`, 'g');
const KNOWN_KEYS = new Set(keyPaths(id));

// Indonesian words of the interface (buttons, menu) that English mode must not show.
const INDONESIAN_UI = /\b(Simpan|Batal|Hapus|Tambah|Beranda|Ubah|Tutup|Kembali|Keluar|Memuat|Daftarkan|Cari)\b/;

// Requests that may fail on purpose while a page is used normally: none so far. A request cancelled because
// the test navigated on (net::ERR_ABORTED) is not a failure.
const DELIBERATE_FAILURES: RegExp[] = [];

interface Problems {
  list: string[];
}

function watch(page: Page): Problems {
  const problems: Problems = { list: [] };
  trackRequests(page);
  const here = () => new URL(page.url()).pathname;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.list.push(`console error on ${here()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.list.push(`page error on ${here()}: ${err.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !DELIBERATE_FAILURES.some((re) => re.test(res.url())))
      problems.list.push(`${res.status()} ${res.request().method()} ${res.url()} on ${here()}`);
  });
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? '';
    if (!reason.includes('ERR_ABORTED')) problems.list.push(`request failed ${req.method()} ${req.url()}: ${reason} on ${here()}`);
  });
  return problems;
}

async function settle(page: Page, path: string) {
  await page.waitForLoadState('load');
  await quiet(page);
  // Loaders gone (lazy pages and queries; the admin's dashboard takes long on a busy machine).
  await expect(page.locator('.mantine-Loader-root'), `still loading: ${path}`).toHaveCount(0, { timeout: 30_000 * patience });
}

async function checkPage(page: Page, path: string, width: number, opts: { english?: boolean } = {}) {
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is what a person reads, hidden parts excluded
  const text = await page.evaluate(() => document.body.innerText);
  const raw = [...text.matchAll(RAW_KEY)].map((m) => m[0].replace(/\.$/, ''));
  expect(raw, `raw translation keys on ${path}`).toEqual([]);
  expect(
    [...KNOWN_KEYS].filter((k) => k.includes('.') && text.includes(k)),
    `catalogue keys on ${path}`,
  ).toEqual([]);
  await expect(page.getByRole('heading', { name: /^(Tidak ada akses|No access)$/ }), `Forbidden behind a link: ${path}`).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^(Halaman tidak ditemukan|Page not found)$/ }), `not found: ${path}`).toHaveCount(0);
  if (width < 400) {
    await expectNoSidewaysScroll(page, `on ${path}`);
  }
  if (opts.english) expect(text.match(INDONESIAN_UI)?.[0], `Indonesian UI word in English on ${path}`).toBeUndefined();
}

/** The pages this role's menu offers (read from the Shell's navigation), plus one detail page of each kind. */
async function pagesOf(page: Page): Promise<string[]> {
  const nav = page.locator('nav.mantine-AppShell-navbar');
  const hrefs = await nav.locator('a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const pages = [...new Set(hrefs)];
  const first = async (url: string) => {
    const res = await page.request.get(url);
    if (!res.ok()) return undefined;
    const body = await res.json();
    const items = (Array.isArray(body) ? body : body.items) as { id: string }[];
    return items[0]?.id;
  };
  const details: [string, string][] = [
    ['/innovations', '/api/innovations?pageSize=1'],
    ['/opds', '/api/opds?pageSize=1'],
    ['/frameworks', '/api/frameworks'],
  ];
  // Pages reached from a list page's header rather than the menu.
  if (pages.includes('/kompetisi')) pages.push('/kompetisi/penghargaan');
  for (const [list, api] of details) {
    if (!pages.includes(list)) continue;
    const itemId = await first(api);
    if (itemId) pages.push(`${list}/${itemId}`);
  }
  // IPKD: its framework versions, and a measurement year once one is open.
  if (pages.includes('/ipkd')) {
    pages.push('/ipkd/kerangka');
    const years = await page.request.get('/api/ipkd/years');
    const [year] = years.ok() ? ((await years.json()) as { measurementYear: number }[]) : [];
    if (year) pages.push(`/ipkd/${year.measurementYear}`);
  }
  return pages;
}

async function visitAll(page: Page, paths: string[], width: number, opts: { english?: boolean } = {}) {
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByTestId('user-menu')).toBeVisible();
    const started = Date.now();
    await settle(page, path);
    await checkPage(page, path, width, opts);
    console.log(`${path} ${width}${opts.english ? ' en' : ''}: ${Date.now() - started} ms`);
    // "One period": its region answers (SPD) open from the periods page.
    if (path === '/periods') {
      const answers = page.getByRole('button', { name: /^(Jawaban daerah \(SPD\)|Region answers \(SPD\))$/ }).first();
      if (await answers.count()) {
        await answers.click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await settle(page, `${path} (region answers)`);
        await checkPage(page, `${path} (region answers)`, width, opts);
        await page.keyboard.press('Escape');
      }
    }
  }
}

/** The handful of pages visited again in English: home, the lists people work in, one detail page, the account. */
const englishSample = (path: string) => /^\/(|innovations(\/.*)?|opds\/.+|periods|verifikasi|frameworks\/.+|account)$/.test(path);

async function switchLanguage(page: Page, label: 'EN' | 'ID') {
  await page.locator('header').getByText(label, { exact: true }).click();
  await expect(page.getByRole('link', { name: label === 'EN' ? 'Home' : 'Beranda' })).toBeVisible();
  await settle(page, `switch to ${label}`);
}

async function withContext(browser: Browser, width: number, run: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width, height: width < 400 ? 844 : 900 } });
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

test.describe('every page of every role', () => {
  // Each role and width on whichever worker is free (each worker's beforeAll prepares its own server).
  test.describe.configure({ mode: 'parallel', timeout: 480_000 * patience });

  test.beforeAll(async ({ browser }) => {
    // An open period and one innovation, so the detail pages exist (e2e runs without demo innovations).
    await withContext(browser, 1366, async (page) => {
      await signIn(page, 'admin');
      const periods = (await (await page.request.get('/api/periods')).json()) as { status: string }[];
      if (!periods.some((p) => p.status === 'open')) {
        const res = await page.request.post('/api/periods', {
          data: { year: 2026, frameworkId: 'iid-2026', penjaringanOpensOn: '2026-06-01', penjaringanClosesOn: '2026-12-15' },
        });
        expect(res.status()).toBe(201);
      }
      await signIn(page, 'operator.dinkes');
      const list = await (await page.request.get('/api/innovations?pageSize=1')).json();
      if (list.total === 0) expect((await page.request.post('/api/innovations', { data: { name: 'Layanan Jemput Bola Lansia' } })).status()).toBe(201);
    });
  });

  for (const role of ROLES)
    for (const width of WIDTHS)
      test(`${role} at ${width} px`, async ({ browser }) => {
        await withContext(browser, width, async (page) => {
          const problems = watch(page);
          await signIn(page, role);
          const pages = await pagesOf(page);
          expect(pages.length).toBeGreaterThan(1);
          await visitAll(page, pages, width);
          // English once per role (at desktop width): a handful of pages again, no key and no Indonesian buttons.
          if (width === 1366) {
            await switchLanguage(page, 'EN');
            try {
              await visitAll(page, pages.filter(englishSample), width, { english: true });
            } finally {
              await switchLanguage(page, 'ID');
            }
          }
          expect(problems.list).toEqual([]);
        });
      });
});

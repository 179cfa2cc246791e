// npm run bench open-data — the public face under load, as its users run it: the catalogue's search (stemmed words,
// a typo), an innovation's page and the open data API's list, at 100 clients, against /healthz measured in the same
// rounds, on the embedded default (`npm start` without DATABASE_URL) and on PostgreSQL (DATABASE_URL).
// The national data set (550 regions, ~37,000 innovations) is given the names and texts real innovations have
// (drawn from a few dozen themes, so a common search matches a few thousand) and every innovation is PUBLISHED,
// as the publish route writes catalogue_entries: search has the national volume to search.
// Each figure is the median of the rounds and each share the median of the per-round ratios to /healthz.
// Targets (issue 16): search and an innovation page ≥ 50 % of /healthz, p99 ≤ 50 ms.
// BENCH_ENGINES=embedded,postgres · BENCH_SECONDS (10) · BENCH_ROUNDS (3) · BENCH_ONLY=<part of a route name> ·
// BENCH_KEEP=1 / BENCH_REUSE_DB / BENCH_SERVER_ARGS as for `npm run bench routes` · BENCH_ENCODING='gzip, deflate, br'
// (sent as Accept-Encoding, as a browser does: the server then compresses each page; unset, pages go uncompressed).
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';
import { createBench, type Engine } from './harness';
import { median, percentile } from './stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 100;
const ENGINES = (process.env.BENCH_ENGINES ?? 'embedded,postgres').split(',') as Engine[];
const HEADERS: Record<string, string> = process.env.BENCH_ENCODING ? { 'accept-encoding': process.env.BENCH_ENCODING } : {};

/** What innovations are called: a kind of thing and a theme (45 × 30 names, ~1 in 12 about health services). */
const KINDS = ['Layanan', 'Pelayanan', 'Sistem Informasi', 'Aplikasi', 'Gerakan', 'Program', 'Inovasi', 'Klinik', 'Pojok', 'Rumah'];
const THEMES = [
  'Kesehatan Ibu dan Anak',
  'Puskesmas Keliling',
  'Kesehatan Jiwa Remaja',
  'Posyandu Lansia Digital',
  'Administrasi Kependudukan Terpadu',
  'Perizinan Berusaha Satu Pintu',
  'Pengaduan Warga Cepat',
  'Pajak Daerah Daring',
  'Beasiswa Pendidikan Desa',
  'Literasi Sekolah Dasar',
  'Pertanian Organik Terpadu',
  'Irigasi Pintar',
  'Pasar Rakyat Bersih',
  'UMKM Naik Kelas',
  'Bank Sampah Kelurahan',
  'Air Bersih Pedesaan',
  'Stunting Nol',
  'Ambulans Desa Siaga',
  'Perpustakaan Keliling',
  'Transportasi Sekolah Gratis',
  'Tanggap Bencana Banjir',
  'Arsip Digital Desa',
  'Kearsipan Dinamis',
  'Pemberdayaan Perempuan',
  'Ketahanan Pangan Keluarga',
  'Wisata Desa Mandiri',
  'Penerangan Jalan Surya',
  'Vaksinasi Anak Sekolah',
  'Gizi Balita Sehat',
  'Rujukan Pasien Terpadu',
];
const list = (xs: string[]) => sql.raw(`array[${xs.map((x) => `'${x}'`).join(',')}]`);

/** The national entries get names, aims, benefits, results and a short rancang bangun like real submissions. */
async function realisticTexts(database: Database) {
  await database.db.execute(sql`
    update innovation_entries e set
      name = (${list(KINDS)})[1 + abs(hashtext(e.innovation_id::text || 'k')) % ${KINDS.length}] || ' '
          || (${list(THEMES)})[1 + abs(hashtext(e.innovation_id::text || 't')) % ${THEMES.length}] || ' ' || left(e.innovation_id::text, 4),
      tujuan = 'Meningkatkan mutu pelayanan publik dan mempercepat layanan bagi warga di seluruh kecamatan.',
      manfaat = 'Warga mendapat layanan lebih cepat, murah dan mudah; antrean berkurang dan data tercatat rapi.',
      hasil = 'Waktu layanan turun dari 5 hari menjadi 1 hari; kepuasan masyarakat naik menjadi 86 persen.',
      rancang_bangun = coalesce(e.rancang_bangun, '<p>' || repeat('Inovasi ini menyederhanakan alur kerja perangkat daerah dengan formulir daring, verifikasi berjenjang, dan laporan bulanan yang dipantau pimpinan. ', 12) || '</p>')
    where e.region_id <> (select id from regions where kemendagri_code = '35.76')`);
}

/** Every innovation's latest entry, published (as the publish route writes it). */
const PUBLISH_ALL = sql`
  insert into catalogue_entries (innovation_id, region_id, opd_id, entry_id, slug, year, name, opd_name, tahapan, jenis, bentuk,
                                 urusan_utama, urusan_lain, rancang_bangun, tujuan, manfaat, hasil, contact)
  select distinct on (e.innovation_id) e.innovation_id, e.region_id, e.opd_id, e.id,
         trim(both '-' from regexp_replace(lower(e.name), '[^a-z0-9]+', '-', 'g')) || '-' || left(replace(e.innovation_id::text, '-', ''), 8),
         p.year, e.name, o.name, e.tahapan, coalesce(e.jenis, 'digital'), e.bentuk, e.urusan_utama, e.urusan_lain,
         e.rancang_bangun, e.tujuan, e.manfaat, e.hasil, 'Sekretariat ' || o.name
  from innovation_entries e join assessment_periods p on p.id = e.period_id join opds o on o.id = e.opd_id
  order by e.innovation_id, p.year desc
  on conflict do nothing`;

interface Figures {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  share: number;
  errors: number;
  /** Bytes per reply (as sent: compressed when BENCH_ENCODING asks). */
  bytes: number;
  target?: boolean;
}

async function measure(
  engine: Engine,
): Promise<{ figures: Figures[]; published: number; matches: string; first?: { pages: number; p50: number; p99: number } }> {
  const bench = createBench(engine);
  let published = 0;
  let slugs: string[] = [];
  let matches = '';
  const publish = async (database: Database) => {
    await realisticTexts(database);
    published = ((await database.db.execute(PUBLISH_ALL)) as unknown as { rowCount: number | null }).rowCount ?? 0;
    await database.db.execute(sql`analyze catalogue_entries`);
    // Pages opened at random among a thousand innovations of every region, not one row kept hot.
    const rows = (await database.db.execute(sql`select slug from catalogue_entries order by md5(slug) limit 1000`)) as unknown as { rows: { slug: string }[] };
    slugs = rows.rows.map((r) => r.slug);
    const counted = (await database.db.execute(sql`select
        (select count(*) from catalogue_entries where name ilike '%kesehatan%' or name ilike '%layanan%')::int as loose,
        (select count(*) from catalogue_entries where name ilike '%puskesmas%')::int as typo`)) as unknown as { rows: { loose: number; typo: number }[] };
    matches = `names with "layanan" or "kesehatan": ${counted.rows[0].loose.toLocaleString('en')}, with "puskesmas": ${counted.rows[0].typo.toLocaleString('en')}`;
  };
  try {
    await bench.load(250, publish);
    console.log(`${engine}: published ${published.toLocaleString('en')} innovations; ${matches}`);
    const { base } = await bench.start();
    const pick = () => slugs[Math.floor(Math.random() * slugs.length)];
    const routes: { name: string; run: autocannon.Options; target?: boolean }[] = [
      { name: '/healthz (one query)', run: { url: `${base}/healthz` } },
      { name: 'search "pelayanan kesehatan"', run: { url: `${base}/katalog?q=pelayanan+kesehatan` }, target: true },
      { name: 'search "puskemas" (a typo)', run: { url: `${base}/katalog?q=puskemas` }, target: true },
      { name: 'search, 2nd page + jenis filter', run: { url: `${base}/katalog?q=layanan&jenis=digital&halaman=2` }, target: true },
      {
        name: 'an innovation page (1 of 1,000)',
        run: { url: base, requests: [{ method: 'GET' as const, setupRequest: (r: autocannon.Request) => ({ ...r, path: `/katalog/inovasi/${pick()}` }) }] },
        target: true,
      },
      { name: 'public API list, page of 50', run: { url: `${base}/api/public/v1/innovations?limit=50` } },
      { name: 'public API list of a region', run: { url: `${base}/api/public/v1/innovations?region=35.76&limit=50` } },
    ].filter((r, i) => i === 0 || !process.env.BENCH_ONLY || r.name.includes(process.env.BENCH_ONLY));
    for (const r of routes) {
      const res = await fetch(r.run.url.endsWith(base) ? `${base}/katalog/inovasi/${pick()}` : r.run.url);
      if (!res.ok) throw new Error(`${r.name}: ${res.status}`);
      await autocannon({ ...r.run, headers: HEADERS, connections: 10, duration: 2 });
    }
    // Every one of the thousand innovation pages opened once before the rounds (ten at a time), so that the rounds
    // measure what a crowd meets — pages already asked for once — and not the first asks of a freshly loaded
    // database; how long those first asks took is printed apart (`first`).
    const firstTimes: number[] = [];
    if (routes.some((r) => r.name.startsWith('an innovation page'))) {
      const queue = [...slugs];
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          for (let slug = queue.pop(); slug; slug = queue.pop()) {
            const t = performance.now();
            await (await fetch(`${base}/katalog/inovasi/${slug}`, { headers: HEADERS })).arrayBuffer();
            firstTimes.push(performance.now() - t);
          }
        }),
      );
    }
    const first = firstTimes.length ? { pages: firstTimes.length, p50: median(firstTimes), p99: percentile(firstTimes, 0.99) } : undefined;
    const rounds: autocannon.Result[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const results: autocannon.Result[] = [];
      for (const r of routes) results.push(await autocannon({ ...r.run, headers: HEADERS, connections: CONNECTIONS, duration: SECONDS }));
      rounds.push(results);
      console.log(`${engine}: round ${round + 1} of ${ROUNDS} done`);
    }
    const figures = routes.map((r, i) => {
      const of = rounds.map((results) => results[i]);
      return {
        name: r.name,
        reqPerSec: median(of.map((x) => x.requests.average)),
        p50: median(of.map((x) => x.latency.p50)),
        p99: median(of.map((x) => x.latency.p99)),
        share: median(rounds.map((results) => results[i].requests.average / results[0].requests.average)),
        errors: of.reduce((n, x) => n + x.errors + x.non2xx + x.timeouts, 0),
        bytes: median(of.map((x) => x.throughput.average / Math.max(1, x.requests.average))),
        target: r.target,
      };
    });
    return { figures, published, matches, first };
  } finally {
    await bench.cleanup();
  }
}

const verdict = (f: Figures) => {
  if (!f.target) return '';
  const misses = [f.share < 0.5 ? 'share < 50 %' : '', f.p99 > 50 ? 'p99 > 50 ms' : ''].filter(Boolean);
  return misses.length ? `NOT met (${misses.join(', ')})` : 'met';
};

export async function main() {
  const byEngine: Partial<Record<Engine, Awaited<ReturnType<typeof measure>>>> = {};
  for (const engine of ENGINES) {
    byEngine[engine] = await measure(engine);
    // Each engine's figures as soon as they are measured (a later failure keeps them), then the table of both.
    if (ENGINES.length > 1) print({ [engine]: byEngine[engine] });
  }
  print(byEngine);
}

function print(byEngine: Partial<Record<Engine, Awaited<ReturnType<typeof measure>>>>) {
  console.log(`\n${CONNECTIONS} clients, ${SECONDS} s per route, median of ${ROUNDS} rounds; share = req/s as a part of /healthz's in the same round`);
  console.log(`targets: search and an innovation page ≥ 50 % of /healthz and p99 ≤ 50 ms`);
  const engines = Object.keys(byEngine) as Engine[];
  const cell = (f: Figures | undefined) =>
    f
      ? `${Math.round(f.reqPerSec).toLocaleString('en').padStart(7)} ${`${f.p99} ms`.padStart(7)} ${`${(f.share * 100).toFixed(0)} %`.padStart(6)} ${String(f.errors).padStart(4)} ${(f.bytes / 1024).toFixed(1).padStart(6)}`
      : '';
  console.log(`${'route'.padEnd(34)} ${engines.map((e) => `| ${`${e}: req/s     p99  share  err     KB`.padEnd(37)}`).join(' ')}`);
  for (const e of engines) {
    const first = byEngine[e]?.first;
    if (first)
      console.log(
        `${e}: the ${first.pages.toLocaleString('en')} innovation pages first asked for, 10 at a time, before the rounds: p50 ${first.p50.toFixed(0)} ms, p99 ${first.p99.toFixed(0)} ms`,
      );
  }
  const names = byEngine[engines[0]]?.figures.map((f) => f.name) ?? [];
  for (const name of names) {
    const figures = engines.map((e) => byEngine[e]?.figures.find((f) => f.name === name));
    const verdicts = figures.map((f, i) => (f && verdict(f) ? `${engines[i]} ${verdict(f)}` : '')).filter(Boolean);
    console.log(`${name.padEnd(34)} ${figures.map((f) => `| ${cell(f).padEnd(37)}`).join(' ')} ${verdicts.join('; ')}`);
  }
}

if (resolve(process.argv[1] ?? '') === import.meta.filename) await main();

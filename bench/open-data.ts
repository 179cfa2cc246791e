// npm run bench open-data — the public face under load: the catalogue's search (stemmed words, a typo) and one
// innovation's page, and the open data API (a page of published innovations, and the same page of one region), at
// 100 clients, against /healthz measured in the same rounds, on PostgreSQL. By default
// every innovation of the national data set (~37,000) is published to catalogue_entries; BENCH_OPEN_DATA_SMALL=1
// publishes the demo region's only (no national load: a quick run). BENCH_SECONDS (10) · BENCH_ROUNDS (3).
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { createBench } from './harness';
import { median } from './stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 100;

/** Every innovation's latest entry, published (as the lead's publish route would write it). */
const PUBLISH_ALL = `
  insert into catalogue_entries (innovation_id, region_id, opd_id, entry_id, slug, year, name, opd_name, tahapan, jenis, bentuk,
                                 urusan_utama, urusan_lain, tujuan, manfaat, hasil)
  select distinct on (e.innovation_id) e.innovation_id, e.region_id, e.opd_id, e.id, 'inovasi-' || e.innovation_id, p.year, e.name,
         o.name, e.tahapan, e.jenis, e.bentuk, e.urusan_utama, e.urusan_lain, e.tujuan, e.manfaat, e.hasil
  from innovation_entries e join assessment_periods p on p.id = e.period_id join opds o on o.id = e.opd_id
  order by e.innovation_id, p.year desc
  on conflict do nothing`;

export async function main() {
  const bench = createBench('postgres');
  try {
    if (process.env.BENCH_OPEN_DATA_SMALL) await bench.loadDemo();
    else await bench.load(250);
    const client = new pg.Client({ connectionString: bench.url });
    await client.connect();
    const published = (await client.query(PUBLISH_ALL)).rowCount ?? 0;
    const slug = (await client.query<{ slug: string }>('select slug from catalogue_entries order by slug limit 1')).rows[0]?.slug;
    await client.end();
    console.log(`published: ${published.toLocaleString('en')} innovations`);
    const { base } = await bench.start();
    const routes = [
      { name: '/healthz (one query)', url: `${base}/healthz` },
      { name: 'catalogue search "pelayanan kesehatan"', url: `${base}/katalog?q=pelayanan+kesehatan` },
      { name: 'catalogue search with a typo', url: `${base}/katalog?q=puskemas` },
      { name: 'one innovation’s catalogue page', url: `${base}/katalog/inovasi/${slug}` },
      { name: 'public innovations, page of 50', url: `${base}/api/public/v1/innovations?limit=50` },
      { name: 'public innovations of a region', url: `${base}/api/public/v1/innovations?region=35.76&limit=50` },
    ];
    for (const r of routes) await autocannon({ url: r.url, connections: 10, duration: 2 });
    const rounds: autocannon.Result[][] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const results: autocannon.Result[] = [];
      for (const r of routes) results.push(await autocannon({ url: r.url, connections: CONNECTIONS, duration: SECONDS }));
      rounds.push(results);
    }
    console.log(`\n${CONNECTIONS} clients, ${SECONDS} s per route, median of ${ROUNDS} rounds; share = req/s as a part of /healthz's in the same round`);
    console.log(`${'route'.padEnd(40)} ${'req/s'.padStart(8)} ${'p50'.padStart(7)} ${'p99'.padStart(7)} ${'share'.padStart(7)} ${'errors'.padStart(6)}`);
    routes.forEach((r, i) => {
      const of = rounds.map((results) => results[i]);
      const share = median(rounds.map((results) => results[i].requests.average / results[0].requests.average));
      const errors = of.reduce((n, x) => n + x.errors + x.non2xx + x.timeouts, 0);
      const reqs = Math.round(median(of.map((x) => x.requests.average))).toLocaleString('en');
      const p50 = `${median(of.map((x) => x.latency.p50))} ms`;
      const p99 = `${median(of.map((x) => x.latency.p99))} ms`;
      const pct = `${(share * 100).toFixed(0)} %`;
      console.log(`${r.name.padEnd(40)} ${reqs.padStart(8)} ${p50.padStart(7)} ${p99.padStart(7)} ${pct.padStart(7)} ${String(errors).padStart(6)}`);
    });
  } finally {
    await bench.cleanup();
  }
}

if (resolve(process.argv[1] ?? '') === import.meta.filename) await main();

// A national-scale data set loaded straight into PostgreSQL with generate_series: 550 regions, ~36 700
// innovations with 20 SID answers each, evidence for every answer (20 distinct stored files), plus the
// seeded demo region enlarged to 250 innovations — the region the API benchmark reads and writes.
import { sql } from 'drizzle-orm';
import { builtInFramework } from '../src/domain/iid/builtin';
import type { Framework } from '../src/domain/iid/types';
import type { Db } from '../src/server/db/client';

const framework = builtInFramework('iid-2026') as Framework;
const sidCodes = framework.indicators.filter((i) => i.aspect === 'SID').map((i) => i.code);
const codesArray = sql.raw(`array[${sidCodes.map((c) => `'${c}'`).join(',')}]`);

export async function loadNationalData(db: Db, opts: { regions: number; innovations: number; demoRegionInnovations: number }) {
  const fw = JSON.stringify(framework);
  await db.execute(sql`
    insert into stored_files (sha256, size, mime)
    select lpad(to_hex(n), 64, '0'), 100000, 'application/pdf' from generate_series(1, 20) n on conflict do nothing`);
  await db.execute(sql`
    insert into regions (name, type, kemendagri_code)
    select 'Kabupaten Bench ' || n, 'kabupaten', '99.' || lpad(n::text, 4, '0') from generate_series(1, ${opts.regions}) n`);
  await db.execute(sql`
    insert into opds (region_id, name, short_name, kind)
    select r.id, 'Dinas ' || k, 'D' || k, 'dinas' from regions r, generate_series(1, 20) k where r.kemendagri_code like '99.%'`);
  await db.execute(sql`
    insert into assessment_periods (region_id, year, framework_id, framework, penjaringan_opens_on, penjaringan_closes_on)
    select r.id, 2026, ${framework.id}, ${fw}::jsonb, '2026-06-01', '2026-12-15' from regions r
    where not exists (select 1 from assessment_periods p where p.region_id = r.id and p.year = 2026)`);

  // Innovations: spread evenly over each generated region's OPDs; the demo region gets its own larger share.
  const perRegion = Math.round(opts.innovations / opts.regions);
  await db.execute(sql`
    insert into innovations (region_id, opd_id)
    select o.region_id, o.id
    from (select o.*, row_number() over (partition by o.region_id order by o.id) rn from opds o
          join regions r on r.id = o.region_id and r.kemendagri_code like '99.%') o,
      generate_series(1, ${perRegion}) k
    where (k % 20) + 1 = o.rn`);
  await db.execute(sql`
    insert into innovations (region_id, opd_id)
    select o.region_id, o.id
    from (select o.*, row_number() over (order by o.id) rn, count(*) over () total from opds o
          join regions r on r.id = o.region_id and r.kemendagri_code = '35.76') o,
      generate_series(1, ${opts.demoRegionInnovations}) k
    where (k % o.total) + 1 = o.rn`);
  await db.execute(sql`
    insert into innovation_entries (innovation_id, period_id, region_id, opd_id, name, status, sent, tahapan, urusan_utama)
    select i.id, p.id, i.region_id, i.opd_id, 'Inovasi ' || left(i.id::text, 8),
      (array['draft','diajukan','disetujui'])[1 + (abs(hashtext(i.id::text)) % 3)],
      abs(hashtext(i.id::text)) % 10 > 0, 'penerapan', '1.02'
    from innovations i join assessment_periods p on p.region_id = i.region_id and p.year = 2026
    where not exists (select 1 from innovation_entries e where e.innovation_id = i.id)`);
  await db.execute(sql`
    insert into entry_answers (entry_id, indicator_code, value, review_status)
    select e.id, c, 1 + (abs(hashtext(e.id::text || c)) % 3),
      (array['menunggu','diterima','dikembalikan'])[1 + (abs(hashtext(c || e.id::text)) % 3)]
    from innovation_entries e, unnest(${codesArray}::text[]) c
    on conflict do nothing`);
  await db.execute(sql`
    insert into evidence (region_id, period_id, entry_id, indicator_code, kind, file_sha256, file_name, mime, size)
    select e.region_id, e.period_id, e.id, a.indicator_code, 'file', lpad(to_hex(1 + abs(hashtext(a.indicator_code)) % 20), 64, '0'),
      'bukti-' || a.indicator_code || '.pdf', 'application/pdf', 100000
    from entry_answers a join innovation_entries e on e.id = a.entry_id
    where not exists (select 1 from evidence x where x.entry_id = e.id)`);
  // The benchmark region's innovations are all drafts, so 50 clients saving answers spread over 250 of
  // them — as 50 operators of different OPDs would — rather than queueing on a handful of rows.
  await db.execute(sql`update innovation_entries set status = 'draft' where region_id = (select id from regions where kemendagri_code = '35.76')`);
  // Each with a rancang bangun as long as a submission needs (≥ 300 words; here ~360, 2.6 KB): what a list page
  // and an open innovation read in production. (Word counts are stored by the server at start, as after any load.)
  await db.execute(sql`update innovation_entries set rancang_bangun = '<p>' ||
      repeat('Inovasi ini memangkas waktu layanan warga dengan alur yang lebih sederhana dan tercatat rapi. ', 28) || '</p>'
    where region_id = (select id from regions where kemendagri_code = '35.76')`);
  // Stored scores are computed by the server at start, as after any bulk load.
  await db.execute(sql`update innovation_entries set scores_stale = true`);
  await db.execute(sql`analyze`);
  const counted = (await db.execute(
    sql`select (select count(*) from innovation_entries)::int as n, (select count(*) from entry_answers)::int as a`,
  )) as unknown as {
    rows: { n: number; a: number }[];
  };
  return { entries: counted.rows[0].n, answers: counted.rows[0].a };
}

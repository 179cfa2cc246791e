// Demo innovations for Kota Mojokerto as it stands mid-period in 2026: a "Sangat Inovatif" city (official IID
// 62,30 → 70,78 → 84,46 in 2021–2023) with about two hundred innovations across all its OPDs, most approved
// and sent, part-way through verification, so the claimed IID is high and the verified one follows behind.
// Deterministic (seeded generator) and written in a few bulk statements, as it runs on every fresh start.
import { randomUUID } from 'node:crypto';
import { and, type Column, eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { ReviewStatus } from '../../domain/evidence/review';
import { builtInFramework } from '../../domain/iid/builtin';
import { compile } from '../../domain/iid/engine';
import type { Framework } from '../../domain/iid/types';
import { type Tematik, wordCount } from '../../domain/innovation/profile';
import type { Db } from '../db/client';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** A planned answer's columns, the same for an innovation's (entry_answers) and the region's (region_answers). */
const answerColumns = (a: { code: string; value: number; review: ReturnType<typeof demoReview> }) => ({
  indicatorCode: a.code,
  value: a.value,
  reviewStatus: a.review.reviewStatus,
  reviewNote: a.review.reviewNote ?? null,
  reviewedBy: a.review.reviewedBy ?? null,
  reviewedAt: a.review.reviewedAt ?? null,
});

import {
  appMeta,
  entryAnswers,
  evidence,
  innovationEntries,
  innovations,
  officialResults,
  opds,
  periods,
  regionAnswers,
  regions,
  storedFiles,
  units,
  users,
} from '../db/schema';
import type { BlobStore } from '../plugins/storage';
import { scoresOf } from '../shared/items/scores';
import type { ItemState } from '../shared/items/state';
import { CATALOGUE, type CatalogueItem } from './demo-catalogue';
import { type DemoFile, demoEvidenceFiles, returnNote } from './demo-evidence';

export const DEMO_INNOVATIONS_MARKER = 'demo_innovations_seeded';

// Deterministic numbers (a small linear congruential generator) so the demo is the same everywhere.
function generator(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

const PARAGRAPHS = [
  (n: string, o: string) =>
    `Dasar hukum inovasi ${n} adalah Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah, serta Peraturan Daerah Kota Mojokerto Nomor 8 Tahun 2024 tentang Inovasi Daerah. ${o} menetapkan inovasi ini melalui keputusan kepala perangkat daerah dan memasukkannya dalam rencana kerja tahunan.`,
  (n: string) =>
    `Permasalahan yang melatarbelakangi ${n} adalah pelayanan yang masih mengharuskan warga datang berkali-kali, waktu tunggu yang panjang, dan data yang tersebar di banyak berkas kertas. Warga lanjut usia, penyandang disabilitas, dan warga yang bekerja pada jam kantor paling merasakan kesulitan tersebut, sehingga banyak layanan tidak dimanfaatkan secara optimal.`,
  () =>
    'Isu strategis yang dijawab adalah percepatan pelayanan publik, pemerataan akses layanan dasar, dan pemanfaatan data untuk pengambilan keputusan. Inovasi ini sejalan dengan visi Kota Mojokerto untuk mewujudkan pelayanan prima dan gerakan One OPD More Than One Innovation yang mendorong setiap perangkat daerah melahirkan terobosan baru.',
  (n: string) =>
    `Metode pembaharuan pada ${n} adalah penyederhanaan alur layanan, penggunaan formulir dan pendaftaran daring, jemput bola ke kelurahan, serta pemantauan capaian secara berkala. Petugas dilatih melalui bimbingan teknis, dan setiap tahapan layanan memiliki standar waktu yang jelas serta kanal pengaduan yang ditindaklanjuti.`,
  () =>
    'Keunggulan inovasi ini terletak pada kemudahan, kecepatan, dan keterbukaan: warga dapat memantau proses layanan, petugas bekerja dengan data yang sama, dan pimpinan memperoleh laporan yang utuh. Kebaharuannya adalah penggabungan layanan yang sebelumnya terpisah menjadi satu alur yang terintegrasi dengan perangkat daerah lain.',
  () =>
    'Tahapan inovasi dimulai dari identifikasi masalah bersama warga, perancangan alur baru, uji coba terbatas di beberapa kelurahan, evaluasi, lalu penerapan di seluruh kota. Cara penggunaannya sederhana: warga mendaftar melalui kanal yang tersedia, petugas memverifikasi, layanan diberikan, dan hasilnya dicatat untuk perbaikan berkelanjutan.',
  (n: string) =>
    `Keberlanjutan ${n} dijaga dengan anggaran rutin, penugasan petugas yang jelas, pemantauan dan evaluasi setiap triwulan, serta survei kepuasan masyarakat. Inovasi ini terbuka untuk direplikasi oleh perangkat daerah lain maupun pemerintah daerah lain, dan bahan pendukungnya dibagikan melalui klinik inovasi agar dapat dipelajari dan dikembangkan bersama.`,
];

/** Innovations the city's leaders started themselves (the news names them as the mayor's programmes). */
const BY_KEPALA_DAERAH = /^(Gayatri|Gempa Genting|Brantas Tuntas|Aplikasi Lapor Ning|Wali Kota Menyapa|Lomba Inovasi Mojo Indah)/;
const DIGITAL =
  /daring|digital|elektronik|aplikasi|data|WhatsApp|genggaman|command|wi-fi|tapping|cerdas|JDIH|command|radio|siber|dasbor|sistem|gayatri|antrean|tanpa (antre|kertas|tatap|datang)/i;
/** Recognition the real programmes received (news of the city): shown on their profile. */
const AWARDS: Record<string, string> = {
  'Gayatri — Gerbang Pelayanan Terpadu dan Inovasi': 'Top 45 Kompetisi Inovasi Pelayanan Publik (KIPP) 2020',
  'Gempa Genting — Gerakan Mencegah Stunting': 'Inovasi yang divalidasi lapangan pada IGA 2022',
  'Brantas Tuntas — Bersama Entaskan Kemiskinan': 'Inovasi yang divalidasi lapangan pada IGA 2022',
};

const itemOf = (item: CatalogueItem) => (typeof item === 'string' ? { name: item } : { name: item[0], unit: item[1] ?? undefined, urusan: item[2] });

/**
 * Where an OPD's innovation stands in the workflow: the newest ideas (last in the catalogue) are drafts or
 * wait for the Kepala's approval; the rest are approved. An OPD with one innovation: Inspektorat's is approved,
 * Bagian Organisasi's still a draft (an OPD with nothing to send).
 */
function workflowStatus(shortName: string, index: number, count: number): 'draft' | 'diajukan' | 'disetujui' {
  if (count === 1) return shortName === 'Bag. Organisasi' ? 'draft' : 'disetujui';
  const fromEnd = count - 1 - index;
  if (fromEnd === 0 && count >= 8) return 'draft';
  if (fromEnd === 1 && count >= 10) return 'diajukan';
  if (fromEnd === 2 && count >= 13) return 'diajukan';
  if (fromEnd === 3 && count >= 20) return 'draft';
  return 'disetujui';
}

function tematikOf(name: string, urusan: string, digital: boolean): Tematik {
  if (/stunting|gizi|balita/i.test(name)) return 'prioritas_presiden';
  if (urusan === '1.06' || /miskin|prasejahtera/i.test(name)) return 'penanggulangan_kemiskinan';
  if (urusan === '2.18' || urusan === '2.17') return 'kemudahan_investasi';
  return digital ? 'digitalisasi_layanan' : 'non_tematik';
}

const day = (base: string, plus: number) => new Date(new Date(base).getTime() + plus * 86_400_000);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export async function seedDemoInnovations(db: Db, store: BlobStore): Promise<{ seeded: boolean; innovations?: number }> {
  const [done] = await db.select().from(appMeta).where(eq(appMeta.key, DEMO_INNOVATIONS_MARKER));
  if (done) return { seeded: false };
  const [region] = await db.select().from(regions).where(eq(regions.kemendagriCode, '35.76'));
  if (!region) return { seeded: false };
  const framework = builtInFramework('iid-2026') as Framework;
  const sid = framework.indicators.filter((i) => i.aspect === 'SID');
  const spd = framework.indicators.filter((i) => i.aspect === 'SPD');
  const rand = generator(3576);
  const opdRows = await db.select().from(opds).where(eq(opds.regionId, region.id));
  const unitRows = await db.select().from(units).where(eq(units.regionId, region.id));
  const [verifier] = await db
    .select()
    .from(users)
    .where(and(eq(users.regionId, region.id), eq(users.role, 'verifikator')))
    .limit(1);
  const files = await demoEvidenceFiles(store, framework, region.name);
  const threshold = 60;

  // Everything is decided first (one pass of the generator, so the data never depends on the database),
  // then written in a few bulk statements.
  type Plan = {
    opdId: string;
    unitId: string | null;
    entry: Omit<typeof innovationEntries.$inferInsert, 'innovationId' | 'periodId'>;
    answers: { code: string; value: number; evidence: boolean; review: ReturnType<typeof demoReview> }[];
  };
  const plans: Plan[] = [];
  for (const [shortName, { urusan: opdUrusan, items }] of Object.entries(CATALOGUE)) {
    const opd = opdRows.find((o) => o.shortName === shortName);
    if (!opd) continue;
    items.forEach((item, index) => {
      const { name, unit: unitName, urusan = opdUrusan } = itemOf(item);
      const unit = unitName ? unitRows.find((u) => u.name === unitName) : undefined;
      const status = workflowStatus(shortName, index, items.length);
      const r = rand();
      const tahapan = status === 'draft' ? (r < 0.5 ? 'inisiatif' : 'uji_coba') : r < 0.04 ? 'inisiatif' : r < 0.16 ? 'uji_coba' : 'penerapan';
      // Maturity: most approved innovations are mature; a few are not yet "layak kirim" and stay unsent.
      const immature = status === 'disetujui' && rand() < 0.05;
      const level = status === 'draft' ? 0.2 + rand() * 0.4 : immature ? rand() * 0.15 : 0.5 + rand() * 0.45;
      const answerShare = status === 'draft' ? 0.55 : immature ? 0.6 : 1;
      const answers = sid
        .map((i) => {
          const a = rand();
          const v = rand();
          const value = a >= answerShare ? 0 : v < level ? 3 : v < level + (1 - level) * 0.7 ? 2 : 1;
          return { code: i.code, value };
        })
        .filter((x) => x.value > 0)
        .map((x) => ({ ...x, evidence: status !== 'draft' || rand() < 0.7, review: { reviewStatus: 'menunggu' } as ReturnType<typeof demoReview> }));
      const maturity = answers.reduce((m, x) => m + x.value * (sid.find((i) => i.code === x.code)?.weight ?? 0), 0);
      // Approved and mature: sent, except a few approved only lately and not sent yet.
      const sent = status === 'disetujui' && maturity >= threshold && rand() < 0.97;
      // Submitted in the first months of penjaringan; drafts were started lately.
      const submitted = status === 'draft' ? null : day('2026-06-08T02:00:00Z', Math.floor(rand() * 100));
      const created = submitted ? day(isoDate(submitted), -7 - Math.floor(rand() * 30)) : day('2026-10-05T03:00:00Z', Math.floor(rand() * 40));
      let updated = submitted ?? day(isoDate(created), 1 + Math.floor(rand() * 10));
      if (status === 'disetujui' && submitted) {
        const progress = rand();
        for (const x of answers) {
          x.review = demoReview(progress, rand, x.code, verifier?.id, submitted);
          if (x.review.reviewedAt && x.review.reviewedAt > updated) updated = x.review.reviewedAt;
        }
      }
      const digital = DIGITAL.test(name);
      const penerapan = day('2024-01-15', Math.floor(rand() * 690));
      const ujiCoba =
        tahapan === 'inisiatif'
          ? null
          : tahapan === 'uji_coba'
            ? day('2025-09-01', Math.floor(rand() * 240))
            : day(isoDate(penerapan), -90 - Math.floor(rand() * 150));
      plans.push({
        opdId: opd.id,
        unitId: unit?.id ?? null,
        answers,
        entry: {
          regionId: region.id,
          opdId: opd.id,
          unitId: unit?.id ?? null,
          name,
          status,
          sent,
          tahapan,
          inisiatorType: BY_KEPALA_DAERAH.test(name) ? 'kepala_daerah' : rand() < 0.75 ? 'opd' : rand() < 0.6 ? 'asn' : 'masyarakat',
          inisiatorName: BY_KEPALA_DAERAH.test(name) ? 'Wali Kota Mojokerto' : opd.name,
          jenis: digital ? 'digital' : 'non_digital',
          bentuk:
            urusan.startsWith('4.') || urusan.startsWith('5.') || urusan.startsWith('6.')
              ? 'tata_kelola'
              : rand() < 0.85
                ? 'pelayanan_publik'
                : 'lainnya_sesuai_urusan',
          tematik: tematikOf(name, urusan, digital),
          urusanUtama: urusan,
          urusanLain: digital && urusan !== '2.16' && rand() < 0.5 ? ['2.16'] : [],
          waktuUjiCoba: ujiCoba ? isoDate(ujiCoba) : null,
          waktuPenerapan: tahapan === 'penerapan' ? isoDate(penerapan) : null,
          rancangBangun: (status === 'draft' ? PARAGRAPHS.slice(0, 3) : PARAGRAPHS).map((p) => `<p>${p(name, opd.name)}</p>`).join(''),
          tujuan: `Mempercepat dan mempermudah layanan ${name.split(' — ')[0]} bagi warga Kota Mojokerto.`,
          manfaat: 'Waktu layanan lebih singkat, warga tidak perlu datang berulang kali, dan data layanan tercatat rapi.',
          hasil: status === 'draft' ? null : `Sejak diterapkan, jumlah warga yang terlayani naik ${10 + Math.floor(rand() * 60)} persen dan keluhan menurun.`,
          lokasi: unit?.name ?? 'Kota Mojokerto',
          penghargaan: AWARDS[name] ?? null,
          submittedAt: submitted,
          createdAt: created,
          updatedAt: updated,
        },
      });
    });
  }

  // Region-level (SPD) answers: all but one answered, all but one of those with evidence, part-way reviewed.
  const regionPlan = spd.slice(0, -1).map((i, k) => {
    const value = rand() < 0.85 ? 3 : 2;
    const evidence = k !== 3;
    const review = evidence ? demoReview(0, rand, i.code, verifier?.id, new Date('2026-07-01T02:00:00Z'), 0.6) : { reviewStatus: 'menunggu' as const };
    return { code: i.code, value, evidence, review };
  });

  await db.transaction(async (tx) => {
    await tx
      .insert(storedFiles)
      .values([...files.values()].map((f) => ({ sha256: f.sha256, size: f.size, mime: 'application/pdf' })))
      .onConflictDoNothing();
    const [period] = await tx
      .insert(periods)
      .values({
        regionId: region.id,
        year: 2026,
        frameworkId: framework.id,
        framework,
        penjaringanOpensOn: '2026-06-01',
        penjaringanClosesOn: '2026-12-15',
        internalDeadline: '2026-12-01',
        maturityThreshold: threshold,
      })
      .returning();
    /** The demo PDF of an indicator, attached to an entry's (or, with null, the region's) answer. */
    const evidenceRow = (entryId: string | null, code: string) => {
      const file = files.get(code) as DemoFile;
      return {
        regionId: region.id,
        periodId: period.id,
        entryId,
        indicatorCode: code,
        kind: 'file' as const,
        fileSha256: file.sha256,
        fileName: file.fileName,
        mime: 'application/pdf',
        size: file.size,
      };
    };
    const innovationIds = plans.map(() => randomUUID());
    const entryIds = plans.map(() => randomUUID());
    await bulkInsert(
      tx,
      innovations,
      plans.map((p, k) => ({
        id: innovationIds[k],
        regionId: region.id,
        opdId: p.opdId,
        unitId: p.unitId,
        createdAt: p.entry.createdAt,
        updatedAt: p.entry.createdAt,
      })),
    );
    // Each entry carries its scores from the start (the same computation refreshEntryScores stores).
    const compiled = compile(framework);
    await bulkInsert(
      tx,
      innovationEntries,
      plans.map((p, k) => {
        const items = Object.fromEntries(
          p.answers.map((a): [string, ItemState] => [
            a.code,
            {
              value: a.value,
              version: 1,
              reviewStatus: a.review.reviewStatus,
              evidenceCount: a.evidence ? 1 : 0,
              renewalCount: 0,
              reviewNote: a.review.reviewNote ?? null,
              reviewedAt: null,
            },
          ]),
        );
        return {
          ...p.entry,
          id: entryIds[k],
          innovationId: innovationIds[k],
          periodId: period.id,
          rancangBangunWords: wordCount(p.entry.rancangBangun),
          ...scoresOf(compiled, items),
        };
      }),
    );
    await bulkInsert(
      tx,
      entryAnswers,
      plans.flatMap((p, k) => p.answers.map((a) => ({ entryId: entryIds[k], ...answerColumns(a) }))),
    );
    await bulkInsert(
      tx,
      evidence,
      plans.flatMap((p, k) => p.answers.filter((a) => a.evidence).map((a) => evidenceRow(entryIds[k], a.code))),
    );
    await bulkInsert(
      tx,
      regionAnswers,
      regionPlan.map((a) => ({ periodId: period.id, ...answerColumns(a) })),
    );
    await bulkInsert(
      tx,
      evidence,
      regionPlan.filter((a) => a.evidence).map((a) => evidenceRow(null, a.code)),
    );
    // The region's own published results, as the city reported them (Pj Wali Kota at the IID/IPKD monev of
    // 28 Feb 2024). That report gives no predicate or rank, so those stay empty rather than guessed.
    await tx
      .insert(officialResults)
      .values(
        [
          { year: 2021, iid: 62.3, awards: null },
          { year: 2022, iid: 70.78, awards: 'IGA: Kota Terinovatif' },
          { year: 2023, iid: 84.46, awards: 'IGA: Kota Terinovatif' },
        ].map((r) => ({ ...r, regionId: region.id, source: HISTORY_SOURCE })),
      )
      .onConflictDoNothing();
    await tx.insert(appMeta).values({ key: DEMO_INNOVATIONS_MARKER, value: { at: new Date().toISOString(), innovations: plans.length } });
  });
  return { seeded: true, innovations: plans.length };
}

/**
 * Inserts many rows as one JSON parameter: binding tens of thousands of parameters, row by row, is what makes
 * a bulk insert slow on the embedded database. Every row must have the same keys; absent columns take defaults.
 */
async function bulkInsert<T extends PgTable>(tx: Tx, table: T, rows: T['$inferInsert'][]) {
  if (!rows.length) return;
  const columns = getTableColumns(table) as Record<string, Column>;
  const keys = Object.keys(rows[0]);
  const names = sql.join(
    keys.map((k) => sql.identifier(columns[k].name)),
    sql`, `,
  );
  const json = rows.map((r) => Object.fromEntries(keys.map((k) => [columns[k].name, (r as Record<string, unknown>)[k] ?? null])));
  await tx.execute(sql`insert into ${table} (${names}) select ${names} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(json)}::jsonb)`);
}

/** Where the demo's history comes from: the city's own account of its IID, in the news of its IID/IPKD monev. */
export const HISTORY_SOURCE =
  'Pemkot Mojokerto, berita Monitoring dan Evaluasi Penilaian IID dan IPKD Tahun 2023 (Balai Kota Mojokerto, 28 Februari 2024): paparan Pj Wali Kota Moh. Ali Kuncoro';

/**
 * Verification part-way: `progress` places the innovation in the verifier's work (verified through, part-way,
 * or not reached yet); reviewed items are mostly accepted, a few returned with a note the operator can act on.
 */
function demoReview(progress: number, rand: () => number, code: string, verifierId: string | undefined, since: Date, reviewedShare?: number) {
  const waiting = { reviewStatus: 'menunggu' } as { reviewStatus: ReviewStatus; reviewNote?: string; reviewedBy?: string; reviewedAt?: Date };
  if (!verifierId) return waiting;
  const share = reviewedShare ?? (progress < 0.5 ? 1 : progress < 0.88 ? 0.65 : 0);
  const reviewedAt = new Date(Math.min(since.getTime() + (7 + Math.floor(rand() * 60)) * 86_400_000, Date.parse('2026-11-27T08:00:00Z')));
  if (rand() >= share) return waiting;
  if (rand() < 0.95) return { reviewStatus: 'diterima' as const, reviewedBy: verifierId, reviewedAt };
  return { reviewStatus: 'dikembalikan' as const, reviewNote: returnNote(code, rand()), reviewedBy: verifierId, reviewedAt };
}

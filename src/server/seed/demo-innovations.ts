// Demo innovations for Kota Mojokerto: an open 2026 period with ~60 innovations across the OPDs, in every
// stage and workflow state, with realistic Indonesian text and answers, so every screen has something true
// to show. Deterministic: the same data on every machine. Evidence files arrive with the evidence feature.
import { and, eq } from 'drizzle-orm';
import { builtInFramework } from '../../domain/iid/builtin';
import type { Framework } from '../../domain/iid/types';
import type { Db } from '../db/client';
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
import { refreshEntryScores } from '../shared/entry-scores';
import { type DemoFile, demoEvidenceFiles, RETURN_NOTES } from './demo-evidence';

export const DEMO_INNOVATIONS_MARKER = 'demo_innovations_seeded';

/** Innovation names per OPD short name, with main urusan and (optionally) the unit that runs it. */
const CATALOGUE: Record<string, { urusan: string; items: [string, string?][] }> = {
  'Dinkes PPKB': {
    urusan: '1.02',
    items: [
      ['Puskesmas Ramah Lansia', 'Puskesmas Gedongan'],
      ['SiJempol — Jemput Bola Posyandu', 'Puskesmas Kedundung'],
      ['Gempa Genting — Gerakan Mencegah Stunting', 'Puskesmas Mentikan'],
      ['Kartu Sehat Digital Warga'],
      ['Antrean Puskesmas Daring', 'Puskesmas Blooto'],
      ['Kelas Ibu Hamil Keliling', 'Puskesmas Kranggan'],
      ['Apotek Hidup Kelurahan', 'Puskesmas Wates'],
    ],
  },
  Dindikbud: {
    urusan: '1.01',
    items: [
      ['Sekolah Ramah Anak Digital', 'SMP Negeri 1 Kota Mojokerto'],
      ['Gerakan Literasi Kampung'],
      ['Rapor Daring Orang Tua', 'SMP Negeri 2 Kota Mojokerto'],
      ['Guru Kunjung Anak Berkebutuhan Khusus', 'SD Negeri Kranggan 1'],
      ['Beasiswa Tepat Sasaran Terpadu'],
    ],
  },
  DPMPTSP: {
    urusan: '2.18',
    items: [
      ['Gayatri — Gerbang Pelayanan Terpadu dan Inovasi', 'Mal Pelayanan Publik Gajah Mada'],
      ['Izin Usaha Sehari Jadi'],
      ['Klinik Investasi UMKM'],
      ['Layanan Perizinan Malam Hari'],
    ],
  },
  Dispendukcapil: {
    urusan: '2.12',
    items: [
      ['Akta Lahir Langsung dari Rumah Sakit'],
      ['KTP Elektronik Jemput Bola Lansia'],
      ['Dokumen Kependudukan Cetak Mandiri'],
      ['Kawin Tercatat Sekali Datang'],
    ],
  },
  'Dinsos P3A': {
    urusan: '1.06',
    items: [
      ['Brantas Tuntas — Bersama Entaskan Kemiskinan'],
      ['Rumah Singgah Disabilitas'],
      ['Data Terpadu Kesejahteraan Sosial Daring'],
      ['Layanan Pengaduan Kekerasan Anak 24 Jam'],
    ],
  },
  'DPUPR Perakim': {
    urusan: '1.03',
    items: [['Lapor Jalan Rusak'], ['Bedah Rumah Gotong Royong'], ['Peta Drainase Digital'], ['Sanitasi Komunal Kampung']],
  },
  'Satpol PP': { urusan: '1.05', items: [['Patroli Ramah Warga'], ['Tanggap Kebakaran Kampung'], ['Penertiban Humanis PKL']] },
  DLH: { urusan: '2.11', items: [['Bank Sampah Digital', 'UPT Pengelolaan Sampah Terpadu'], ['Kampung Iklim Mojokerto'], ['Sedekah Sampah Sekolah']] },
  Diskominfo: { urusan: '2.16', items: [['Satu Data Mojokerto'], ['Aplikasi Lapor Ning'], ['Wi-Fi Publik Kampung'], ['Sistem Naskah Dinas Elektronik']] },
  Bapenda: { urusan: '5.02', items: [['PBB Bayar dari Genggaman'], ['Pajak Restoran Daring'], ['Undian Taat Pajak']] },
  Bappeda: { urusan: '5.01', items: [['Musrenbang Daring'], ['Klinik Inovasi Daerah'], ['Dasbor Kinerja Pembangunan']] },
  Inspektorat: { urusan: '6.01', items: [['Konsultasi Pengawasan Daring'], ['Zona Integritas Bersama']] },
  'RSUD Wahidin': { urusan: '1.02', items: [['Rawat Jalan Tanpa Antre'], ['Pulang Sehat Kontrol Daring'], ['Ambulans Siaga Kampung']] },
  'Kec. Prajurit Kulon': {
    urusan: '1.05',
    items: [
      ['Kampung Tangguh Bencana', 'Kelurahan Surodinawan'],
      ['Layanan Kelurahan Keliling', 'Kelurahan Mentikan'],
    ],
  },
  'Kec. Magersari': {
    urusan: '1.04',
    items: [
      ['Kampung Tertata Magersari', 'Kelurahan Gedongan'],
      ['Posyandu Remaja', 'Kelurahan Wates'],
    ],
  },
  'Kec. Kranggan': {
    urusan: '1.06',
    items: [
      ['Dapur Umum Lansia', 'Kelurahan Kranggan'],
      ['Kelurahan Tanpa Kertas', 'Kelurahan Meri'],
    ],
  },
  'Bag. Organisasi': { urusan: '4.01', items: [['Survei Kepuasan Masyarakat Terpadu'], ['Evaluasi Pelayanan Publik Daring']] },
};

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

export async function seedDemoInnovations(db: Db, store: BlobStore): Promise<{ seeded: boolean; innovations?: number }> {
  const [done] = await db.select().from(appMeta).where(eq(appMeta.key, DEMO_INNOVATIONS_MARKER));
  if (done) return { seeded: false };
  const [region] = await db.select().from(regions).where(eq(regions.kemendagriCode, '35.76'));
  if (!region) return { seeded: false };
  const framework = builtInFramework('iid-2026') as Framework;
  const sid = framework.indicators.filter((i) => i.aspect === 'SID');
  const rand = generator(3576);
  const opdRows = await db.select().from(opds).where(eq(opds.regionId, region.id));
  const unitRows = await db.select().from(units).where(eq(units.regionId, region.id));
  const [verifier] = await db
    .select()
    .from(users)
    .where(and(eq(users.regionId, region.id), eq(users.role, 'verifikator')))
    .limit(1);
  const files = await demoEvidenceFiles(store, framework, region.name);
  let count = 0;
  let periodId = '';
  /** The demo PDF of an indicator, attached to an entry's (or, with null, the region's) answer. */
  const evidenceRow = (entryId: string | null, code: string) => {
    const file = files.get(code) as DemoFile;
    return {
      regionId: region.id,
      periodId,
      entryId,
      indicatorCode: code,
      kind: 'file',
      fileSha256: file.sha256,
      fileName: file.fileName,
      mime: 'application/pdf',
      size: file.size,
    };
  };
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
        maturityThreshold: 60,
      })
      .returning();
    periodId = period.id;
    for (const [shortName, { urusan, items }] of Object.entries(CATALOGUE)) {
      const opd = opdRows.find((o) => o.shortName === shortName);
      if (!opd) continue;
      for (const [name, unitName] of items) {
        const unit = unitName ? unitRows.find((u) => u.name === unitName) : undefined;
        const r = rand();
        const tahapan = r < 0.12 ? 'inisiatif' : r < 0.3 ? 'uji_coba' : 'penerapan';
        const w = rand();
        const status = w < 0.25 ? 'draft' : w < 0.45 ? 'diajukan' : 'disetujui';
        const maturityLevel = 0.35 + rand() * 0.6;
        const month = 1 + Math.floor(rand() * 12);
        const penerapanYear = rand() < 0.8 ? 2025 : 2024;
        const [innovation] = await tx
          .insert(innovations)
          .values({ regionId: region.id, opdId: opd.id, unitId: unit?.id ?? null })
          .returning();
        const complete = status !== 'draft' || rand() < 0.5;
        const [entry] = await tx
          .insert(innovationEntries)
          .values({
            innovationId: innovation.id,
            periodId: period.id,
            regionId: region.id,
            opdId: opd.id,
            unitId: unit?.id ?? null,
            name,
            status,
            sent: status === 'disetujui' && maturityLevel > 0.5,
            tahapan,
            inisiatorType: rand() < 0.7 ? 'opd' : rand() < 0.5 ? 'kepala_daerah' : 'asn',
            inisiatorName: opd.name,
            jenis: rand() < 0.6 ? 'digital' : 'non_digital',
            bentuk: rand() < 0.7 ? 'pelayanan_publik' : 'tata_kelola',
            tematik: rand() < 0.4 ? 'digitalisasi_layanan' : rand() < 0.5 ? 'penanggulangan_kemiskinan' : 'non_tematik',
            urusanUtama: urusan,
            urusanLain: rand() < 0.3 ? ['2.16'] : [],
            waktuUjiCoba: `${penerapanYear - (month < 4 ? 1 : 0)}-${String(((month + 8) % 12) + 1).padStart(2, '0')}-01`,
            waktuPenerapan: tahapan === 'penerapan' ? `${penerapanYear}-${String(month).padStart(2, '0')}-15` : null,
            rancangBangun: (complete ? PARAGRAPHS : PARAGRAPHS.slice(0, 3)).map((p) => `<p>${p(name, opd.name)}</p>`).join(''),
            tujuan: `Mempercepat dan mempermudah layanan ${name.split(' — ')[0]} bagi warga Kota Mojokerto.`,
            manfaat: 'Waktu layanan lebih singkat, warga tidak perlu datang berulang kali, dan data layanan tercatat rapi.',
            hasil: `Sejak diterapkan, jumlah warga yang terlayani naik ${10 + Math.floor(rand() * 60)} persen dan keluhan menurun.`,
            lokasi: unit?.name ?? 'Kota Mojokerto',
            submittedAt: status === 'draft' ? null : new Date('2026-09-01T02:00:00Z'),
          })
          .returning();
        const answers = sid
          .map((i) => ({ entryId: entry.id, indicatorCode: i.code, value: Math.min(3, Math.floor(rand() * 4 * maturityLevel + maturityLevel)) }))
          .filter((a) => a.value > 0);
        if (answers.length) await tx.insert(entryAnswers).values(answers.map((a) => ({ ...a, ...demoReview(status, rand, verifier?.id) })));
        // Submitted entries have evidence for every answer; drafts for most of them.
        const withEvidence = answers.filter(() => status !== 'draft' || rand() < 0.7);
        if (withEvidence.length) await tx.insert(evidence).values(withEvidence.map((a) => evidenceRow(entry.id, a.indicatorCode)));
        count++;
      }
    }
    // Region-level (SPD) answers with evidence, part-way through review like the innovations.
    const spd = framework.indicators.filter((i) => i.aspect === 'SPD');
    const regionRows = spd.map((i) => ({ periodId: period.id, indicatorCode: i.code, value: 1 + Math.floor(rand() * 3) })).filter(() => rand() < 0.75);
    if (regionRows.length) {
      await tx.insert(regionAnswers).values(regionRows.map((a) => ({ ...a, ...demoReview('disetujui', rand, verifier?.id) })));
      await tx.insert(evidence).values(regionRows.map((a) => evidenceRow(null, a.indicatorCode)));
    }
    await refreshEntryScores(
      tx,
      (await tx.select({ id: innovationEntries.id }).from(innovationEntries).where(eq(innovationEntries.periodId, period.id))).map((e) => e.id),
    );
    // The region's own published results (news of Kota Mojokerto, see the project's seeds).
    await tx
      .insert(officialResults)
      .values(
        [
          { year: 2021, iid: 62.3, awards: null },
          { year: 2022, iid: 70.78, awards: 'IGA: Kota Terinovatif' },
          { year: 2023, iid: 84.46, awards: 'IGA: Kota Terinovatif' },
        ].map((r) => ({
          ...r,
          regionId: region.id,
          // Predicates and ranks are not in the publication, so they are left empty rather than guessed.
          source: 'Pemerintah Kota Mojokerto, pemberitaan capaian IID dan IGA 2021–2023 (data demo)',
        })),
      )
      .onConflictDoNothing();
    await tx.insert(appMeta).values({ key: DEMO_INNOVATIONS_MARKER, value: { at: new Date().toISOString(), innovations: count } });
  });
  return { seeded: true, innovations: count };
}

/** Approved entries are part-way through verification: most items accepted, some returned, some waiting. */
function demoReview(status: string, rand: () => number, verifierId: string | undefined) {
  if (status !== 'disetujui' || !verifierId) return {};
  const r = rand();
  const reviewedAt = new Date('2026-10-01T03:00:00Z');
  if (r < 0.6) return { reviewStatus: 'diterima', reviewedBy: verifierId, reviewedAt };
  if (r < 0.72) return { reviewStatus: 'dikembalikan', reviewNote: RETURN_NOTES[Math.floor(rand() * RETURN_NOTES.length)], reviewedBy: verifierId, reviewedAt };
  return {};
}

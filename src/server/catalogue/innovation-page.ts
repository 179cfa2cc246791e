// An innovation's public page: the profile as published, awards, where it was replicated, the evidence marked
// public, the contact, citizens' ratings, and two plain forms (feedback, a replication request).
import { urusanByCode } from '../../domain/iid/urusan';
import { BENTUK_LABEL, JENIS_LABEL, TAHAPAN_LABEL } from '../../domain/innovation/labels';
import { indonesianDate } from '../../domain/reports/indonesian-date';
import { sanitizeRichText } from '../shared/http/rich-text';
import { feedbackForm } from '../shared/public-page/feedback-form';
import { type Html, html, paragraphs, raw } from '../shared/public-page/html';
import { replicationForm } from '../shared/public-page/replication-form';
import type { CatalogueRow } from './repository';

const number = new Intl.NumberFormat('id-ID');
const decimal = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export interface InnovationPageData {
  row: CatalogueRow;
  regionName: string;
  regionPath: string;
  files: { id: string; kind: string; fileName: string | null; title: string | null; url: string | null; size: number | null }[];
  replicated: { name: string; status: string; agreementDate: string | null; implementedOn: string | null }[];
  awards: { name: string; year: number }[];
  feedback: { count: number; average: number | null; comments: { rating: number; comment: string; createdAt: string }[] };
  /** What the visitor just sent, from the address (?umpan-balik=terkirim …). */
  sent: { feedback?: string; replication?: string };
}

/** "Received" from the address (?umpan-balik=terkirim); a refused form post answers with its form again instead. */
function notice(state: string | undefined, okText: string): Html {
  return state === 'terkirim' ? html`<div class="notice" role="status">${okText}</div>` : html``;
}

function facts(row: CatalogueRow, regionName: string): Html {
  const urusan = [row.urusanUtama, ...row.urusanLain].filter((c): c is string => Boolean(c)).map((c) => urusanByCode(c)?.name ?? c);
  const items: [string, string | null][] = [
    ['Perangkat Daerah', row.opdName],
    ['Daerah', regionName],
    ['Tahapan', row.tahapan ? TAHAPAN_LABEL[row.tahapan] : null],
    ['Jenis', row.jenis ? JENIS_LABEL[row.jenis] : null],
    ['Bentuk', row.bentuk ? BENTUK_LABEL[row.bentuk] : null],
    ['Urusan', urusan.join(', ') || null],
    ['Inisiator', row.inisiator],
    ['Waktu uji coba', row.waktuUjiCoba ? indonesianDate(row.waktuUjiCoba) : null],
    ['Waktu penerapan', row.waktuPenerapan ? indonesianDate(row.waktuPenerapan) : null],
    ['Lokasi', row.lokasi],
    ['Data tahun', String(row.year)],
  ];
  return html`<dl class="facts">${items.filter(([, v]) => v).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

const stars = (n: number) => html`<span class="stars" aria-label="${n} dari 5">${'★'.repeat(n)}${'☆'.repeat(5 - n)}</span>`;

function feedbackSection(d: InnovationPageData): Html {
  const f = d.feedback;
  const summary = f.count
    ? html`<p><strong>${decimal.format(f.average ?? 0)}</strong> dari 5 · ${number.format(f.count)} penilaian</p>`
    : html`<p>Belum ada penilaian yang ditampilkan.</p>`;
  return html`<section class="card" id="umpan-balik" aria-labelledby="h-umpan-balik"><h2 id="h-umpan-balik">Penilaian masyarakat</h2>
${summary}
${f.comments.map((c) => html`<blockquote>${stars(c.rating)}<br>${c.comment}<div class="meta">${indonesianDate(c.createdAt.slice(0, 10))}</div></blockquote>`)}
${notice(d.sent.feedback, 'Terima kasih. Penilaian Anda diterima dan akan ditampilkan setelah diperiksa.')}
${feedbackForm(d.row.slug)}</section>`;
}

function replicationSection(d: InnovationPageData): Html {
  return html`<section class="card" id="replikasi" aria-labelledby="h-replikasi"><h2 id="h-replikasi">Ingin mereplikasi inovasi ini?</h2>
<p>Daerah Anda dapat meminta replikasi. Perangkat Daerah pemilik inovasi akan menghubungi Anda untuk kesepakatan (PKS, MoU, atau surat); bila Anda mengisi surel, jawabannya juga dikirim ke surel itu.</p>
<p class="meta">Daerah Anda memakai Inovda? <a href="/replikasi?ajukan=${d.row.innovationId}">Ajukan dari akun Inovda Anda</a> dan ikuti jawabannya di aplikasi.</p>
${notice(d.sent.replication, 'Permintaan replikasi terkirim. Perangkat Daerah pemilik inovasi akan menghubungi Anda.')}
${replicationForm(d.row.slug)}</section>`;
}

function fileLink(f: InnovationPageData['files'][number]): Html {
  if (f.kind === 'link' && f.url) return html`<li><a href="${f.url}" rel="noopener noreferrer nofollow">${f.title || f.url}</a></li>`;
  const size = f.size ? ` (${number.format(Math.max(1, Math.round(f.size / 1024)))} KB)` : '';
  return html`<li><a href="/katalog/berkas/${f.id}">${f.title || f.fileName || 'Berkas'}</a>${size}</li>`;
}

export function innovationPage(d: InnovationPageData): Html {
  const { row } = d;
  const section = (id: string, title: string, body: Html | string | null) => (body ? html`<h2 id="${id}">${title}</h2>${body}` : '');
  const design = row.rancangBangun ? sanitizeRichText(row.rancangBangun) : null;
  return html`<nav class="crumbs" aria-label="Remah roti"><a href="/katalog">Katalog</a> › <a href="${d.regionPath}">${d.regionName}</a></nav>
<h1>${row.name}</h1>
<div class="tags">${d.awards.map((a) => html`<span class="tag award">${a.name}</span>`)}</div>
<section class="card">${facts(row, d.regionName)}</section>
${section('tujuan', 'Tujuan', row.tujuan ? paragraphs(row.tujuan) : null)}
${section('manfaat', 'Manfaat', row.manfaat ? paragraphs(row.manfaat) : null)}
${section('hasil', 'Hasil', row.hasil ? paragraphs(row.hasil) : null)}
${design ? html`<h2>Rancang bangun</h2><details><summary>Tampilkan rancang bangun</summary>${raw(design)}</details>` : ''}
${section('penghargaan', 'Penghargaan', d.awards.length ? html`<ul>${d.awards.map((a) => html`<li>${a.name} (${a.year})</li>`)}</ul>` : null)}
<h2 id="direplikasi">Direplikasi oleh</h2>
${
  d.replicated.length
    ? html`<ul>${d.replicated.map(
        (r) =>
          html`<li>${r.name}${r.agreementDate ? ` — kesepakatan ${indonesianDate(r.agreementDate)}` : ''}${r.status === 'implemented' ? html` · diterapkan${r.implementedOn ? ` ${indonesianDate(r.implementedOn)}` : ''}` : ''}</li>`,
      )}</ul>`
    : html`<p>Belum ada daerah yang tercatat mereplikasi inovasi ini.</p>`
}
${section('bukti', 'Dokumen pendukung', d.files.length ? html`<ul>${d.files.map(fileLink)}</ul>` : null)}
<h2 id="kontak">Kontak</h2><p>${row.contact ? row.contact : `${row.opdName}, ${d.regionName}`}</p>
${feedbackSection(d)}
${replicationSection(d)}`;
}

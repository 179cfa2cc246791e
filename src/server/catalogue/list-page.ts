// A catalogue's search page: the search form (every filter a plain form field), the count, the results, paging.

import { shortDescription } from '../../domain/catalogue/publication';
import { CATALOGUE_MAX_PAGE, CATALOGUE_PAGE_SIZE, type CatalogueQuery, catalogueQueryString } from '../../domain/catalogue/search';
import { urusanByCode } from '../../domain/iid/urusan';
import { BENTUK_LABEL, JENIS_LABEL, TAHAPAN_LABEL } from '../../domain/innovation/labels';
import { BENTUK, JENIS, TAHAPAN } from '../../domain/innovation/profile';
import { type Html, html } from '../shared/public-page/html';

const number = new Intl.NumberFormat('id-ID');

export interface ListPageData {
  /** Where the form sends the visitor ("/katalog" or "/katalog/kota-mojokerto"). */
  base: string;
  heading: string;
  intro: string;
  query: CatalogueQuery;
  total: number;
  rows: {
    slug: string;
    name: string;
    opdName: string;
    regionName: string;
    year: number;
    tahapan: string | null;
    jenis: string | null;
    urusanUtama: string | null;
    tujuan: string | null;
    awarded: boolean;
  }[];
  facets: { opds: { id: string; name: string; count: number }[]; urusan: string[]; years: number[] };
  /** The across-regions catalogue offers the regions (slug, name, count). */
  regions?: { slug: string; name: string; count: number }[];
}

const option = (value: string, label: string, selected: string | number | undefined) =>
  html`<option value="${value}"${selected !== undefined && String(selected) === value ? html` selected` : ''}>${label}</option>`;

function select(name: string, label: string, anyLabel: string, options: [string, string][], selected: string | number | undefined) {
  return html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">${option('', anyLabel, selected ?? '')}${options.map(([v, l]) => option(v, l, selected))}</select></div>`;
}

/** "Most relevant" is the default with a search, "by name" without one; the default needs no option of its own. */
const sortOptions = (searching: boolean): [string, string][] => [
  ...(searching ? [['nama', 'Nama (A–Z)'] as [string, string]] : []),
  ['terbaru', 'Terbaru diterbitkan'],
  ['tahun', 'Tahun terbaru'],
];

function searchForm(d: ListPageData): Html {
  const q = d.query;
  const urusan = d.facets.urusan.map((code): [string, string] => [code, urusanByCode(code)?.name ?? code]).sort((a, b) => a[1].localeCompare(b[1], 'id'));
  const narrowed = Boolean(q.region || q.opd || q.urusan || q.jenis || q.tahapan || q.bentuk || q.year || q.award || q.sort !== (q.q ? 'relevan' : 'nama'));
  // The filters fold away (plain <details>, no script) so a phone shows the results soon; open while one is set.
  return html`<form class="search" method="get" action="${d.base}" role="search">
<div class="q"><div style="flex:1"><label for="f-q">Cari inovasi</label><input id="f-q" type="search" name="q" value="${q.q ?? ''}" maxlength="120" placeholder="mis. layanan kesehatan, puskesmas, adminduk"></div><div style="align-self:end"><button type="submit">Cari</button></div></div>
<details class="filters"${narrowed ? html` open` : ''}><summary>Saring dan urutkan</summary><div class="filter-grid">
${
  d.regions
    ? select(
        'daerah',
        'Daerah',
        'Semua daerah',
        d.regions.map((r) => [r.slug, `${r.name} (${number.format(r.count)})`]),
        q.region,
      )
    : ''
}
${
  d.facets.opds.length
    ? select(
        'opd',
        'Perangkat Daerah',
        'Semua Perangkat Daerah',
        d.facets.opds.map((o) => [o.id, `${o.name} (${number.format(o.count)})`]),
        q.opd,
      )
    : ''
}
${select('urusan', 'Urusan', 'Semua urusan', urusan, q.urusan)}
${select(
  'jenis',
  'Jenis',
  'Semua jenis',
  JENIS.map((j) => [j, JENIS_LABEL[j]]),
  q.jenis,
)}
${select(
  'tahapan',
  'Tahapan',
  'Semua tahapan',
  TAHAPAN.map((t) => [t, TAHAPAN_LABEL[t]]),
  q.tahapan,
)}
${select(
  'bentuk',
  'Bentuk',
  'Semua bentuk',
  BENTUK.map((b) => [b, BENTUK_LABEL[b]]),
  q.bentuk,
)}
${select(
  'tahun',
  'Tahun',
  'Semua tahun',
  d.facets.years.map((y): [string, string] => [String(y), String(y)]),
  q.year,
)}
${select('urut', 'Urutkan', q.q ? 'Paling cocok' : 'Nama (A–Z)', sortOptions(Boolean(q.q)), q.sort === (q.q ? 'relevan' : 'nama') ? undefined : q.sort)}
<div style="align-self:end"><label class="check"><input type="checkbox" name="penghargaan" value="1"${q.award ? html` checked` : ''}> Hanya yang meraih penghargaan</label></div>
<div style="align-self:end"><button type="submit">Terapkan</button></div>
</div></details>
</form>`;
}

function result(r: ListPageData['rows'][number], showRegion: boolean): Html {
  const urusan = r.urusanUtama ? (urusanByCode(r.urusanUtama)?.name ?? r.urusanUtama) : null;
  return html`<li><h2><a href="/katalog/inovasi/${r.slug}">${r.name}</a></h2>
<div class="meta">${r.opdName}${showRegion ? html` · ${r.regionName}` : ''} · data ${r.year}</div>
<div class="tags">${r.tahapan ? html`<span class="tag">${TAHAPAN_LABEL[r.tahapan as keyof typeof TAHAPAN_LABEL]}</span>` : ''}${r.jenis ? html`<span class="tag">${JENIS_LABEL[r.jenis as keyof typeof JENIS_LABEL]}</span>` : ''}${urusan ? html`<span class="tag">${urusan}</span>` : ''}${r.awarded ? html`<span class="tag award">Meraih penghargaan</span>` : ''}</div>
${r.tujuan ? html`<p>${shortDescription(r.tujuan, 220)}</p>` : ''}</li>`;
}

function paging(d: ListPageData): Html {
  const pages = Math.min(Math.ceil(d.total / CATALOGUE_PAGE_SIZE), CATALOGUE_MAX_PAGE);
  if (pages <= 1) return html``;
  // Past the last page, "previous" goes to the last one rather than to another empty page.
  const link = (page: number, text: string, rel: string) => html`<a href="${d.base}${catalogueQueryString({ ...d.query, page })}" rel="${rel}">${text}</a>`;
  return html`<nav class="pages" aria-label="Halaman">${d.query.page > 1 ? link(Math.min(d.query.page - 1, pages), '← Sebelumnya', 'prev') : ''}<span>Halaman ${number.format(d.query.page)} dari ${number.format(pages)}</span>${d.query.page < pages ? link(d.query.page + 1, 'Berikutnya →', 'next') : ''}</nav>`;
}

/** A search or a later page says so in its title (the browser's tab and history tell them apart). */
export function listTitle(title: string, query: CatalogueQuery): string {
  const page = query.page > 1 ? ` (halaman ${number.format(query.page)})` : '';
  return query.q ? `“${query.q}”${page} — ${title}` : `${title}${page}`;
}

function emptyList(d: ListPageData): Html {
  // A page past the last (an old link, a hand-edited address) has results, just not here: say so and link back.
  if (d.total > 0)
    return html`<div class="empty"><p><strong>Halaman ${number.format(d.query.page)} tidak ada.</strong></p><p><a href="${d.base}${catalogueQueryString({ ...d.query, page: 1 })}">Kembali ke halaman 1</a></p></div>`;
  if (catalogueQueryString({ ...d.query, page: 1 }) !== '')
    return html`<div class="empty"><p><strong>Tidak ada inovasi yang cocok.</strong></p><p>Coba kata lain atau hapus saringan.</p><p><a href="${d.base}">Lihat semua inovasi</a></p></div>`;
  return html`<div class="empty"><p><strong>Belum ada inovasi yang diterbitkan.</strong></p></div>`;
}

export function listPage(d: ListPageData): Html {
  return html`<h1>${d.heading}</h1><p>${d.intro}</p>
${searchForm(d)}
<p class="count"><span role="status">${number.format(d.total)} inovasi${d.query.q ? html` untuk “${d.query.q}”` : ''}</span>${
    // With results, a way back to everything without undoing each field (no results already offers one).
    d.total && catalogueQueryString({ ...d.query, page: 1 }) ? html` · <a href="${d.base}">Hapus pencarian dan saringan</a>` : ''
  }</p>
${d.rows.length ? html`<ol class="results">${d.rows.map((r) => result(r, Boolean(d.regions)))}</ol>` : emptyList(d)}
${paging(d)}`;
}

import { describe, expect, it } from 'vitest';
import { publishProblems, shortDescription } from './publication';
import { catalogueQueryString, cleanSearch, fuzzyWords, readCatalogueQuery, SEARCH_MAX_LENGTH } from './search';
import { innovationSlug, regionSlug, slugify } from './slug';

describe('catalogue addresses', () => {
  it('are lower-case ASCII words, accents dropped, cut at a word', () => {
    expect(slugify('Layanan "Jemput Bola" Adminduk — Kelurahan Gedongan')).toBe('layanan-jemput-bola-adminduk-kelurahan-gedongan');
    expect(slugify('Café Ṡehat 2026')).toBe('cafe-sehat-2026');
    expect(slugify('中文')).toBe('');
    expect(slugify(`${'a'.repeat(30)} ${'b'.repeat(40)}`).length).toBeLessThanOrEqual(60);
    expect(regionSlug({ name: 'Kota Mojokerto' })).toBe('kota-mojokerto');
  });

  it('give every innovation its own address, also when names repeat or are not Latin', () => {
    expect(innovationSlug('Posyandu Remaja', '3f9a2c10-0000-4000-8000-000000000001')).toBe('posyandu-remaja-3f9a2c10');
    expect(innovationSlug('中文', '3f9a2c10-0000-4000-8000-000000000001')).toBe('3f9a2c10');
  });
});

describe('a catalogue search read from the address', () => {
  it('keeps what it understands and drops the rest, never failing', () => {
    expect(readCatalogueQuery({ q: '  pelayanan  kesehatan ', jenis: 'digital', tahapan: 'roket', tahun: '2025', halaman: '3', penghargaan: '1' })).toEqual({
      q: 'pelayanan kesehatan',
      region: undefined,
      opd: undefined,
      urusan: undefined,
      jenis: 'digital',
      tahapan: undefined,
      bentuk: undefined,
      year: 2025,
      award: true,
      sort: 'relevan',
      page: 3,
    });
    const odd = readCatalogueQuery({ q: ['a', 'b'], halaman: '-1', tahun: '99999', opd: 'not-a-uuid', urut: 'acak', daerah: '../etc' });
    expect(odd).toMatchObject({ q: 'a', page: 1, year: undefined, opd: undefined, sort: 'relevan', region: undefined });
  });

  it('cuts long searches and removes control characters', () => {
    expect(cleanSearch('x'.repeat(1000))?.length).toBe(SEARCH_MAX_LENGTH);
    expect(cleanSearch('\u0007 \u202e ')).toBeUndefined();
    expect(fuzzyWords('Puskemas di RSUD, puskemas!')).toEqual(['puskemas', 'rsud']);
  });

  it('writes the same search back as an address, defaults left out', () => {
    const q = readCatalogueQuery({ q: 'sekolah', jenis: 'digital', halaman: '2' });
    expect(catalogueQueryString(q)).toBe('?q=sekolah&jenis=digital&halaman=2');
    expect(catalogueQueryString({ ...q, page: 1 })).toBe('?q=sekolah&jenis=digital');
    expect(catalogueQueryString(readCatalogueQuery({}))).toBe('');
  });
});

describe('publishing', () => {
  it('needs the head of the OPD’s approval and the aims and benefits', () => {
    expect(publishProblems({ status: 'disetujui', tujuan: 'a', manfaat: 'b' })).toEqual({ fields: {} });
    expect(publishProblems({ status: 'draft', tujuan: ' ', manfaat: null })).toEqual({
      entry: 'catalogue_not_approved',
      fields: { tujuan: 'catalogue_field_needed', manfaat: 'catalogue_field_needed' },
    });
  });

  it('describes an innovation in a sentence or two, cut at a word', () => {
    expect(shortDescription('<p>Layanan <b>cepat</b></p>')).toBe('Layanan cepat');
    const long = shortDescription('kata '.repeat(100));
    expect(long.length).toBeLessThanOrEqual(160);
    expect(long.endsWith('kata…')).toBe(true);
  });
});

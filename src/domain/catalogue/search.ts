// What a catalogue visitor asks for, read from the address's query string: never trusted, never an error —
// an unknown filter value is ignored, an over-long search is cut, so any address gives a page.
import { BENTUK, JENIS, TAHAPAN } from '../innovation/profile';

export const CATALOGUE_SORTS = ['relevan', 'nama', 'terbaru', 'tahun'] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number];

export const CATALOGUE_PAGE_SIZE = 20;
/** Longer searches are cut: no one types more, and the database's work stays bounded. */
export const SEARCH_MAX_LENGTH = 120;
/** Pages beyond this are not offered (a visitor narrows the search instead; a robot gets no deep offsets). */
export const CATALOGUE_MAX_PAGE = 500;

export interface CatalogueQuery {
  q?: string;
  region?: string;
  opd?: string;
  urusan?: string;
  jenis?: (typeof JENIS)[number];
  tahapan?: (typeof TAHAPAN)[number];
  bentuk?: (typeof BENTUK)[number];
  year?: number;
  /** Only innovations with an award (a published local win or a recorded national one). */
  award?: boolean;
  sort: CatalogueSort;
  page: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const one = (value: unknown): string | undefined => {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === 'string' ? v : undefined;
};

/** Control characters and runs of spaces out, cut to SEARCH_MAX_LENGTH; empty means no search. */
export function cleanSearch(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const cleaned = [
    ...text
      .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, SEARCH_MAX_LENGTH)
    .join('')
    .trim();
  return cleaned || undefined;
}

function oneOfList<T extends string>(value: string | undefined, list: readonly T[]): T | undefined {
  return value && (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The query string of a catalogue address as a search; what is not understood is left out. */
export function readCatalogueQuery(params: Record<string, unknown>): CatalogueQuery {
  const q = cleanSearch(one(params.q));
  const year = Number(one(params.tahun));
  const page = Math.trunc(Number(one(params.halaman)));
  const opd = one(params.opd);
  const urusan = one(params.urusan);
  const region = one(params.daerah);
  const sort = oneOfList(one(params.urut), CATALOGUE_SORTS);
  return {
    q,
    region: region && /^[a-z0-9-]{1,80}$/.test(region) ? region : undefined,
    opd: opd && UUID.test(opd) ? opd.toLowerCase() : undefined,
    urusan: urusan && /^[A-Za-z0-9._-]{1,20}$/.test(urusan) ? urusan : undefined,
    jenis: oneOfList(one(params.jenis), JENIS),
    tahapan: oneOfList(one(params.tahapan), TAHAPAN),
    bentuk: oneOfList(one(params.bentuk), BENTUK),
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    award: one(params.penghargaan) === '1' ? true : undefined,
    sort: sort ?? (q ? 'relevan' : 'nama'),
    page: page >= 1 ? Math.min(page, CATALOGUE_MAX_PAGE) : 1,
  };
}

/** The query string that gives this search (for links: paging, sorting, removing a filter), in a fixed order. */
export function catalogueQueryString(query: Partial<CatalogueQuery>): string {
  // Written by hand: the domain runs without DOM or Node types (no URLSearchParams).
  const params: [string, string][] = [];
  if (query.q) params.push(['q', query.q]);
  if (query.region) params.push(['daerah', query.region]);
  if (query.opd) params.push(['opd', query.opd]);
  if (query.urusan) params.push(['urusan', query.urusan]);
  if (query.jenis) params.push(['jenis', query.jenis]);
  if (query.tahapan) params.push(['tahapan', query.tahapan]);
  if (query.bentuk) params.push(['bentuk', query.bentuk]);
  if (query.year) params.push(['tahun', String(query.year)]);
  if (query.award) params.push(['penghargaan', '1']);
  if (query.sort && query.sort !== (query.q ? 'relevan' : 'nama')) params.push(['urut', query.sort]);
  if (query.page && query.page > 1) params.push(['halaman', String(query.page)]);
  const text = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return text ? `?${text}` : '';
}

/** Words long enough to be worth a typo-tolerant match (shorter ones match too much). */
export function fuzzyWords(q: string): string[] {
  return [...new Set(q.toLowerCase().split(/[^\p{L}\p{N}]+/u))].filter((w) => [...w].length >= 4).slice(0, 6);
}

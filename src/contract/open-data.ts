// Open data: the read-only public API (/api/public/v1: regions, published innovations, OPDs, statistics, IID
// history) and the region's API tokens for integrations (/api/integrations/v1, managed by the Admin Daerah).
import { z } from 'zod';
import { BENTUK, JENIS, TAHAPAN } from '../domain/innovation/profile';
import { TOKEN_SCOPES } from '../domain/open-data/tokens';
import { pageOf } from './common';

const kemendagriCode = z.string().regex(/^\d{2}(\.\d{2})?$/, { error: 'invalid_kemendagri_code' });
const year = z.coerce.number().int().min(2000).max(2100);

export const OPEN_DATA_MAX_LIMIT = 100;

/** Paging of the public lists: `limit` (1–100, default 50) and `offset`; the order is stable (name, then id). */
export const openPaging = z.object({
  limit: z.coerce.number().int().min(1).max(OPEN_DATA_MAX_LIMIT).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const regionFilter = z.object({ region: kemendagriCode.optional().describe('Kemendagri code of the region, e.g. 35.76') });
export const requiredRegion = z.object({ region: kemendagriCode.describe('Kemendagri code of the region, e.g. 35.76') });

export const publicInnovationsQuery = openPaging.extend({
  region: kemendagriCode.optional().describe('Kemendagri code of the region, e.g. 35.76'),
  opd: z.uuid({ error: 'invalid' }).optional().describe('An OPD id (see /api/public/v1/opds)'),
  urusan: z
    .string()
    .regex(/^\d\.\d{2}$/, { error: 'invalid_option' })
    .optional()
    .describe('Urusan code, main or other, e.g. 1.02'),
  jenis: z.enum(JENIS, { error: 'invalid_option' }).optional(),
  tahapan: z.enum(TAHAPAN, { error: 'invalid_option' }).optional(),
  year: year.optional().describe('The assessment year the published profile comes from'),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Words searched as the catalogue searches: Indonesian stems ("pelayanan" finds "layanan") and a typo in a name ("puskemas")'),
});

export const publicRegion = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  innovations: z.number().int(),
  opds: z.number().int(),
});
export const publicRegions = z.object({ items: z.array(publicRegion) });

export const publicInnovation = z.object({
  slug: z.string(),
  url: z.string().describe('The public catalogue page'),
  region: z.string().describe('Kemendagri code'),
  regionName: z.string(),
  opdId: z.string(),
  opdName: z.string(),
  year: z.number().int(),
  name: z.string(),
  tahapan: z.enum(TAHAPAN).nullable(),
  jenis: z.enum(JENIS).nullable(),
  bentuk: z.enum(BENTUK).nullable(),
  urusanUtama: z.string().nullable(),
  urusanLain: z.array(z.string()),
  publishedAt: z.string(),
  updatedAt: z.string(),
});
export const publicInnovationDetail = publicInnovation.extend({
  inisiator: z.string().nullable(),
  waktuUjiCoba: z.string().nullable(),
  waktuPenerapan: z.string().nullable(),
  rancangBangun: z.string().nullable(),
  tujuan: z.string().nullable(),
  manfaat: z.string().nullable(),
  hasil: z.string().nullable(),
  lokasi: z.string().nullable(),
  contact: z.string().nullable(),
});
export const publicInnovationPage = z.object({
  items: z.array(publicInnovation),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  next: z.string().nullable().describe('The address of the next page, null on the last'),
});

export const publicOpd = z.object({ id: z.string(), name: z.string(), region: z.string(), innovations: z.number().int() });
export const publicOpds = z.object({ items: z.array(publicOpd) });

const countRow = z.object({ key: z.string(), count: z.number().int() });
export const publicStatistics = z.object({
  region: z.string().nullable(),
  total: z.number().int(),
  byUrusan: z.array(countRow),
  byJenis: z.array(countRow),
  byTahapan: z.array(countRow),
  byOpd: z.array(countRow.extend({ name: z.string() })),
  byYear: z.array(countRow),
});

export const iidHistoryRow = z.object({
  year: z.number().int(),
  iid: z.number(),
  predicate: z.string().nullable(),
  nationalRank: z.number().int().nullable(),
  source: z.string(),
});
export const iidHistory = z.object({ region: z.string(), regionName: z.string(), items: z.array(iidHistoryRow) });

// ---- API tokens (the Admin Daerah's page) ----

export const tokenScopeEnum = z.enum(TOKEN_SCOPES, { error: 'invalid_option' });

export const tokenCreateBody = z.object({
  name: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(100),
  scopes: z.array(tokenScopeEnum).min(1, { error: 'api_token_scopes_required' }).max(TOKEN_SCOPES.length),
  expiresOn: z
    .string({ error: 'required' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'required' })
    .describe('The last day the token works (WIB); at most one year ahead'),
});
export type TokenCreateInput = z.input<typeof tokenCreateBody>;

export const apiTokenShape = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
});
export type ApiToken = z.infer<typeof apiTokenShape>;
export const apiTokenList = z.object({ items: z.array(apiTokenShape) });
export const apiTokenCreated = z.object({ token: z.string().describe('Shown once: only its hash is kept'), item: apiTokenShape });
export type ApiTokenCreated = z.infer<typeof apiTokenCreated>;

export const tokenUsesQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const tokenUse = z.object({ id: z.number().int(), at: z.string(), method: z.string(), path: z.string(), status: z.number().int() });
export type TokenUse = z.infer<typeof tokenUse>;
export const tokenUsePage = pageOf(tokenUse);

// ---- Integration routes (a token's region only) ----

export const integrationInnovationsQuery = openPaging.extend({
  year: year.optional().describe('The assessment period’s year (default: the open period, else the latest)'),
});
export const integrationEntry = z.object({
  id: z.string().describe('The entry (the innovation in this period): use it to PATCH'),
  innovationId: z.string(),
  year: z.number().int(),
  opdId: z.string(),
  opdName: z.string(),
  unitId: z.string().nullable(),
  status: z.string(),
  sent: z.boolean(),
  name: z.string(),
  tahapan: z.string().nullable(),
  inisiatorType: z.string().nullable(),
  inisiatorName: z.string().nullable(),
  jenis: z.string().nullable(),
  bentuk: z.string().nullable(),
  tematik: z.string().nullable(),
  urusanUtama: z.string().nullable(),
  urusanLain: z.array(z.string()),
  waktuUjiCoba: z.string().nullable(),
  waktuPenerapan: z.string().nullable(),
  rancangBangun: z.string().nullable(),
  tujuan: z.string().nullable(),
  manfaat: z.string().nullable(),
  hasil: z.string().nullable(),
  lokasi: z.string().nullable(),
  haki: z.string().nullable(),
  penghargaan: z.string().nullable(),
  version: z.number().int().describe('Send it back with a PATCH'),
  updatedAt: z.string(),
});
export const integrationEntryPage = z.object({
  year: z.number().int().nullable(),
  items: z.array(integrationEntry),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});
export const integrationStatistics = z.object({
  year: z.number().int().nullable(),
  total: z.number().int(),
  sent: z.number().int(),
  byStatus: z.array(countRow),
  byTahapan: z.array(countRow),
  byOpd: z.array(countRow.extend({ name: z.string() })),
});

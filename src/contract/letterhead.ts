// A region's letterhead (kop surat) and signing official for its printed reports.
import { z } from 'zod';
import { NIP_PATTERN } from '../domain/reports/letterhead';
import { optionalText } from './common';

export const letterheadShape = z.object({
  agencyName: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  hasLogo: z.boolean(),
  signPlace: z.string().nullable(),
  signDate: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signerName: z.string().nullable(),
  signerNip: z.string().nullable(),
  updatedAt: z.string().nullable(),
});

const nip = z
  .string()
  .trim()
  .refine((v) => v === '' || NIP_PATTERN.test(v), { error: 'invalid_nip' })
  .nullish()
  .transform((v) => (v ? v : null));

const day = z
  .string()
  .trim()
  .refine((v) => v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), { error: 'invalid_date' })
  .nullish()
  .transform((v) => (v ? v : null));

/** Every field optional: an absent field is left as it is; null or "" clears it. */
export const letterheadUpdateBody = z.object({
  agencyName: optionalText(200).optional().describe('e.g. Badan Perencanaan Pembangunan Daerah'),
  address: optionalText(300).optional(),
  phone: optionalText(60).optional(),
  email: z
    .union([z.literal(''), z.email({ error: 'invalid_email' }).max(200)], { error: 'invalid_email' })
    .nullish()
    .transform((v) => (v ? v : null))
    .optional(),
  logo: z.string().max(500_000).nullable().optional().describe('PNG or JPEG, base64 (at most 300 KB); null removes the logo'),
  signPlace: optionalText(100).optional().describe('e.g. Mojokerto'),
  signDate: day.optional().describe('YYYY-MM-DD; empty: the day the report is printed'),
  signerTitle: optionalText(200).optional().describe('Jabatan, e.g. Kepala Bappeda'),
  signerName: optionalText(200).optional(),
  signerNip: nip.optional().describe('NIP: 18 digits'),
});

export type LetterheadData = z.infer<typeof letterheadShape>;
/** Every field optional in a change: absent = unchanged, null (or "") = cleared. */
export type LetterheadChange = z.input<typeof letterheadUpdateBody>;

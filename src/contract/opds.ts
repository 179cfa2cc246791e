// Perangkat Daerah (OPDs) of a region and their units (UPT, puskesmas, sekolah, kelurahan…).
import { z } from 'zod';
import { OPD_KINDS, UNIT_KINDS } from '../domain/organisation';
import { activeFilter, listQuery, optionalText, pageOf, requiredText } from './common';

export const unitShape = z.object({
  id: z.string(),
  opdId: z.string(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const opdShape = z.object({
  id: z.string(),
  regionId: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(OPD_KINDS),
  headName: z.string().nullable(),
  headNip: z.string().nullable(),
  active: z.boolean(),
  unitCount: z.number().int(),
  userCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const opdDetail = opdShape.extend({ units: z.array(unitShape) });

export const opdListQuery = listQuery.extend({
  regionId: z.uuid({ error: 'invalid' }).optional().describe('Super admin: which region; others: their own'),
  kind: z.enum(OPD_KINDS).optional(),
  active: activeFilter,
  sort: z.enum(['name', 'shortName', 'kind', 'unitCount', 'createdAt']).default('name'),
});
export const opdPage = pageOf(opdShape);

const nip = z
  .string()
  .trim()
  .regex(/^(\d{18})?$/, { error: 'invalid_nip' })
  .nullish()
  .transform((v) => (v ? v : null))
  .describe('NIP: 18 digits');

export const opdCreateBody = z.object({
  regionId: z.uuid({ error: 'invalid' }).optional(),
  name: requiredText(200),
  shortName: requiredText(40),
  kind: z.enum(OPD_KINDS, { error: 'invalid_option' }),
  headName: optionalText(200),
  headNip: nip,
});

export const opdUpdateBody = z.object({
  name: requiredText(200).optional(),
  shortName: requiredText(40).optional(),
  kind: z.enum(OPD_KINDS, { error: 'invalid_option' }).optional(),
  headName: optionalText(200).optional(),
  headNip: nip.optional(),
  active: z.boolean().optional(),
});

export const unitCreateBody = z.object({
  opdId: z.uuid({ error: 'required' }),
  name: requiredText(200),
  kind: z.enum(UNIT_KINDS, { error: 'invalid_option' }),
});
export const unitUpdateBody = z.object({
  name: requiredText(200).optional(),
  kind: z.enum(UNIT_KINDS, { error: 'invalid_option' }).optional(),
  active: z.boolean().optional(),
});

export type Opd = z.infer<typeof opdShape>;
export type OpdDetail = z.infer<typeof opdDetail>;
export type OpdPage = z.infer<typeof opdPage>;
export type Unit = z.infer<typeof unitShape>;
export type OpdCreateInput = z.input<typeof opdCreateBody>;
export type OpdUpdateInput = z.input<typeof opdUpdateBody>;
export type UnitCreateInput = z.input<typeof unitCreateBody>;
export type UnitUpdateInput = z.input<typeof unitUpdateBody>;

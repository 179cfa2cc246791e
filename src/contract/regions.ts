// Regions (kota, kabupaten, provinsi): the super admin's list and a region's own profile.
import { z } from 'zod';
import { REGION_TYPES } from '../domain/organisation';
import { listQuery, optionalText, pageOf, requiredText } from './common';

export const regionShape = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(REGION_TYPES),
  kemendagriCode: z.string(),
  address: z.string().nullable(),
  active: z.boolean(),
  opdCount: z.number().int(),
  userCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const regionListQuery = listQuery.extend({
  sort: z.enum(['name', 'kemendagriCode', 'type', 'createdAt']).default('name'),
});
export const regionPage = pageOf(regionShape);

const regionFields = {
  name: requiredText(200),
  type: z.enum(REGION_TYPES, { error: 'invalid_option' }),
  kemendagriCode: requiredText(10),
  address: optionalText(500),
};

export const regionCreateBody = z.object({
  ...regionFields,
  admin: z
    .object({
      username: requiredText(40),
      fullName: requiredText(200),
      email: z.email({ error: 'invalid_email' }).max(200).nullish(),
    })
    .optional()
    .describe('First Admin Daerah of the region; a temporary password is generated and returned once'),
});
export const regionCreateResponse = z.object({
  region: regionShape,
  admin: z.object({ id: z.string(), username: z.string(), temporaryPassword: z.string() }).nullable(),
});

export const regionUpdateBody = z.object({
  name: regionFields.name.optional(),
  type: regionFields.type.optional(),
  kemendagriCode: regionFields.kemendagriCode.optional(),
  address: regionFields.address.optional(),
  active: z.boolean().optional().describe('Super admin only'),
});

export type Region = z.infer<typeof regionShape>;
export type RegionPage = z.infer<typeof regionPage>;
export type RegionCreateInput = z.input<typeof regionCreateBody>;
export type RegionCreated = z.infer<typeof regionCreateResponse>;
export type RegionUpdateInput = z.input<typeof regionUpdateBody>;

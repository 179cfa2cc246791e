// User accounts: the list with its filters, creating one (a temporary password returned once), editing, resets.
import { z } from 'zod';
import { LOCALES } from '../domain/messages';
import { ROLES } from '../domain/roles';
import { activeFilter, listQuery, pageOf, requiredText } from './common';

export const userShape = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  regionId: z.string().nullable(),
  regionName: z.string().nullable(),
  opdId: z.string().nullable(),
  opdName: z.string().nullable(),
  active: z.boolean(),
  locale: z.enum(LOCALES),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});

export const userListQuery = listQuery.extend({
  regionId: z.uuid({ error: 'invalid' }).optional().describe('Super admin: filter by region (all when absent)'),
  opdId: z.uuid({ error: 'invalid' }).optional(),
  role: z.enum(ROLES).optional(),
  active: activeFilter,
  sort: z.enum(['username', 'fullName', 'role', 'lastLoginAt', 'createdAt']).default('fullName'),
});
export const userPage = pageOf(userShape);

const email = z
  .email({ error: 'invalid_email' })
  .max(200)
  .nullish()
  .or(z.literal('').transform(() => null));

export const userCreateBody = z.object({
  regionId: z.uuid({ error: 'invalid' }).nullish(),
  username: requiredText(40).transform((v) => v.toLowerCase()),
  fullName: requiredText(200),
  email,
  role: z.enum(ROLES, { error: 'invalid_option' }),
  opdId: z.uuid({ error: 'invalid' }).nullish(),
  password: z.string().max(200).optional().describe('When absent a temporary password is generated and returned once'),
});

export const userUpdateBody = z.object({
  fullName: requiredText(200).optional(),
  email: email.optional(),
  role: z.enum(ROLES, { error: 'invalid_option' }).optional(),
  opdId: z.uuid({ error: 'invalid' }).nullish(),
  active: z.boolean().optional(),
  locale: z.enum(LOCALES).optional(),
});

export const userCreatedResponse = z.object({ user: userShape, temporaryPassword: z.string().nullable() });
export const passwordResetResponse = z.object({ temporaryPassword: z.string() });

export type User = z.infer<typeof userShape>;
export type UserPage = z.infer<typeof userPage>;
export type UserCreateInput = z.input<typeof userCreateBody>;
export type UserUpdateInput = z.input<typeof userUpdateBody>;
export type UserCreated = z.infer<typeof userCreatedResponse>;
export type PasswordReset = z.infer<typeof passwordResetResponse>;

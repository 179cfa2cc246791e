// Sign-in, the signed-in user (me) and the account's own settings: password, language, two-factor sign-in.
import { z } from 'zod';
import { LOCALES } from '../domain/messages';
import { REGION_TYPES } from '../domain/organisation';
import { PERMISSIONS, ROLES } from '../domain/roles';

export const loginBody = z.object({
  username: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(200).describe('Username or e-mail'),
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(200),
  totp: z.string().trim().max(10).optional().describe('6-digit code when two-factor sign-in is on'),
});

export const meResponse = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    fullName: z.string(),
    email: z.string().nullable(),
    role: z.enum(ROLES),
    regionId: z.string().nullable(),
    opdId: z.string().nullable(),
    locale: z.enum(LOCALES),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
  }),
  region: z.object({ id: z.string(), name: z.string(), type: z.enum(REGION_TYPES) }).nullable(),
  opd: z.object({ id: z.string(), name: z.string(), shortName: z.string() }).nullable(),
  permissions: z.array(z.enum(PERMISSIONS)),
});

export const changePasswordBody = z.object({
  currentPassword: z.string({ error: 'required' }).min(1, { error: 'required' }).max(200),
  newPassword: z.string({ error: 'required' }).min(1, { error: 'required' }).max(200),
});

export const forgotPasswordBody = z.object({
  identifier: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(200).describe('Username or e-mail'),
});

export const resetPasswordBody = z.object({
  token: z.string({ error: 'required' }).min(10, { error: 'reset_token_invalid' }).max(200),
  newPassword: z.string({ error: 'required' }).min(1, { error: 'required' }).max(200),
});

export const preferencesBody = z.object({ locale: z.enum(LOCALES) });

export const totpCodeBody = z.object({ code: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(10) });
export const totpDisableBody = z.object({ password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(200) });
export const totpSetupResponse = z.object({ secret: z.string(), uri: z.string(), qrDataUrl: z.string() });

export type Me = z.infer<typeof meResponse>;
export type LoginInput = z.input<typeof loginBody>;
export type ChangePasswordInput = z.input<typeof changePasswordBody>;
export type ResetPasswordInput = z.input<typeof resetPasswordBody>;
export type TotpSetup = z.infer<typeof totpSetupResponse>;

import { z } from 'zod';

export const frameworkIdParam = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: 'not_found' }) });

export const frameworkSummary = z.object({
  id: z.string(),
  year: z.number(),
  name: z.string(),
  builtIn: z.boolean(),
  uncertain: z.boolean(),
  basedOn: z.string().nullable(),
  version: z.number(),
  updatedAt: z.string().nullable(),
  indicatorCount: z.number(),
});

/** The framework travels as JSON; its rules are checked by the domain, which names each bad field. */
export const frameworkEnvelope = z.object({
  framework: z.record(z.string(), z.unknown()),
  builtIn: z.boolean(),
  version: z.number(),
  updatedAt: z.string().nullable(),
});

export const cloneBody = z.object({ name: z.string().trim().min(1).max(200).optional() });
export const saveBody = z.object({ framework: z.record(z.string(), z.unknown()), version: z.number().int().min(1) });
export const importBody = z.object({ framework: z.record(z.string(), z.unknown()) });

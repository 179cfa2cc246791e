// Framework versions (the IID rules of a year): the list, one in full, and a region's own corrections.
import { z } from 'zod';
import type { Framework } from '../domain/iid/types';

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

export type FrameworkSummary = z.infer<typeof frameworkSummary>;
/** The framework's own shape is the domain's (it is checked there, field by field). */
export type FrameworkEnvelope = Omit<z.infer<typeof frameworkEnvelope>, 'framework'> & { framework: Framework };
export type SaveFrameworkInput = Omit<z.input<typeof saveBody>, 'framework'> & { framework: Framework };
export type CloneFrameworkInput = z.input<typeof cloneBody>;

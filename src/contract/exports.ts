// Background exports (the national submission package): a job's progress and its file.
import { z } from 'zod';
import { EXPORT_JOB_KINDS, EXPORT_JOB_STATUSES } from '../domain/reports/export-jobs';

export const jobShape = z.object({
  id: z.string(),
  kind: z.enum(EXPORT_JOB_KINDS),
  status: z.enum(EXPORT_JOB_STATUSES),
  progress: z.number(),
  total: z.number(),
  message: z.string().nullable(),
  fileName: z.string().nullable(),
  fileSize: z.number().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

export type ExportJob = z.infer<typeof jobShape>;

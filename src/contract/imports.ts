// Bulk import of innovations from a spreadsheet: a job checked row by row (problems per row and column, in
// both languages), then written all or nothing in the background with its progress.
import { z } from 'zod';
import { IMPORT_JOB_STATUSES } from '../domain/imports/import-jobs';

export const importProblem = z.object({
  row: z.number().describe('The spreadsheet row (1: the header row)'),
  column: z.string().describe('The column as the file names it; empty: the whole header row or file'),
  id: z.string(),
  en: z.string(),
});

export const importJobShape = z
  .object({
    id: z.string(),
    periodId: z.string(),
    periodYear: z.number(),
    status: z.enum(IMPORT_JOB_STATUSES),
    fileName: z.string(),
    totalRows: z.number().describe('Data rows in the file'),
    doneRows: z.number().describe('Rows written so far while importing'),
    problems: z.array(importProblem),
    error: z.string().nullable().describe('Why the import failed (status failed); nothing was written'),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .describe('ImportJob');

export const importJobList = z.object({ items: z.array(importJobShape.omit({ problems: true }).extend({ problemCount: z.number() })) });

export type ImportJob = z.infer<typeof importJobShape>;
export type ImportProblemRow = z.infer<typeof importProblem>;
export type ImportJobList = z.infer<typeof importJobList>;

// A bulk import of innovations from a spreadsheet: checked row by row first, then written all or nothing.

export const IMPORT_JOB_STATUSES = ['invalid', 'ready', 'importing', 'done', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

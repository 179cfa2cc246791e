// Background export jobs: what they build and where they are. The database enforces both lists.

/** `package`: the zip of the period's innovations and evidence for the national submission. */
export const EXPORT_JOB_KINDS = ['package'] as const;
export type ExportJobKind = (typeof EXPORT_JOB_KINDS)[number];

export const EXPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ExportJobStatus = (typeof EXPORT_JOB_STATUSES)[number];

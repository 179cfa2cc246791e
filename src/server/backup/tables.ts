// Every table, in an order where each row's references come before it. Backup and restore rely on this.
import { getTableName } from 'drizzle-orm';
import * as schema from '../db/schema';

export const BACKUP_TABLES = [
  schema.regions,
  schema.regionLetterheads,
  schema.opds,
  schema.units,
  schema.users,
  schema.sessions,
  schema.loginThrottles,
  schema.passwordResetTokens,
  schema.frameworks,
  schema.periods,
  schema.innovations,
  schema.innovationEntries,
  schema.entryAnswers,
  schema.regionAnswers,
  schema.innovationMessages,
  schema.storedFiles,
  schema.fileClaims,
  schema.evidence,
  schema.verifierAssignments,
  schema.officialResults,
  schema.notifications,
  schema.exportJobs,
  schema.auditEvents,
  schema.appMeta,
].map((t) => getTableName(t));

// A database refusal (unique, foreign key, check, bad value) becomes a clear 4xx naming the field, never a 500.
// Drizzle wraps the driver's error (DrizzleQueryError), so the SQLSTATE is looked for along the `cause` chain.
import type { MessageCode } from '../../../domain/messages';
import { AppError, conflictOn } from './errors';

interface DriverError {
  code: string;
  constraint?: string;
  column?: string;
  detail?: string;
}

/** Unique indexes whose race loser is told exactly what the pre-check would have told it. */
const UNIQUE: Record<string, [field: string, code: MessageCode]> = {
  regions_kemendagri_code_uq: ['kemendagriCode', 'kemendagri_code_taken'],
  opds_region_name_uq: ['name', 'opd_name_taken'],
  opds_region_short_uq: ['shortName', 'opd_short_name_taken'],
  units_opd_name_uq: ['name', 'unit_name_taken'],
  users_username_uq: ['username', 'username_taken'],
  users_email_uq: ['email', 'email_taken'],
  periods_region_year_uq: ['year', 'period_year_taken'],
  periods_one_open_uq: ['status', 'period_open_exists'],
};

const SQLSTATE = /^[0-9A-Z]{5}$/;

function driverError(error: unknown): DriverError | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && SQLSTATE.test(code)) return e as DriverError;
  }
  return null;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The column a refusal is about: the driver's `column`, else the last one in "Key (a, b)=(…)". */
function fieldOf(e: DriverError): string {
  if (e.column) return camel(e.column);
  const key = e.detail?.match(/Key \(([^)]*)\)=/)?.[1];
  const last = key
    ?.split(',')
    .map((c) => c.trim())
    .pop();
  return last && /^[a-z_]+$/.test(last) ? camel(last) : '_';
}

/** The 4xx a database refusal stands for, or null when the error is not one (a real 500). */
export function databaseRefusal(error: unknown): AppError | null {
  const e = driverError(error);
  if (!e) return null;
  switch (e.code) {
    case '23505': {
      const known = e.constraint ? UNIQUE[e.constraint] : undefined;
      return known ? conflictOn(known[0], known[1]) : conflictOn(fieldOf(e), 'conflict');
    }
    case '23503': // foreign key: the referenced row is gone or never existed
    case '23514': // check constraint
    case '22P02': // invalid text representation (a malformed uuid, say)
    case '22007': // invalid datetime format
    case '22008': // datetime out of range
    case '22003': // numeric out of range
    case '22001': // value too long for its column
      return new AppError(400, 'validation_failed', {}, { [fieldOf(e)]: { code: 'invalid' } });
    case '23502':
      return new AppError(400, 'validation_failed', {}, { [fieldOf(e)]: { code: 'required' } });
    default:
      return null;
  }
}

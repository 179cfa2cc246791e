// The one error type handlers throw; the error plugin turns it into {error: {code, message, fields?}}.
import type { CurrentItem } from '../../../contract/common';
import type { MessageCode } from '../../../domain/messages';

export interface FieldError {
  code: MessageCode;
  params?: Record<string, string | number>;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: MessageCode,
    readonly params: Record<string, string | number> = {},
    readonly fields?: Record<string, FieldError>,
    /** With a stale version: the item as it is now, sent along so the client can show it. */
    readonly current?: CurrentItem,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const forbidden = () => new AppError(403, 'forbidden');
export const unauthenticated = () => new AppError(401, 'unauthenticated');

/** A 400 naming one or more fields. */
export function fieldError(fields: Record<string, MessageCode | FieldError>): AppError {
  const normalised: Record<string, FieldError> = {};
  for (const [k, v] of Object.entries(fields)) normalised[k] = typeof v === 'string' ? { code: v } : v;
  return new AppError(400, 'validation_failed', {}, normalised);
}

/** A 409 naming the field whose unique value is already taken. */
export function conflictOn(field: string, code: MessageCode): AppError {
  return new AppError(409, 'conflict', {}, { [field]: { code } });
}

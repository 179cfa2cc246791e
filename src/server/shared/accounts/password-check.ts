// Applies the domain password policy and reports the first problem on the named field.
import { PASSWORD_MIN_LENGTH, passwordProblems } from '../../../domain/password-policy';
import { fieldError } from '../http/errors';

export function assertPasswordAcceptable(field: string, password: string, username?: string): void {
  const [problem] = passwordProblems(password, username);
  if (!problem) return;
  throw fieldError({ [field]: { code: `password_${problem}` as const, params: { min: PASSWORD_MIN_LENGTH } } });
}

// The domain password policy on the server: the estimator's dictionaries (common passwords, Indonesian and
// English words and names) are loaded on the first check, and the first problem goes to the named field.
import { eq } from 'drizzle-orm';
import { PASSWORD_MIN_LENGTH, type PasswordAssessment, type PasswordChecker, type PasswordContext, passwordChecker } from '../../../domain/password-policy';
import type { Db } from '../../db/client';
import { opds, regions } from '../../db/schema';
import { fieldError } from '../http/errors';

let checker: Promise<PasswordChecker> | undefined;

async function loadChecker(): Promise<PasswordChecker> {
  const [common, en, id] = await Promise.all([import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en'), import('@zxcvbn-ts/language-id')]);
  return passwordChecker({ dictionary: { ...common.dictionary, ...en.dictionary, ...id.dictionary }, graphs: common.adjacencyGraphs });
}

/** The checker, loaded once (the first caller starts the load, the others wait for it). */
const loaded = () => (checker ??= loadChecker());

/** Loads the dictionaries ahead of the first check (the server calls it once it has started). */
export async function warmPasswordChecker(): Promise<void> {
  await loaded();
}

export async function checkPassword(password: string, context: PasswordContext): Promise<PasswordAssessment> {
  return (await loaded())(password, context);
}

export async function assertPasswordAcceptable(field: string, password: string, context: PasswordContext): Promise<void> {
  const [problem] = (await checkPassword(password, context)).problems;
  if (!problem) return;
  throw fieldError({ [field]: { code: `password_${problem}` as const, params: { min: PASSWORD_MIN_LENGTH } } });
}

/** The user's own words for the check: names of the account, its region and its OPD. */
export async function passwordContextOf(
  db: Db,
  user: { username: string; fullName?: string | null; email?: string | null; regionId?: string | null; opdId?: string | null },
): Promise<PasswordContext> {
  const [region] = user.regionId ? await db.select({ name: regions.name }).from(regions).where(eq(regions.id, user.regionId)) : [];
  const [opd] = user.opdId ? await db.select({ name: opds.name, shortName: opds.shortName }).from(opds).where(eq(opds.id, user.opdId)) : [];
  return {
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    regionName: region?.name,
    opdName: opd ? `${opd.name} ${opd.shortName}` : undefined,
  };
}

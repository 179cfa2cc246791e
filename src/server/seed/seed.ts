// Seeds the demo region once. A marker in app_meta makes a second start (or a second call) a no-op.
import { count, eq } from 'drizzle-orm';
import { translate } from '../../domain/messages';
import { PASSWORD_MIN_LENGTH } from '../../domain/password-policy';
import type { Db } from '../db/client';
import { appMeta, opds, regions, units, users } from '../db/schema';
import { insertAccount } from '../shared/accounts/accounts';
import { checkPassword } from '../shared/accounts/password-check';
import { generatePassword } from '../shared/accounts/tokens';
import { recordAudit } from '../shared/audit/record';
import { DEMO_OPDS, DEMO_REGION, DEMO_USERS } from './demo-region';

export const SEED_MARKER = 'demo_seeded';

export interface SeedResult {
  seeded: boolean;
  password?: string;
  usernames?: string[];
}

export async function isSeeded(db: Db): Promise<boolean> {
  const [marker] = await db.select().from(appMeta).where(eq(appMeta.key, SEED_MARKER));
  return Boolean(marker);
}

/** True when nobody could sign in yet: a brand-new database. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(users);
  return n === 0;
}

export async function seedDemo(db: Db, opts: { password?: string } = {}): Promise<SeedResult> {
  if (await isSeeded(db)) return { seeded: false };
  const password = opts.password ?? generatePassword();
  // A chosen demo password (INOVDA_DEMO_PASSWORD) meets the same policy as any other.
  for (const u of opts.password ? DEMO_USERS : []) {
    const { problems } = await checkPassword(password, { username: u.username, fullName: u.fullName, regionName: DEMO_REGION.name });
    if (problems.length)
      throw new Error(`INOVDA_DEMO_PASSWORD is refused for ${u.username}: ${translate(`password_${problems[0]}`, 'en', { min: PASSWORD_MIN_LENGTH })}`);
  }
  await db.transaction(async (tx) => {
    const [region] = await tx.insert(regions).values(DEMO_REGION).returning();
    const opdIds = new Map<string, string>();
    for (const o of DEMO_OPDS) {
      const { units: unitList, ...fields } = o;
      const [row] = await tx
        .insert(opds)
        .values({ ...fields, regionId: region.id })
        .returning();
      opdIds.set(o.shortName, row.id);
      if (unitList?.length) await tx.insert(units).values(unitList.map((u) => ({ ...u, opdId: row.id, regionId: region.id })));
    }
    for (const u of DEMO_USERS) {
      await insertAccount(tx, {
        username: u.username,
        fullName: u.fullName,
        email: `${u.username}@demo.inovda.id`,
        role: u.role,
        regionId: u.inRegion ? region.id : null,
        opdId: u.opd ? (opdIds.get(u.opd) ?? null) : null,
        password,
        mustChangePassword: false,
      });
    }
    await recordAudit(tx, null, {
      regionId: region.id,
      entityType: 'region',
      entityId: region.id,
      entityLabel: region.name,
      action: 'seed_demo',
      after: { opds: DEMO_OPDS.length, users: DEMO_USERS.length },
      actor: { id: null, name: 'system' },
    });
    await tx.insert(appMeta).values({ key: SEED_MARKER, value: { at: new Date().toISOString(), region: region.id } });
  });
  return { seeded: true, password, usernames: DEMO_USERS.map((u) => u.username) };
}

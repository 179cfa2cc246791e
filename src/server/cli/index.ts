// `npm run cli -- <command>`: operator tasks on the configured database (DATABASE_URL, or the embedded PostgreSQL
// server in DATA_DIR: borrowed from the app while it runs, otherwise started for the command and stopped after).
import { join } from 'node:path';
import { Command } from 'commander';
import { eq } from 'drizzle-orm';
import type { Framework } from '../../domain/iid/types';
import { translate } from '../../domain/messages';
import { PASSWORD_MIN_LENGTH } from '../../domain/password-policy';
import { BackupError, createBackup, restoreBackup } from '../backup/backup';
import { seedDemoCatalogue } from '../catalogue/demo-seed';
import { seedDemoCompetitions } from '../competitions/demo-seed';
import { loadConfig } from '../config';
import type { Database } from '../db/client';
import { regions } from '../db/schema';
import { openStore } from '../plugins/storage';
import { describeDatabase, hasDatabase, openConfiguredDatabase } from '../runtime';
import { seedDemoInnovations } from '../seed/demo-innovations';
import { seedDemo } from '../seed/seed';
import { insertAccount, USERNAME_PATTERN } from '../shared/accounts/accounts';
import { checkPassword, passwordContextOf } from '../shared/accounts/password-check';
import { generatePassword } from '../shared/accounts/tokens';
import { recordAudit } from '../shared/audit/record';
import { findFramework, listFrameworks } from '../shared/periods/framework-store';
import { loadSecretBox } from '../shared/secrets/keys';
import { SecretKeyError } from '../shared/secrets/secret-box';
import { resealTotpSecrets } from '../shared/secrets/totp-secrets';
import { registerIidCommands } from './iid-commands';
import { registerRankCommand } from './rank-command';

const config = loadConfig();
const filesDir = join(config.dataDir, 'files');

async function withDatabase(fn: (database: Database) => Promise<void>) {
  const database = await openConfiguredDatabase(config);
  try {
    await fn(database);
  } finally {
    await database.close();
  }
}

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(2);
}

function loadSecretBoxOrFail() {
  try {
    return loadSecretBox(config, (m) => console.log(m));
  } catch (err) {
    if (err instanceof SecretKeyError) fail(err.message);
    throw err;
  }
}

const program = new Command('inovda').description('Inovda operator commands').showHelpAfterError();

program
  .command('migrate')
  .description('apply database migrations')
  .action(() => withDatabase(async (database) => console.log(`migrations applied: ${describeDatabase(database)}`)));

program
  .command('seed')
  .description('seed the demo region (Kota Mojokerto) unless already seeded')
  .action(() =>
    withDatabase(async (database) => {
      const { db } = database;
      // Under the start-up lock, like the app's first start: never two seeds at once.
      await database.exclusive('startup', async () => {
        const result = await seedDemo(db, { password: config.demoPassword });
        const demo = await seedDemoInnovations(db, await openStore(config.storage));
        if (demo.seeded) console.log(`demo innovations seeded: ${demo.innovations} in the 2026 period`);
        if (await seedDemoCompetitions(db)) console.log('demo competition seeded: the 2025 local contest, published');
        const published = await seedDemoCatalogue(db);
        if (published) console.log(`demo catalogue seeded: ${published} innovations published`);
        if (!result.seeded) return console.log('demo data already present; nothing changed');
        console.log(`demo data seeded; accounts: ${result.usernames?.join(', ')}`);
        console.log(config.demoPassword ? 'password: (from INOVDA_DEMO_PASSWORD)' : `password: ${result.password}`);
      });
    }),
  );

program
  .command('create-admin')
  .description('create a super admin, or an Admin Daerah with --region')
  .requiredOption('--username <username>', 'lowercase login name')
  .option('--name <fullName>', 'full name', 'Administrator')
  .option('--email <email>', 'e-mail address')
  .option('--password <password>', 'password (generated when absent)')
  .option('--region <kemendagriCode>', 'make an Admin Daerah of this region (e.g. 35.76)')
  .action((opts: { username: string; name: string; email?: string; password?: string; region?: string }) =>
    withDatabase(async ({ db }) => {
      const username = opts.username.toLowerCase();
      if (!USERNAME_PATTERN.test(username)) fail('username: use 3–40 lowercase letters, digits, dots, underscores or hyphens');
      const password = opts.password ?? generatePassword();
      let regionId: string | null = null;
      if (opts.region) {
        const [region] = await db.select().from(regions).where(eq(regions.kemendagriCode, opts.region));
        if (!region) fail(`region: no region with Kemendagri code ${opts.region}`);
        regionId = region.id;
      }
      const context = await passwordContextOf(db, { username, fullName: opts.name, email: opts.email, regionId });
      const { problems } = await checkPassword(password, context);
      if (problems.length) fail(`password: ${problems.map((p) => translate(`password_${p}`, 'en', { min: PASSWORD_MIN_LENGTH })).join(' ')}`);
      try {
        const user = await insertAccount(db, {
          username,
          fullName: opts.name,
          email: opts.email ?? null,
          role: regionId ? 'admin_daerah' : 'super_admin',
          regionId,
          opdId: null,
          password,
          mustChangePassword: !opts.password,
        });
        await recordAudit(db, null, {
          regionId,
          entityType: 'user',
          entityId: user.id,
          entityLabel: user.username,
          action: 'create',
          after: user,
          actor: { id: null, name: 'cli' },
        });
        console.log(`created ${user.role} ${user.username}`);
        if (!opts.password) console.log(`temporary password: ${password} (must be changed at first sign-in)`);
      } catch (err) {
        if ((err as { status?: number }).status === 409) fail('username or e-mail already exists');
        throw err;
      }
    }),
  );

program
  .command('rotate-secret-key')
  .description('seal every stored two-factor secret again under INOVDA_SECRET_KEY (old keys read from INOVDA_SECRET_KEYS_OLD)')
  .action(() =>
    withDatabase(async ({ db }) => {
      const box = loadSecretBoxOrFail();
      const result = await resealTotpSecrets(db, box);
      console.log(`two-factor secrets sealed with key ${box.current.id}: ${result.resealed} now, ${result.unchanged} already`);
      if (result.failed.length) {
        for (const f of result.failed) console.error(`  ${f.username}: ${f.reason}`);
        fail(`${result.failed.length} secret(s) could not be read: add their key to INOVDA_SECRET_KEYS_OLD and run again`);
      }
      if (box.keyIds.length > 1) console.log('every secret now opens with the current key: INOVDA_SECRET_KEYS_OLD can be removed');
    }),
  );

program
  .command('backup <file>')
  .description('write the database and stored files to one archive (.tar.gz)')
  .action((file: string) =>
    withDatabase(async ({ db }) => {
      const manifest = await createBackup(db, { file, filesDir, onProgress: (m) => console.log(`  ${m}`) });
      const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
      console.log(`backup written: ${file} (${rows} rows, ${manifest.files} files)`);
    }),
  );

program
  .command('restore <file>')
  .description('replace the database and stored files with a backup archive')
  .action((file: string) =>
    withDatabase(async ({ db }) => {
      try {
        const manifest = await restoreBackup(db, { file, filesDir, onProgress: (m) => console.log(`  ${m}`) });
        console.log(`restored backup of ${manifest.createdAt}`);
      } catch (err) {
        if (err instanceof BackupError) fail(err.message);
        throw err;
      }
    }),
  );

// The IID commands need the database only for region clones, so built-in versions work with no data at all
// (and an installation without a database yet does not get one made just to find no clones).
registerIidCommands(
  program,
  async (id) => {
    let found: Framework | undefined;
    if (!hasDatabase(config)) return found;
    await withDatabase(async ({ db }) => {
      found = (await findFramework(db, id))?.framework;
    });
    return found;
  },
  async () => {
    let list: Framework[] = [];
    if (!hasDatabase(config)) return list;
    await withDatabase(async ({ db }) => {
      list = (await listFrameworks(db, null, true)).filter((s) => !s.builtIn).map((s) => s.framework);
    });
    return list;
  },
);
// Competition rankings need no database: the input carries every score.
registerRankCommand(program);

program.parseAsync().catch((err) => {
  console.error(err);
  process.exit(1);
});

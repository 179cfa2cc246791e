// `npm start`: migrate, seed the demo region on a brand-new database, serve, stop cleanly on a signal.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { seedDemoCatalogue } from './catalogue/demo-seed';
import { seedDemoCompetitions } from './competitions/demo-seed';
import { loadConfig } from './config';
import type { Database } from './db/client';
import { openStore } from './plugins/storage';
import { runDailyIfDue } from './reminders/run';
import { describeDatabase, openConfiguredDatabase } from './runtime';
import { seedFirstStart } from './seed/first-start';
import { warmPasswordChecker } from './shared/accounts/password-check';
import { UnsharedStoreError } from './shared/files/shared-store';

async function main() {
  const config = loadConfig();
  // Registered first, so a signal during start-up also stops the embedded database server cleanly.
  let database: Database | undefined;
  let app: FastifyInstance | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    if (app) app.log.info(`${signal} received, shutting down`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      // The app closes the database (and the embedded server) last, after the HTTP server.
      await (app ? app.close() : database?.close());
      process.exit(0);
    } catch (err) {
      if (app) app.log.error({ err }, 'shutdown failed');
      else console.error('shutdown failed', err);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  database = await openConfiguredDatabase(config, { takeOver: true, log: (m) => console.log(m) });
  const seeded =
    process.env.INOVDA_SEED === 'false'
      ? undefined
      : await seedFirstStart(database, {
          password: config.demoPassword,
          demoInnovations: process.env.INOVDA_DEMO_INNOVATIONS !== 'false',
          store: () => openStore(config.storage),
        });
  // The demo's competition record and public catalogue follow its innovations (once, under the same start-up lock).
  if (seeded?.seeded)
    await database.exclusive('startup', async () => {
      await seedDemoCompetitions(database.db);
      await seedDemoCatalogue(database.db);
    });
  try {
    app = await buildApp({ config, database, ownsDatabase: true });
  } catch (err) {
    // Refused to start (a file store the other instances do not share, …): the embedded server stops too.
    await database.close().catch(() => {});
    throw err;
  }

  await app.listen({ port: config.port, host: config.host });
  // Daily reminders: every instance checks each half hour; the database makes sure only one sends them.
  if (process.env.INOVDA_REMINDERS !== 'false') {
    const tick = () =>
      runDailyIfDue(database.db, app.mailer, config.appUrl).then(
        (r) => r && app.log.info(r, 'daily reminders sent'),
        (err) => app.log.error({ err }, 'daily reminders failed'),
      );
    setInterval(tick, 30 * 60_000).unref();
    void tick();
  }
  // The password policy's dictionaries take a second or more to load: loaded now, in a quiet moment after the
  // start, the first person setting a password (every demo account's first sign-in) does not wait for them.
  setTimeout(() => warmPasswordChecker().catch((err) => app.log.warn({ err }, 'password dictionaries not loaded')), 2_000).unref();
  const lines = ['', `  Inovda berjalan di / is running at  ${config.appUrl}`, `  Database: ${describeDatabase(database)}`];
  if (seeded?.seeded) {
    lines.push('', '  Data demo Kota Mojokerto dibuat / demo data seeded. Akun demo / demo accounts:');
    lines.push(`    ${seeded.usernames?.join(', ')}`);
    lines.push(
      config.demoPassword
        ? '  Kata sandi / password: (dari INOVDA_DEMO_PASSWORD)'
        : `  Kata sandi / password: ${seeded.password}   (hanya ditampilkan sekali / shown only once)`,
    );
  }
  console.log(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  // A refusal explains itself; anything else needs its stack.
  console.error(err instanceof UnsharedStoreError ? `\n${err.message}\n` : err);
  process.exit(1);
});

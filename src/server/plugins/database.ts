// Opens the database once per app and closes it when the app closes.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config';
import type { Database, Db } from '../db/client';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    db: Db;
    config: Config;
  }
}

export default fp(async function databasePlugin(app: FastifyInstance, opts: { database: Database; config: Config; ownsDatabase: boolean }) {
  app.decorate('database', opts.database);
  app.decorate('db', opts.database.db);
  app.decorate('config', opts.config);
  if (opts.ownsDatabase) app.addHook('onClose', async () => opts.database.close());
});

// Builds the Fastify app: access control first (it must see every route), infrastructure plugins, then the
// feature route modules listed in routes.ts.
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import access from './plugins/access';
import compression from './plugins/compression';
import csrf from './plugins/csrf';
import database from './plugins/database';
import earlyAnswer from './plugins/early-answer';
import errors, { frameworkErrors } from './plugins/errors';
import evidenceCheck from './plugins/evidence-check';
import inFlight from './plugins/in-flight';
import mailer from './plugins/mailer';
import openapi from './plugins/openapi';
import secrets from './plugins/secrets';
import securityHeaders from './plugins/security-headers';
import session from './plugins/session';
import storableText from './plugins/storable-text';
import storage from './plugins/storage';
import uploads from './plugins/uploads';
import web from './plugins/web';
import routes from './routes';

export interface AppOptions {
  config: Config;
  database: Database;
  /** Close the database when the app closes (the process owns it). */
  ownsDatabase?: boolean;
  logger?: boolean | object;
}

export async function buildApp({ config, database: db, ownsDatabase = false, logger }: AppOptions) {
  const app = Fastify({
    logger: logger ?? { level: config.logLevel },
    bodyLimit: 1_048_576,
    frameworkErrors,
    trustProxy: process.env.TRUST_PROXY === 'true',
    // Per-request lines only on demand: a region's traffic would drown the useful log lines.
    logController: new LogController({ disableRequestLogging: process.env.LOG_REQUESTS !== 'true' }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Headers first: a request refused by a later hook (access, CSRF) still gets them.
  await app.register(securityHeaders, { config });
  await app.register(access);
  await app.register(database, { database: db, config, ownsDatabase });
  await app.register(inFlight);
  await app.register(errors);
  await app.register(earlyAnswer);
  await app.register(secrets);
  await app.register(storableText);
  await app.register(cookie);
  // The public catalogue's forms (feedback, a replication request) work without JavaScript: plain form posts.
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(session);
  await app.register(csrf);
  await app.register(mailer);
  await app.register(storage);
  await app.register(uploads);
  await app.register(evidenceCheck);
  // The API (its document included) in one scope with reply compression; the web app's files outside it.
  await app.register(async (api) => {
    await api.register(compression);
    await api.register(openapi);
    await api.register(routes);
  });

  if (config.serveWeb) await app.register(web);
  return app;
}

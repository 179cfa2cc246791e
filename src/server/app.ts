// Builds the Fastify app: infrastructure plugins first, then one route module per feature.
import cookie from '@fastify/cookie';
import Fastify, { LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import auditRoutes from './audit/routes';
import authRoutes from './auth/routes';
import type { Config } from './config';
import dashboardRoutes from './dashboard/routes';
import type { Database } from './db/client';
import evidenceRoutes from './evidence/routes';
import exportRoutes from './exports/routes';
import frameworkRoutes from './frameworks/routes';
import healthRoutes from './health/routes';
import answerRoutes from './innovations/answers';
import klinikRoutes from './innovations/klinik';
import returnedEntryRoutes from './innovations/returned';
import innovationRoutes from './innovations/routes';
import opdRoutes from './opds/routes';
import regionAnswerRoutes from './periods/region-answers';
import periodRoutes from './periods/routes';
import csrf from './plugins/csrf';
import database from './plugins/database';
import errors from './plugins/errors';
import mailer from './plugins/mailer';
import openapi from './plugins/openapi';
import session from './plugins/session';
import storage from './plugins/storage';
import uploads from './plugins/uploads';
import web from './plugins/web';
import regionRoutes from './regions/routes';
import reminderRoutes from './reminders/routes';
import scoreRoutes from './scores/routes';
import userRoutes from './users/routes';
import verificationRoutes from './verification/routes';

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
    trustProxy: process.env.TRUST_PROXY === 'true',
    // Per-request lines only on demand: a region's traffic would drown the useful log lines.
    logController: new LogController({ disableRequestLogging: process.env.LOG_REQUESTS !== 'true' }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(database, { database: db, config, ownsDatabase });
  await app.register(errors);
  await app.register(cookie);
  await app.register(session);
  await app.register(csrf);
  await app.register(mailer);
  await app.register(storage);
  await app.register(uploads);
  await app.register(openapi);

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(regionRoutes);
  await app.register(opdRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(frameworkRoutes);
  await app.register(periodRoutes);
  await app.register(regionAnswerRoutes);
  await app.register(innovationRoutes);
  await app.register(answerRoutes);
  await app.register(klinikRoutes);
  await app.register(returnedEntryRoutes);
  await app.register(evidenceRoutes);
  await app.register(verificationRoutes);
  await app.register(scoreRoutes);
  await app.register(dashboardRoutes);
  await app.register(exportRoutes);
  await app.register(reminderRoutes);

  if (config.serveWeb) await app.register(web);
  return app;
}

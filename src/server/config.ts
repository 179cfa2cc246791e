// Runtime settings, all from the environment with working defaults for a single-region install.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** Public address used in e-mailed links. */
  appUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  demoPassword?: string;
  sessionIdleHours: number;
  sessionMaxDays: number;
  /** Secure cookies when served over HTTPS (APP_URL https://…) or forced. */
  cookieSecure: boolean;
  logLevel: string;
  /** Serve the built web app from dist/web. */
  serveWeb: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a valid port: ${env.PORT}`);
  const appUrl = (env.APP_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    appUrl,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Inovda <no-reply@inovda.local>',
    demoPassword: env.INOVDA_DEMO_PASSWORD || undefined,
    sessionIdleHours: Number(env.SESSION_IDLE_HOURS ?? 12),
    sessionMaxDays: Number(env.SESSION_MAX_DAYS ?? 7),
    cookieSecure: env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : appUrl.startsWith('https://'),
    logLevel: env.LOG_LEVEL ?? 'info',
    serveWeb: env.SERVE_WEB !== 'false',
  };
}

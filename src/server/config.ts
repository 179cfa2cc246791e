// Runtime settings, all from the environment with working defaults for a single-region install.
import { join, resolve } from 'node:path';
import { limitsFromEnv, type SizeLimits } from '../domain/evidence/file-rules';

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
  /** Where evidence files live: local disk (default) or S3-compatible object storage. */
  storage: StorageConfig;
  /** Largest accepted evidence file per type, in bytes. */
  uploadLimits: SizeLimits;
  /** INOVDA_SECRET_KEY: the key sealing stored secrets (base64, 32 bytes); generated into DATA_DIR when unset. */
  secretKey?: string;
  /** INOVDA_SECRET_KEYS_OLD: earlier keys, still accepted for reading until `cli rotate-secret-key`. */
  secretKeysOld: string[];
  /** The evidence pre-check's reader (shared/evidence-check). */
  evidenceCheck: EvidenceCheckConfig;
}

export interface EvidenceCheckConfig {
  /** INOVDA_EVIDENCE_WORKER=off: this instance reads no evidence (another instance, or none, does). */
  worker: boolean;
  /** INOVDA_EVIDENCE_POLL_MS: how often an idle worker looks for queued evidence. */
  pollMs: number;
  /** INOVDA_EVIDENCE_TOOLS_PATH: where pdftotext, pdfinfo, pdftoppm and tesseract are looked for (PATH-like; empty: none). */
  toolsPath: string;
  /** INOVDA_EVIDENCE_MAX_PAGES: pages read of one document at most. */
  maxPages: number;
  /** INOVDA_EVIDENCE_TOOL_TIMEOUT_MS: one tool run (a page's OCR) at most. */
  toolTimeoutMs: number;
}

export function evidenceCheckFrom(env: NodeJS.ProcessEnv): EvidenceCheckConfig {
  const positive = (v: string | undefined, fallback: number) => (v && Number(v) > 0 ? Number(v) : fallback);
  return {
    worker: env.INOVDA_EVIDENCE_WORKER !== 'off',
    pollMs: positive(env.INOVDA_EVIDENCE_POLL_MS, 2000),
    toolsPath: env.INOVDA_EVIDENCE_TOOLS_PATH ?? env.PATH ?? '/usr/bin:/bin',
    maxPages: Math.floor(positive(env.INOVDA_EVIDENCE_MAX_PAGES, 100)),
    toolTimeoutMs: positive(env.INOVDA_EVIDENCE_TOOL_TIMEOUT_MS, 120_000),
  };
}

export type StorageConfig =
  | { kind: 'local'; dir: string; incomingDir: string }
  | {
      kind: 's3';
      incomingDir: string;
      endpoint?: string;
      region: string;
      bucket: string;
      accessKeyId?: string;
      secretAccessKey?: string;
      prefix: string;
      forcePathStyle: boolean;
    };

function storageFrom(env: NodeJS.ProcessEnv, dataDir: string): StorageConfig {
  // Uploads are first streamed to disk here (hashed and sniffed on the way), whatever the final store is.
  const incomingDir = join(dataDir, 'incoming');
  if (!env.S3_BUCKET) return { kind: 'local', dir: join(dataDir, 'files'), incomingDir };
  return {
    kind: 's3',
    incomingDir,
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.S3_REGION ?? 'us-east-1',
    bucket: env.S3_BUCKET,
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    prefix: env.S3_PREFIX ?? 'inovda/',
    forcePathStyle: env.S3_FORCE_PATH_STYLE !== 'false',
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a valid port: ${env.PORT}`);
  const appUrl = (env.APP_URL ?? `http://localhost:${port}`).replace(/\/$/, '');
  const dataDir = resolve(env.DATA_DIR ?? './data');
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir,
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
    storage: storageFrom(env, dataDir),
    uploadLimits: limitsFromEnv(env),
    secretKey: env.INOVDA_SECRET_KEY || undefined,
    secretKeysOld: (env.INOVDA_SECRET_KEYS_OLD ?? '').split(',').filter((k) => k.trim()),
    evidenceCheck: evidenceCheckFrom(env),
  };
}

// Two-factor seeds are stored sealed under the server key (AES-256-GCM), with rotation and a clear refusal
// when the key is wrong.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { currentTotp } from '../../src/server/auth/totp';
import { users } from '../../src/server/db/schema';
import { KEY_FILE, loadSecretBox } from '../../src/server/shared/secrets/keys';
import { keyId } from '../../src/server/shared/secrets/secret-box';
import { resealTotpSecrets } from '../../src/server/shared/secrets/totp-secrets';
import { call, createTestApp, DEMO_PASSWORD, json, login, type TestContext } from '../support/app';

const newKey = () => randomBytes(32).toString('base64');
const idOf = (k: string) => keyId(Buffer.from(k, 'base64'));

let ctx: TestContext;
const k1 = newKey();
const k2 = newKey();
const extra: FastifyInstance[] = [];

beforeAll(async () => {
  ctx = await createTestApp({ secretKey: k1 });
});
afterAll(async () => {
  for (const app of extra) await app.close();
  await ctx.close();
});

/** Another instance of the app on the same database, with its own keys (the database stays open). */
async function instance(keys: { secretKey?: string; secretKeysOld?: string[]; dataDir?: string }) {
  const config = { ...ctx.config, secretKey: keys.secretKey, secretKeysOld: keys.secretKeysOld ?? [], dataDir: keys.dataDir ?? ctx.config.dataDir };
  const app = await buildApp({ config, database: ctx.database, logger: false });
  await app.ready();
  extra.push(app);
  return app;
}

const stored = async (username: string) =>
  (await ctx.database.db.select({ s: users.totpSecret }).from(users).where(eq(users.username, username)))[0].s as string;

const signIn = (app: FastifyInstance, username: string, totp?: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { username, password: DEMO_PASSWORD, ...(totp ? { totp } : {}) } });

let secret: string;

describe('sealed at rest', () => {
  it('the stored column is not the secret, and sign-in with a code still works', async () => {
    const cookie = await login(ctx.app, 'verifikator');
    secret = (await call(ctx.app, cookie, 'POST', '/api/auth/totp/setup')).json().secret;
    expect((await call(ctx.app, cookie, 'POST', '/api/auth/totp/enable', { code: currentTotp(secret) })).statusCode).toBe(200);

    const column = await stored('verifikator');
    expect(column).not.toContain(secret);
    expect(column).toMatch(new RegExp(`^v1\\.${idOf(k1)}\\.`));
    expect((await signIn(ctx.app, 'verifikator')).json().error.code).toBe('totp_required');
    expect((await signIn(ctx.app, 'verifikator', currentTotp(secret))).statusCode).toBe(200);
  });

  it('a sealed value copied onto another user does not open', async () => {
    await ctx.database.db
      .update(users)
      .set({ totpSecret: await stored('verifikator'), totpEnabled: true })
      .where(eq(users.username, 'juri'));
    const res = await signIn(ctx.app, 'juri', currentTotp(secret));
    expect(res.statusCode).toBe(503);
    await ctx.database.db.update(users).set({ totpSecret: null, totpEnabled: false }).where(eq(users.username, 'juri'));
  });

  it('seeds stored in plain text by an older version are sealed at start, once', async () => {
    const plain = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    await ctx.database.db.update(users).set({ totpSecret: plain, totpEnabled: true }).where(eq(users.username, 'pimpinan'));
    const app = await instance({ secretKey: k1 });
    const sealed = await stored('pimpinan');
    expect(sealed).not.toContain(plain);
    expect(sealed).toMatch(/^v1\./);
    await instance({ secretKey: k1 });
    expect(await stored('pimpinan')).toBe(sealed);
    expect((await signIn(app, 'pimpinan', currentTotp(plain))).statusCode).toBe(200);
  });
});

describe('rotation', () => {
  it('the old key still reads before the rotation; after it only the new key is needed', async () => {
    const rotated = await instance({ secretKey: k2, secretKeysOld: [k1] });
    expect((await signIn(rotated, 'verifikator', currentTotp(secret))).statusCode).toBe(200);

    const result = await resealTotpSecrets(ctx.database.db, rotated.secrets);
    expect(result.failed).toEqual([]);
    expect(result.resealed).toBeGreaterThanOrEqual(2);
    expect(await stored('verifikator')).toMatch(new RegExp(`^v1\\.${idOf(k2)}\\.`));
    expect(await stored('pimpinan')).toMatch(new RegExp(`^v1\\.${idOf(k2)}\\.`));

    const newOnly = await instance({ secretKey: k2 });
    expect((await signIn(newOnly, 'verifikator', currentTotp(secret))).statusCode).toBe(200);
  });

  it('a wrong key refuses the code with a clear message, and the server carries on', async () => {
    const wrong = await instance({ secretKey: newKey() });
    const res = await wrong.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...json, 'accept-language': 'en' },
      payload: { username: 'verifikator', password: DEMO_PASSWORD, totp: currentTotp(secret) },
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().error).toEqual({
      code: 'totp_key_unavailable',
      message: 'The authenticator code cannot be checked: the server’s secret key does not match. Contact the platform operator.',
    });
    expect((await signIn(wrong, 'admin')).statusCode).toBe(200);
  });

  it('cli rotate-secret-key seals every secret under the current key, naming those no key opens', async () => {
    const k3 = newKey();
    const env = { ...process.env, DATABASE_URL: ctx.databaseUrl, DATA_DIR: ctx.config.dataDir, INOVDA_SECRET_KEY: k3 };
    const cli = (more: Record<string, string>) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/index.ts', 'rotate-secret-key'], {
        cwd: join(import.meta.dirname, '../..'),
        encoding: 'utf8',
        env: { ...env, ...more },
      });
    const missingOld = cli({});
    expect(missingOld.status).toBe(2);
    expect(missingOld.stderr).toContain('verifikator');
    expect(missingOld.stderr).toContain('INOVDA_SECRET_KEYS_OLD');
    const ok = cli({ INOVDA_SECRET_KEYS_OLD: `${k1},${k2}` });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(new RegExp(`sealed with key ${idOf(k3)}: 2 now`));
    expect(await stored('verifikator')).toMatch(new RegExp(`^v1\\.${idOf(k3)}\\.`));
  }, 180_000);
});

describe('the key', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'inovda-key-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('without INOVDA_SECRET_KEY one is generated once into DATA_DIR, readable by its owner only, and said so', () => {
    const said: string[] = [];
    const first = loadSecretBox({ dataDir: dir, secretKeysOld: [] }, (m) => said.push(m));
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(join(dir, KEY_FILE), 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(said.join('\n')).toContain('secret key generated');
    expect(loadSecretBox({ dataDir: dir, secretKeysOld: [] }, () => {}).current.id).toBe(first.current.id);
  });

  it('a set key is used, and the generated one stays readable for the rotation', () => {
    const box = loadSecretBox({ dataDir: dir, secretKey: k2, secretKeysOld: [] }, () => {});
    expect(box.current.id).toBe(idOf(k2));
    expect(box.keyIds).toContain(idOf(readFileSync(join(dir, KEY_FILE), 'utf8').trim()));
  });

  it('a malformed key is refused with how to make one', () => {
    expect(() => loadSecretBox({ dataDir: dir, secretKey: 'c2hvcnQ=', secretKeysOld: [] }, () => {})).toThrow(/32 random bytes.*openssl rand -base64 32/);
  });
});

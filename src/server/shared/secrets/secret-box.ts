// Secrets kept in the database (two-factor seeds) are sealed with AES-256-GCM under a server key, so a copy
// of the database or a backup alone does not give them away.
//
// A sealed value reads `v1.<key id>.<iv>.<ciphertext and tag>` (base64url). The key id is derived from the key
// itself, so a value names the key that can open it: after a rotation the old key stays readable from
// INOVDA_SECRET_KEYS_OLD until `cli rotate-secret-key` has sealed everything again under the current one.
// Each value is bound to what it belongs to (e.g. `totp:<user id>`): a value copied onto another row fails.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretKey {
  id: string;
  key: Buffer;
}

/** A value in the database that no configured key opens: said plainly, for the operator and the log. */
export class SecretKeyError extends Error {
  constructor(
    message: string,
    readonly keyId?: string,
  ) {
    super(message);
    this.name = 'SecretKeyError';
  }
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update('inovda-secret-key-id').update(key).digest('hex').slice(0, 8);
}

export const toKey = (key: Buffer): SecretKey => ({ id: keyId(key), key });

export function isSealed(value: string): boolean {
  return value.startsWith(`${VERSION}.`);
}

/** The key id a sealed value names (undefined for a value that is not sealed). */
export function sealedWith(value: string): string | undefined {
  return isSealed(value) ? value.split('.')[1] : undefined;
}

export class SecretBox {
  private readonly byId: Map<string, Buffer>;

  constructor(
    readonly current: SecretKey,
    old: SecretKey[] = [],
  ) {
    this.byId = new Map([...old, current].map((k) => [k.id, k.key]));
  }

  get keyIds(): string[] {
    return [...this.byId.keys()];
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [VERSION, this.current.id, iv.toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string, context: string): string {
    const [version, id, ivText, bodyText] = sealed.split('.');
    if (version !== VERSION || !id || !ivText || !bodyText) throw new SecretKeyError('stored secret is not in the sealed format (v1.<key id>.<iv>.<data>)');
    const key = this.byId.get(id);
    if (!key)
      throw new SecretKeyError(
        `stored secret was sealed with key ${id}, which is not configured (INOVDA_SECRET_KEY is ${this.current.id}; ` +
          'put the old key in INOVDA_SECRET_KEYS_OLD, or restore the key file)',
        id,
      );
    const body = Buffer.from(bodyText, 'base64url');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretKeyError(`stored secret does not open with key ${id}: it was altered or belongs to another record`, id);
    }
  }

  /** Sealed under the current key: a plain value, or one under an older key, is sealed (again). */
  reseal(value: string, context: string): string {
    const plain = isSealed(value) ? this.open(value, context) : value;
    return this.seal(plain, context);
  }
}

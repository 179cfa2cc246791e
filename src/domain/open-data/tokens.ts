// API tokens for integrations (another regional system pulling or pushing data): scoped per region and per
// operation, expiring, revocable. The token is `inovda_` and 43 base62 characters (≈ 256 bits); the server keeps
// only its SHA-256 and its first characters (the prefix people tell tokens apart by).

export const TOKEN_SCOPES = ['innovations:read', 'innovations:write', 'statistics:read'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_PREFIX = 'inovda_';
export const TOKEN_BODY_LENGTH = 43;
/** Characters kept and shown: `inovda_` and the first five of the random part. */
export const TOKEN_SHOWN_LENGTH = TOKEN_PREFIX.length + 5;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const TOKEN_FORMAT = new RegExp(`^${TOKEN_PREFIX}[0-9A-Za-z]{${TOKEN_BODY_LENGTH}}$`);

/**
 * A token from random bytes (rejection sampling keeps every character equally likely). `random(n)` gives n random
 * bytes: node:crypto's randomBytes on the server.
 */
export function tokenFromRandom(random: (n: number) => Uint8Array): string {
  let body = '';
  while (body.length < TOKEN_BODY_LENGTH) {
    for (const b of random(64)) {
      if (b >= 248) continue; // 248 = 62 × 4: above it the remainder would favour the first characters.
      body += BASE62[b % 62];
      if (body.length === TOKEN_BODY_LENGTH) break;
    }
  }
  return TOKEN_PREFIX + body;
}

/** Whether a presented value can be a token at all (a forged or mistyped one is refused before any lookup). */
export function isTokenShaped(value: string): boolean {
  return TOKEN_FORMAT.test(value);
}

export const shownPrefix = (token: string) => token.slice(0, TOKEN_SHOWN_LENGTH);

/** The value of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match ? match[1] : null;
}

export type TokenRefusal = 'api_token_revoked' | 'api_token_expired' | 'api_token_scope';

/** Why a known token may not make this call (null: it may). Revocation and expiry are told before the scope. */
export function tokenRefusal(
  token: { scopes: readonly string[]; expiresAt: Date; revokedAt: Date | null },
  needed: TokenScope,
  now: Date,
): TokenRefusal | null {
  if (token.revokedAt) return 'api_token_revoked';
  if (token.expiresAt.getTime() <= now.getTime()) return 'api_token_expired';
  if (!token.scopes.includes(needed)) return 'api_token_scope';
  return null;
}

/** Why an expiry date (YYYY-MM-DD, the token ends at that day's end in WIB) cannot be given; today is the WIB date. */
export function expiryProblem(expiresOn: string, today: string): 'api_token_expiry_past' | 'api_token_expiry_too_far' | null {
  if (expiresOn <= today) return 'api_token_expiry_past';
  // At most one year ahead: the same day next year (28 February for a 29 February).
  const max = new Date(`${today}T00:00:00Z`);
  const day = max.getUTCDate();
  max.setUTCFullYear(max.getUTCFullYear() + 1);
  if (max.getUTCDate() !== day) max.setUTCDate(0);
  if (expiresOn > max.toISOString().slice(0, 10)) return 'api_token_expiry_too_far';
  return null;
}

/** The moment a token given until `expiresOn` stops working: the end of that day in WIB (UTC+7). */
export function expiryInstant(expiresOn: string): Date {
  return new Date(`${expiresOn}T23:59:59.999+07:00`);
}

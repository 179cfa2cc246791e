// Time-based one-time passwords (RFC 6238) through the otpauth library.
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

function totpFor(secretBase32: string, label: string) {
  return new OTPAuth.TOTP({
    issuer: 'Inovda',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

export function verifyTotp(secretBase32: string, token: string): boolean {
  const clean = token.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(clean)) return false;
  // One step either side tolerates a phone clock a little off.
  return totpFor(secretBase32, 'x').validate({ token: clean, window: 1 }) !== null;
}

export function currentTotp(secretBase32: string): string {
  return totpFor(secretBase32, 'x').generate();
}

export async function totpEnrolment(secretBase32: string, username: string) {
  const uri = totpFor(secretBase32, username).toString();
  return { secret: secretBase32, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

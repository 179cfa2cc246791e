// Password hashing with argon2id (@node-rs/argon2, prebuilt, no build step).
import { hash, verify } from '@node-rs/argon2';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

// Verifying against this keeps the time of a wrong username equal to a wrong password.
let dummyHash: Promise<string> | undefined;
export async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hash('inovda-dummy-password-1');
  await verifyPassword(await dummyHash, password);
}

import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** A bearer token: 256 random bits, with a prefix that tells staff and device tokens apart in logs. */
export function newToken(kind: 'staff' | 'device'): string {
  return `${kind === 'staff' ? 'oss' : 'osd'}_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are high-entropy, so SHA-256 is enough to store them without storing the secret. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** argon2id (the library's default algorithm) with its recommended cost. */
export async function hashPassword(password: string): Promise<string> {
  return await hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A readable random password for generated accounts (demo, first admin). */
export function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}

/** Hash of a password nobody knows, verified against when a username does not exist, so both take as long. */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
}

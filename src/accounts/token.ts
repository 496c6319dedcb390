import { createHash, randomBytes } from 'node:crypto';

/** A new bearer token: 32 random bytes, so a plain sha256 is a safe way to store it. */
export function generateToken(): string {
  return `qt_${randomBytes(32).toString('base64url')}`;
}

/** The only form in which a token is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

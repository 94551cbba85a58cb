import { createHash, randomBytes } from 'node:crypto';

/** A 256-bit random token for cookies and one-time links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

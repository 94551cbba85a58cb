import { Secret, TOTP } from 'otpauth';

const issuer = 'ITC Duisburg';
const periodSeconds = 30;
/** One step either side absorbs clock drift between phone and server (RFC 6238, 5.2). */
const acceptWindow = 1;

function totpFor(secret: string, label: string): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: periodSeconds,
    secret: Secret.fromBase32(secret),
  });
}

/** A new random 160-bit secret (the size RFC 4226 recommends), base32 as apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, email: string): string {
  return totpFor(secret, email).toString();
}

export function totpStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / periodSeconds);
}

export function isTotpCodeShape(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/**
 * The time step the code belongs to, or null when it matches none within the window. Callers
 * refuse steps already used, so a code seen over someone's shoulder cannot be replayed.
 */
export function matchTotpStep(secret: string, code: string, now: Date): number | null {
  if (!isTotpCodeShape(code)) return null;
  const delta = totpFor(secret, '').validate({
    token: code,
    timestamp: now.getTime(),
    window: acceptWindow,
  });
  return delta === null ? null : totpStepAt(now) + delta;
}

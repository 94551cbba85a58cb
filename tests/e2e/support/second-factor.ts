import { Secret, TOTP } from 'otpauth';

const stepMs = 30_000;

/** What a test "holds in its phone" for one account of one portal. */
type HeldFactor = { secret: string; recoveryCodes: string[]; lastStep: number };

const factors = new Map<string, HeldFactor>();
const keyOf = (baseUrl: string, email: string) => `${baseUrl} ${email}`;

export function rememberFactor(
  baseUrl: string,
  email: string,
  secret: string,
  recoveryCodes: string[],
) {
  const held = factors.get(keyOf(baseUrl, email));
  factors.set(keyOf(baseUrl, email), {
    secret: secret.replace(/\s/g, ''),
    recoveryCodes,
    lastStep: held?.lastStep ?? -1,
  });
}

function heldFactor(baseUrl: string, email: string): HeldFactor {
  const held = factors.get(keyOf(baseUrl, email));
  if (!held) throw new Error(`${email} has a second factor the tests did not set up`);
  return held;
}

function codeAt(secret: string, at: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });
}

/**
 * A code the portal will take: the server refuses a TOTP code of a step it already saw, so when
 * this account signed in within the same 30 s a remembered recovery code is used instead, and
 * without one left the helper waits for the next step.
 */
export async function nextSignInCode(baseUrl: string, email: string): Promise<string> {
  const held = heldFactor(baseUrl, email);
  if (Math.floor(Date.now() / stepMs) <= held.lastStep) {
    const recoveryCode = held.recoveryCodes.shift();
    if (recoveryCode) return recoveryCode;
    await new Promise((resolve) => setTimeout(resolve, (held.lastStep + 1) * stepMs - Date.now()));
  }
  return totpCode(baseUrl, email);
}

/** The current TOTP code, marking its step used (for tests that type it themselves). */
export function totpCode(baseUrl: string, email: string): string {
  const held = heldFactor(baseUrl, email);
  held.lastStep = Math.floor(Date.now() / stepMs);
  return codeAt(held.secret, Date.now());
}

/** Waits until a fresh step starts, so a test can show that the code (not a recovery code) works. */
export async function waitForFreshStep(baseUrl: string, email: string): Promise<void> {
  const held = heldFactor(baseUrl, email);
  const wait = (held.lastStep + 1) * stepMs - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 50));
}

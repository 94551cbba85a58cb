import { z } from 'zod';
import type { Role } from './roles';

/** The city's staff hold the portal's most sensitive data and must use a second factor. */
export const secondFactorRequiredRoles = ['city_reviewer', 'city_admin'] as const;

/**
 * A 6-digit TOTP code or a recovery code; spaces and hyphens people type from the printout are
 * ignored, so the server decides which kind it is.
 */
export const secondFactorCodeSchema = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().min(1, 'required').max(32));

export const secondFactorCodeRequestSchema = z.strictObject({ code: secondFactorCodeSchema });
export type SecondFactorCodeRequest = z.input<typeof secondFactorCodeRequestSchema>;

/** The password answered; the browser now holds a login challenge and must send a code. */
export const secondFactorChallengeSchema = z.object({ secondFactor: z.literal('totp') });
export type SecondFactorChallenge = z.infer<typeof secondFactorChallengeSchema>;

/** A new, not yet confirmed TOTP secret (base32) and the URI the QR code carries. */
export const totpEnrolmentSchema = z.object({ secret: z.string(), otpauthUri: z.string() });
export type TotpEnrolment = z.infer<typeof totpEnrolmentSchema>;

export const recoveryCodesResponseSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodesResponse = z.infer<typeof recoveryCodesResponseSchema>;

export const disableSecondFactorSchema = z.strictObject({
  password: z.string().min(1, 'required').max(200),
});
export type DisableSecondFactor = z.input<typeof disableSecondFactorSchema>;

export function isSecondFactorRequired(role: Role): boolean {
  return (secondFactorRequiredRoles as readonly Role[]).includes(role);
}

import { z } from 'zod';
import { emailSchema, passwordSchema } from '../api/common.schema';

export const passwordResetRequestSchema = z.strictObject({ email: emailSchema });
export type PasswordResetRequest = z.input<typeof passwordResetRequestSchema>;

/** The same answer whether or not an account has the address, so nobody can probe for one. */
export const passwordResetAcceptedSchema = z.object({ status: z.literal('accepted') });
export type PasswordResetAccepted = z.infer<typeof passwordResetAcceptedSchema>;

export const passwordResetTokenSchema = z.string().min(20).max(200);
export const passwordResetTokenParamSchema = z.object({ token: passwordResetTokenSchema });

/** Lets the page say at once whose password the link sets, or that it is dead. */
export const passwordResetInfoSchema = z.object({ email: z.string() });
export type PasswordResetInfo = z.infer<typeof passwordResetInfoSchema>;

export const passwordResetConfirmSchema = z.strictObject({
  token: passwordResetTokenSchema,
  password: passwordSchema,
});
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;

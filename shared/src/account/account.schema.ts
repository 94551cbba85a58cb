import { z } from 'zod';
import {
  emailSchema,
  isoDateTimeSchema,
  localeSchema,
  nameSchema,
  passwordSchema,
} from '../api/common.schema';

/** The current password is only compared, so any length a login accepts is fine here. */
const currentPasswordSchema = z.string().min(1, 'required').max(200);

export const updateProfileSchema = z.strictObject({ name: nameSchema, locale: localeSchema });
export type UpdateProfile = z.input<typeof updateProfileSchema>;

export const changePasswordSchema = z.strictObject({
  currentPassword: currentPasswordSchema,
  newPassword: passwordSchema,
});
export type ChangePassword = z.input<typeof changePasswordSchema>;

export const changeEmailSchema = z.strictObject({
  email: emailSchema,
  currentPassword: currentPasswordSchema,
});
export type ChangeEmail = z.input<typeof changeEmailSchema>;

export const sessionIdSchema = z.string().regex(/^[0-9a-f]{16,64}$/);
export const sessionIdParamSchema = z.object({ id: sessionIdSchema });

export const browserNames = ['chrome', 'edge', 'firefox', 'safari', 'other'] as const;
export const operatingSystems = ['windows', 'macos', 'linux', 'android', 'ios', 'other'] as const;

/** A signed-in session as its owner sees it; the id is derived from, never equal to, its hash. */
export const accountSessionSchema = z.object({
  id: sessionIdSchema,
  createdAt: isoDateTimeSchema,
  lastActiveAt: isoDateTimeSchema,
  ipAddress: z.string().nullable(),
  browser: z.enum(browserNames),
  operatingSystem: z.enum(operatingSystems),
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof accountSessionSchema>;

export const accountSessionListSchema = z.object({ items: z.array(accountSessionSchema) });
export type AccountSessionList = z.infer<typeof accountSessionListSchema>;

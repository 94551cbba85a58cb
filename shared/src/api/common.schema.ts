import { z } from 'zod';

export const idSchema = z.string().min(1).max(64);
export const idParamSchema = z.object({ id: idSchema });
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date('date_invalid');
export const localeSchema = z.enum(['de', 'en']);
export type Locale = z.infer<typeof localeSchema>;
/** NIST SP 800-63B: length, no composition rules; the server also refuses common passwords. */
export const passwordMinLength = 12;
export const passwordMaxLength = 128;
export const passwordSchema = z
  .string()
  .min(passwordMinLength, 'password_too_short')
  .max(passwordMaxLength, 'password_too_long');
/** Addresses are compared trimmed and in lower case, so "A@B.de " signs in as "a@b.de". */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('email_invalid').max(254));
export const nameSchema = z.string().trim().min(1, 'required').max(200);

import { z } from 'zod';

export const idSchema = z.string().min(1).max(64);
export const idParamSchema = z.object({ id: idSchema });
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const localeSchema = z.enum(['de', 'en']);
export type Locale = z.infer<typeof localeSchema>;
export const passwordMinLength = 10;
export const passwordSchema = z.string().min(passwordMinLength, 'password_too_short').max(200);
/** Addresses are compared trimmed and in lower case, so "A@B.de " signs in as "a@b.de". */
export const emailSchema = z.string().trim().toLowerCase().pipe(z.email('email_invalid').max(254));
export const nameSchema = z.string().trim().min(1, 'required').max(200);

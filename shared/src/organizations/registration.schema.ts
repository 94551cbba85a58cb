import { z } from 'zod';
import { emailSchema, localeSchema, nameSchema, passwordSchema } from '../api/common.schema';
import { addressSchema, betriebsnummerSchema } from './organization.schema';

/** A company registers itself and its first HR user in one step. */
export const employerRegistrationSchema = z.strictObject({
  company: z.strictObject({
    name: nameSchema,
    address: addressSchema,
    handelsregisterNumber: z
      .string()
      .trim()
      .regex(/^HR[AB]\s?\d{1,6}(\s?[A-Z]{1,2})?$/, 'handelsregister_format'),
    betriebsnummer: betriebsnummerSchema,
  }),
  user: z.strictObject({
    name: nameSchema,
    email: emailSchema,
    password: passwordSchema,
    locale: localeSchema.default('de'),
  }),
});
export type EmployerRegistration = z.input<typeof employerRegistrationSchema>;

import { z } from 'zod';
import { isoDateTimeSchema, nameSchema } from '../api/common.schema';
import { organizationTypeSchema } from '../auth/roles';

export const verificationStatuses = ['pending', 'verified', 'rejected'] as const;
export const verificationStatusSchema = z.enum(verificationStatuses);
export type VerificationStatus = z.infer<typeof verificationStatusSchema>;

/** The Betriebsnummer of the Federal Employment Agency: exactly 8 digits. */
export const betriebsnummerSchema = z
  .string()
  .trim()
  .regex(/^\d{8}$/, 'betriebsnummer_format');

export const addressSchema = z.strictObject({
  street: z.string().trim().min(1, 'required').max(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'postal_code_format'),
  city: z.string().trim().min(1, 'required').max(100),
});
export type Address = z.infer<typeof addressSchema>;

export const organizationSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: organizationTypeSchema,
  verificationStatus: verificationStatusSchema,
});
export type OrganizationSummary = z.infer<typeof organizationSummarySchema>;

export const organizationSchema = organizationSummarySchema.extend({
  address: addressSchema.nullable(),
  handelsregisterNumber: z.string().nullable(),
  betriebsnummer: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});
export type Organization = z.infer<typeof organizationSchema>;

export const createPartnerOrganizationSchema = z.strictObject({
  type: z.enum(['ihk', 'jobcenter']),
  name: nameSchema,
  address: addressSchema,
});
export type CreatePartnerOrganization = z.infer<typeof createPartnerOrganizationSchema>;

export const rejectEmployerSchema = z.strictObject({
  reason: z.string().trim().min(5, 'reason_too_short').max(2000),
});
export type RejectEmployer = z.infer<typeof rejectEmployerSchema>;

export const organizationListQuerySchema = z.object({
  type: organizationTypeSchema.optional(),
  verificationStatus: verificationStatusSchema.optional(),
});

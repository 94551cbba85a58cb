import { z } from 'zod';
import { isoDateTimeSchema } from '../api/common.schema';
import { organizationSummarySchema } from '../organizations/organization.schema';

export const mandateSchema = z.object({
  id: z.string(),
  employer: organizationSummarySchema,
  partner: organizationSummarySchema,
  grantedByName: z.string(),
  grantedAt: isoDateTimeSchema,
  revokedAt: isoDateTimeSchema.nullable(),
});
export type Mandate = z.infer<typeof mandateSchema>;

export const grantMandateSchema = z.strictObject({ partnerOrganizationId: z.string().min(1) });
export type GrantMandate = z.infer<typeof grantMandateSchema>;

import { z } from 'zod';
import { isoDateTimeSchema } from '../api/common.schema';
import type { OrganizationType } from '../auth/roles';
import { organizationSummarySchema } from '../organizations/organization.schema';

/** The organisations an employer can give a mandate to. */
export const partnerOrganizationTypes = [
  'ihk',
  'jobcenter',
] as const satisfies readonly OrganizationType[];

export function isPartnerOrganizationType(type: OrganizationType): boolean {
  return (partnerOrganizationTypes as readonly OrganizationType[]).includes(type);
}

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

export const mandateListQuerySchema = z.object({
  /** `active`: not revoked — for partners, the employers they may act for right now. */
  status: z.enum(['active', 'revoked']).optional(),
});

import { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../api/common.schema';
import { organizationSummarySchema } from '../organizations/organization.schema';

/**
 * An employer shares one case read-only with an IHK or Jobcenter for advice: its advisors see the
 * case and may write messages on it, nothing else.
 */
export const caseShareSchema = z.object({
  id: z.string(),
  partner: organizationSummarySchema,
  sharedByName: z.string(),
  sharedAt: isoDateTimeSchema,
  revokedAt: isoDateTimeSchema.nullable(),
});
export type CaseShare = z.infer<typeof caseShareSchema>;

export const shareCaseSchema = z.strictObject({ partnerOrganizationId: idSchema });
export type ShareCase = z.infer<typeof shareCaseSchema>;

import { z } from 'zod';
import { emailSchema, localeSchema } from '../api/common.schema';
import { listQuerySchema } from '../api/list.schema';
import { organizationListQuerySchema, organizationSchema } from './organization.schema';

/** The person who registered the company: its first user, as the registration created it. */
export const registrantSchema = z.object({
  name: z.string(),
  email: emailSchema,
  locale: localeSchema,
});
export type Registrant = z.infer<typeof registrantSchema>;

/**
 * A registered employer as the city admin checks it: everything the registration collected.
 * The registrant is null only for companies set up without one (e.g. imported).
 */
export const employerRegistrationReviewSchema = organizationSchema.extend({
  registrant: registrantSchema.nullable(),
});
export type EmployerRegistrationReview = z.infer<typeof employerRegistrationReviewSchema>;

export const employerRegistrationListQuerySchema = organizationListQuerySchema
  .pick({ verificationStatus: true })
  .extend(listQuerySchema.shape);
export type EmployerRegistrationListQuery = z.infer<typeof employerRegistrationListQuerySchema>;

import { listResponseSchema, maxPageSize, organizationSummarySchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../lib/api-client';

// Used by more than one feature (mandates, case shares), so it lives outside the feature folders.
const partnerListSchema = listResponseSchema(organizationSummarySchema);

export const partnerOrganizationKeys = {
  all: ['partner-organizations'] as const,
};

/** The verified IHKs and Jobcenters an employer can mandate or share a case with (one page). */
export function getPartnerOrganizations(signal?: AbortSignal) {
  return apiRequest('/partner-organizations', {
    schema: partnerListSchema,
    query: { limit: maxPageSize },
    signal,
  });
}

export const partnerOrganizationsQueryOptions = () =>
  queryOptions({
    queryKey: partnerOrganizationKeys.all,
    queryFn: async ({ signal }) => (await getPartnerOrganizations(signal)).items,
  });

export function usePartnerOrganizations() {
  return useQuery(partnerOrganizationsQueryOptions());
}

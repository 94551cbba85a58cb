import { listResponseSchema, maxPageSize, organizationSummarySchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { mandateKeys } from './keys';

const partnerListSchema = listResponseSchema(organizationSummarySchema);

/** The verified IHKs and Jobcenters that can receive a mandate, by name (one full page). */
export function getPartnerOrganizations(signal?: AbortSignal) {
  return apiRequest('/partner-organizations', {
    schema: partnerListSchema,
    query: { limit: maxPageSize },
    signal,
  });
}

export const partnerOrganizationsQueryOptions = () =>
  queryOptions({
    queryKey: mandateKeys.partnerOrganizations(),
    queryFn: async ({ signal }) => (await getPartnerOrganizations(signal)).items,
  });

export function usePartnerOrganizations() {
  return useQuery(partnerOrganizationsQueryOptions());
}

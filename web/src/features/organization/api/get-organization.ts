import { organizationSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { organizationKeys } from './keys';

export function getOrganization(id: string, signal?: AbortSignal) {
  return apiRequest(`/organizations/${encodeURIComponent(id)}`, {
    schema: organizationSchema,
    signal,
  });
}

export const organizationQueryOptions = (id: string) =>
  queryOptions({
    queryKey: organizationKeys.detail(id),
    queryFn: ({ signal }) => getOrganization(id, signal),
  });

export function useOrganization(id: string) {
  return useQuery(organizationQueryOptions(id));
}

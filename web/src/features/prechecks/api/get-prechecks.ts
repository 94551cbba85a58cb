import { listResponseSchema, maxPageSize, precheckSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type PrecheckFilters, precheckKeys } from './keys';

const precheckListSchema = listResponseSchema(precheckSchema);

/** A hire has few pre-checks (one draft at a time): one page of the maximum size holds them. */
export function getPrechecks(filters: PrecheckFilters, signal?: AbortSignal) {
  return apiRequest('/prechecks', {
    schema: precheckListSchema,
    query: { ...filters, limit: maxPageSize },
    signal,
  });
}

export const prechecksQueryOptions = (filters: PrecheckFilters) =>
  queryOptions({
    queryKey: precheckKeys.list(filters),
    queryFn: async ({ signal }) => (await getPrechecks(filters, signal)).items,
  });

export function usePrechecks(filters: PrecheckFilters) {
  return useQuery(prechecksQueryOptions(filters));
}

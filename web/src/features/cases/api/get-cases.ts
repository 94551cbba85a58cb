import { caseListItemSchema, listResponseSchema } from '@itc/shared';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type CaseFilters, caseKeys } from './keys';

const pageSize = 20;
const caseListSchema = listResponseSchema(caseListItemSchema);

export function getCases({
  signal,
  limit,
  cursor,
  ...filters
}: CaseFilters & { limit?: number; cursor?: string; signal?: AbortSignal }) {
  return apiRequest('/cases', {
    schema: caseListSchema,
    // The filters are query parameters as they are; unset ones are left out.
    query: { ...filters, limit, cursor },
    signal,
  });
}

export const casesQueryOptions = (filters: CaseFilters) =>
  infiniteQueryOptions({
    queryKey: caseKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      getCases({ ...filters, limit: pageSize, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useCases(filters: CaseFilters) {
  return useInfiniteQuery(casesQueryOptions(filters));
}

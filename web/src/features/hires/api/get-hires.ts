import { hireListItemSchema, listResponseSchema } from '@itc/shared';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { type HireFilters, hireKeys } from './keys';

const pageSize = 20;
const hireListSchema = listResponseSchema(hireListItemSchema);

type ListParams = HireFilters & { limit?: number; cursor?: string; signal?: AbortSignal };

export function getHires({ signal, ...query }: ListParams = {}) {
  return apiRequest('/hires', { schema: hireListSchema, query, signal });
}

/** Newest first, cursor-paged ("Weitere laden"); search and filters live in the URL. */
export const hiresQueryOptions = (filters: HireFilters) =>
  infiniteQueryOptions({
    queryKey: hireKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      getHires({ ...filters, limit: pageSize, cursor: pageParam, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
  });

export function useHires(filters: HireFilters) {
  return useInfiniteQuery(hiresQueryOptions(filters));
}

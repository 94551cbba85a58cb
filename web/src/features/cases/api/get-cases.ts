import { caseListItemSchema, listResponseSchema } from '@itc/shared';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest, buildApiUrl, type QueryParams } from '../../../lib/api-client';
import { type CaseFilters, caseKeys } from './keys';

const pageSize = 20;
const caseListSchema = listResponseSchema(caseListItemSchema);

function toQuery(filters: CaseFilters): QueryParams {
  return {
    q: filters.q,
    status: filters.status,
    assigned: filters.assigned,
    overdue: filters.overdue === undefined ? undefined : String(filters.overdue),
    sort: filters.sort,
    order: filters.order,
  };
}

export function getCases({
  signal,
  limit,
  cursor,
  ...filters
}: CaseFilters & { limit?: number; cursor?: string; signal?: AbortSignal }) {
  return apiRequest('/cases', {
    schema: caseListSchema,
    query: { ...toQuery(filters), limit, cursor },
    signal,
  });
}

/** The CSV export takes the queue's filters (city staff). */
export function casesExportUrl(filters: CaseFilters): string {
  const url = buildApiUrl(
    '/cases/export.csv',
    toQuery({ ...filters, sort: undefined, order: undefined }),
  );
  return `${url.pathname}${url.search}`;
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

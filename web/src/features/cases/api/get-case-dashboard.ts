import { type CaseDashboardQuery, caseDashboardSchema } from '@itc/shared';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

export function getCaseDashboard(query: CaseDashboardQuery, signal?: AbortSignal) {
  return apiRequest('/cases/dashboard', { schema: caseDashboardSchema, query, signal });
}

export const caseDashboardQueryOptions = (query: CaseDashboardQuery) =>
  queryOptions({
    queryKey: caseKeys.dashboard(query),
    queryFn: ({ signal }) => getCaseDashboard(query, signal),
    placeholderData: keepPreviousData,
  });

export function useCaseDashboard(query: CaseDashboardQuery) {
  return useQuery(caseDashboardQueryOptions(query));
}

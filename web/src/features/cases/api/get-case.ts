import { caseDetailSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { caseKeys } from './keys';

export function getCase(id: string, signal?: AbortSignal) {
  return apiRequest(`/cases/${encodeURIComponent(id)}`, { schema: caseDetailSchema, signal });
}

export const caseQueryOptions = (id: string) =>
  queryOptions({
    queryKey: caseKeys.detail(id),
    queryFn: ({ signal }) => getCase(id, signal),
  });

export function useCase(id: string) {
  return useQuery(caseQueryOptions(id));
}

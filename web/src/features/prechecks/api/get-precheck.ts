import { precheckSchema } from '@itc/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { precheckKeys } from './keys';

export function getPrecheck(id: string, signal?: AbortSignal) {
  return apiRequest(`/prechecks/${encodeURIComponent(id)}`, { schema: precheckSchema, signal });
}

export const precheckQueryOptions = (id: string) =>
  queryOptions({
    queryKey: precheckKeys.detail(id),
    queryFn: ({ signal }) => getPrecheck(id, signal),
  });

export function usePrecheck(id: string) {
  return useQuery(precheckQueryOptions(id));
}
